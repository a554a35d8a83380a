"""The plain read-only tables of the year's cycle page."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def read_only_table(headers: list[str]) -> QTableWidget:
    """A list to read, not to edit: no row numbers, the last column filling the width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: list[list[str]]) -> None:
    """The table's rows replaced by these, the columns fitted to them."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    fit_columns(table)


def fit_columns(table: QTableWidget) -> None:
    """Each column as wide as its contents, the last one filling what is left: fitting sets
    the last column's width too, so its stretch is asked for again after."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setStretchLastSection(True)
