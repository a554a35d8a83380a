"""The main window: navigation between the pages, menus and toolbar, undo, status bar, and
the layout it remembers between runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QWidget,
)

from kienan_awards import __version__
from kienan_awards.core import demo
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import record_edits
from kienan_awards.core.records.office import office_on
from kienan_awards.core.records.record_counts import holds_records, record_counts
from kienan_awards.core.storage.backups import back_up, configured_backups_folder
from kienan_awards.core.storage.moving import move_database
from kienan_awards.core.storage.online_backup import list_backups
from kienan_awards.ui.dialogs.award_dialog import AwardDialog
from kienan_awards.ui.dialogs.import_dialog import ImportDialog
from kienan_awards.ui.dialogs.office_dialog import OfficeDialog
from kienan_awards.ui.dialogs.template_editor import TemplateEditorDialog
from kienan_awards.ui.dialogs.trash_dialog import TrashDialog
from kienan_awards.ui.dialogs.verify_dialog import VerifyDialog
from kienan_awards.ui.figures import figure
from kienan_awards.ui.messages import shown
from kienan_awards.ui.page_layout import give_first_sizes
from kienan_awards.ui.pages.audit_page import AuditPage
from kienan_awards.ui.pages.decisions_page import DecisionsPage
from kienan_awards.ui.pages.honour_roll_page import HonourRollPage
from kienan_awards.ui.pages.movements_page import MovementsPage
from kienan_awards.ui.pages.overview_page import OverviewPage
from kienan_awards.ui.pages.people_page import PeoplePage
from kienan_awards.ui.pages.record_list_page import RecordListPage
from kienan_awards.ui.pages.reports_page import ReportsPage
from kienan_awards.ui.pages.settings_page import SettingsPage
from kienan_awards.ui.pages.units_page import UnitsPage
from kienan_awards.ui.read_only import is_writable, refuse_writing
from kienan_awards.ui.table_printing import print_table
from kienan_awards.ui.window_layout import WindowLayout

Ask = Callable[[QWidget, str, str], bool]
UNDO_DEPTH = 50


def ask_with_message_box(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def ask_about_unsaved_changes(parent: QWidget) -> str:
    """'save', 'discard' or 'stay'."""
    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.question(
        parent,
        parent.tr("Unsaved changes"),
        parent.tr("This page has changes that are not saved. Save them?"),
        buttons,
    )
    return {
        QMessageBox.StandardButton.Save: "save",
        QMessageBox.StandardButton.Discard: "discard",
    }.get(answer, "stay")


PAGE_STYLE = "QLabel#page_heading { font-size: 15pt; font-weight: bold; padding: 2px 0 6px 0; }"


class MainWindow(QMainWindow):
    def __init__(self, db, settings: QSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self._db = db
        self._settings = settings
        # Where the database was moved while the window was open: it closes, and the program
        # opens the database there.
        self.moved_to: Path | None = None
        self.undo_stack: list[record_edits.EditGroup] = []
        self._stale_pages: set[QWidget] = set()  # refreshed when next shown
        self.ask_unsaved = ask_about_unsaved_changes
        self.setStyleSheet(PAGE_STYLE)
        self.setWindowTitle(self.tr("Kien An Awards - {file}").format(file=db.path.name))

        self.pages: dict[str, QWidget] = {
            "overview": OverviewPage(db),
            "movements": MovementsPage(db),
            "units": UnitsPage(db),
            "people": PeoplePage(db),
            "decisions": DecisionsPage(db),
            "honour_roll": HonourRollPage(db),
            "reports": ReportsPage(db),
            "audit": AuditPage(db),
            "settings": SettingsPage(db, settings=settings),
        }
        titles = {
            "overview": self.tr("Overview"),
            "movements": self.tr("Movements"),
            "units": self.tr("Units"),
            "people": self.tr("People"),
            "decisions": self.tr("Decisions & awards"),
            "honour_roll": self.tr("Honour roll"),
            "reports": self.tr("Reports"),
            "audit": self.tr("Audit trail"),
            "settings": self.tr("Settings"),
        }
        self.pages["honour_roll"].award_opened.connect(self.open_award)
        first_steps = self.pages["overview"].first_steps
        first_steps.new_movement_button.clicked.connect(self.start_a_movement)
        first_steps.import_button.clicked.connect(lambda: self.open_import_dialog())
        first_steps.demo_button.clicked.connect(lambda: self.offer_demo_data(lambda *_: True))
        self.pages["settings"].database_moved.connect(self.reopen_moved_database)
        self.pages["settings"].mover = self.move_database_to
        for page in self.pages.values():
            if hasattr(page, "edited"):
                page.edited.connect(self.remember_edit)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.addItems([titles[key] for key in self.pages])
        # First as wide as its longest title in the window's language; narrower when the page
        # needs the room (a title cut short is whole in its tooltip).
        metrics = self.navigation.fontMetrics()
        longest = max(metrics.horizontalAdvance(t) for t in titles.values())
        navigation_width = max(180, longest + 24)
        self.navigation.setMinimumWidth(150)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row, title in enumerate(titles.values()):
            self.navigation.item(row).setToolTip(title)
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self._navigate)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        give_first_sizes(self.splitter, [navigation_width, 1000])
        self.setCentralWidget(self.splitter)
        self.remembered_layout = WindowLayout(self, settings, self.splitter, self.pages)

        self._build_actions()
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
        self.database_label = QLabel()
        self.counts_label = QLabel()
        self.backup_label = QLabel()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.backup_label)
        page = self.remembered_layout.restore()
        self.show_page(page if page in self.pages else "overview")
        self.refresh()

    # --- actions ---------------------------------------------------------------------------
    def _action(self, text: str, shortcut, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&New"), key.New, lambda: self._page_command("new_record"), "new"
        )
        self.save_action = self._action(
            self.tr("&Save"), key.Save, lambda: self._page_command("save_record"), "save"
        )
        self.delete_action = self._action(
            self.tr("&Delete"), key.Delete, lambda: self._page_command("delete_record"), "delete"
        )
        self.find_action = self._action(self.tr("&Find"), key.Find, self.focus_find, "find")
        self.print_action = self._action(
            self.tr("&Print..."), key.Print, lambda: self.print_page(), "print"
        )
        self.undo_action = self._action(self.tr("&Undo"), key.Undo, self.undo_last, "undo")
        self.refresh_action = self._action(
            self.tr("&Refresh"), key.Refresh, self.refresh, "refresh"
        )
        self.import_action = self._action(
            self.tr("&Import a list from Excel..."), "Ctrl+I", self.open_import_dialog, "import"
        )
        self.trash_action = self._action(self.tr("&Trash..."), None, self.open_trash, "trash")
        self.templates_action = self._action(
            self.tr("Certificate &templates..."), None, self.open_template_editor, "templates"
        )
        self.verify_action = self._action(
            self.tr("&Verify a certificate..."), None, self.open_verify, "verify"
        )
        self.load_demo_action = self._action(
            self.tr("Load &demo data..."),
            None,
            lambda: self.offer_demo_data(ask_with_message_box),
            "load_demo",
        )
        self.backup_action = self._action(self.tr("&Back up now"), None, self.back_up_now, "backup")
        self.reset_layout_action = self._action(
            self.tr("Reset the &layout"), None, self.reset_layout, "reset_layout"
        )
        quit_action = self._action(self.tr("&Quit"), key.Quit, self.close, "quit")
        about_action = self._action(self.tr("&About"), None, self._show_about, "about")

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.save_action, self.print_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.load_demo_action)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (
            self.undo_action,
            self.delete_action,
            self.find_action,
            self.trash_action,
            self.verify_action,
            self.templates_action,
        ):
            edit_menu.addAction(action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addAction(self.reset_layout_action)
        self.menuBar().addMenu(self.tr("&Help")).addAction(about_action)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        for action in (
            self.new_action,
            self.save_action,
            self.delete_action,
            self.undo_action,
            self.find_action,
            self.print_action,
            self.refresh_action,
            self.import_action,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _page_command(self, name: str) -> None:
        command = getattr(self.current_page(), name, None)
        if command is not None:
            command()

    def focus_find(self) -> None:
        page = self.current_page()
        if hasattr(page, "focus_find"):
            page.focus_find()
        elif isinstance(page, RecordListPage):
            page.filter_edit.setFocus()
            page.filter_edit.selectAll()

    def _printable_table(self) -> tuple[str, QTableView] | None:
        page = self.current_page()
        if hasattr(page, "printable"):
            return page.printable()
        list_page = getattr(page, "list_page", page)
        if isinstance(list_page, RecordListPage):
            return list_page.heading.text(), list_page.table
        return None

    def print_page(self, printer: QPrinter | None = None) -> bool:
        """Print the current page's document or list; without a printer given, ask for one."""
        page = self.current_page()
        if hasattr(page, "print_document"):
            return page.print_document(printer)
        target = self._printable_table()
        if target is None:
            self.statusBar().showMessage(self.tr("This page has no list to print."), 5000)
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setCopyCount(1)
            if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
                return False
        title, table = target
        print_table(printer, title, table.model())
        return True

    # --- undo ------------------------------------------------------------------------------
    def remember_edit(self, group: record_edits.EditGroup) -> None:
        if group.edits:
            self.undo_stack.append(group)
            del self.undo_stack[:-UNDO_DEPTH]
        self._update_undo()
        self.refresh_status()

    def undo_last(self) -> bool:
        if not self.undo_stack:
            return False
        group = self.undo_stack.pop()
        try:
            record_edits.undo(self._db, group)
        except KienanError as error:
            QMessageBox.warning(self, self.tr("Undo"), shown(error))
            self.undo_stack.append(group)
            return False
        self.statusBar().showMessage(self.tr("Undone: {label}").format(label=group.label), 5000)
        self.refresh()
        return True

    def _update_undo(self) -> None:
        self.undo_action.setEnabled(bool(self.undo_stack))
        if self.undo_stack:
            self.undo_action.setText(
                self.tr("&Undo {label}").format(label=self.undo_stack[-1].label)
            )
        else:
            self.undo_action.setText(self.tr("&Undo"))

    # --- pages -----------------------------------------------------------------------------
    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow(list(self.pages).index(key))

    def current_page_key(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    def _navigate(self, row: int) -> None:
        if row == self.stack.currentIndex():
            return
        if not self.may_leave_page():
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.stack.currentIndex())
            self.navigation.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)
        page = self.current_page()
        if page in self._stale_pages:
            self._stale_pages.discard(page)
            page.refresh()

    def may_leave_page(self) -> bool:
        page = self.current_page()
        if page is None or not getattr(page, "has_unsaved_changes", lambda: False)():
            return True
        answer = self.ask_unsaved(self)
        if answer == "save":
            return bool(page.save_record())
        return answer == "discard"

    def refresh(self) -> None:
        """After a change: every page shows it. A page that is costly to make again (a
        report, the audit trail) and is not on screen does so when it is next shown."""
        for page in self.pages.values():
            if getattr(page, "refresh_when_shown", False) and page is not self.current_page():
                self._stale_pages.add(page)
            else:
                page.refresh()
        self.refresh_status()
        self._update_undo()

    def refresh_status(self) -> None:
        counts = record_counts(self._db)
        self.database_label.setText(
            self.tr("Database: {path} (schema {version})").format(
                path=self._db.path, version=self._db.schema_version
            )
        )
        self.counts_label.setText(
            self.tr(
                "{units} units, {people} people, {decisions} decisions, {awards} awards"
            ).format(**{key: figure(value) for key, value in counts.items()})
        )
        self.backup_label.setText(self._last_backup_text())
        if self._db.read_only is not None:
            self.database_label.setText(
                self.tr("READ-ONLY: {reason} | {text}").format(
                    reason=shown(self._db.read_only), text=self.database_label.text()
                )
            )
        self.load_demo_action.setEnabled(not holds_records(self._db))

    def _last_backup_text(self) -> str:
        # Only this database's copies: a shared folder may hold other databases' too.
        copies = list_backups(configured_backups_folder(self._db), self._db.path.stem)
        if not copies:
            return self.tr("No backup yet")
        return self.tr("Last backup: {when}").format(
            when=copies[0].taken_at.strftime("%d/%m/%Y %H:%M")
        )

    def back_up_now(self) -> Path | None:
        """File > Back up now: a checked copy in the backups folder, said in the status bar."""
        try:
            path = back_up(self._db)
        except KienanError as error:
            QMessageBox.warning(self, self.tr("Back up now"), shown(error))
            return None
        self.refresh_status()
        self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=path), 10000)
        return path

    # --- dialogs ---------------------------------------------------------------------------
    def open_import_dialog(self) -> ImportDialog:
        dialog = ImportDialog(self._db, self)
        dialog.imported.connect(lambda _summary: self.refresh())
        dialog.open()
        return dialog

    def start_a_movement(self) -> None:
        """The overview's first step: a new movement, on the page that follows it up."""
        self.show_page("movements")
        dialog = self.pages["movements"].new_movement()
        dialog.accepted.connect(self.refresh)  # the overview follows it from now on

    def open_award(self, award_id: int) -> AwardDialog:
        dialog = AwardDialog(self._db, award_id, self)
        dialog.revoked.connect(lambda _award: self.refresh())
        dialog.open()
        return dialog

    def open_template_editor(self) -> TemplateEditorDialog:
        dialog = TemplateEditorDialog(self._db, self)
        dialog.open()
        return dialog

    def open_verify(self) -> VerifyDialog:
        dialog = VerifyDialog(self._db, self)
        dialog.open()
        return dialog

    def open_trash(self) -> TrashDialog:
        dialog = TrashDialog(self._db, self)
        dialog.edited.connect(self.remember_edit)
        dialog.edited.connect(lambda _group: self.refresh())
        dialog.open()
        return dialog

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "Kien An Awards {version}\n\nEmulation and commendation records, award "
                "decisions and Certificates of Merit."
            ).format(version=__version__),
        )

    def offer_welcome(self, run=lambda dialog: dialog.exec()) -> bool:
        """At start, when no office is recorded for today (a new database, or one whose
        authority has ended), ask for it; the demo data may come with it. True when saved."""
        if not is_writable(self._db) or office_on(self._db) is not None:
            return False
        dialog = OfficeDialog(self._db, self, welcome=True, mover=self.move_database_to)
        accepted = run(dialog) == QDialog.DialogCode.Accepted
        if accepted and dialog.moved_to is not None:
            self.reopen_moved_database(dialog.moved_to)
        elif accepted:
            self.refresh()
        return accepted

    def move_database_to(self, place: Path | str) -> Path:
        """Move the database (core.database_moving) with this window's second connection, the
        honour roll's, closed first: the move is refused while any other is open."""
        self.pages["honour_roll"].model.release_connection()
        return move_database(self._db, place)

    def reopen_moved_database(self, path: Path) -> None:
        """The database now lives at path: close, so that the program opens it there."""
        self.moved_to = path
        QTimer.singleShot(0, self.close)

    def offer_demo_data(self, ask: Ask) -> bool:
        """On an empty database, ask whether to load the demo data; True when it was loaded."""
        if holds_records(self._db) or not is_writable(self._db):
            return False
        if not ask(
            self,
            self.tr("Empty database"),
            self.tr(
                "This database holds no records yet. Load the demo data, so that every page "
                "has something to show? (Choose No to start with an empty register.)"
            ),
        ):
            return False
        try:
            demo.load_demo(self._db)
        except KienanError as error:
            QMessageBox.warning(self, self.tr("Demo data not loaded"), shown(error))
            return False
        self.refresh()
        return True

    # --- remembered layout -----------------------------------------------------------------
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
        for page in self.pages.values():
            if hasattr(page, "stop"):
                page.stop()
        super().closeEvent(event)
