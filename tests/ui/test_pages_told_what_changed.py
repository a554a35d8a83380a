"""The window tells every page what each change changed: a page on screen reads again at once,
a hidden one when it is next shown, and a page that shows none of the kinds that changed is
left alone."""

import pytest
from PySide6.QtWidgets import QWidget

from kienan_awards.core import demo
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.records.record_lists import PEOPLE
from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.main_window.navigation import window_page
from kienan_awards.ui.pages import people_page as people_page_module
from kienan_awards.ui.pages.window_page import WindowPage
from tests.support.qt_input import type_text


@pytest.fixture
def window(qtbot, db, window_settings, monkeypatch):
    monkeypatch.setattr(people_page_module.QMessageBox, "warning", lambda parent, title, text: None)
    demo.load_demo(db)
    main_window = MainWindow(db, window_settings)
    qtbot.addWidget(main_window)
    main_window.ask_unsaved = lambda parent: "discard"
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


def count_refreshes(page) -> list[int]:
    calls = []
    original = page.refresh
    page.refresh = lambda: (calls.append(1), original())
    return calls


def save_new_person(window, name: str) -> int:
    window.show_page("people")
    page = window.pages["people"]
    page.new_record()
    type_text(page.form.full_name, name)
    assert page.save_record()
    return page.form.person_id


def test_a_person_saved_on_the_people_page_is_in_the_audit_trail_when_it_is_shown(window):
    window.show_page("audit")  # the clerk has read the trail
    audit = window.pages["audit"]
    rows_before = audit.model.rowCount()
    save_new_person(window, "Lê Thị Mới")
    window.show_page("audit")
    assert audit.model.rowCount() == rows_before + 1
    assert "people" in audit.details_heading.text() or "People" in audit.details_heading.text()


def test_a_unit_renamed_on_the_units_page_shows_on_the_people_page(window, db):
    person_id, unit_id = db.execute(
        "SELECT id, unit_id FROM people WHERE unit_id IS NOT NULL AND deleted_at IS NULL LIMIT 1"
    ).fetchone()
    people = window.pages["people"]
    model = people.list_page.model
    unit_column = [column.key for column in PEOPLE.columns].index("unit")

    def unit_shown() -> str:
        return model.index(model.ids().index(person_id), unit_column).data()

    old_name = unit_shown()  # the clerk has seen the list
    window.show_page("units")
    units = window.pages["units"]
    units.open_unit(unit_id)
    units.form.name_edit.setText("Phường Tên Mới")
    assert units.save_record()
    window.show_page("people")
    assert unit_shown() == "Phường Tên Mới" != old_name


def test_a_change_of_a_kind_a_page_does_not_show_leaves_it_alone(window):
    settings, movements = window.pages["settings"], window.pages["movements"]
    settings_refreshes, movements_refreshes = count_refreshes(settings), count_refreshes(movements)
    save_new_person(window, "Trần Văn Khác")
    window.show_page("settings")
    window.show_page("movements")
    assert settings_refreshes == [] and movements_refreshes == []


def test_a_hidden_page_reads_again_once_when_shown_however_many_changes_it_missed(window):
    overview = window.pages["overview"]
    refreshes = count_refreshes(overview)
    save_new_person(window, "Người Thứ Nhất")
    save_new_person(window, "Người Thứ Hai")
    assert refreshes == []  # not on screen: it waits
    window.show_page("overview")
    assert refreshes == [1]
    window.show_page("people")
    window.show_page("overview")
    assert refreshes == [1]  # nothing changed since


def test_the_page_that_made_a_change_is_not_told_it_again(window):
    window.show_page("people")
    people = window.pages["people"]
    told = []
    window.records_changed.connect(lambda changes, initiator: told.append(initiator))
    refreshes = count_refreshes(people)
    save_new_person(window, "Một Lần")
    assert told == [people]
    assert refreshes == [1]  # its own refresh after saving, not a second from the window


def test_the_status_bar_counts_every_change(window, db):
    people_before = db.execute("SELECT count(*) FROM people").fetchone()[0]
    save_new_person(window, "Đếm Thêm")
    assert f"{people_before + 1} people" in window.counts_label.text().replace(".", "")


def test_undo_tells_the_pages_what_it_took_back(window):
    person_id = save_new_person(window, "Hoàn Tác")
    people = window.pages["people"]
    window.show_page("audit")
    rows = window.pages["audit"].model.rowCount()
    window.show_page("people")
    assert window.undo_last()
    assert person_id not in people.list_page.model.ids()  # on screen: at once
    window.show_page("audit")
    assert window.pages["audit"].model.rowCount() == rows + 1


def test_a_setting_changed_on_the_settings_page_is_in_the_audit_trail(window, db):
    window.show_page("audit")
    audit = window.pages["audit"]
    rows_before = audit.model.rowCount()
    window.show_page("settings")
    settings = window.pages["settings"]
    settings.books_combo.setCurrentIndex(settings.books_combo.findData("per_form"))
    settings.books_combo.activated.emit(settings.books_combo.currentIndex())
    window.show_page("audit")
    assert audit.model.rowCount() == rows_before + 1


def test_every_page_of_the_window_says_what_it_shows(window):
    for key, page in window.pages.items():
        assert isinstance(page, WindowPage), key
        assert page.shows, key
    assert window.pages["audit"].shows == frozenset(RecordKind)


def test_a_page_not_built_on_window_page_is_told_every_change_and_offers_no_command(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    refreshes = []
    page.refresh = lambda: refreshes.append(1)
    interface = window_page(page)
    assert interface.wants_refresh(ChangeSet.of(RecordKind.TEMPLATES))
    interface.refresh()
    assert refreshes == [1]
    assert not interface.focus_find() and not interface.has_unsaved_changes()
    assert interface.printable_table() is None and interface.print_document(None) is None
    built = WindowPage()
    qtbot.addWidget(built)
    assert window_page(built) is built


def test_revoking_an_award_in_its_dialog_tells_the_honour_roll_on_screen(qtbot, window, db):
    window.show_page("honour_roll")
    roll = window.pages["honour_roll"]
    qtbot.waitUntil(lambda: not roll.model.is_searching())
    refreshes = count_refreshes(roll)
    award_id = db.execute("SELECT min(id) FROM awards").fetchone()[0]
    dialog = window.open_award(award_id)
    qtbot.addWidget(dialog)
    assert dialog.revoke("khai không đúng thành tích")
    assert refreshes == [1]


def test_a_record_restored_from_the_trash_is_kept_for_undo_and_shown(qtbot, window, db):
    person_id = save_new_person(window, "Trong Thùng Rác")
    window.delete_action.trigger()
    people = window.pages["people"]
    assert person_id not in people.list_page.model.ids()
    trash = window.open_trash()
    qtbot.addWidget(trash)
    trash.table.setCurrentCell(0, 0)
    trash.restore_selected()
    assert person_id in people.list_page.model.ids()
    assert window.undo_stack[-1].label.startswith("restore")
