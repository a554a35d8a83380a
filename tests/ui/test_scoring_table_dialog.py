"""The scoring table of a cluster-year edited in the window: the Scoring tab's button opens
the year's criteria, tie-break rules and leading members; a maximum changed and a judged
criterion added are saved in one go and the grid shows them; a year without a table starts
from a copy of last year's; a refusal (a scored criterion taken out, a target criterion with
no target, a maximum that is not a number) is said in the dialog with the row named, and
nothing stored changes."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from kienan_awards.core.clusters import clusters
from kienan_awards.core.clusters.scoring_store import stored_table
from kienan_awards.core.clusters.scoring_table import JUDGED, TARGET
from kienan_awards.ui.pages.clusters.criterion_rows import COLUMN, RowDraft
from kienan_awards.ui.pages.clusters.scoring_table_dialog import ScoringTableDialog
from kienan_awards.ui.pages.clusters_page import ClustersPage
from tests.ui.answered_dialogs import answer_with

BLOCK = "Khối thi đua các tổ dân phố"


def block(db):
    return clusters.find_cluster(db, BLOCK)


def block_page(qtbot, db, year):
    page = ClustersPage(db, year=year)
    qtbot.addWidget(page)
    told = []
    page.changed.connect(told.append)
    page.choose(block(db).id)
    return page, told


def dialog_for(qtbot, db, year):
    dialog = ScoringTableDialog(db, block(db), year)
    qtbot.addWidget(dialog)
    return dialog


def set_cell(dialog, row: int, field: str, text: str) -> None:
    dialog.criteria.item(row, COLUMN[field]).setText(text)


def stored_rows(db, year):
    held = stored_table(db, block(db).id, year)
    return None if held is None else (held.table.criteria, held.table.tie_breaks)


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_scoring_tab_opens_the_years_table_with_its_rules(qtbot, demo_db, year):
    page, told = block_page(qtbot, demo_db, year)
    assert page.actions.table_button.isEnabled()
    assert page.tabs.scoring.buttons.indexOf(page.actions.table_button) >= 0
    answer_with(page, lambda dialog: None)
    page.actions.table_button.click()
    dialog = page.last_dialog
    held = stored_table(demo_db, block(demo_db).id, year)
    assert [d.number for d in dialog.criteria.drafts()] == [c.number for c in held.table.criteria]
    assert dialog.tie_breaks.rules() == held.table.tie_breaks
    assert dialog.leading_spin.value() == held.leading_count
    assert dialog.basis_edit.text() == held.leading_basis
    assert dialog.totals.text().startswith("Most points: 100 ")
    assert not dialog.copy_button.isVisibleTo(dialog) and told == []
    # A target criterion is tied to one of the year's targets, named with unit and movement.
    target = dialog.criteria.cellWidget(0, COLUMN["target"])
    assert dialog.criteria.draft(0).target_id == held.table.criteria[0].target_id
    assert "Tổ dân phố số 1" in target.currentText() and "Phong trào" in target.currentText()


def test_cells_a_method_does_not_use_are_closed(qtbot, demo_db):
    dialog = dialog_for(qtbot, demo_db, 2026)
    table = dialog.criteria
    yes_no = table.row_with("II.1")
    assert not table.cellWidget(yes_no, COLUMN["target"]).isEnabled()
    assert not table.item(yes_no, COLUMN["bonus_cap"]).flags() & Qt.ItemFlag.ItemIsEditable
    assert table.item(yes_no, COLUMN["maximum"]).flags() & Qt.ItemFlag.ItemIsEditable
    bonus = table.row_with("III.1")
    assert table.item(bonus, COLUMN["cap"]).flags() & Qt.ItemFlag.ItemIsEditable
    assert not table.item(bonus, COLUMN["maximum"]).flags() & Qt.ItemFlag.ItemIsEditable
    method = table.cellWidget(yes_no, COLUMN["method"])
    method.setCurrentIndex(method.findData(TARGET))
    assert table.cellWidget(yes_no, COLUMN["target"]).isEnabled()


def test_a_maximum_changed_and_a_judged_criterion_added_are_saved_and_shown_in_the_grid(
    qtbot, demo_db
):
    page, told = block_page(qtbot, demo_db, 2026)

    def edit(dialog):
        table = dialog.criteria
        set_cell(dialog, table.row_with("II.2"), "maximum", "27,5")
        table.selectRow(table.row_with("II.2"))
        row = table.add_row()
        set_cell(dialog, row, "number", "II.3")
        set_cell(dialog, row, "text", "Tham gia phong trào hiến máu tình nguyện")
        set_cell(dialog, row, "maximum", "2.5")
        assert dialog.totals.text() == "Most points: 105 in 8 criteria"
        dialog.save()

    answer_with(page, edit)
    page.actions.edit_table()
    criteria, _rules = stored_rows(demo_db, 2026)
    added = criteria[[c.number for c in criteria].index("II.3")]
    assert added.method == JUDGED and added.maximum == Decimal("2.5")
    assert added.group == "II. An ninh, trật tự và môi trường"
    assert criteria[[c.number for c in criteria].index("II.2")].maximum == Decimal("27.5")
    assert len(told) == 1
    model = page.tabs.scoring.model
    shown = [
        model.criterion_at(row).number
        for row in range(model.rowCount())
        if model.criterion_at(row) is not None
    ]
    assert shown.index("II.3") == shown.index("II.2") + 1


def test_the_tie_break_rules_are_saved_in_the_order_ticked(qtbot, demo_db):
    dialog = dialog_for(qtbot, demo_db, 2026)
    rules = dialog.tie_breaks
    rules.set_checked("fewer_penalty_points", True)
    rules.list.setCurrentRow(rules.list.count() - 1)
    for _step in range(rules.list.count()):
        rules.move(-1)
    rules.set_checked("higher_self_total", False)
    dialog.leading_spin.setValue(2)
    dialog.save()
    held = stored_table(demo_db, block(demo_db).id, 2026)
    assert held.table.tie_breaks == (
        "fewer_penalty_points",
        "more_musts_met",
        "higher_target_points",
    )
    assert held.leading_count == 2 and dialog.result() == dialog.DialogCode.Accepted


def test_a_year_without_a_table_copies_last_years_to_edit(qtbot, demo_db):
    dialog = dialog_for(qtbot, demo_db, 2027)
    assert dialog.copy_button.isVisibleTo(dialog) and dialog.criteria.rowCount() == 0
    assert "2027 has no scoring table yet" in dialog.start.text()
    dialog.copy_button.click()
    assert not dialog.copy_button.isVisibleTo(dialog)
    assert "2026's table is copied onto 2027's targets" in dialog.start.text()
    # Copied into the editor only: nothing is kept until Save.
    assert dialog.changes is None and stored_table(demo_db, block(demo_db).id, 2027) is None
    last, _rules = stored_rows(demo_db, 2026)
    assert [d.number for d in dialog.criteria.drafts()] == [c.number for c in last]
    set_cell(dialog, dialog.criteria.row_with("II.2"), "maximum", "30")
    dialog.save()
    criteria, _rules = stored_rows(demo_db, 2027)
    assert criteria[[c.number for c in criteria].index("II.2")].maximum == 30
    assert dialog.changes is not None


def test_a_copy_of_last_years_table_cancelled_keeps_nothing(qtbot, demo_db):
    dialog = dialog_for(qtbot, demo_db, 2027)
    dialog.copy_button.click()
    assert dialog.criteria.rowCount() == 7
    dialog.reject()
    assert dialog.changes is None and stored_table(demo_db, block(demo_db).id, 2027) is None


def test_a_year_with_no_table_before_it_starts_empty(qtbot, demo_db):
    dialog = dialog_for(qtbot, demo_db, 2024)
    assert not dialog.copy_button.isVisibleTo(dialog) and dialog.criteria.rowCount() == 0
    assert dialog.tie_breaks.rules() == (
        "more_musts_met",
        "higher_target_points",
        "higher_self_total",
    )
    row = dialog.criteria.add_row()
    dialog.criteria.set_draft(row, RowDraft(number="1", text="Chấp hành chủ trương", maximum="10"))
    dialog.save()
    criteria, _rules = stored_rows(demo_db, 2024)
    assert [(c.number, c.maximum) for c in criteria] == [("1", 10)]


def refused(dialog, demo_db, year, change, said):
    before = stored_rows(demo_db, year)
    change(dialog.criteria)
    dialog.save()
    assert said in dialog.problem.text()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.changes is None
    assert stored_rows(demo_db, year) == before


def test_taking_out_a_scored_criterion_is_refused_and_nothing_changes(qtbot, demo_db):
    dialog = dialog_for(qtbot, demo_db, 2025)
    table = dialog.criteria
    assert "cannot be taken out" in table.item(0, COLUMN["number"]).toolTip()
    set_cell(dialog, table.row_with("II.2"), "maximum", "20")

    def take_out(table):
        table.selectRow(table.row_with("I.1"))
        table.remove_row()

    refused(dialog, demo_db, 2025, take_out, "criterion I.1 has scores entered for 2025")


def test_a_maximum_lowered_under_a_score_entered_is_refused_with_its_row_chosen(qtbot, demo_db):
    dialog = dialog_for(qtbot, demo_db, 2025)

    def lowered(table):
        table.item(table.row_with("II.2"), COLUMN["maximum"]).setText("20")

    refused(
        dialog,
        demo_db,
        2025,
        lowered,
        "the table does not fit a score already entered: Tổ dân phố số 1, criterion II.2: 23 "
        "points is over the maximum of 20",
    )
    assert dialog.criteria.currentRow() == dialog.criteria.row_with("II.2")


def test_a_target_criterion_without_a_target_is_refused_with_its_row_chosen(qtbot, demo_db):
    dialog = dialog_for(qtbot, demo_db, 2026)

    def no_target(table):
        row = table.row_with("I.2")
        table.cellWidget(row, COLUMN["target"]).setCurrentIndex(0)

    refused(dialog, demo_db, 2026, no_target, "criterion I.2: a target criterion needs a target")
    assert dialog.criteria.currentRow() == dialog.criteria.row_with("I.2")


def test_a_maximum_that_is_not_a_number_is_refused_naming_the_row_and_field(qtbot, demo_db):
    dialog = dialog_for(qtbot, demo_db, 2026)

    def words(table):
        table.item(table.row_with("II.1"), COLUMN["maximum"]).setText("abc")

    refused(dialog, demo_db, 2026, words, "criterion II.1, Maximum: 'abc' is not a number")


def test_a_figure_that_is_not_a_number_is_quoted_as_typed(qtbot, demo_db):
    dialog = dialog_for(qtbot, demo_db, 2026)

    def words(table):
        table.item(table.row_with("II.1"), COLUMN["maximum"]).setText(" mười lăm ")

    refused(dialog, demo_db, 2026, words, "criterion II.1, Maximum: 'mười lăm' is not a number")


def test_a_row_moved_keeps_its_cells_and_is_saved_in_its_new_place(qtbot, demo_db):
    dialog = dialog_for(qtbot, demo_db, 2026)
    table = dialog.criteria
    before = table.draft(table.row_with("I.2"))
    table.selectRow(table.row_with("I.2"))
    table.move_row(-1)
    assert table.currentRow() == 0 and table.draft(0) == before
    assert table.cellWidget(1, COLUMN["target"]).isEnabled()
    table.move_row(-1)  # the first row stays first
    assert table.draft(0) == before
    dialog.save()
    criteria, _rules = stored_rows(demo_db, 2026)
    assert [c.number for c in criteria][:2] == ["I.2", "I.1"]
    assert criteria[0].bonus_per_percent == Decimal("0.5")
