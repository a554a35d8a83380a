"""Recording a person's discipline from its decision: its form, date, number, reason and the last
day it has effect (none: it counts for the year of its decision)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.records import discipline
from kienan_awards.core.records.record_edits import EditGroup
from kienan_awards.ui.dialogs.dialog_parts import failure_label, first_day_edit, save_cancel_buttons
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog


class DisciplineDialog(FittedDialog):
    def __init__(self, db, person_id: int, person_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("discipline_dialog")
        self.setWindowTitle(_("Record a discipline"))
        self._db = db
        self._person_id = person_id
        self.group: EditGroup | None = None
        intro = QLabel(
            _(
                "{name} is not proposed in a year the discipline has effect, and a collective "
                "title needs no member disciplined that year at warning level or above."
            ).format(name=person_name)
        )
        intro.setWordWrap(True)
        self.form_box = QComboBox()
        for code, name, word, _rank in discipline.FORMS:
            self.form_box.addItem(f"{_(word)} ({name})", code)
        self.form_box.setCurrentIndex(discipline.FORM_CODES.index("warning"))
        self.decided_edit = first_day_edit()
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText("15/QĐ-UBND")
        self.reason_edit = QLineEdit()
        self.until_check = QCheckBox(_("Has effect until"))
        self.until_edit = QDateEdit(QDate.currentDate().addYears(1))
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("dd/MM/yyyy")
        self.until_edit.setEnabled(False)
        self.until_check.toggled.connect(self.until_edit.setEnabled)
        until = QHBoxLayout()
        until.addWidget(self.until_check)
        until.addWidget(self.until_edit, 1)
        fields = QFormLayout()
        fields.addRow(_("Form"), self.form_box)
        fields.addRow(_("Decided on"), self.decided_edit)
        fields.addRow(_("Decision number"), self.number_edit)
        fields.addRow(_("Reason"), self.reason_edit)
        fields.addRow("", until)
        self.failure = failure_label("discipline_failure")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(fields)
        layout.addWidget(self.failure)
        layout.addWidget(save_cancel_buttons(self, self.save))

    def values(self) -> dict:
        return {
            "person_id": self._person_id,
            "form": self.form_box.currentData(),
            "decided_on": self.decided_edit.date().toPython(),
            "decision_number": self.number_edit.text(),
            "reason": self.reason_edit.text(),
            "effect_until": (
                self.until_edit.date().toPython() if self.until_check.isChecked() else None
            ),
        }

    def save(self) -> bool:
        """Record it; the dialog closes when it is written, else says why."""
        try:
            self.group = discipline.record_discipline(self._db, self.values())
        except KienanError as error:
            self.failure.setText(shown(error))
            return False
        self.accept()
        return True
