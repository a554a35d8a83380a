"""The base salary from a date: the dialog that records a new step (a new decree's), and the
line that lists the steps in force so far. Decisions already made keep their amounts."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout

from kienan_awards.core.awards.catalogue import add_base_salary, base_salaries
from kienan_awards.core.changes import NOTHING, ChangeSet
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.text import format_decimal
from kienan_awards.ui.dialogs.dialog_parts import (
    failure_label,
    first_day_edit,
    legal_basis_edit,
    save_cancel_buttons,
)
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog


def base_salary_history(db) -> str:
    """'Base salary: 1.490.000 from 01/07/2019; …' for the catalogue tab."""
    steps = "; ".join(
        _("{amount} đồng from {day}").format(
            amount=format_decimal(str(step.amount)), day=f"{step.valid_from:%d/%m/%Y}"
        )
        for step in base_salaries(db)
    )
    return _("Base salary: {steps}").format(steps=steps or _("none recorded"))


class BaseSalaryDialog(FittedDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("base_salary_dialog")
        self.setWindowTitle(_("The base salary from a date"))
        self._db = db
        self.changes: ChangeSet = NOTHING
        intro = QLabel(
            _(
                "Bonuses of decisions from that day are reckoned on the new base salary. "
                "Decisions already made keep their amounts."
            )
        )
        intro.setWordWrap(True)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText("2.340.000")
        self.date_edit = first_day_edit()
        self.basis_edit = legal_basis_edit()
        fields = QFormLayout()
        fields.addRow(_("Base salary (đồng a month)"), self.amount_edit)
        fields.addRow(_("In force from"), self.date_edit)
        fields.addRow(_("Legal basis"), self.basis_edit)
        self.failure = failure_label("base_salary_failure")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(fields)
        layout.addWidget(self.failure)
        layout.addWidget(save_cancel_buttons(self, self.save))

    def save(self) -> bool:
        """Record the step; the dialog closes when it is written, else says why."""
        try:
            self.changes = add_base_salary(
                self._db,
                self.amount_edit.text(),
                self.date_edit.date().toPython(),
                self.basis_edit.text(),
            )
        except KienanError as error:
            self.failure.setText(shown(error))
            return False
        self.accept()
        return True
