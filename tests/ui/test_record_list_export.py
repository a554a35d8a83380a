import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from kienan_awards.core import demo
from kienan_awards.core.records.record_lists import AWARDS
from kienan_awards.ui import file_dialogs
from kienan_awards.ui.pages import record_list_page as page_module
from kienan_awards.ui.pages.honour_roll_page import HonourRollPage


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """Any attempt to open a real file dialog or message box fails the test at once."""

    def refuse(*args, **kwargs):
        raise AssertionError("a modal dialog was opened")

    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", refuse)
    monkeypatch.setattr(page_module.QMessageBox, "warning", refuse)


@pytest.fixture
def page(qtbot, db):
    """The honour roll's list: its rows come from the search, off the GUI thread."""
    demo.load_demo(db)
    honour_roll = HonourRollPage(db)
    qtbot.addWidget(honour_roll)
    honour_roll.show()
    widget = honour_roll.list_page
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    yield widget
    honour_roll.stop()


@pytest.fixture
def warnings(page, monkeypatch):
    shown = []
    monkeypatch.setattr(page, "show_warning", lambda title, text: shown.append((title, text)))
    return shown


def most_honoured_name(db) -> str:
    return db.execute(
        "SELECT recipient_name FROM awards WHERE recipient_kind = 'individual' "
        "GROUP BY recipient_name ORDER BY count(*) DESC, recipient_name LIMIT 1"
    ).fetchone()[0]


def shown_rows(page) -> list[list]:
    # An empty cell is shown as "" and read back from the workbook as None.
    model = page.model
    return [
        [model.index(row, col).data() or None for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_export_button_sits_beside_the_filter_box(page):
    assert page.export_button.objectName() == "export_button"
    assert page.export_button.isVisible()
    assert page.export_button.y() == pytest.approx(page.filter_edit.y(), abs=8)
    assert page.export_button.x() > page.filter_edit.x() + page.filter_edit.width() - 1


def test_export_writes_exactly_the_filtered_rows_in_view_order(
    qtbot, page, db, tmp_path, interface_language
):
    interface_language("vi")  # the workbook's words are Vietnamese, as the window's then are
    total = page.model.rowCount()
    page.filter_edit.setText(most_honoured_name(db))
    qtbot.waitUntil(lambda: 1 < page.model.rowCount() < total)
    register_col = AWARDS.columns.index(AWARDS.column("register_number"))
    page.table.sortByColumn(register_col, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not page.model.is_searching())
    expected = shown_rows(page)
    # Another body's award (the city's Bằng khen) has no number of this office's register.
    numbers = [row[register_col] for row in expected if row[register_col] is not None]
    assert numbers and numbers == sorted(numbers, reverse=True)

    page.choose_export_path = lambda: str(tmp_path / "honour roll")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)

    path = tmp_path / "honour roll.xlsx"
    sheet = load_workbook(path).active
    written = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert written == expected
    assert sheet.title == "Honour roll"
    assert str(path) in page.count_label.text()


def test_cancelling_the_file_question_writes_nothing(page, tmp_path, warnings):
    page.choose_export_path = lambda: ""
    count_text = page.count_label.text()
    assert page.export_to_excel() is None
    assert list(tmp_path.glob("*.xlsx")) == []
    assert page.count_label.text() == count_text
    assert warnings == []


def test_unwritable_path_shows_a_warning_and_writes_nothing(page, tmp_path, warnings):
    path = tmp_path / "missing folder" / "roll.xlsx"
    page.choose_export_path = lambda: str(path)
    assert page.export_to_excel() is None
    assert len(warnings) == 1
    assert str(path) in warnings[0][1]
    assert not path.parent.exists()
    assert list(tmp_path.rglob("*.xlsx")) == []


def test_file_question_suggests_the_list_name_as_a_workbook(page, monkeypatch):
    asked = []
    monkeypatch.setattr(
        file_dialogs.QFileDialog,
        "getSaveFileName",
        lambda parent, caption, suggested, filters: asked.append(suggested) or ("", ""),
    )
    assert page.choose_export_path() == ""
    assert asked and asked[0].endswith("Honour roll.xlsx")
