"""The year's cycle around the proposals: what the units registered for at the year's start
and what became of it, the initiatives recognised through the year, and the emulation and
commendation council that reviews the proposals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTabWidget, QVBoxLayout

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.i18n import _
from kienan_awards.ui.pages.cycle.council_part import CouncilPart
from kienan_awards.ui.pages.cycle.initiatives_part import InitiativesPart
from kienan_awards.ui.pages.cycle.registrations_part import RegistrationsPart
from kienan_awards.ui.pages.window_page import WindowPage
from kienan_awards.ui.read_only import refuse_writing


class CyclePage(WindowPage):
    # Outcomes follow proposals and awards; the forms list units and their people.
    shows = frozenset(
        {
            RecordKind.REGISTRATIONS,
            RecordKind.INITIATIVES,
            RecordKind.COUNCIL,
            RecordKind.PROPOSALS,
            RecordKind.AWARDS,
            RecordKind.UNITS,
            RecordKind.PEOPLE,
        }
    )

    def __init__(self, db, parent=None, year: int | None = None):
        super().__init__(parent)
        self.setObjectName("cycle_page")
        self._db = db
        heading = QLabel(_("The year's cycle"))
        heading.setObjectName("page_heading")
        self.year_box = QSpinBox()
        self.year_box.setRange(1990, 2100)
        self.year_box.setValue(year or dt.date.today().year)
        self.year_box.valueChanged.connect(self.refresh)
        self.registrations = RegistrationsPart(db)
        self.initiatives = InitiativesPart(db)
        self.council = CouncilPart(db)
        for part in (self.registrations, self.initiatives, self.council):
            part.changed.connect(self.changed)
        refuse_writing(
            db,
            self.registrations.save_button,
            self.initiatives.record_button,
            *self.council.writing_controls(),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.registrations, _("Registrations"))
        self.tabs.addTab(self.initiatives, _("Initiatives"))
        self.tabs.addTab(self.council, _("Council"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(_("Year")))
        top.addWidget(self.year_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def refresh(self) -> None:
        for part in (self.registrations, self.initiatives):
            part.year = self.year_box.value()
            part.refresh()
        self.council.refresh()
