"""The import wizard reads a Word proposal: its tables are offered as a sheet is, the list
tables found by their header, and its rows import as from Excel."""

from kienan_awards.ui.dialogs.import_dialog import STEP_COLUMNS, STEP_RESULT, STEP_ROWS
from tests.core.test_word_lists_import import document
from tests.ui.test_import_dialog import dialog, wait_idle, warnings  # noqa: F401 (fixtures)


def test_the_wizard_reads_a_word_proposal_table_by_table(qtbot, dialog, db, tmp_path):  # noqa: F811
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("proposals"))
    dialog.path_edit.setText(str(document(tmp_path)))
    dialog.go_next()
    wait_idle(qtbot, dialog)
    assert dialog.steps.currentIndex() == STEP_COLUMNS
    combo = dialog.columns_step.sheet_combo
    offered = [combo.itemText(index) for index in range(combo.count())]
    assert offered[1:3] == ["Bảng 2", "Bảng 3"]  # the list tables, found by their header
    assert "no list found" in offered[0]  # the heading table
    dialog.go_next()
    wait_idle(qtbot, dialog)
    assert dialog.steps.currentIndex() == STEP_ROWS
    assert "5 rows read; 0 with errors." in dialog.check_step.summary_label.text()
    dialog.start_import()
    wait_idle(qtbot, dialog)
    assert dialog.steps.currentIndex() == STEP_RESULT
    assert db["proposal_lines"].count == 5
