"""The list of pages on the left and the stack that shows one of them; which pages must read
the database again, at once when on screen or when next shown.

The list names every page from the start; the stack holds a page once it is built (the first
time it is shown or asked for, see pages.py). A page not built yet needs no telling of a change:
it reads everything when it is built."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QListWidget, QMessageBox, QStackedWidget, QWidget

from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.i18n import _
from kienan_awards.ui.icons import PAGE_ICONS, icon
from kienan_awards.ui.pages.window_page import WindowPage

NAVIGATION_ICON_SIZE = QSize(20, 20)


class _PageWithoutInterface(WindowPage):
    """Stands in for a page not built on WindowPage: it is told of every change and offers
    none of the window's optional commands."""

    shows = frozenset(RecordKind)

    def __init__(self, page: QWidget):
        super().__init__(page)
        self.hide()
        self._page = page

    def refresh(self) -> None:
        self._page.refresh()


def window_page(page: QWidget) -> WindowPage:
    """The page as the window speaks to it: every page of the window goes through here."""
    return page if isinstance(page, WindowPage) else _PageWithoutInterface(page)


class PageNavigation(QObject):
    def __init__(self, pages: Mapping[str, QWidget], parent: QWidget):
        super().__init__(parent)
        self._window = parent
        self.pages = pages
        self._keys = list(pages)
        # The pages built so far, as the window speaks to them.
        self.interfaces: dict[QWidget, WindowPage] = {}
        self._key_of: dict[QWidget, str] = {}
        self._stale: set[QWidget] = set()  # read again when next shown
        self.ask_unsaved = self.ask_about_unsaved_changes
        titles = {
            "overview": _("Overview"),
            "movements": _("Movements"),
            "units": _("Units"),
            "people": _("People"),
            "cycle": _("The year's cycle"),
            "clusters": _("Clusters and blocks"),
            "decisions": _("Decisions & awards"),
            "honour_roll": _("Honour roll"),
            "reports": _("Reports"),
            "audit": _("Audit trail"),
            "settings": _("Settings"),
        }
        self.list = QListWidget()
        self.list.setObjectName("navigation")
        self.list.setIconSize(NAVIGATION_ICON_SIZE)
        self.list.setSpacing(1)
        self.list.addItems([titles[key] for key in pages])
        # First as wide as its longest title and its icon in the window's language; narrower
        # when the page needs the room (a title cut short is whole in its tooltip).
        metrics = self.list.fontMetrics()
        longest = max(metrics.horizontalAdvance(titles[key]) for key in pages)
        self.first_width = max(180, longest + NAVIGATION_ICON_SIZE.width() + 32)
        self.list.setMinimumWidth(150)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row, key in enumerate(pages):
            self.list.item(row).setToolTip(titles[key])
            self.list.item(row).setIcon(icon(PAGE_ICONS[key]))
        self.stack = QStackedWidget()
        self.list.currentRowChanged.connect(self._navigate)

    def add_page(self, key: str, page: QWidget) -> None:
        """A page just built: into the stack (hidden until shown), told of later changes."""
        self.interfaces[page] = window_page(page)
        self._key_of[page] = key
        self.stack.addWidget(page)

    # --- which page --------------------------------------------------------------------------
    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def current(self) -> WindowPage:
        """The page shown, as the window speaks to it."""
        return self.interfaces[self.current_page()]

    def current_page_key(self) -> str:
        return self._key_of.get(self.current_page(), self._keys[0])

    def show_page(self, key: str) -> None:
        self.list.setCurrentRow(self._keys.index(key))

    def _navigate(self, row: int) -> None:
        key = self._keys[row]
        shown = self.current_page()
        if shown is not None and self._key_of[shown] == key:
            return
        if not self.may_leave_page():
            self.list.blockSignals(True)
            self.list.setCurrentRow(self._keys.index(self.current_page_key()))
            self.list.blockSignals(False)
            return
        page = self.pages[key]  # built now if it is its first showing
        self.stack.setCurrentWidget(page)
        if page in self._stale:
            self._stale.discard(page)
            self.interfaces[page].refresh()

    def may_leave_page(self) -> bool:
        if self.current_page() is None or not self.current().has_unsaved_changes():
            return True
        answer = self.ask_unsaved(self._window)
        if answer == "save":
            return bool(self.current().save_record())
        return answer == "discard"

    def ask_about_unsaved_changes(self, parent: QWidget) -> str:
        """'save', 'discard' or 'stay'."""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        answer = QMessageBox.question(
            parent,
            _("Unsaved changes"),
            _("This page has changes that are not saved. Save them?"),
            buttons,
        )
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(answer, "stay")

    # --- what changed ------------------------------------------------------------------------
    def changes_made(self, changes: ChangeSet, initiator: object = None) -> None:
        """Each page that shows a kind that changed reads again: now if it is on screen, else
        when it is next shown. The page that made the change has shown it already."""
        for page, interface in self.interfaces.items():
            if page is initiator or not interface.wants_refresh(changes):
                continue
            if page is self.current_page():
                interface.refresh()
            else:
                self._stale.add(page)
