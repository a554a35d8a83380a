import pytest
from PySide6.QtWidgets import QPushButton

from kienan_awards.core import demo
from kienan_awards.core.storage import database
from kienan_awards.core.storage.database import open_database
from kienan_awards.ui.dialogs.award_dialog import AwardDialog
from kienan_awards.ui.main_window import MainWindow


@pytest.fixture
def read_only_window(qtbot, db, db_path, window_settings, monkeypatch):
    demo.load_demo(db)
    db.close()
    # Root may write any file, so the permission is taken away where the program asks for it.
    monkeypatch.setattr(database.os, "access", lambda path, mode: False)
    opened = open_database(db_path)
    window = MainWindow(opened, window_settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    opened.close()


def button(page, text):
    return next(b for b in page.findChildren(QPushButton) if b.text() == text)


def test_the_window_offers_no_writing_on_a_read_only_database(read_only_window):
    window = read_only_window
    assert window.database_label.text().startswith("READ-ONLY")
    for action in (
        window.new_action,
        window.save_action,
        window.delete_action,
        window.import_action,
        window.trash_action,
        window.templates_action,
        window.load_demo_action,
    ):
        assert not action.isEnabled(), action.text()
        assert action.toolTip().startswith("Read-only: this user may not write")
    # What only reads stays: find, print, refresh, back up, verify.
    for action in (window.find_action, window.print_action, window.backup_action):
        assert action.isEnabled()


def test_opening_records_does_not_switch_writing_back_on(read_only_window, db_path):
    window = read_only_window
    people_page = window.pages["people"]
    people_page.open_person(1)
    assert not people_page.form.isEnabled()
    for name in ("New", "Save", "Delete", "Merge with..."):
        assert not button(people_page, name).isEnabled(), name
    units_page = window.pages["units"]
    units_page.open_unit(1)
    assert not units_page.delete_button.isEnabled() and not units_page.form.name_edit.isEnabled()
    movements = window.pages["movements"]
    assert not movements.new_target_button.isEnabled()
    decisions_page = window.pages["decisions"]
    for name in ("New proposal...", "Accept", "Decide...", "Certificates..."):
        assert not button(decisions_page, name).isEnabled(), name
    assert not decisions_page.line_form.isEnabled()
    settings_page = window.pages["settings"]
    assert not settings_page.rules_table.isEnabled()
    assert not settings_page.books_combo.isEnabled()
    dialog = AwardDialog(window._db, 1, window)
    assert not dialog.revoke_button.isEnabled()
    dialog.close()


def test_an_empty_read_only_database_is_not_offered_the_demo(
    qtbot, db, db_path, window_settings, monkeypatch
):
    db.close()
    monkeypatch.setattr(database.os, "access", lambda path, mode: False)
    opened = open_database(db_path)
    window = MainWindow(opened, window_settings)
    qtbot.addWidget(window)
    asked = []
    assert window.offer_demo_data(lambda *args: asked.append(args) or True) is False
    assert asked == []
    window.close()
    opened.close()
