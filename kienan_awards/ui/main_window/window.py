"""The main window: it assembles its parts (navigation, actions, undo, status bar, dialogs),
remembers its layout between runs, and tells every page what each change changed."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from kienan_awards.core.changes import EVERYTHING, ChangeSet
from kienan_awards.core.i18n import _
from kienan_awards.core.records.record_counts import holds_records
from kienan_awards.core.records.record_edits import EditGroup
from kienan_awards.core.storage.moving import move_database
from kienan_awards.ui.main_window.actions import WindowActions
from kienan_awards.ui.main_window.dialogs import WindowDialogs
from kienan_awards.ui.main_window.navigation import PageNavigation
from kienan_awards.ui.main_window.pages import WindowPages
from kienan_awards.ui.main_window.status import WindowStatus
from kienan_awards.ui.main_window.undo import UndoHistory
from kienan_awards.ui.page_layout import give_first_sizes
from kienan_awards.ui.read_only import is_writable, refuse_writing
from kienan_awards.ui.window_layout import WindowLayout

PAGE_STYLE = "QLabel#page_heading { font-size: 15pt; font-weight: bold; padding: 2px 0 6px 0; }"


class MainWindow(QMainWindow):
    # After every change made through the window: what changed (a ChangeSet) and the page or
    # dialog that made it (which shows it already), or None.
    records_changed = Signal(object, object)

    def __init__(self, db, settings: QSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self._db = db
        # Where the database was moved while the window was open: it closes, and the program
        # opens the database there.
        self.moved_to: Path | None = None
        self.setStyleSheet(PAGE_STYLE)
        self.setWindowTitle(_("Kien An Awards - {file}").format(file=db.path.name))
        # Each page is built when first shown (or asked for): see pages.py.
        self.pages = WindowPages(db, settings, self._page_built)
        self.page_navigation = PageNavigation(self.pages, self)
        self.navigation = self.page_navigation.list
        self.stack = self.page_navigation.stack
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        give_first_sizes(self.splitter, [self.page_navigation.first_width, 1000])
        self.setCentralWidget(self.splitter)
        self.remembered_layout = WindowLayout(self, settings, self.splitter)

        self.undo_history = UndoHistory(db, self)
        self.window_status = WindowStatus(db, self)
        self.window_dialogs = WindowDialogs(db, self)
        self.window_actions = WindowActions(self)
        self._expose_parts()
        refuse_writing(
            db,
            self.new_action,
            self.save_action,
            self.delete_action,
            self.import_action,
            self.trash_action,
            self.templates_action,
            self.load_demo_action,
        )
        self.records_changed.connect(self.page_navigation.changes_made)
        self.records_changed.connect(self._show_status)
        self.undo_history.undone.connect(self.changes_made)
        self.window_status.backed_up.connect(self.changes_made)

        page = self.remembered_layout.restore()
        self.show_page(page if page in self.pages else "overview")
        self._show_status()

    def _expose_parts(self) -> None:
        """The parts' widgets and actions under the window's own names."""
        actions = self.window_actions
        self.new_action, self.save_action = actions.new_action, actions.save_action
        self.delete_action, self.find_action = actions.delete_action, actions.find_action
        self.print_action, self.undo_action = actions.print_action, actions.undo_action
        self.refresh_action, self.import_action = actions.refresh_action, actions.import_action
        self.trash_action, self.templates_action = actions.trash_action, actions.templates_action
        self.verify_action, self.backup_action = actions.verify_action, actions.backup_action
        self.load_demo_action = actions.load_demo_action
        self.reset_layout_action, self.view_menu = actions.reset_layout_action, actions.view_menu
        self.database_label = self.window_status.database_label
        self.counts_label = self.window_status.counts_label
        self.backup_label = self.window_status.backup_label

    def _page_built(self, key: str, page: QWidget) -> None:
        """A page just built: in the stack, laid out as remembered, and its signals heard."""
        self.page_navigation.add_page(key, page)
        self.remembered_layout.add_page(page)
        interface = self.page_navigation.interfaces[page]
        interface.edited.connect(partial(self.edit_made, initiator=page))
        interface.changed.connect(partial(self.changes_made, initiator=page))
        if key == "honour_roll":
            page.award_opened.connect(self.open_award)
        elif key == "overview":
            first_steps = page.first_steps
            first_steps.new_movement_button.clicked.connect(self.start_a_movement)
            first_steps.import_button.clicked.connect(lambda: self.open_import_dialog())
            first_steps.demo_button.clicked.connect(lambda: self.offer_demo_data(lambda *_: True))
        elif key == "settings":
            page.database_moved.connect(self.reopen_moved_database)
            page.mover = self.move_database_to

    # --- what changed ------------------------------------------------------------------------
    def changes_made(self, changes: ChangeSet, initiator: object = None) -> None:
        """The one notification, after every door the window runs: each page that shows a kind
        that changed reads again (now, or when next shown), and so does the status bar."""
        self.records_changed.emit(changes, initiator)

    def edit_made(self, group: EditGroup, initiator: object = None) -> None:
        """An undoable edit was saved: kept for Undo, and every page told."""
        self.undo_history.remember(group)
        self.changes_made(group.changes, initiator)

    def refresh(self) -> None:
        """View > Refresh: every page reads the database again, the one shown at once."""
        self.changes_made(EVERYTHING)

    def refresh_status(self) -> None:
        self._show_status()

    def _show_status(self, *_change) -> None:
        self.window_status.refresh()
        self.load_demo_action.setEnabled(is_writable(self._db) and not holds_records(self._db))

    # --- the parts' commands, under the window's names ---------------------------------------
    @property
    def undo_stack(self) -> list[EditGroup]:
        return self.undo_history.stack

    def undo_last(self) -> bool:
        return self.undo_history.undo_last()

    @property
    def ask_unsaved(self):
        return self.page_navigation.ask_unsaved

    @ask_unsaved.setter
    def ask_unsaved(self, ask) -> None:
        self.page_navigation.ask_unsaved = ask

    def current_page(self) -> QWidget:
        return self.page_navigation.current_page()

    def current_page_key(self) -> str:
        return self.page_navigation.current_page_key()

    def show_page(self, key: str) -> None:
        self.page_navigation.show_page(key)

    def may_leave_page(self) -> bool:
        return self.page_navigation.may_leave_page()

    def focus_find(self) -> bool:
        return self.window_actions.focus_find()

    def print_page(self, printer: QPrinter | None = None) -> bool:
        return self.window_actions.print_page(printer)

    def back_up_now(self) -> Path | None:
        return self.window_status.back_up_now()

    def open_import_dialog(self):
        return self.window_dialogs.open_import_dialog()

    def open_award(self, award_id: int):
        return self.window_dialogs.open_award(award_id)

    def open_template_editor(self):
        return self.window_dialogs.open_template_editor()

    def open_verify(self):
        return self.window_dialogs.open_verify()

    def open_trash(self):
        return self.window_dialogs.open_trash()

    def start_a_movement(self) -> None:
        self.window_dialogs.start_a_movement()

    def offer_welcome(self, run=lambda dialog: dialog.exec()) -> bool:
        return self.window_dialogs.offer_welcome(run)

    def offer_demo_data(self, ask) -> bool:
        return self.window_dialogs.offer_demo_data(ask)

    # --- the database moved, the window closes -----------------------------------------------
    def move_database_to(self, place: Path | str) -> Path:
        """Move the database (core.storage.moving) with this window's second connection, the
        honour roll's (once built), closed first: the move is refused while any other is open."""
        if self.pages.is_built("honour_roll"):
            self.pages["honour_roll"].model.release_connection()
        return move_database(self._db, place)

    def reopen_moved_database(self, path: Path) -> None:
        """The database now lives at path: close, so that the program opens it there."""
        self.moved_to = path
        QTimer.singleShot(0, self.close)

    def reset_layout(self) -> None:
        """View > Reset the layout: every page as on a first start, its lists fitted again."""
        self.remembered_layout.reset()
        self.refresh()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # After a move the open file is the old one: nothing more may be saved to it.
        if self.moved_to is None and not self.may_leave_page():
            event.ignore()
            return
        self.remembered_layout.save(self.current_page_key())
        for interface in self.page_navigation.interfaces.values():
            interface.stop()
        super().closeEvent(event)
