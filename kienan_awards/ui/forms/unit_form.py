"""The unit form: its name, kind, the unit it sits under, when it was active, and its line of
succession: the units it came from and the units that took it over, wholly or in part."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from kienan_awards.core.i18n import _
from kienan_awards.core.lists.cell_values import dmy
from kienan_awards.core.records import units
from kienan_awards.core.records.units import UnitRow
from kienan_awards.ui.forms.person_form import iso_from_dmy
from kienan_awards.ui.read_only import refuse_writing
from kienan_awards.ui.wrapped_label import WrappedLabel

_STORED = ("name", "kind", "parent_id", "valid_from", "valid_to")


class UnitForm(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.unit_id: int | None = None
        self.loaded: dict = {}  # the stored values as the clerk last saw them
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("unit_name")
        self.kind_combo = QComboBox()
        for kind in units.UNIT_KINDS:
            self.kind_combo.addItem(self.kind_name(kind), kind)
        self.parent_combo = QComboBox()
        self.valid_from_edit = QLineEdit()
        self.valid_to_edit = QLineEdit()
        for edit in (self.valid_from_edit, self.valid_to_edit):
            edit.setPlaceholderText(_("dd/mm/yyyy"))
        self.came_from_label = WrappedLabel()
        self.came_from_label.setObjectName("unit_came_from")
        self.successor_label = WrappedLabel()
        self.successor_label.setObjectName("unit_succeeded_by")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_("Name *"), self.name_edit)
        form.addRow(_("Kind"), self.kind_combo)
        form.addRow(_("Under"), self.parent_combo)
        form.addRow(_("Active from"), self.valid_from_edit)
        form.addRow(_("Closed on"), self.valid_to_edit)
        form.addRow(_("Came from"), self.came_from_label)
        form.addRow(_("Succeeded by"), self.successor_label)
        refuse_writing(
            db,
            self.name_edit,
            self.kind_combo,
            self.parent_combo,
            self.valid_from_edit,
            self.valid_to_edit,
        )

    def kind_name(self, kind: str) -> str:
        names = {
            "province": _("Province or centrally-run city"),
            "district": _("District"),
            "agency": _("Agency"),
            "department": _("Department"),
            "ward": _("Ward"),
            "residential_group": _("Residential group"),
        }
        return names.get(kind, _("Other"))

    def fill_parents(self, rows: list[UnitRow]) -> None:
        """The units a unit may sit under; the one chosen stays chosen."""
        current = self.parent_combo.currentData()
        self.parent_combo.clear()
        self.parent_combo.addItem(_("(top level)"), None)
        for unit in rows:
            self.parent_combo.addItem(unit.name, unit.id)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(current)))

    def values(self) -> dict:
        def date_of(edit: QLineEdit):
            try:
                return iso_from_dmy(edit.text())
            except ValueError:
                return edit.text().strip()  # the core names what is wrong with it

        return {
            "name": self.name_edit.text(),
            "kind": self.kind_combo.currentData(),
            "parent_id": self.parent_combo.currentData(),
            "valid_from": date_of(self.valid_from_edit),
            "valid_to": date_of(self.valid_to_edit),
        }

    def is_dirty(self) -> bool:
        values = self.values()
        values["name"] = " ".join(values["name"].split())
        if self.unit_id is None:
            return bool(values["name"])
        return any(values[key] != self.loaded.get(key) for key in values)

    def clear(self, parent_id: int | None) -> None:
        """A new unit, under parent_id."""
        self.unit_id = None
        self.loaded = {}
        self.name_edit.clear()
        self.kind_combo.setCurrentIndex(self.kind_combo.findData("ward"))
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(parent_id)))
        self.valid_from_edit.clear()
        self.valid_to_edit.clear()
        self.came_from_label.setText("")
        self.successor_label.setText("")
        self.name_edit.setFocus()

    def load(self, unit_id: int, row: dict, came_from: str, succeeded_by: str) -> None:
        """The stored unit, with its line of succession in words."""
        self.unit_id = unit_id
        self.loaded = {key: row[key] for key in _STORED}
        self.name_edit.setText(row["name"])
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(row["kind"])))
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(row["parent_id"])))
        self.valid_from_edit.setText(dmy(row["valid_from"]))
        self.valid_to_edit.setText(dmy(row["valid_to"]))
        self.came_from_label.setText(came_from)
        self.successor_label.setText(succeeded_by)
