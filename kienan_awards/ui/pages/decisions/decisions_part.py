"""What every part of the Decisions & awards page shares: the kinds of record it shows, the
signal it gives after a door, the way it reports what the core refused, and recording another
body's decision (the city's Bằng khen) from the decisions list."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.i18n import _
from kienan_awards.ui.dialogs.other_decision_dialog import OtherDecisionDialog
from kienan_awards.ui.read_only import refuse_writing
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

    # --- another body's decision --------------------------------------------------------------

    def other_decision_button(self, db) -> QPushButton:
        """The button of a list of decisions that records another body's decision."""
        button = QPushButton(_("Record another body's decision..."))
        button.setObjectName("record_other_decision")
        button.setToolTip(
            _("A decision of the city or another body, kept for the honour roll, never printed")
        )
        button.clicked.connect(lambda: self.record_other_decision(db))
        refuse_writing(db, button)
        return button

    def record_other_decision(self, db, run=lambda dialog: dialog.exec()) -> bool:
        """Open the dialog; what it recorded is shown here and told to the page."""
        dialog = OtherDecisionDialog(db, self)
        accepted = run(dialog) == QDialog.DialogCode.Accepted
        if accepted:
            # The page refreshes the other parts only: this one shows it itself.
            self.refresh()
            self.changed.emit(dialog.changes)
        return accepted
