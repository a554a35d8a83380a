"""The person form: checks each field as the clerk types and warns of a likely duplicate."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kienan_awards.core.i18n import _, list_label, shown
from kienan_awards.core.lists.cell_values import dmy
from kienan_awards.core.records import people
from kienan_awards.core.records.units import list_units

_ERROR_STYLE = "color: #b00020;"


def iso_from_dmy(text: str) -> str | None:
    """'05/06/1982' -> '1982-06-05'; None for empty; ValueError for anything else."""
    text = text.strip()
    if not text:
        return None
    day, month, year = text.split("/")
    return dt.date(int(year), int(month), int(day)).isoformat()


class PersonForm(QWidget):
    changed = Signal()

    FIELDS = (
        "honorific",
        "full_name",
        "gender",
        "birth_year",
        "birth_date",
        "position",
        "unit_id",
        "personal_id",
    )

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.person_id: int | None = None
        self.loaded: dict = {}
        self._loading = False

        self.honorific = QLineEdit()
        self.honorific.setObjectName("person_honorific")
        self.honorific.setPlaceholderText(_("Ông, Bà, Đồng chí, Đại tá... (if the lists give one)"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("person_full_name")
        self.gender = QComboBox()
        self.gender.addItem("", None)
        self.gender.addItem(list_label("Male"), "male")
        self.gender.addItem(list_label("Female"), "female")
        self.birth_year = QLineEdit()
        self.birth_year.setObjectName("person_birth_year")
        self.birth_year.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}")))
        self.birth_year.setPlaceholderText("1985")
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(_("dd/mm/yyyy (if known)"))
        self.position = QLineEdit()
        self.unit = QComboBox()
        # A closed unit reads "… (closed on 30/06/2025)": the pane must not grow to fit it.
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit.setMinimumContentsLength(24)
        self.personal_id = QLineEdit()
        self.personal_id.setObjectName("person_personal_id")
        self.personal_id.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}")))
        self.personal_id.setPlaceholderText(_("12 digits (CCCD) or 9 (CMND)"))
        self.problem_labels: dict[str, QLabel] = {}

        form = QFormLayout()
        for key, title, widget in (
            ("honorific", _("Honorific"), self.honorific),
            ("full_name", _("Full name *"), self.full_name),
            ("gender", _("Gender"), self.gender),
            ("birth_year", _("Birth year"), self.birth_year),
            ("birth_date", _("Birth date"), self.birth_date),
            ("position", _("Position"), self.position),
            ("unit_id", _("Unit"), self.unit),
            ("personal_id", _("Personal ID (CCCD/CMND)"), self.personal_id),
        ):
            form.addRow(title, widget)
            label = QLabel()
            label.setStyleSheet(_ERROR_STYLE)
            label.setObjectName(f"problem_{key}")
            label.setVisible(False)
            form.addRow("", label)
            self.problem_labels[key] = label
        self.duplicate_label = QLabel()
        self.duplicate_label.setObjectName("duplicate_warning")
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setStyleSheet("color: #8a5a00;")
        self.duplicate_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.duplicate_label)

        for edit in (
            self.honorific,
            self.full_name,
            self.birth_year,
            self.birth_date,
            self.position,
            self.personal_id,
        ):
            edit.textEdited.connect(self._on_edit)
        for combo in (self.gender, self.unit):
            combo.activated.connect(self._on_edit)
        self.reload_units()
        self.clear()

    def reload_units(self) -> None:
        current = self.unit.currentData()
        self.unit.clear()
        self.unit.addItem("", None)
        for unit in list_units(self._db):
            closed = (
                _("{unit} (closed {day})").format(unit=unit.name, day=dmy(unit.valid_to))
                if unit.valid_to
                else unit.name
            )
            self.unit.addItem(closed, unit.id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)))

    # --- loading and reading ------------------------------------------------------------
    def clear(self) -> None:
        self.load(None, {})

    def load(self, person_id: int | None, row: dict) -> None:
        self._loading = True
        self.person_id = person_id
        self.loaded = {key: row.get(key) for key in self.FIELDS}
        self.honorific.setText(row.get("honorific") or "")
        self.full_name.setText(row.get("full_name") or "")
        self.gender.setCurrentIndex(max(0, self.gender.findData(row.get("gender"))))
        self.birth_year.setText(str(row["birth_year"]) if row.get("birth_year") else "")
        self.birth_date.setText(dmy(row.get("birth_date")))
        self.position.setText(row.get("position") or "")
        self.unit.setCurrentIndex(max(0, self.unit.findData(row.get("unit_id"))))
        self.personal_id.setText(row.get("personal_id") or "")
        self._loading = False
        self.show_problems()

    def values(self) -> dict:
        try:
            birth_date = iso_from_dmy(self.birth_date.text())
        except ValueError:
            birth_date = "invalid:" + self.birth_date.text().strip()
        year_text = self.birth_year.text().strip()
        return {
            "honorific": self.honorific.text(),
            "full_name": self.full_name.text(),
            "gender": self.gender.currentData(),
            "birth_year": int(year_text) if year_text else None,
            "birth_date": birth_date,
            "position": self.position.text(),
            "unit_id": self.unit.currentData(),
            "personal_id": self.personal_id.text(),
        }

    def is_dirty(self) -> bool:
        values = self.values()
        normal = {
            "position": lambda v: v or None,
            "personal_id": lambda v: v or None,
            "honorific": lambda v: " ".join((v or "").split()) or None,
            "full_name": lambda v: " ".join((v or "").split()) or None,
        }
        return any(
            normal.get(key, lambda v: v)(values[key])
            != normal.get(key, lambda v: v)(self.loaded.get(key))
            for key in self.FIELDS
        )

    # --- checking as the clerk types -----------------------------------------------------
    def problems(self) -> dict[str, str]:
        values = self.values()
        problems = people.validate_person(values)
        if str(values["birth_date"] or "").startswith("invalid:"):
            problems["birth_date"] = _("write the birth date as dd/mm/yyyy")
        return problems

    def show_problems(self) -> dict[str, str]:
        problems = {} if self._is_blank_new() else self.problems()
        for key, label in self.problem_labels.items():
            label.setText(shown(problems.get(key, "")))
            label.setVisible(key in problems)
        self._show_duplicates()
        return problems

    def _is_blank_new(self) -> bool:
        return self.person_id is None and not self.is_dirty()

    def _show_duplicates(self) -> None:
        values = self.values()
        if self.person_id is not None or not values["full_name"].strip():
            self.duplicate_label.setVisible(False)
            return
        found = people.possible_duplicates(self._db, values["full_name"], values["birth_year"])
        if not found:
            self.duplicate_label.setVisible(False)
            return
        names = "; ".join(
            f"{d.full_name} ({d.birth_year or '?'}{', ' + d.unit_name if d.unit_name else ''})"
            for d in found[:3]
        )
        self.duplicate_label.setText(
            _(
                "Possibly already recorded: {names}. Open that record instead of creating a new "
                "one, or save anyway if this is someone else."
            ).format(names=names)
        )
        self.duplicate_label.setVisible(True)

    def _on_edit(self, *_args) -> None:
        if not self._loading:
            self.show_problems()
            self.changed.emit()
