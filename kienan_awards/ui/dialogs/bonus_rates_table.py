"""Every bonus rate with the level that confers it and the days it holds: a rate that has
ended (the commune chairman's 0.15 on 30/06/2025) is greyed and says when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from kienan_awards.core.awards.catalogue import BonusRate, bonus_rates
from kienan_awards.core.i18n import _
from kienan_awards.ui.figures import figure

ENDED_COLOUR = "#8a8a8a"


def level_labels() -> dict[str | None, str]:
    """The conferring levels as the window names them; None: a rate for whoever confers."""
    return {
        None: _("Any level"),
        "commune": _("Commune"),
        "district": _("District"),
        "city": _("City"),
        "national": _("National"),
        "other": _("Other body"),
    }


def kind_labels() -> dict[str, str]:
    return {
        "individual": _("Individual"),
        "collective": _("Collective"),
        "household": _("Household"),
    }


def _day(day: dt.date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


class BonusRatesTable(QTableWidget):
    def __init__(self, db, parent=None):
        super().__init__(0, 7, parent)
        self._db = db
        self.setObjectName("bonus_rates_table")
        self.setHorizontalHeaderLabels(
            [
                _("Award form"),
                _("Recipient"),
                _("Conferred by"),
                _("Coefficient"),
                _("From"),
                _("Until"),
                _("Legal basis"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)  # as the catalogue's list above
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.rates: list[BonusRate] = []
        self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        levels, kinds = level_labels(), kind_labels()
        self.rates = bonus_rates(self._db)
        self.setRowCount(len(self.rates))
        for row, rate in enumerate(self.rates):
            ended = rate.closed_on(today)
            values = (
                rate.form,
                kinds.get(rate.recipient_kind, rate.recipient_kind),
                levels.get(rate.level, rate.level),
                figure(rate.coefficient),
                _day(rate.valid_from) or _("(from the start)"),
                _("ended {day}").format(day=_day(rate.valid_to))
                if ended
                else _day(rate.valid_to) or _("in force"),
                rate.legal_basis,
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if ended:
                    cell.setForeground(QColor(ENDED_COLOUR))
                if rate.note:
                    cell.setToolTip(rate.note)
                self.setItem(row, column, cell)
        self.resizeColumnsToContents()
