"""Starts the window: Qt application, shipped fonts, language, database, first-start offer."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from kienan_awards.core.i18n import _, shown
from kienan_awards.core.storage.locations import APP_NAME
from kienan_awards.ui.platform_check import window_cannot_start

# Set (to anything) by tests/benchmarks/bench_startup.py: the window quits once its first page
# is painted, so that a start can be timed as the clerk sees it.
QUIT_WHEN_PAINTED = "KIENAN_AWARDS_QUIT_WHEN_PAINTED"


def run_window(database_path: Path | None, language: str | None) -> int:
    problem = window_cannot_start()
    if problem:
        sys.stderr.write(f"kienan-awards: {problem}\n")
        return 1
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kienan_awards.core.errors import KienanError
    from kienan_awards.core.resource_files import resources_folder
    from kienan_awards.core.storage.backups import back_up_if_due
    from kienan_awards.error_log import describe_unexpected
    from kienan_awards.printing.fonts import interface_font, load_shipped_fonts
    from kienan_awards.ui.main_window import MainWindow
    from kienan_awards.ui.stop_signals import StopSignals
    from kienan_awards.ui.translations import install_translations

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    # Windows takes a title bar icon only from a resource named IDI_ICON1, which the bundle
    # does not have: the window is given its icon here, on every system alike.
    app.setWindowIcon(QIcon(str(resources_folder() / "icons" / "app" / "kienan-awards.svg")))
    load_shipped_fonts()
    app.setFont(interface_font())
    install_translations(app, language)

    def show_unexpected(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            app.quit()
            return
        QMessageBox.critical(None, _("Unexpected error"), shown(describe_unexpected(error)))

    sys.excepthook = show_unexpected
    db = _open_at_start(app, database_path)
    if db is None:
        return 1
    try:
        back_up_if_due(db)
    except (KienanError, OSError, sqlite3.Error) as error:
        # The work can go on; the clerk is told in the status bar.
        sys.stderr.write(f"kienan-awards: {error}\n")
    while True:
        window = MainWindow(db, QSettings())
        window.show()
        if os.environ.get(QUIT_WHEN_PAINTED):
            quit_when_painted(window.current_page())
        QTimer.singleShot(0, window.offer_welcome)
        # As File > Quit, for every window: a welcome or other dialog open closes too.
        stop_signals = StopSignals(app.closeAllWindows)
        try:
            code = app.exec()
        finally:
            stop_signals.release()
            db.close()
        if window.moved_to is None:
            return code
        db = _reopen_moved(app, db.path, window.moved_to)
        if db is None:
            return 1


def quit_when_painted(page) -> None:
    """Quits the program once page has been painted (see QUIT_WHEN_PAINTED)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # After the paint: the page is on screen when the program stops.
                QTimer.singleShot(0, QApplication.quit)
            return False

    page.installEventFilter(FirstPaint(page))


def _open_at_start(app, database_path: Path | None):
    """The database, or None when it cannot be opened (a dialog said why)."""
    from kienan_awards.core.errors import DamagedDatabaseError
    from kienan_awards.core.storage.database import open_database

    try:
        return _opened_or_said(
            database_path, lambda: open_database(database_path), passed_on=DamagedDatabaseError
        )
    except DamagedDatabaseError as error:
        problem = shown(error)
    return _opened_or_said(database_path, lambda: _offer_restore(app, database_path, problem))


def _opened_or_said(database_path: Path | None, open_it, passed_on=()):
    """open_it(), or None when it fails: whatever stopped it (a network share that refused, a
    file locked or unreadable, an error never met before), a dialog says what and where:
    never a traceback, never a silent exit. Errors of passed_on are the caller's."""
    from PySide6.QtWidgets import QMessageBox

    try:
        return open_it()
    except passed_on:
        raise
    except Exception as error:
        QMessageBox.critical(
            None, _("The database cannot be opened"), cannot_open(database_path, error)
        )
        return None


def cannot_open(database_path: Path | None, error: Exception) -> str:
    """What stopped the database from opening, and where it is, for the clerk."""
    from kienan_awards.core.errors import KienanError
    from kienan_awards.error_log import describe_unexpected

    where = _database_named(database_path)
    if isinstance(error, KienanError):
        problem = shown(error)
        if str(where) in problem:
            return problem
        return _("{problem}\n\nDatabase: {path}").format(problem=problem, path=where)
    if isinstance(error, OSError):
        where = error.filename or where
        reason = error.strerror or str(error)
    elif isinstance(error, sqlite3.Error):
        reason = str(error)
    else:  # the details, traceback and all, go to the error log; the clerk reads one line
        reason = shown(describe_unexpected(error))
    return _("{path} cannot be opened: {reason}").format(path=where, reason=reason)


def _database_named(database_path: Path | None) -> Path | str:
    """The file the window tries to open (--db, else the default one)."""
    from kienan_awards.core.errors import KienanError
    from kienan_awards.core.storage.locations import default_database_path

    if database_path:
        return Path(database_path)
    try:
        return default_database_path()
    except KienanError as error:  # where it was moved cannot be read: that error says where
        return shown(error)


def _reopen_moved(app, old_path: Path, new_path: Path):
    """After the clerk moved the database: the old file goes, the new one opens (None when
    it cannot, said in a dialog)."""
    from PySide6.QtWidgets import QMessageBox

    from kienan_awards.core.errors import KienanError
    from kienan_awards.core.storage.database import open_database
    from kienan_awards.core.storage.moving import remove_old_database

    try:
        remove_old_database(old_path)
    except (KienanError, OSError) as error:  # the copy is sound; the old file only lingers
        QMessageBox.warning(None, _("The old database file is still there"), shown(error))
    return _opened_or_said(new_path, lambda: open_database(new_path, create=False))


def _offer_restore(app, database_path: Path | None, problem: str):
    """A damaged database: offer the newest sound backup; the open restored database, or None."""
    from PySide6.QtWidgets import QMessageBox

    from kienan_awards.core.errors import KienanError
    from kienan_awards.core.storage.backups import newest_sound_backup, restore_database
    from kienan_awards.core.storage.database import open_database
    from kienan_awards.core.storage.locations import default_database_path

    path = Path(database_path) if database_path else default_database_path()
    backup = newest_sound_backup(path)
    if backup is None:
        QMessageBox.critical(
            None,
            _("The database is damaged"),
            _("{problem}\n\nNo sound backup was found beside it.").format(problem=problem),
        )
        return None
    answer = QMessageBox.question(
        None,
        _("The database is damaged"),
        _(
            "{problem}\n\nRestore the newest sound backup, {backup}? The damaged file is kept "
            "as a backup too."
        ).format(problem=problem, backup=backup.name),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        restore_database(path, backup)
        return open_database(path)
    except KienanError as error:
        QMessageBox.critical(None, _("The backup could not be restored"), shown(error))
        return None
