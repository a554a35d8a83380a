"""Splitting a unit (as the 2025 reform split wards between new wards): which unit, which units
take it over and from when, in part or wholly, confirmed or as reported, and where its people
go."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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
from kienan_awards.core.lists.cell_values import dmy
from kienan_awards.core.records.units import list_units
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog
from kienan_awards.ui.wrapped_label import WrappedLabel

_ID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class SplitChoice:
    """What the clerk chose: unit_splits.split_unit's arguments."""

    unit_id: int | None
    successor_ids: list[int]
    day: dt.date
    new_names: list[str]
    whole: bool
    confirmed: bool
    note: str
    members_to: int | None


class SplitUnitDialog(FittedDialog):
    def __init__(self, db, unit_id: int | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Split a unit"))
        self.resize(600, 640)
        rows = list_units(db)
        self.unit_choice = QComboBox()
        self.successors = QListWidget()
        for unit in rows:
            label = (
                _("{name} (closed on {day})").format(name=unit.name, day=dmy(unit.valid_to))
                if unit.valid_to
                else unit.name
            )
            self.unit_choice.addItem(label, unit.id)
            item = QListWidgetItem(label)
            item.setData(_ID, unit.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.successors.addItem(item)
        self.unit_choice.setCurrentIndex(max(0, self.unit_choice.findData(unit_id)))
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(_("name of a new unit (optional)"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        self.in_part = QRadioButton(_("each takes part of it"))
        self.wholly = QRadioButton(_("one unit takes all of it"))
        self.in_part.setChecked(True)
        self.confirmed = QCheckBox(_("confirmed by a decision (not only as reported)"))
        self.members = QComboBox()
        self.note = QLineEdit()
        self.note.setPlaceholderText(_("e.g. the resolution that decided it"))
        self.successors.itemChanged.connect(self._fill_members)
        self._fill_members()

        which = QFormLayout()
        which.addRow(_("Unit"), self.unit_choice)
        form = QFormLayout()
        form.addRow(_("and a new unit named"), self.new_name)
        form.addRow(_("From (first day of the successors)"), self.day)
        form.addRow(_("How"), self.in_part)
        form.addRow("", self.wholly)
        form.addRow("", self.confirmed)
        form.addRow(_("Its people and units under it"), self.members)
        form.addRow(_("Note"), self.note)
        explained = WrappedLabel(
            _(
                "The unit closes the day before, linked to each unit that takes it over. Its "
                "past awards keep the name they were given under and are found under each "
                "successor too. Its people stay where they are unless you say which successor "
                "they move to."
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(which)
        layout.addWidget(QLabel(_("Taken over by")))
        layout.addWidget(self.successors, 1)
        layout.addLayout(form)
        layout.addWidget(explained)
        layout.addWidget(buttons)

    def checked_ids(self) -> list[int]:
        return [
            self.successors.item(row).data(_ID)
            for row in range(self.successors.count())
            if self.successors.item(row).checkState() == Qt.CheckState.Checked
        ]

    def check(self, unit_ids: list[int]) -> None:
        for row in range(self.successors.count()):
            item = self.successors.item(row)
            if item.data(_ID) in unit_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def _fill_members(self, _item=None) -> None:
        """The people may move to one of the units checked, or stay."""
        current = self.members.currentData()
        self.members.clear()
        self.members.addItem(_("stay where they are"), None)
        for row in range(self.successors.count()):
            item = self.successors.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                self.members.addItem(_("move to {unit}").format(unit=item.text()), item.data(_ID))
        self.members.setCurrentIndex(max(0, self.members.findData(current)))

    def chosen(self) -> SplitChoice:
        day = self.day.date()
        return SplitChoice(
            unit_id=self.unit_choice.currentData(),
            successor_ids=self.checked_ids(),
            day=dt.date(day.year(), day.month(), day.day()),
            new_names=[self.new_name.text()] if self.new_name.text().strip() else [],
            whole=self.wholly.isChecked(),
            confirmed=self.confirmed.isChecked(),
            note=self.note.text(),
            members_to=self.members.currentData(),
        )
