"""What every part of the Decisions & awards page shares: the kinds of record it shows, the
signal it gives after a door, and the way it reports what the core refused."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.i18n import _
from kienan_awards.ui.user_errors import run_reporting


def page_title() -> str:
    # Said in the page's own context: a base class's tr() would look in the subclass's.
    return _("Decisions & awards")


class DecisionsPart(QWidget):
    # A door of the core went through (a ChangeSet); the page shows it in its other parts
    # and tells the window.
    changed = Signal(object)

    # The kinds of record this part shows; the page refreshes it when one of them changed.
    shows: ClassVar[frozenset[RecordKind]] = frozenset()

    def refresh(self) -> None:
        """Read again everything the part shows."""

    def run(self, action) -> bool:
        return run_reporting(self, page_title(), action)

    def show_problem(self, text: str) -> None:
        QMessageBox.warning(self, page_title(), text)
