"""The import wizard's buttons: at their own size, and Next greyed with a reason until the
list's file is named."""

import pytest

from kienan_awards.ui.dialogs import import_dialog as dialog_module
from kienan_awards.ui.dialogs.import_dialog import STEP_COLUMNS, ImportDialog
from tests.support.list_files import award_list, write_xlsx

ROWS = [[1, "Nguyễn Văn An", 1985, "Nam", "Chuyên viên", "Phòng Kinh tế", "Giấy khen", "Năm 2023"]]


@pytest.fixture
def dialog(qtbot, db, monkeypatch):
    monkeypatch.setattr(dialog_module.QMessageBox, "warning", lambda *_arguments: None)
    widget = ImportDialog(db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_next_waits_for_a_file_and_says_why(dialog):
    assert not dialog.next_button.isEnabled()
    assert "file" in dialog.next_button.toolTip()
    dialog.path_edit.setText("   ")
    assert not dialog.next_button.isEnabled()
    dialog.path_edit.setText("/somewhere/danh sách.xlsx")
    assert dialog.next_button.isEnabled()
    assert dialog.next_button.toolTip() == ""
    dialog.path_edit.clear()
    assert not dialog.next_button.isEnabled()


def test_the_wizards_buttons_keep_their_own_size(qtbot, dialog, tmp_path):
    dialog.resize(1300, 740)
    qtbot.wait(10)
    for button in (
        dialog.back_button,
        dialog.next_button,
        dialog.import_button,
        dialog.cancel_button,
    ):
        assert button.size() == button.sizeHint(), button.text()
    # The choice of how each column is read is a box of its own height, not the row's.
    dialog.path_edit.setText(str(write_xlsx(tmp_path / "list.xlsx", {"DS": award_list(ROWS)})))
    dialog.go_next()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert dialog.steps.currentIndex() == STEP_COLUMNS
    table = dialog.columns_table
    for row in range(table.rowCount()):
        box = table.cellWidget(row, 2)
        assert box.height() <= box.sizeHint().height() + 4
