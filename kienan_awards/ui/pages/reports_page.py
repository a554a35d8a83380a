"""Awards per year and form: the summary behind the year-end reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from kienan_awards.core.statistics import awards_by_year_and_form


class ReportsPage(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("reports_page")
        self._db = db
        self.heading = QLabel(self.tr("Awards by year and form"))
        self.heading.setObjectName("page_heading")
        self.table = QTableWidget()
        self.table.setObjectName("awards_by_year_table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        years, forms, counts = awards_by_year_and_form(self._db)
        self.table.clear()
        self.table.setRowCount(len(years))
        self.table.setColumnCount(len(forms) + 1)
        self.table.setHorizontalHeaderLabels([*forms, self.tr("Total")])
        self.table.setVerticalHeaderLabels([str(year) for year in years])
        for row, year in enumerate(years):
            row_counts = [counts.get((year, form), 0) for form in forms]
            for column, count in enumerate([*row_counts, sum(row_counts)]):
                cell = QTableWidgetItem(str(count))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
