"""The window builds only the page it shows first; every other page is
built the first time it is shown or asked for, and is then laid out as remembered, told of
changes and heard like any other. The navigation names them all from the start."""

import pytest

from kienan_awards.core import demo
from kienan_awards.core.records.record_counts import holds_records, record_counts
from kienan_awards.core.storage.database import open_database
from kienan_awards.ui.dialogs.award_dialog import AwardDialog
from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.pages import honour_roll_page
from kienan_awards.ui.pages.window_page import WindowPage
from tests.support.qt_input import type_text

PAGES = [
    "overview",
    "movements",
    "units",
    "people",
    "cycle",
    "clusters",
    "decisions",
    "honour_roll",
    "reports",
    "audit",
    "settings",
]


def open_window(qtbot, db, settings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.ask_unsaved = lambda parent: "discard"
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, db, window_settings):
    return open_window(qtbot, db, window_settings)


@pytest.fixture
def demo_window(qtbot, db, window_settings):
    demo.load_demo(db)
    return open_window(qtbot, db, window_settings)


def test_the_window_starts_with_only_its_first_page_built_and_every_page_listed(window):
    assert list(window.pages) == PAGES and len(window.pages) == len(PAGES)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert len(titles) == len(PAGES) and all(titles)
    assert list(window.pages.built()) == ["overview"]
    assert window.stack.count() == 1 and window.current_page_key() == "overview"
    assert "people" in window.pages and "nowhere" not in window.pages
    assert not window.pages.is_built("people")  # asking whether it is there builds nothing
    with pytest.raises(KeyError):
        window.pages["nowhere"]


def test_a_page_is_built_the_first_time_it_is_shown_and_kept(window):
    window.show_page("people")
    people = window.pages["people"]
    assert window.pages.is_built("people") and window.stack.currentWidget() is people
    window.show_page("overview")
    window.navigation.setCurrentRow(PAGES.index("people"))
    assert window.stack.currentWidget() is people and window.current_page_key() == "people"
    assert window.stack.count() == 2


def test_a_page_asked_for_is_built_hidden_until_shown(window):
    audit = window.pages["audit"]
    assert window.current_page_key() == "overview" and not audit.isVisible()
    assert window.navigation.currentRow() == PAGES.index("overview")
    window.show_page("audit")
    assert window.current_page() is audit and audit.isVisible()


def test_a_change_made_before_a_page_is_built_shows_when_it_is_built(window, db):
    assert window.offer_demo_data(lambda *_question: True)  # only the overview is built
    window.show_page("people")
    assert window.pages["people"].list_page.model.rowCount() == record_counts(db)["people"]


def test_a_remembered_layout_is_applied_when_its_page_is_built(qtbot, db, window_settings):
    demo.load_demo(db)
    first = open_window(qtbot, db, window_settings)
    first.show_page("people")
    table = first.pages["people"].list_page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    wide = table.horizontalHeader().sectionSize(0) + 150
    table.horizontalHeader().resizeSection(0, wide)
    first.show_page("overview")
    assert first.close()

    later = open_window(qtbot, db, window_settings)
    assert later.current_page_key() == "overview" and not later.pages.is_built("people")
    later.show_page("people")
    assert later.pages["people"].list_page.table.horizontalHeader().sectionSize(0) == wide


def test_closing_the_window_stops_only_the_pages_built(window, monkeypatch):
    stopped = []
    monkeypatch.setattr(WindowPage, "stop", lambda page: stopped.append(page.objectName()))
    monkeypatch.setattr(
        honour_roll_page.HonourRollPage, "stop", lambda page: stopped.append(page.objectName())
    )
    window.show_page("honour_roll")
    assert window.close()
    assert sorted(stopped) == ["honour_roll_page", "overview_page"]
    assert sorted(window.pages.built()) == ["honour_roll", "overview"]


def test_the_first_steps_of_the_first_page_are_heard(window, db):
    first_steps = window.pages["overview"].first_steps
    first_steps.demo_button.click()
    assert holds_records(db)


def test_the_signals_of_a_page_built_later_are_heard(qtbot, demo_window, db):
    demo_window.show_page("people")
    people = demo_window.pages["people"]
    people.new_record()
    type_text(people.form.full_name, "Xây Sau Cùng")
    assert people.save_record()
    assert demo_window.undo_stack and demo_window.undo_action.isEnabled()  # edited, heard

    award_id = db.execute("SELECT min(id) FROM awards").fetchone()[0]
    demo_window.pages["honour_roll"].award_opened.emit(award_id)
    dialogs = demo_window.findChildren(AwardDialog)
    assert len(dialogs) == 1
    dialogs[0].close()

    settings = demo_window.pages["settings"]
    assert settings.mover == demo_window.move_database_to


def test_moving_the_database_before_the_honour_roll_is_built_leaves_it_unbuilt(
    qtbot, window_settings, tmp_path
):
    database = open_database()
    try:
        demo.load_demo(database)
        window = open_window(qtbot, database, window_settings)
        assert window.pages["settings"].move_database_to(tmp_path / "D")
        qtbot.waitUntil(lambda: not window.isVisible())
        assert window.moved_to == tmp_path / "D" / "awards.sqlite3"
        assert not window.pages.is_built("honour_roll")
    finally:
        database.close()
