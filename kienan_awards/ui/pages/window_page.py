"""What every page of the main window offers the window: one interface, so the window never
probes a page for what it can do.

The window tells each page what changed (a ChangeSet); a page says which kinds of record it
shows, and is refreshed when one of them changed: at once if on screen, else when next shown.
The page that made a change (it emitted ``edited`` or ``changed``) shows it itself: the window
does not refresh it again.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QTableView, QWidget

from kienan_awards.core.changes import ChangeSet, RecordKind


class WindowPage(QWidget):
    # An undoable edit was saved on this page (an EditGroup): the window keeps it for undo
    # and tells every page what it changed.
    edited = Signal(object)
    # A change that is not undoable (a decision, a print run, an import): a ChangeSet.
    changed = Signal(object)

    # The kinds of record this page shows; a change to another kind leaves it alone.
    shows: ClassVar[frozenset[RecordKind]] = frozenset()

    def refresh(self) -> None:
        """Read again everything the page shows."""

    def wants_refresh(self, changes: ChangeSet) -> bool:
        return changes.touches(self.shows)

    def has_unsaved_changes(self) -> bool:
        return False

    def save_record(self) -> bool:
        """Save what the clerk typed; False when it could not be saved."""
        return True

    def new_record(self) -> None:
        """Start a new record of the kind the page shows (File > New); most pages have none."""

    def delete_record(self) -> None:
        """Move the chosen record to the trash (Edit > Delete); most pages have none."""

    def focus_find(self) -> bool:
        """Put the cursor in the page's filter or search box; False when it has none."""
        return False

    def printable_table(self) -> tuple[str, QTableView] | None:
        """The heading and table File > Print prints, when the page prints a table."""
        return None

    def print_document(self, printer: QPrinter | None) -> bool | None:
        """Print the page's own document; None when the page prints its table instead."""
        return None

    def stop(self) -> None:
        """Stop background work before the window closes."""
