"""The form that adds a line to a proposal: who is proposed (picked from the recorded people and
units), for which award, and what the rules read of them (the tasks' rating, an initiative,
the achievement)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPushButton, QWidget

from kienan_awards.core.awards.catalogue import award_forms
from kienan_awards.core.i18n import _
from kienan_awards.ui.pages.decisions.recipient_picker import RecipientPicker


class LineForm(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.recipient_edit = RecipientPicker(db)
        self.form_combo = QComboBox()
        self.rating_combo = QComboBox()
        for value, title in (
            ("excellent", _("completed excellently")),
            ("good", _("completed well")),
            ("completed", _("completed")),
            ("not_completed", _("not completed")),
        ):
            self.rating_combo.addItem(title, value)
        self.initiative_combo = QComboBox()
        self.initiative_combo.addItem(_("no initiative"), 0)
        self.initiative_combo.addItem(_("recognised initiative"), 1)
        self.achievement_edit = QLineEdit()
        self.add_button = QPushButton(_("Add to the proposal"))
        form = QFormLayout(self)
        form.addRow(_("Recipient"), self.recipient_edit)
        form.addRow(_("Award"), self.form_combo)
        form.addRow(_("Tasks"), self.rating_combo)
        form.addRow(_("Initiative"), self.initiative_combo)
        form.addRow(_("Achievement"), self.achievement_edit)
        form.addRow("", self.add_button)
        self.load_forms()

    def load_forms(self) -> None:
        """The award forms of the catalogue, the one chosen kept."""
        chosen = self.form_combo.currentData()
        self.form_combo.blockSignals(True)
        self.form_combo.clear()
        for award_form in award_forms(self._db):
            self.form_combo.addItem(award_form.name_vi, award_form.id)
        self.form_combo.setCurrentIndex(max(0, self.form_combo.findData(chosen)))
        self.form_combo.blockSignals(False)

    def line_fields(self) -> dict:
        """What the line says besides its recipient."""
        return {
            "form_id": self.form_combo.currentData(),
            "task_rating": self.rating_combo.currentData(),
            "has_initiative": self.initiative_combo.currentData(),
            "achievement": self.achievement_edit.text(),
        }
