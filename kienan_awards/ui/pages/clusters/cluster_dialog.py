"""Record an emulation cluster or block: its name, whether a cluster (cụm) or a block (khối),
who organises it (the city, or this office), and the decision that set it up."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout

from kienan_awards.core.clusters import clusters
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, pgettext, shown
from kienan_awards.ui.dialogs.dialog_parts import (
    failure_label,
    first_day_edit,
    save_cancel_buttons,
)


def kind_words() -> dict[str, str]:
    return {"cluster": _("Emulation cluster"), "block": _("Emulation block")}


def organiser_words() -> dict[str, str]:
    return {
        "city": pgettext("cluster organiser", "The city"),
        "office": pgettext("cluster organiser", "This office"),
    }


class ClusterDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Record an emulation cluster or block"))
        self._db = db
        self.changes = None
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("cluster_name")
        self.name_edit.setPlaceholderText(_("e.g. Khối thi đua các tổ dân phố"))
        self.kind_combo = QComboBox()
        for code in clusters.KINDS:
            self.kind_combo.addItem(kind_words()[code], code)
        self.organiser_combo = QComboBox()
        for code in clusters.ORGANISERS:
            self.organiser_combo.addItem(organiser_words()[code], code)
        self.decided_box = QCheckBox(_("Set up by a decision"))
        self.decided_box.setChecked(True)
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(_("e.g. 05/QĐ-HĐTĐKT"))
        self.date_edit = first_day_edit()
        self.authority_edit = QLineEdit()
        self.authority_edit.setPlaceholderText(_("e.g. Hội đồng Thi đua - Khen thưởng phường"))
        self.decided_box.toggled.connect(self._decision_fields_on)
        self.problem = failure_label("cluster_problem")

        form = QFormLayout()
        form.addRow(_("Name"), self.name_edit)
        form.addRow(_("Kind"), self.kind_combo)
        form.addRow(_("Organised by"), self.organiser_combo)
        form.addRow("", self.decided_box)
        form.addRow(_("Decision number"), self.number_edit)
        form.addRow(_("Decision date"), self.date_edit)
        form.addRow(_("Decided by"), self.authority_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(save_cancel_buttons(self, self.save, _("Record")))
        self.resize(560, 320)

    def _decision_fields_on(self, on: bool) -> None:
        for field in (self.number_edit, self.date_edit, self.authority_edit):
            field.setEnabled(on)

    def save(self) -> None:
        decided = self.decided_box.isChecked()
        try:
            self.changes = clusters.record_cluster(
                self._db,
                self.name_edit.text(),
                self.kind_combo.currentData(),
                self.organiser_combo.currentData(),
                decision_number=self.number_edit.text() if decided else None,
                decided_on=self.date_edit.date().toPython() if decided else None,
                deciding_authority=self.authority_edit.text() if decided else None,
            )
        except KienanError as error:
            self.problem.setText(shown(error))
            self.name_edit.setFocus()
            return
        self.accept()
