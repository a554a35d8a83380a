"""The register of initiatives of the year, and the form that records one with its authors
(ticked among the unit's people, each with a share), its recognising decision and scope."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.cycle import initiatives, registrations
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.records import units
from kienan_awards.ui.pages.cycle.member_table import MemberTable
from kienan_awards.ui.pages.cycle.plain_tables import fill, read_only_table

AUTHOR = "author"


class InitiativesPart(QWidget):
    changed = Signal(object)  # the ChangeSet of an initiative recorded

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.year = dt.date.today().year
        self.table = read_only_table(
            [_("Initiative"), _("Authors"), _("Unit"), _("Recognised by decision"), _("Scope")]
        )
        self.table.setObjectName("initiatives_table")
        self.title_edit = QLineEdit()
        self.unit_combo = QComboBox()
        self.unit_combo.currentIndexChanged.connect(self.show_members)
        self.recognised_box = QCheckBox(_("Recognised by a decision"))
        self.recognised_box.setChecked(True)
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(_("e.g. 15/QĐ-UBND"))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.authority_edit = QLineEdit()
        self.scope_combo = QComboBox()
        for code in initiatives.SCOPES:
            self.scope_combo.addItem(_(initiatives.SCOPE_WORDS[code]), code)
        self.effect_edit = QLineEdit()
        self.authors = MemberTable(_("Person"), [(AUTHOR, _("Author"))], share=_("Share (%)"))
        self.record_button = QPushButton(_("Record the initiative"))
        self.record_button.clicked.connect(self.record)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)

        form_box = QWidget()
        form = QFormLayout()
        form.addRow(_("Name of the initiative"), self.title_edit)
        form.addRow(_("Unit"), self.unit_combo)
        form.addRow("", self.recognised_box)
        form.addRow(_("Decision number"), self.number_edit)
        form.addRow(_("Decision date"), self.date_edit)
        form.addRow(_("Recognised by"), self.authority_edit)
        form.addRow(_("Scope of effect"), self.scope_combo)
        form.addRow(_("Effect"), self.effect_edit)
        form_layout = QVBoxLayout(form_box)
        form_layout.addLayout(form)
        form_layout.addWidget(self.authors, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        form_layout.addLayout(buttons)
        form_layout.addWidget(self.problem)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        rows = []
        for entry in initiatives.initiatives(self._db, year=self.year):
            authors = ", ".join(
                f"{a.name} ({a.share:g}%)" if a.share else a.name for a in entry.authors
            )
            day = dt.date.fromisoformat(entry.decided_on) if entry.decided_on else None
            decision = (
                " ".join(
                    part
                    for part in (entry.decision_number, f"{day:%d/%m/%Y}" if day else "")
                    if part
                )
                if entry.recognised
                else _("not recognised yet")
            )
            scope = _(initiatives.SCOPE_WORDS[entry.scope])
            rows.append([entry.title, authors, entry.unit_name or "", decision, scope])
        fill(self.table, rows)
        chosen = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for unit in units.list_units(self._db):
            if not unit.in_force_during(self.year):
                continue  # a unit dissolved before the year, or made after it
            self.unit_combo.addItem(unit.name, unit.id)
        self.unit_combo.setCurrentIndex(max(self.unit_combo.findData(chosen), 0))
        self.unit_combo.blockSignals(False)
        self.show_members()

    def show_members(self) -> None:
        unit_id = self.unit_combo.currentData()
        members = registrations.unit_members(self._db, unit_id) if unit_id else []
        self.authors.show_members(members, {})

    def record(self) -> bool:
        recognised = self.recognised_box.isChecked()
        fields = {
            "title": self.title_edit.text(),
            "unit_id": self.unit_combo.currentData(),
            "year": self.year,
            "decision_number": self.number_edit.text() if recognised else None,
            "decided_on": self.date_edit.date().toPython() if recognised else None,
            "authority": self.authority_edit.text(),
            "scope": self.scope_combo.currentData(),
            "effect": self.effect_edit.text(),
        }
        authors = [(person, self.authors.share_of(person)) for person in self.authors.ticked()]
        try:
            changes = initiatives.record_initiative(self._db, fields, authors)
        except KienanError as error:
            self.problem.setText(shown(error.args[0]))
            return False
        for edit in (self.title_edit, self.number_edit, self.effect_edit):
            edit.clear()
        self.problem.clear()
        self.refresh()
        self.changed.emit(changes)
        return True
