"""A first session on an empty database, the demo
loaded, the window opened again. Every list must then show names and headers whole, and the
People list and the Units tree must have room; a layout an older version saved from empty
pages heals; View > Reset the layout starts afresh."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QSplitter, QTableView

from kienan_awards.core import demo
from kienan_awards.ui.main_window import MainWindow

TYPICAL_NAME = "Nguyễn Thị Minh Khai"
SIZE = (1366, 768)
# Each list with rows in the demo, with the page (and tab) it is on.
LISTS = {
    "awards_table": ("honour_roll", None),
    "recipient_history": ("honour_roll", None),
    "people_table": ("people", None),
    "decisions_table": ("decisions", 1),
    "register_table": ("decisions", 2),
    "audit_log_table": ("audit", None),
    "targets_table": ("movements", None),
}
NAME_COLUMNS = {"awards_table": 0, "people_table": 0, "register_table": 1}


def quit_from_the_menu(window: MainWindow) -> None:
    window.findChild(QAction, "quit").trigger()
    assert not window.isVisible()


def first_session_on_an_empty_database(qtbot, db, settings) -> MainWindow:
    """The first start: the welcome is answered "Later", then File > Quit."""
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.offer_welcome(lambda dialog: QDialog.DialogCode.Rejected)
    return window


def later_session(qtbot, db, settings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_with_rows(qtbot, window: MainWindow, name: str) -> QTableView:
    page_key, tab = LISTS[name]
    window.show_page(page_key)
    if tab is not None:
        window.pages[page_key].tabs.setCurrentIndex(tab)
    honour_roll = window.pages["honour_roll"]
    qtbot.waitUntil(lambda: not honour_roll.model.is_searching())
    view = window.findChild(QTableView, name)
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() > 0)
    qtbot.wait(20)  # the layout settles
    return view


def cut_columns(view: QTableView) -> list[str]:
    """Columns narrower than their header, or than their values up to a typical name."""
    header = view.horizontalHeader()
    typical = view.fontMetrics().horizontalAdvance(TYPICAL_NAME)
    cut = []
    for column in range(header.count()):
        width = header.sectionSize(column)
        title = view.model().headerData(column, header.orientation())
        wanted = max(header.sectionSizeHint(column), min(view.sizeHintForColumn(column), typical))
        if width < wanted:
            cut.append(f"{view.objectName()} '{title}': {width} px < {wanted} px")
    return cut


def assert_laid_out_for_the_rows(qtbot, window: MainWindow) -> None:
    cut = []
    for name in LISTS:
        view = shown_with_rows(qtbot, window, name)
        cut += cut_columns(view)
        if name in NAME_COLUMNS:
            typical = view.fontMetrics().horizontalAdvance(TYPICAL_NAME)
            assert view.horizontalHeader().sectionSize(NAME_COLUMNS[name]) >= typical, name
    assert cut == []

    window.show_page("people")
    qtbot.wait(20)
    people = window.pages["people"]
    people_table = people.list_page.table
    whole = sum(people_table.horizontalHeader().sectionSize(c) for c in range(3))
    assert people_table.viewport().width() >= whole, "name, gender and birth year whole"
    assert people.list_page.width() >= 0.4 * people.splitter.width()

    window.show_page("units")
    qtbot.wait(20)
    units = window.pages["units"]
    header = units.tree.header()
    whole = header.sectionSize(0) + header.sectionSizeHint(1)
    assert units.tree.viewport().width() >= whole, "names whole, and their kinds beside them"
    assert units.tree.width() >= 0.4 * units.splitter.width()


@pytest.mark.parametrize("language", ["en", "vi"])
def test_lists_are_laid_out_for_their_rows_after_a_first_session_on_an_empty_database(
    qtbot, db, window_settings, language, interface_language
):
    interface_language(language)
    quit_from_the_menu(first_session_on_an_empty_database(qtbot, db, window_settings))
    demo.load_demo(db)
    window = later_session(qtbot, db, window_settings)
    assert_laid_out_for_the_rows(qtbot, window)
    # And on every later start too: what this session saves is the layout of its rows.
    quit_from_the_menu(window)
    assert_laid_out_for_the_rows(qtbot, later_session(qtbot, db, window_settings))


def test_lists_fitted_to_no_rows_fit_the_demo_loaded_at_the_welcome(qtbot, db, window_settings):
    window = first_session_on_an_empty_database(qtbot, db, window_settings)
    window.resize(*SIZE)
    assert window.offer_demo_data(lambda parent, title, text: True)
    assert_laid_out_for_the_rows(qtbot, window)


def test_pages_never_shown_with_rows_leave_nothing_to_remember(qtbot, db, window_settings):
    quit_from_the_menu(first_session_on_an_empty_database(qtbot, db, window_settings))
    remembered = [
        key
        for key in window_settings.allKeys()
        if key.startswith("main_window/columns/")
        or (key.startswith("main_window/splitter/") and "main_splitter" not in key)
    ]
    assert remembered == []


def save_every_part_as_older_versions_did(window: MainWindow, settings) -> None:
    for splitter in window.findChildren(QSplitter):
        if splitter.objectName():
            settings.setValue(f"main_window/splitter/{splitter.objectName()}", splitter.saveState())
    for view in window.findChildren(QTableView):
        if view.objectName():
            settings.setValue(
                f"main_window/columns/{view.objectName()}", view.horizontalHeader().saveState()
            )


def test_a_layout_an_older_version_saved_from_empty_pages_heals(qtbot, db, window_settings):
    first = first_session_on_an_empty_database(qtbot, db, window_settings)
    quit_from_the_menu(first)
    save_every_part_as_older_versions_did(first, window_settings)
    demo.load_demo(db)
    assert_laid_out_for_the_rows(qtbot, later_session(qtbot, db, window_settings))


def test_reset_the_layout_forgets_it_and_lays_every_page_out_afresh(
    qtbot, db, window_settings, tmp_path
):
    demo.load_demo(db)
    window = later_session(qtbot, db, window_settings)
    people = window.pages["people"]
    window.show_page("people")
    qtbot.wait(20)
    # The clerk squeezes the list and its name column, and the window remembers it.
    people.splitter.setSizes([120, 1000])
    people.list_page.table.horizontalHeader().resizeSection(0, 30)
    quit_from_the_menu(window)
    assert window_settings.value("main_window/columns/people_table") is not None

    window = later_session(qtbot, db, window_settings)
    reset = window.findChild(QAction, "reset_layout")
    assert reset in window.view_menu.actions()
    reset.trigger()
    assert not [
        key
        for key in window_settings.allKeys()
        if key.startswith(("main_window/columns/", "main_window/splitter/"))
    ]
    assert_laid_out_for_the_rows(qtbot, window)
    # As wide as in a window that never saved a layout.
    people_width = window.pages["people"].list_page.width()
    fresh = later_session(qtbot, db, QSettings(str(tmp_path / "new.ini"), QSettings.IniFormat))
    fresh.show_page("people")
    qtbot.wait(20)
    assert abs(people_width - fresh.pages["people"].list_page.width()) < 60
