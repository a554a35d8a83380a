"""On a database with no movement the overview says what to do first, and its
buttons do it: a new movement, an import, or (on an empty database only) the demo."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kienan_awards.core.records import people
from kienan_awards.core.records.record_counts import record_counts
from kienan_awards.core.storage import database
from kienan_awards.core.storage.database import open_database
from kienan_awards.ui.dialogs.import_dialog import ImportDialog
from kienan_awards.ui.dialogs.movement_dialogs import MovementDialog
from kienan_awards.ui.main_window import MainWindow


def open_window(qtbot, db, settings) -> MainWindow:
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("overview")
    return window


def words(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


@pytest.fixture
def window(qtbot, db, window_settings):
    return open_window(qtbot, db, window_settings)


def test_an_empty_overview_says_what_to_do_first(window):
    overview = window.pages["overview"]
    steps = overview.first_steps
    assert steps.isVisible()
    assert not overview.matrix.isVisible() and not overview.bar_chart.isVisible()
    text = words(steps)
    for step in ("movement", "Excel", "demo"):
        assert step in text
    for button in (steps.new_movement_button, steps.import_button, steps.demo_button):
        assert button.isVisible() and button.isEnabled(), button.text()


def test_its_demo_button_loads_the_demo_and_the_overview_shows_it(qtbot, window, db):
    overview = window.pages["overview"]
    qtbot.mouseClick(overview.first_steps.demo_button, Qt.MouseButton.LeftButton)
    assert record_counts(db)["awards"] == 699
    assert not overview.first_steps.isVisible()
    assert overview.matrix.isVisible() and overview.matrix.rowCount() > 0
    assert not window.load_demo_action.isEnabled()


def test_its_import_button_opens_the_import_dialog(qtbot, window):
    qtbot.mouseClick(window.pages["overview"].first_steps.import_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_its_movement_button_opens_a_new_movement_on_the_movements_page(qtbot, window):
    steps = window.pages["overview"].first_steps
    qtbot.mouseClick(steps.new_movement_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "movements"
    dialogs = [d for d in window.findChildren(MovementDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()


def test_a_database_with_records_but_no_movement_is_not_offered_the_demo(
    qtbot, db, window_settings
):
    people.save_person(db, None, {"full_name": "Lê Văn Mới"})
    window = open_window(qtbot, db, window_settings)
    steps = window.pages["overview"].first_steps
    assert steps.isVisible()
    assert steps.new_movement_button.isVisible() and steps.import_button.isVisible()
    assert not steps.demo_button.isVisible()
    assert "demo" not in words(steps)


def test_a_read_only_database_offers_no_first_step_that_writes(
    qtbot, db, db_path, window_settings, monkeypatch
):
    db.close()
    monkeypatch.setattr(database.os, "access", lambda path, mode: False)
    opened = open_database(db_path)
    window = open_window(qtbot, opened, window_settings)
    steps = window.pages["overview"].first_steps
    assert steps.isVisible()
    assert not steps.new_movement_button.isEnabled()
    assert not steps.import_button.isEnabled()
    assert not steps.demo_button.isEnabled()
    window.close()
    opened.close()
