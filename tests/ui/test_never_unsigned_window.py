"""Never unsigned, in the window: deciding with no authority in force says so and opens the
office dialog; a past decision with no issuer recorded shows so in the decisions list, and its
certificates and pack are refused."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from kienan_awards.core.awards import decisions
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.records import people, units
from kienan_awards.ui.dialogs.office_dialog import OfficeDialog
from kienan_awards.ui.pages.decisions.review_part import ReviewPart
from kienan_awards.ui.pages.decisions_page import DECISIONS_TAB, DecisionsPage
from tests.core.test_never_unsigned import OFFICE, past_list


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    return shown


@pytest.fixture
def office_dialogs(monkeypatch):
    """The office dialogs the page opens; each is answered by the test's `answer`."""
    opened = []

    def run(dialog: OfficeDialog) -> int:
        opened.append(dialog)
        return run.answer(dialog)

    run.answer = lambda dialog: QDialog.DialogCode.Rejected
    monkeypatch.setattr(ReviewPart, "run_office_dialog", staticmethod(run))
    return opened, run


@pytest.fixture
def page(qtbot, db):
    unit = units.save_unit(db, None, {"name": "Phòng Mẫu", "kind": "department"}).record_id
    people.save_person(db, None, {"full_name": "Trần Thị Lan", "unit_id": unit})
    widget = DecisionsPage(db)
    qtbot.addWidget(widget)
    widget.new_proposal("Giấy khen năm 2025", 2025)
    widget.recipient_edit.setText("Trần Thị Lan")
    widget.form_combo.setCurrentIndex(widget.form_combo.findText("Giấy khen"))
    widget.add_line_from_form()
    assert widget.review(widget.line_ids[0], "accepted")
    return widget


def test_deciding_with_no_authority_says_so_and_opens_the_office_dialog(
    page, db, warnings, office_dialogs
):
    opened, _run = office_dialogs
    assert page.decide("3/QĐ-UBND", dt.date(2025, 8, 20)) is None
    assert "no issuing authority is recorded in force on 20/08/2025" in warnings[0]
    assert len(opened) == 1 and db["decisions"].count == 0


def test_the_office_saved_in_that_dialog_signs_the_decision(page, db, warnings, office_dialogs):
    opened, run = office_dialogs

    def save_the_office(dialog: OfficeDialog) -> int:
        for key, value in OFFICE.items():
            dialog.edits[key].setText(value)
        dialog.save()
        return dialog.result()

    run.answer = save_the_office
    told = []
    page.changed.connect(told.append)
    today = dt.date.today()  # the dialog records the office as it stands from today
    result = page.decide("3/QĐ-UBND", today)
    assert result is not None and len(opened) == 1
    assert any(RecordKind.OFFICE in changes.ids for changes in told)
    signer = db.execute("SELECT signer_name FROM decisions").fetchone()[0]
    assert signer == "Lê Văn Ký"


def test_a_past_decision_with_no_issuer_shows_so_and_prints_nothing(page, db, tmp_path, warnings):
    decision_id = past_list(db, tmp_path)
    page.refresh()
    page.tabs.setCurrentIndex(DECISIONS_TAB)
    model = page.list_page.model
    row = next(r for r in range(model.rowCount()) if model.record_id(r) == decision_id)
    texts = [model.index(row, c).data() for c in range(model.columnCount())]
    assert "Issuer not recorded" in texts
    page.grab().save(str(tmp_path / "decisions.png"))
    assert page.open_certificates(decision_id) is None
    assert "decision 7/QĐ-UBND of 01/08/2025 has no issuing authority" in warnings[-1]
    folder = tmp_path / "pack"
    folder.mkdir()
    page.list_page.table.selectRow(row)
    page.decided.choose_pack_folder = lambda: str(folder)
    page.decided.write_pack_for_selected()
    assert "decision 7/QĐ-UBND of 01/08/2025" in warnings[-1]
    assert list(folder.iterdir()) == [] and db["print_log"].count == 0
    assert decisions.decision_heading(db, decision_id).number == "7/QĐ-UBND"
