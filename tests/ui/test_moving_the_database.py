"""Moving the database from the window: from Settings, or at the welcome; the window closes
and the program opens the database at its new place."""

import pytest

from kienan_awards.core import demo
from kienan_awards.core.records.office import office_on
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.storage.locations import default_database_path
from kienan_awards.ui import application
from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.translations import remove_translations
from tests.ui.test_office_dialog import fill


@pytest.fixture
def default_db():
    db = open_database()
    yield db
    db.close()


def test_moving_from_settings_closes_the_window_for_the_database_at_its_new_place(
    qtbot, default_db, window_settings, tmp_path
):
    demo.load_demo(default_db)
    window = MainWindow(default_db, window_settings)
    qtbot.addWidget(window)
    window.show()
    settings = window.pages["settings"]
    assert settings.move_button.isEnabled()
    assert settings.move_database_to(tmp_path / "D")
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.moved_to == tmp_path / "D" / "awards.sqlite3" == default_database_path()


def test_the_program_opens_the_moved_database_and_the_old_file_goes(
    qapp, qtbot, default_db, window_settings, tmp_path
):
    old_path = default_db.path
    demo.load_demo(default_db)
    window = MainWindow(default_db, window_settings)
    qtbot.addWidget(window)
    assert window.pages["settings"].move_database_to(tmp_path / "D")
    window.close()
    default_db.close()
    reopened = application._reopen_moved(qapp, old_path, window.moved_to)
    try:
        assert reopened.path == tmp_path / "D" / "awards.sqlite3"
        assert reopened["awards"].count == 699
    finally:
        reopened.close()
    assert not old_path.exists()


def test_a_refused_move_says_why_and_leaves_the_window_open(qtbot, db, window_settings, tmp_path):
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    settings = window.pages["settings"]
    # Opened with --db: not the default database, so it is not moved from here.
    assert not settings.move_button.isEnabled()
    assert "--db" in settings.move_button.toolTip()
    warnings = []
    settings.show_warning = lambda title, text: warnings.append(title)
    assert not settings.move_database_to(tmp_path / "D")
    assert warnings == ["The database was not moved"] and window.moved_to is None


def test_the_welcome_moves_the_database_with_the_office_in_it(
    qtbot, default_db, window_settings, tmp_path
):
    window = MainWindow(default_db, window_settings)
    qtbot.addWidget(window)

    def answer(dialog):
        assert dialog.folder_edit.text() == str(default_db.path.parent)
        fill(dialog)
        dialog.choose_folder(tmp_path / "D")
        dialog.save()
        return dialog.result()

    assert window.offer_welcome(answer)
    assert window.moved_to == tmp_path / "D" / "awards.sqlite3"
    moved = open_database(window.moved_to)
    try:
        assert office_on(moved).signer_name == "Lê Văn Bình"
    finally:
        moved.close()


def test_a_welcome_whose_move_fails_keeps_the_office_and_stays_open(
    qtbot, default_db, window_settings, tmp_path
):
    window = MainWindow(default_db, window_settings)
    qtbot.addWidget(window)
    other = open_database(default_db.path)  # another program has the file open

    def answer(dialog):
        fill(dialog)
        dialog.choose_folder(tmp_path / "D")
        dialog.save()
        assert "another window or program" in dialog.failure.text()
        return dialog.result()

    try:
        assert not window.offer_welcome(answer)
    finally:
        other.close()
    assert window.moved_to is None and office_on(default_db) is not None
    assert not (tmp_path / "D").exists()


def test_a_foreign_file_in_the_chosen_folder_is_not_opened(
    qtbot, default_db, window_settings, tmp_path
):
    (tmp_path / "awards.sqlite3").write_bytes(b"taken")
    window = MainWindow(default_db, window_settings)
    qtbot.addWidget(window)

    def answer(dialog):
        dialog.choose_folder(tmp_path)
        dialog.save()
        assert "not a database file" in dialog.failure.text()
        return dialog.result()

    assert not window.offer_welcome(answer)
    assert window.moved_to is None and default_database_path() == default_db.path


def test_after_a_reinstall_the_welcome_opens_the_database_kept_on_the_data_drive(
    qapp, qtbot, default_db, window_settings, tmp_path
):
    kept = open_database(tmp_path / "D" / "awards.sqlite3")
    demo.load_demo(kept)
    kept.close()
    window = MainWindow(default_db, window_settings)
    qtbot.addWidget(window)

    def answer(dialog):
        dialog.choose_folder(tmp_path / "D")
        assert dialog.found_label.isVisibleTo(dialog)
        assert not dialog.edits["body_name"].isEnabled()
        dialog.save()  # no office typed: the kept database has its own
        return dialog.result()

    assert window.offer_welcome(answer)
    assert window.moved_to == tmp_path / "D" / "awards.sqlite3"
    window.close()
    old_path = default_db.path
    default_db.close()
    reopened = application._reopen_moved(qapp, old_path, window.moved_to)
    try:
        assert reopened["awards"].count == 699
    finally:
        reopened.close()
    assert not old_path.exists()  # the empty database made at this first start


def test_the_running_program_reopens_the_moved_database_in_a_new_window(
    qapp, tmp_path, monkeypatch
):
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kienan_awards.core.records.office import record_office

    db = open_database()
    demo.load_demo(db)
    record_office(
        db,
        dict(
            zip(
                ("body_name", "place", "signer_title", "signer_name"),
                ("Ủy ban nhân dân phường Kiến An", "Kiến An", "Chủ tịch", "Lê Văn Bình"),
                strict=True,
            )
        ),
    )
    old_path = db.path
    db.close()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_window replaces it
    seen = []
    unexpected = []

    def said_unexpected(_parent, _title, text, *args):
        # Offscreen a modal dialog would wait for ever: the error is kept, the window closed.
        unexpected.append(text)
        QApplication.closeAllWindows()

    monkeypatch.setattr(QMessageBox, "critical", said_unexpected)

    # Windows other tests left open are not this program's: hidden, they neither keep it
    # running when its own window closes nor are taken for its window.
    earlier = set(QApplication.topLevelWidgets())
    for widget in earlier:
        widget.hide()

    def act() -> None:
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w not in earlier
        ]
        shown = [w for w in windows if w.isVisible()]
        if not shown:
            return
        window = shown[0]
        path = window.pages["settings"]._db.path
        if path == old_path and not seen:
            seen.append(path)
            window.pages["settings"].move_database_to(tmp_path / "D")
        elif path != old_path:
            seen.append(path)
            window.close()

    timer = QTimer()
    timer.timeout.connect(act)
    timer.start(50)
    try:
        code = application.run_window(None, "en")
    finally:
        timer.stop()
        remove_translations(qapp)
    assert unexpected == []
    assert code == 0
    assert seen == [old_path, tmp_path / "D" / "awards.sqlite3"]
    assert not old_path.exists()
