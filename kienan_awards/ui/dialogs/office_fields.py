"""The office's fields as the office dialog asks them: its name and level, the place, the
signer and how he signs, and the day it signs from. The level follows the name, and how the
signer signs his title, until the clerk chooses one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from kienan_awards.core.i18n import _, shown
from kienan_awards.core.records.office import (
    OFFICE_LEVELS,
    SIGNING_CAPACITIES,
    OfficePeriod,
    inferred_capacity,
    level_of_office,
)


def _level_labels() -> dict[str, str]:
    return {
        "commune": _("Commune level (a ward, a commune, a town, a special zone)"),
        "district": _("District level (an urban or rural district, a district town)"),
        "city": _("City or province"),
    }


def _capacity_labels() -> dict[str, str]:
    return {
        "": _("The chairman himself"),
        "KT.": _("KT. — a deputy, on the chairman's behalf"),
        "TM.": _("TM. — for the committee as a body"),
        "Q.": _("Q. — the acting chairman"),
    }


class OfficeFields(QWidget):
    """Shows the office in force today; moved to the day a recorded authority began, shows
    that one, which saving then corrects."""

    def __init__(
        self, current: OfficePeriod | None, periods: Sequence[OfficePeriod] = (), parent=None
    ):
        super().__init__(parent)
        self._periods = list(periods)
        self.edits: dict[str, QLineEdit] = {}
        self.problem_labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        office = current.office if current else None
        self.level_combo = QComboBox()
        self.level_combo.setObjectName("office_level")
        for level, label in _level_labels().items():
            self.level_combo.addItem(label, level)
        self.level_chosen = False  # by the clerk: the name no longer sets it
        self.level_combo.activated.connect(self._choose_level)
        self.capacity_combo = QComboBox()
        self.capacity_combo.setObjectName("office_signing_capacity")
        for capacity, label in _capacity_labels().items():
            self.capacity_combo.addItem(label, capacity)
        self.capacity_combo.setToolTip(
            _(
                "How the decisions and certificates are signed: a deputy signs KT. under "
                '"KT. CHỦ TỊCH"; the issuer line stays the chairman\'s.'
            )
        )
        self.capacity_chosen = False  # by the clerk: the signer's title no longer sets it
        self.capacity_combo.activated.connect(self._choose_capacity)
        self.from_edit = QDateEdit(QDate.currentDate())
        self.from_edit.setObjectName("office_from")
        self.from_edit.setDisplayFormat("dd/MM/yyyy")
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setToolTip(
            _(
                "The day this office signs from. An earlier day records a past authority; the "
                "day an authority began corrects it."
            )
        )
        for key, label, example in (
            ("body_name", _("Office"), "Ủy ban nhân dân phường …"),
            ("level", _("Level"), None),
            ("place", _("Place (before the date)"), "Kiến An"),
            ("signer_title", _("Signer's title"), "Chủ tịch"),
            ("signer_name", _("Signer's name"), "Nguyễn Văn …"),
            ("signing_capacity", _("Signs as"), None),
        ):
            if key == "level":
                field = self.level_combo
            elif key == "signing_capacity":
                field = self.capacity_combo
            else:
                field = self.edits[key] = QLineEdit(getattr(office, key) if office else "")
                field.setObjectName(f"office_{key}")
                field.setPlaceholderText(example)
            problem = QLabel()
            problem.setStyleSheet("color: #b00020")
            problem.setVisible(False)
            self.problem_labels[key] = problem
            form.addRow(label, field)
            form.addRow("", problem)
        form.addRow(_("Signs from"), self.from_edit)
        self.edits["body_name"].textChanged.connect(self._follow_name)
        self.edits["signer_title"].textChanged.connect(self._follow_title)
        self.set_capacity(
            office.signing_capacity
            if office
            else inferred_capacity(self.edits["signer_title"].text())
        )
        self.set_level(
            (current.level if current else None) or level_of_office(self.edits["body_name"].text())
        )
        self.from_edit.dateChanged.connect(self._show_begun)

    def _show_begun(self) -> None:
        begun = next((p for p in self._periods if p.valid_from == self.day()), None)
        if begun is None:
            return
        for key, edit in self.edits.items():
            edit.setText(getattr(begun.office, key))
        if begun.level:
            self.set_level(begun.level)
        self.set_capacity(begun.office.signing_capacity)

    def _choose_level(self) -> None:
        self.level_chosen = True

    def _follow_name(self, name: str) -> None:
        """A name that says its level sets it, until the clerk chooses one by hand."""
        level = level_of_office(name)
        if level and not self.level_chosen:
            self.set_level(level)

    def _choose_capacity(self) -> None:
        self.capacity_chosen = True

    def _follow_title(self, title: str) -> None:
        """A deputy's title ("Phó Chủ tịch") signs KT., until the clerk chooses by hand."""
        if not self.capacity_chosen:
            self.set_capacity(inferred_capacity(title))

    def set_capacity(self, capacity: str) -> None:
        self.capacity_combo.setCurrentIndex(
            SIGNING_CAPACITIES.index(capacity) if capacity in SIGNING_CAPACITIES else 0
        )

    def set_level(self, level: str | None) -> None:
        """Show the level (None: none chosen)."""
        index = OFFICE_LEVELS.index(level) if level in OFFICE_LEVELS else -1
        self.level_combo.setCurrentIndex(index)

    def values(self) -> dict[str, str | None]:
        return {
            **{key: edit.text() for key, edit in self.edits.items()},
            "level": self.level_combo.currentData(),
            "signing_capacity": self.capacity_combo.currentData(),
        }

    def day(self) -> dt.date:
        return self.from_edit.date().toPython()

    def set_day(self, day: dt.date) -> None:
        self.from_edit.setDate(QDate(day.year, day.month, day.day))

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.problem_labels.items():
            label.setText(shown(problems.get(key, "")))
            label.setVisible(key in problems)
