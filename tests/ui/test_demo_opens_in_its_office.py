"""Opening the demo today: its ward's People's Committee is in force, so the window goes
straight to work, with no welcome asking for the office."""

from kienan_awards.core import demo
from kienan_awards.ui.main_window import MainWindow

WARD_OFFICE = "Ủy ban nhân dân phường Kiến An"


def test_opening_the_demo_today_shows_no_welcome(qtbot, db, window_settings):
    demo.load_demo(db)
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    shown = []
    assert not window.offer_welcome(lambda dialog: shown.append(dialog.windowTitle()))
    assert shown == []
    settings = window.pages["settings"]
    settings.refresh()
    assert settings.office_label.text().startswith(f"{WARD_OFFICE}, signed by Chủ tịch ")


def test_the_demo_loaded_from_the_window_leaves_no_welcome_to_show(qtbot, db, window_settings):
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    assert window.offer_demo_data(lambda parent, title, text: True)
    shown = []
    assert not window.offer_welcome(lambda dialog: shown.append(dialog.windowTitle()))
    assert shown == []
