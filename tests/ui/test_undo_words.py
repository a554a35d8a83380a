"""The Undo action and the status bar name the edit in the window's language: the core marks
each edit's name for the catalogue ("new person"), or writes it as a message when it quotes
a name ("merge A into B"), and the window translates it."""

import pytest

from kienan_awards.core import i18n
from kienan_awards.core.records import people, units
from kienan_awards.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db, window_settings):
    def make() -> MainWindow:
        main_window = MainWindow(db, window_settings)
        qtbot.addWidget(main_window)
        return main_window

    return make


def test_the_undo_action_names_the_edit(window, db):
    main_window = window()
    main_window.edit_made(people.save_person(db, None, {"full_name": "Lê Văn An"}))
    assert main_window.undo_action.text() == "&Undo new person"
    keep = people.save_person(db, None, {"full_name": "Trần Thị Bình"}).record_id
    merged = people.save_person(db, None, {"full_name": "Trần Thị Bính"}).record_id
    main_window.edit_made(people.merge_people(db, keep, merged))
    assert main_window.undo_action.text() == "&Undo merge Trần Thị Bính into Trần Thị Bình"
    assert main_window.undo_last()
    assert main_window.statusBar().currentMessage() == (
        "Undone: merge Trần Thị Bính into Trần Thị Bình"
    )


def test_every_name_of_an_edit_goes_through_the_catalogue(window, db, interface_language):
    # In the pseudo-language a word that went through the catalogue is bracketed.
    interface_language(i18n.PSEUDO)
    main_window = window()
    main_window.edit_made(people.save_person(db, None, {"full_name": "Lê Văn An"}))
    assert main_window.undo_action.text() == i18n.pseudo("&Undo {label}").format(
        label=i18n.pseudo("new person")
    )
    unit = units.save_unit(db, None, {"name": "Phòng Nội vụ", "kind": "department"}).record_id
    main_window.edit_made(units.move_unit_to_trash(db, unit))
    assert i18n.pseudo("delete unit") in main_window.undo_action.text()
    keep = people.save_person(db, None, {"full_name": "Trần Thị Bình"}).record_id
    merged = people.save_person(db, None, {"full_name": "Trần Thị Bính"}).record_id
    main_window.edit_made(people.merge_people(db, keep, merged))
    assert (
        i18n.pseudo("merge {merged} into {kept}").format(
            merged="Trần Thị Bính", kept="Trần Thị Bình"
        )
        in main_window.undo_action.text()
    )
