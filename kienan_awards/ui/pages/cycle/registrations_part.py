"""The units' registrations for the year: what each registered and what became of it, the
counts per unit, and the form that enters a unit's registration whole."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.cycle import registrations
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.records import units
from kienan_awards.core.records.record_lists import recipient_kind_word
from kienan_awards.ui.pages.cycle.member_table import MemberTable
from kienan_awards.ui.pages.cycle.plain_tables import fill, read_only_table


class RegistrationsPart(QWidget):
    changed = Signal(object)  # the ChangeSet of a registration saved

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.year = dt.date.today().year
        self.table = read_only_table(
            [_("Unit"), _("Name"), _("Kind"), _("Title registered"), _("Outcome")]
        )
        self.table.setObjectName("registrations_table")
        self.counts = read_only_table([_("Unit"), _("Registered"), _("Achieved"), _("Rate")])
        self.counts.setObjectName("registration_counts")

        self.unit_combo = QComboBox()
        self.unit_combo.currentIndexChanged.connect(self.show_unit)
        self.collective_combo = QComboBox()
        titles = registrations.titles_for(db, "individual")
        self.members = MemberTable(_("Person"), titles)
        self.save_button = QPushButton(_("Save the unit's registration"))
        self.save_button.clicked.connect(self.save)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)

        form_box = QWidget()
        form = QFormLayout()
        form.addRow(_("Unit"), self.unit_combo)
        form.addRow(_("Collective title"), self.collective_combo)
        form_layout = QVBoxLayout(form_box)
        form_layout.addLayout(form)
        form_layout.addWidget(QLabel(_("Titles its people register for")))
        form_layout.addWidget(self.members, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form_layout.addLayout(buttons)
        form_layout.addWidget(self.problem)

        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(self.table, 3)
        lists_layout.addWidget(QLabel(_("By unit")))
        lists_layout.addWidget(self.counts, 1)
        splitter = QSplitter()
        splitter.addWidget(lists)
        splitter.addWidget(form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        entries = registrations.registrations(self._db, self.year)
        outcome = registrations.OUTCOME_WORDS
        fill(
            self.table,
            [
                [
                    e.unit_name,
                    e.name,
                    shown(recipient_kind_word(e.recipient_kind)),
                    e.form_name,
                    _(outcome[e.outcome]),
                ]
                for e in entries
            ],
        )
        fill(
            self.counts,
            [
                [c.unit_name, str(c.registered), str(c.achieved), _rate(c.rate)]
                for c in registrations.counts_by_unit(entries)
            ],
        )
        chosen = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for unit in units.list_units(self._db):
            if not unit.in_force_during(self.year):
                continue  # a unit dissolved before the year, or made after it
            self.unit_combo.addItem(unit.name, unit.id)
        found = self.unit_combo.findData(chosen)
        self.unit_combo.setCurrentIndex(max(found, 0))
        self.unit_combo.blockSignals(False)
        self.collective_combo.clear()
        self.collective_combo.addItem(_("(none)"), None)
        for code, name in registrations.titles_for(self._db, "collective"):
            self.collective_combo.addItem(name, code)
        self.show_unit()

    def show_unit(self) -> None:
        """The chosen unit's registration for the year, as it stands, in the form."""
        unit_id = self.unit_combo.currentData()
        if unit_id is None:
            self.members.show_members([], {})
            return
        ticked: dict[int, set[str]] = {}
        collective = None
        for entry in registrations.registrations(self._db, self.year, unit_id=unit_id):
            if entry.person_id is None:
                collective = entry.form_code
            else:
                ticked.setdefault(entry.person_id, set()).add(entry.form_code)
        self.collective_combo.setCurrentIndex(max(self.collective_combo.findData(collective), 0))
        self.members.show_members(registrations.unit_members(self._db, unit_id), ticked)
        self.problem.clear()

    def save(self) -> bool:
        unit_id = self.unit_combo.currentData()
        if unit_id is None:
            return False
        try:
            changes = registrations.save_unit_registration(
                self._db,
                unit_id,
                self.year,
                self.collective_combo.currentData(),
                self.members.ticked(),
                registered_on=dt.date.today(),
            )
        except KienanError as error:
            self.problem.setText(shown(error.args[0]))
            return False
        self.refresh()
        self.changed.emit(changes)
        return True


def _rate(rate: float | None) -> str:
    return "" if rate is None else f"{rate:g}%"
