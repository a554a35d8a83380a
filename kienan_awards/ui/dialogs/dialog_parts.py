"""Parts every editing dialog has: the line that says what is wrong, and Save / Cancel; and the
fields of a dated row of the law (a rate, a base salary): its first day and its legal basis."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QLineEdit

from kienan_awards.core.i18n import _

FAILURE_COLOUR = "#b00020"


def failure_label(object_name: str) -> QLabel:
    """Empty until a save is refused; then the refusal, in red, wrapped."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {FAILURE_COLOUR}")
    return label


def save_cancel_buttons(
    dialog: QDialog, save: Callable[[], None], save_text: str = "", cancel_text: str = ""
) -> QDialogButtonBox:
    """Save calls ``save`` (which accepts the dialog when the core took the change); Cancel
    rejects it."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text or _("Save"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text or _("Cancel"))
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def first_day_edit() -> QDateEdit:
    """The day a dated row begins: today unless changed, dd/mm/yyyy, with a calendar."""
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def legal_basis_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText("Nghị định số …/NĐ-CP")
    return edit
