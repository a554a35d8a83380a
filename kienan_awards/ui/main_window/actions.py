"""The window's menus, toolbar and shortcuts, and the commands they run on the page shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QToolBar

from kienan_awards import __version__
from kienan_awards.core.i18n import _
from kienan_awards.ui.icons import ACTION_ICONS, icon
from kienan_awards.ui.main_window.dialogs import ask_with_message_box

if TYPE_CHECKING:
    from kienan_awards.ui.main_window.window import MainWindow


class WindowActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window
        key = QKeySequence.StandardKey
        page = window.page_navigation.current
        self.new_action = self._action(_("&New"), key.New, lambda: page().new_record(), "new")
        self.save_action = self._action(_("&Save"), key.Save, lambda: page().save_record(), "save")
        self.delete_action = self._action(
            _("&Delete"), key.Delete, lambda: page().delete_record(), "delete"
        )
        self.find_action = self._action(_("&Find"), key.Find, self.focus_find, "find")
        self.print_action = self._action(
            _("&Print..."), key.Print, lambda: self.print_page(), "print"
        )
        self.undo_action = window.undo_history.action
        self.undo_action.setIcon(icon(ACTION_ICONS["undo"]))
        self.refresh_action = self._action(_("&Refresh"), key.Refresh, window.refresh, "refresh")
        self.import_action = self._action(
            _("&Import a list from Excel or Word..."), "Ctrl+I", window.open_import_dialog, "import"
        )
        self.trash_action = self._action(_("&Trash..."), None, window.open_trash, "trash")
        self.templates_action = self._action(
            _("Certificate &templates..."), None, window.open_template_editor, "templates"
        )
        self.verify_action = self._action(
            _("&Verify a certificate..."), None, window.open_verify, "verify"
        )
        self.load_demo_action = self._action(
            _("Load &demo data..."),
            None,
            lambda: window.offer_demo_data(ask_with_message_box),
            "load_demo",
        )
        self.backup_action = self._action(_("&Back up now"), None, window.back_up_now, "backup")
        self.reset_layout_action = self._action(
            _("Reset the &layout"), None, window.reset_layout, "reset_layout"
        )
        self.quit_action = self._action(_("&Quit"), key.Quit, window.close, "quit")
        self.about_action = self._action(_("&About"), None, self.show_about, "about")
        self._build_menus()
        self._build_toolbar()

    def _action(self, text: str, shortcut, slot, name: str) -> QAction:
        action = QAction(icon(ACTION_ICONS[name]), text, self._window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self._window.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu(_("&File"))
        for action in (self.new_action, self.save_action, self.print_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.import_action, self.load_demo_action, self.backup_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(_("&Edit"))
        for action in (
            self.undo_action,
            self.delete_action,
            self.find_action,
            self.trash_action,
            self.verify_action,
            self.templates_action,
        ):
            edit_menu.addAction(action)
        self.view_menu = bar.addMenu(_("&View"))
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addAction(self.reset_layout_action)
        bar.addMenu(_("&Help")).addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(_("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        # The icon says where, the words say what: a clerk new to the program reads both.
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(20, 20))
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
        self._window.addToolBar(toolbar)

    # --- commands on the page shown ----------------------------------------------------------
    def focus_find(self) -> bool:
        return self._window.page_navigation.current().focus_find()

    def print_page(self, printer: QPrinter | None = None) -> bool:
        """Print the page's own document or its list; without a printer given, ask for one."""
        page = self._window.page_navigation.current()
        printed = page.print_document(printer)
        if printed is not None:
            return printed
        target = page.printable_table()
        if target is None:
            self._window.statusBar().showMessage(_("This page has no list to print."), 5000)
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setCopyCount(1)
            if QPrintDialog(printer, self._window).exec() != QPrintDialog.DialogCode.Accepted:
                return False
        from kienan_awards.ui.table_printing import print_table  # only when printing

        title, table = target
        print_table(printer, title, table.model())
        return True

    def show_about(self) -> None:
        QMessageBox.about(
            self._window,
            _("About"),
            _(
                "Kien An Awards {version}\n\nEmulation and commendation records, award "
                "decisions and Certificates of Merit."
            ).format(version=__version__),
        )
