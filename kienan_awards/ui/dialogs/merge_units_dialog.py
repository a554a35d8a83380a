"""Merging units (as the 2025 reorganisation merged wards): which units, into what, from when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
)

from kienan_awards.core.i18n import _
from kienan_awards.core.records.units import list_units
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog


class MergeUnitsDialog(FittedDialog):
    def __init__(self, db, checked_ids: list[int], parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Merge units"))
        self.resize(560, 560)
        active = [unit for unit in list_units(db) if not unit.valid_to]
        self.units_list = QListWidget()
        for unit in active:
            item = QListWidgetItem(unit.name)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setCheckState(
                Qt.CheckState.Checked if unit.id in checked_ids else Qt.CheckState.Unchecked
            )
            self.units_list.addItem(item)
        self.into_new = QRadioButton(_("a new unit named"))
        self.new_name = QLineEdit()
        self.into_existing = QRadioButton(_("an existing unit"))
        self.existing = QComboBox()
        for unit in active:
            self.existing.addItem(unit.name, unit.id)
        self.into_new.setChecked(True)
        self.merged_on = QDateEdit(QDate.currentDate())
        self.merged_on.setDisplayFormat("dd/MM/yyyy")
        self.merged_on.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.into_new, self.new_name)
        form.addRow(self.into_existing, self.existing)
        form.addRow(_("From (first day of the new unit)"), self.merged_on)
        self.confirmed = QCheckBox(_("confirmed by a decision (not only as reported)"))
        self.confirmed.setChecked(True)
        form.addRow("", self.confirmed)
        note = QLabel(
            _(
                "The merged units close the day before, linked to their "
                "successor; their people and the units under them move to it. "
                "Their past awards keep the names they were given under and are "
                "found under the successor too."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Units to merge")))
        layout.addWidget(self.units_list, 1)
        layout.addWidget(QLabel(_("They become")))
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[list[int], dt.date, int | None, str | None]:
        """(unit ids, merger date, successor id or None, new successor name or None)."""
        ids = [
            self.units_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.units_list.count())
            if self.units_list.item(row).checkState() == Qt.CheckState.Checked
        ]
        day = self.merged_on.date()
        merged_on = dt.date(day.year(), day.month(), day.day())
        if self.into_existing.isChecked():
            return ids, merged_on, self.existing.currentData(), None
        return ids, merged_on, None, self.new_name.text()
