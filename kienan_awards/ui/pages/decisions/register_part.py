"""The register tab: the award register of a year as a book, revoked awards included."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kienan_awards.core.awards import award_register
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.i18n import _
from kienan_awards.ui.core_labels import award_status
from kienan_awards.ui.pages.decisions.decisions_part import DecisionsPart

RECIPIENT_COLUMN = 1


class RegisterPart(DecisionsPart):
    shows = frozenset({RecordKind.AWARDS, RecordKind.DECISIONS, RecordKind.CATALOGUE})

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.register_year = QSpinBox()
        self.register_year.setRange(1990, 2100)
        self.register_year.setValue(dt.date.today().year)
        self.register_year.valueChanged.connect(self.show_register)
        # A year the clerk chose stays chosen; until then the latest year is shown.
        self.register_year.valueChanged.connect(
            lambda: self.register_year.setProperty("chosen", True)
        )
        self.register_table = QTableWidget(0, 6)
        self.register_table.setObjectName("register_table")
        self.register_table.setHorizontalHeaderLabels(
            [
                _("No."),
                _("Recipient"),
                _("Award"),
                _("Decision"),
                _("Date"),
                _("Status"),
            ]
        )
        self.register_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # The register's own number is the row's number: the table's row count beside it
        # would say it twice, and differently once sorted or filtered.
        self.register_table.verticalHeader().hide()
        self.register_table.setWordWrap(False)
        header = self.register_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RECIPIENT_COLUMN, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Year")))
        top.addWidget(self.register_year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.register_table, 1)

    def title(self) -> str:
        return _("Award register {year}").format(year=self.register_year.value())

    def show_register(self) -> None:
        entries = award_register.register_entries(self._db, self.register_year.value())
        self.register_table.setRowCount(len(entries))
        for r, entry in enumerate(entries):
            day = dt.date.fromisoformat(entry.decided_on).strftime("%d/%m/%Y")
            status = award_status(entry.status)
            for c, value in enumerate(
                (str(entry.number), entry.recipient, entry.form, entry.decision_number, day, status)
            ):
                self.register_table.setItem(r, c, QTableWidgetItem(value))

    def refresh(self) -> None:
        latest = award_register.latest_register_year(self._db)
        if latest and not self.register_year.property("chosen"):
            self.register_year.blockSignals(True)
            self.register_year.setValue(latest)
            self.register_year.blockSignals(False)
        self.show_register()
