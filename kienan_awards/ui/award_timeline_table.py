"""A recipient's awards, oldest first: the People page and the honour roll show the same table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from kienan_awards.core.i18n import _
from kienan_awards.core.lists.cell_values import dmy
from kienan_awards.core.records.people import TimelineEntry
from kienan_awards.ui.core_labels import award_status


class AwardTimelineTable(QTableWidget):
    award_opened = Signal(int)  # the award id of a double-clicked row

    def __init__(self, parent=None):
        super().__init__(0, 5, parent)
        self.setObjectName("award_timeline")
        self.setHorizontalHeaderLabels(
            [
                _("Year"),
                _("Award"),
                _("Decision"),
                _("Unit at the time"),
                _("Status"),
            ]
        )
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.cellDoubleClicked.connect(
            lambda row, _column: self.award_opened.emit(self.item(row, 0).data(_AWARD_ID))
        )

    def show_entries(self, entries: list[TimelineEntry]) -> None:
        self.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, value in enumerate(
                (
                    str(entry.year),
                    entry.form,
                    f"{entry.decision_number} ({dmy(entry.decided_on)})",
                    ", ".join(v for v in (entry.position, entry.unit_name) if v),
                    award_status(entry.status),
                )
            ):
                item = QTableWidgetItem(value)
                item.setData(_AWARD_ID, entry.award_id)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()


_AWARD_ID = Qt.ItemDataRole.UserRole
