import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from kienan_awards.core import demo
from kienan_awards.core.records import record_edits
from kienan_awards.ui.dialogs.trash_dialog import TrashDialog
from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.pages import people_page as people_page_module
from tests.support.qt_input import type_text


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(
        people_page_module.QMessageBox, "warning", lambda parent, title, text: shown.append(text)
    )
    return shown


@pytest.fixture
def window(qtbot, db, window_settings, warnings):
    main_window = MainWindow(db, window_settings)
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.show_page("people")
    main_window.ask_unsaved = lambda parent: "discard"  # a test leaves without a dialog
    return main_window


def page_of(window):
    return window.pages["people"]


def type_person(qtbot, page, name, year=""):
    page.new_record()
    type_text(page.form.full_name, name)
    if year:
        qtbot.keyClicks(page.form.birth_year, year)


def test_a_new_person_is_checked_as_typed_and_saved(qtbot, window, db):
    page = page_of(window)
    type_person(qtbot, page, "Nguyễn Thị Hòa", "2030")
    assert page.form.problem_labels["birth_year"].isVisibleTo(page)
    assert "between 1900" in page.form.problem_labels["birth_year"].text()
    page.form.birth_year.clear()
    qtbot.keyClicks(page.form.birth_year, "1985")
    assert not page.form.problem_labels["birth_year"].isVisibleTo(page)
    qtbot.keyClicks(page.form.personal_id, "0311")
    assert "12 digits" in page.form.problem_labels["personal_id"].text()
    assert not page.save_record()
    qtbot.keyClicks(page.form.personal_id, "85000001")
    assert page.save_record()
    row = db.execute("SELECT full_name, birth_year, personal_id FROM people").fetchone()
    assert row == ("Nguyễn Thị Hòa", 1985, "031185000001")
    assert page.list_page.model.rowCount() == 1


def test_the_personal_id_field_takes_only_digits(qtbot, window):
    page = page_of(window)
    page.new_record()
    qtbot.keyClicks(page.form.personal_id, "03a1-b")
    assert page.form.personal_id.text() == "031"


def test_a_likely_duplicate_is_announced_while_typing(qtbot, window):
    page = page_of(window)
    type_person(qtbot, page, "Lê Văn Tám", "1980")
    page.save_record()
    type_person(qtbot, page, "LE VAN TAM", "1980")
    assert page.form.duplicate_label.isVisibleTo(page)
    assert "Lê Văn Tám (1980" in page.form.duplicate_label.text()


def test_an_edit_can_be_undone_with_ctrl_z(qtbot, window, db):
    page = page_of(window)
    type_person(qtbot, page, "Lê Văn A", "1980")
    page.save_record()
    page.form.full_name.clear()
    type_text(page.form.full_name, "Lê Văn An")
    page.save_record()
    assert db.execute("SELECT full_name FROM people").fetchone()[0] == "Lê Văn An"
    window.undo_action.trigger()
    assert db.execute("SELECT full_name FROM people").fetchone()[0] == "Lê Văn A"
    assert page.form.full_name.text() == "Lê Văn A"
    window.undo_action.trigger()
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 0


def test_delete_sends_to_trash_and_the_trash_restores(qtbot, window, db):
    page = page_of(window)
    type_person(qtbot, page, "Lê Văn A", "1980")
    page.save_record()
    person_id = page.form.person_id
    window.delete_action.trigger()
    assert page.list_page.model.rowCount() == 0
    trash = TrashDialog(db)
    qtbot.addWidget(trash)
    assert trash.table.item(0, 1).text() == "Lê Văn A"
    trash.table.setCurrentCell(0, 0)
    trash.restore_selected()
    assert record_edits.fetch(db, "people", person_id)["deleted_at"] is None


def test_a_person_with_awards_cannot_be_deleted(qtbot, db, window_settings, warnings):
    demo.load_demo(db)
    window = MainWindow(db, window_settings)
    window.ask_unsaved = lambda parent: "discard"
    qtbot.addWidget(window)
    page = page_of(window)
    honoured = db.execute("SELECT person_id FROM awards WHERE person_id IS NOT NULL").fetchone()[0]
    page.open_person(honoured)
    page.delete_record()
    assert warnings and "cannot be deleted" in warnings[0]
    assert record_edits.fetch(db, "people", honoured)["deleted_at"] is None
    assert page.timeline.rowCount() >= 1


def test_merging_a_duplicate_keeps_all_awards_on_the_open_record(qtbot, window, db):
    demo.load_demo(db)
    page = page_of(window)
    keep, other = (
        row[0]
        for row in db.execute(
            "SELECT DISTINCT person_id FROM awards WHERE person_id IS NOT NULL LIMIT 2"
        )
    )
    total = db.execute(
        "SELECT count(*) FROM awards WHERE person_id IN (?, ?)", [keep, other]
    ).fetchone()[0]
    page.open_person(keep)
    assert page.merge_into_current(other)
    assert page.timeline.rowCount() == total


def test_leaving_a_page_with_unsaved_changes_asks(qtbot, window):
    page = page_of(window)
    type_person(qtbot, page, "Chưa Lưu")
    window.ask_unsaved = lambda parent: "stay"
    window.navigation.setCurrentRow(0)
    assert window.current_page_key() == "people"
    window.ask_unsaved = lambda parent: "discard"
    window.navigation.setCurrentRow(0)
    assert window.current_page_key() == "overview"


def test_saving_when_leaving_keeps_the_changes(qtbot, window, db):
    page = page_of(window)
    type_person(qtbot, page, "Lưu Khi Rời", "1990")
    window.ask_unsaved = lambda parent: "save"
    window.show_page("units")
    assert window.current_page_key() == "units"
    assert db.execute("SELECT full_name FROM people").fetchone()[0] == "Lưu Khi Rời"


def test_ctrl_p_prints_the_current_list(qtbot, window, db, tmp_path):
    demo.load_demo(db)
    window.refresh()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "people.pdf"))
    assert window.print_page(printer)
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "people.pdf").pages
    )
    first = page_of(window).list_page.model.index(0, 0).data()
    assert first in text


def test_keyboard_shortcuts_are_the_usual_ones(window):
    shortcuts = {action.objectName(): action.shortcut().toString() for action in window.actions()}
    assert shortcuts["new"] == "Ctrl+N" and shortcuts["save"] == "Ctrl+S"
    assert shortcuts["find"] == "Ctrl+F" and shortcuts["print"] == "Ctrl+P"
    assert shortcuts["undo"] == "Ctrl+Z" and shortcuts["refresh"] == "F5"
    assert shortcuts["delete"] == "Del"


def test_ctrl_f_puts_the_cursor_in_the_filter(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    window.find_action.trigger()
    qtbot.waitUntil(lambda: page_of(window).list_page.filter_edit.hasFocus())


@pytest.mark.parametrize(
    "name",
    [("Nguyễn Thị Hồng Nhung " * 23)[:500].strip(), "Gia đình 👩‍👩‍👧‍👦 Lê", "محمد علي"],
    ids=["500 characters", "emoji", "right-to-left"],
)
def test_a_typed_name_is_saved_and_shown_as_typed(qtbot, window, db, warnings, name):
    page = page_of(window)
    type_person(qtbot, page, name)
    assert page.save_record(), warnings
    assert page.form.full_name.text() == name
    model = page.list_page.model
    shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert shown == [name]
    assert db.execute("SELECT full_name FROM people").fetchone()[0] == name


def test_a_name_with_a_control_character_is_marked_and_not_saved(qtbot, window, db, warnings):
    page = page_of(window)
    page.new_record()
    page.form.full_name.setText("Nguyễn\x07Văn")  # pasted, not typed
    assert not page.save_record()
    assert warnings == ["Please correct the marked fields first."]
    label = page.form.problem_labels["full_name"]
    assert label.isVisibleTo(page) and "U+0007) at position 7" in label.text()
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 0
