"""The city's answer comes in through the import wizard too, with the proposal it answers
chosen there (and the decision given when the list's heading does not name it); the proposal's
lines then show the city's answer on the Decisions page."""

from __future__ import annotations

import pytest

from kienan_awards.core import demo
from kienan_awards.core.awards.proposals import proposal_lines
from kienan_awards.core.cycle.city_answer import proposals_to_answer
from kienan_awards.core.storage.database import open_database
from kienan_awards.ui.dialogs import import_dialog as dialog_module
from kienan_awards.ui.dialogs.import_dialog import ImportDialog
from kienan_awards.ui.pages.decisions.proposal_lines_table import CHECK_COLUMN, ProposalLinesTable
from tests.core.test_city_answer import ANSWER, city_list, make_proposal
from tests.ui.test_import_dialog import read_and_check, wait_idle


@pytest.fixture
def demo_db(db_path):
    database = open_database(db_path)
    demo.load_demo(database)
    yield database
    database.close()


@pytest.fixture
def proposal(demo_db):
    return make_proposal(demo_db)


@pytest.fixture
def dialog(qtbot, demo_db, proposal, monkeypatch):
    monkeypatch.setattr(dialog_module.QMessageBox, "warning", lambda *args: None)
    widget = ImportDialog(demo_db)
    widget.file_step.set_proposals(proposals_to_answer(demo_db))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_proposal_and_body_fields_show_for_the_city_answer_only(dialog, proposal):
    file_step = dialog.file_step
    assert not file_step.proposal_combo.isVisibleTo(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("city_answer"))
    assert file_step.proposal_combo.isVisibleTo(dialog)
    assert file_step.authority_edit.isVisibleTo(dialog)
    assert not file_step.year_spin.isVisibleTo(dialog)
    assert file_step.proposal_combo.currentData() == proposal[0]
    dialog.path_edit.setText("answer.xlsx")
    file_step.proposal_combo.clear()
    assert file_step.why_not_next() == "Choose the proposal the city's list answers first."
    assert not dialog.next_button.isEnabled()


def test_the_city_answer_is_imported_through_the_wizard(qtbot, dialog, demo_db, proposal, tmp_path):
    proposal_id, lines = proposal
    path = city_list(tmp_path / "answer.xlsx", ANSWER)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("city_answer"))
    read_and_check(qtbot, dialog, path)
    summary = dialog.summary_label.text()
    assert "The city's decision 1234/QĐ-UBND of 10/04/2026" in summary
    assert "Proposal lines decided by the city: 4; not chosen: 1" in summary
    assert dialog.import_button.isEnabled()
    changes = []
    dialog.changed.connect(changes.append)
    dialog.start_import()
    wait_idle(qtbot, dialog)
    assert "Proposal lines decided by the city: 4" in dialog.result_step.result_label.text()
    assert changes and changes[0].ids
    outcome = demo_db.execute(
        "SELECT city_outcome FROM proposal_lines WHERE id = ?", [lines["left_out"]]
    ).fetchone()
    assert outcome == ("not_chosen",)


def test_the_proposal_lines_show_the_city_answer(qtbot, demo_db, proposal, tmp_path):
    from kienan_awards.core.lists.city_answer_list import import_city_answer

    proposal_id, _lines = proposal
    import_city_answer(demo_db, city_list(tmp_path / "answer.xlsx", ANSWER), proposal_id)
    table = ProposalLinesTable(demo_db)
    qtbot.addWidget(table)
    table.show_lines(proposal_lines(demo_db, proposal_id))
    checks = [table.item(row, CHECK_COLUMN).text() for row in range(table.rowCount())]
    assert checks[:5] == [
        *["decided by the city (1234/QĐ-UBND, 10/04/2026)"] * 4,
        "not chosen by the city (1234/QĐ-UBND, 10/04/2026)",
    ]
    assert "city" not in checks[5]  # the office's own line
