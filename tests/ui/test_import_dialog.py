import datetime as dt

import pytest
from openpyxl import load_workbook

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.lists.list_layout import FIELDS
from kienan_awards.core.records.record_counts import record_counts
from kienan_awards.ui.dialogs import import_dialog as dialog_module
from kienan_awards.ui.dialogs.import_dialog import (
    STEP_COLUMNS,
    STEP_FILE,
    STEP_RESULT,
    STEP_ROWS,
    ImportDialog,
)
from kienan_awards.ui.dialogs.import_wizard.columns_step import FIELD_TITLES
from kienan_awards.ui.main_window import MainWindow
from tests.support.list_files import award_list, write_xlsx

DECISION = ["15/QĐ-UBND", dt.date(2024, 1, 12)]
ROWS = [
    ["I. TẬP THỂ"],
    [1, "Phòng Kinh tế", None, None, None, None, "Giấy khen", "Năm 2023", *DECISION],
    ["II. CÁ NHÂN"],
    [
        1,
        "Nguyễn Văn An",
        1985,
        "Nam",
        "Chuyên viên",
        "Phòng Kinh tế",
        "Giấy khen",
        "Năm 2023",
        *DECISION,
    ],
]


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(
        dialog_module.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    return shown


@pytest.fixture
def dialog(qtbot, db, warnings):
    widget = ImportDialog(db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def wait_idle(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


def read_and_check(qtbot, dialog, path):
    dialog.path_edit.setText(str(path))
    dialog.go_next()
    wait_idle(qtbot, dialog)
    assert dialog.steps.currentIndex() == STEP_COLUMNS
    dialog.go_next()
    wait_idle(qtbot, dialog)
    assert dialog.steps.currentIndex() == STEP_ROWS


def test_wizard_shows_the_detected_columns_previews_rows_and_imports(qtbot, dialog, db, tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", {"Danh sách": award_list(ROWS)})
    dialog.path_edit.setText(str(path))
    dialog.go_next()
    wait_idle(qtbot, dialog)
    table = dialog.columns_table
    headers = [table.item(row, 1).text() for row in range(table.rowCount())]
    read_as = [table.cellWidget(row, 2).currentData() for row in range(table.rowCount())]
    assert headers[1] == "Họ và tên" and read_as[1] == "name"
    assert read_as[6] == "form" and read_as[9] == "decision_date"
    dialog.go_next()
    wait_idle(qtbot, dialog)
    model = dialog.rows_view.model()
    assert model.rowCount() == 2
    assert [model.index(r, 2).data() for r in range(2)] == ["new", "new"]
    assert dialog.import_button.isEnabled()
    imported = []
    dialog.imported.connect(imported.append)
    dialog.start_import()
    wait_idle(qtbot, dialog)
    assert imported and imported[0]["awards_created"] == 2
    assert record_counts(db)["awards"] == 2
    assert not dialog.import_button.isEnabled()


def test_rows_with_errors_block_the_import_and_can_be_saved_marked(
    qtbot, dialog, db, tmp_path, monkeypatch
):
    bad = [
        *ROWS,
        [2, "Lê Thị Bích", 1990, "Nữ", None, "Phòng Kinh tế", "Huân chương", "Năm 2023", *DECISION],
    ]
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": award_list(bad)})
    read_and_check(qtbot, dialog, path)
    model = dialog.rows_view.model()
    assert model.index(2, 2).data() == "error"
    assert "unknown award form" in model.index(2, 5).data()
    assert not dialog.import_button.isEnabled()
    out = tmp_path / "marked.xlsx"
    monkeypatch.setattr(dialog, "choose_errors_path", lambda: str(out))
    dialog.save_error_copy()
    sheet = load_workbook(out).active
    assert sheet.cell(row=11, column=11).value.startswith("unknown award form")
    assert record_counts(db)["awards"] == 0


def test_changing_how_a_column_is_read_changes_the_check(qtbot, dialog, tmp_path):
    header = ["STT", "Tên", "Hình thức", "Số QĐ", "Ngày QĐ"]  # "Tên" is not a known header
    path = write_xlsx(
        tmp_path / "list.xlsx",
        {"DS": [header, ["x", "y", "z", "w", "v"], [1, "Đỗ Văn Hải", "Giấy khen", *DECISION]]},
    )
    dialog.path_edit.setText(str(path))
    dialog.go_next()
    wait_idle(qtbot, dialog)
    assert "No header row" in dialog.header_label.text()
    layout = dialog.layouts["DS"]
    layout.header_row, layout.headers = 1, dict(enumerate(header))
    dialog.set_column_field("DS", 1, "name")
    dialog.set_column_field("DS", 2, "form")
    dialog.set_column_field("DS", 3, "decision_number")
    dialog.set_column_field("DS", 4, "decision_date")
    dialog.go_next()
    wait_idle(qtbot, dialog)
    statuses = [
        dialog.rows_view.model().index(r, 2).data()
        for r in range(dialog.rows_view.model().rowCount())
    ]
    assert statuses[-1] == "new"


def test_a_broken_file_is_explained_and_nothing_changes(qtbot, dialog, db, tmp_path, warnings):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    dialog.path_edit.setText(str(broken))
    dialog.go_next()
    wait_idle(qtbot, dialog)
    assert dialog.steps.currentIndex() == 0
    assert warnings and "cannot be read as a spreadsheet" in warnings[0]
    assert record_counts(db)["awards"] == 0


def test_main_window_refreshes_after_an_import(qtbot, db, window_settings, tmp_path, warnings):
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    dialog = window.open_import_dialog()
    read_and_check(qtbot, dialog, write_xlsx(tmp_path / "l.xlsx", {"DS": award_list(ROWS)}))
    dialog.start_import()
    wait_idle(qtbot, dialog)
    # Not on screen, the honour roll reads again when shown; it searches on its own thread:
    # its rows come when that search ends.
    window.show_page("honour_roll")
    qtbot.waitUntil(lambda: window.pages["honour_roll"].model.rowCount() == 2, timeout=10_000)
    assert "2 awards" in window.counts_label.text()
    dialog.close()


def test_an_import_tells_what_it_changed_and_shows_what_it_wrote(qtbot, dialog, db, tmp_path):
    read_and_check(qtbot, dialog, write_xlsx(tmp_path / "list.xlsx", {"DS": award_list(ROWS)}))
    changed = []
    dialog.changed.connect(changed.append)
    dialog.start_import()
    wait_idle(qtbot, dialog)
    assert len(changed) == 1
    changes = changed[0]
    assert changes.kinds == {
        RecordKind.IMPORTS,
        RecordKind.UNITS,
        RecordKind.PEOPLE,
        RecordKind.DECISIONS,
        RecordKind.AWARDS,
    }
    people = {row[0] for row in db.execute("SELECT id FROM people")}
    assert changes.ids[RecordKind.PEOPLE] == people
    assert dialog.steps.currentIndex() == STEP_RESULT
    assert "2 rows of list.xlsx imported." in dialog.result_step.title_label.text()
    assert dialog.result_step.result_label.text().startswith("Imported: 2 awards")
    assert not dialog.next_button.isEnabled() and not dialog.import_button.isEnabled()


def test_back_from_what_was_imported_starts_the_next_list(qtbot, dialog, tmp_path):
    read_and_check(qtbot, dialog, write_xlsx(tmp_path / "list.xlsx", {"DS": award_list(ROWS)}))
    dialog.start_import()
    wait_idle(qtbot, dialog)
    assert dialog.back_button.isEnabled()
    dialog.go_back()
    assert dialog.steps.currentIndex() == STEP_FILE and dialog.next_button.isEnabled()


def test_a_people_list_imported_says_how_many_were_new_and_already_recorded(
    qtbot, dialog, tmp_path
):
    header = ["STT", "Họ và tên", "Năm sinh", "Đơn vị"]
    path = write_xlsx(tmp_path / "people.xlsx", {"DS": [header, [1, "Lê Văn An", 1980, "Y"]]})
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("people"))
    read_and_check(qtbot, dialog, path)
    dialog.start_import()
    wait_idle(qtbot, dialog)
    assert dialog.result_step.result_label.text() == (
        "Imported: 1 new person, 0 people already recorded, 1 new unit."
    )


def test_the_columns_can_be_read_as_fields_named_in_the_windows_language(
    qtbot, dialog, tmp_path, interface_language
):
    interface_language("vi")
    read_and_check(qtbot, dialog, write_xlsx(tmp_path / "list.xlsx", {"DS": award_list(ROWS)}))
    dialog.go_back()
    box = dialog.columns_table.cellWidget(1, 2)
    assert box.currentData() == "name" and box.currentText() == "Tên"


def test_every_field_a_column_can_be_read_as_is_marked_for_the_translators():
    assert sorted(FIELD_TITLES) == sorted(title for title, _aliases in FIELDS.values())
