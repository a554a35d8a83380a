"""A page that lists one kind of record: a filter box over a sortable, lazily loaded table."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from kienan_awards.core.record_lists import RecordList
from kienan_awards.ui.models.record_table_model import RecordTableModel

FILTER_DELAY_MS = 250  # typing is never blocked: the query runs once the clerk pauses
_WIDTH_SAMPLE_ROWS = 100  # column widths fit the first rows; the rest load only when seen
_MAX_COLUMN_WIDTH = 360


class RecordListPage(QWidget):
    def __init__(self, db, record_list: RecordList, heading: str, parent=None):
        super().__init__(parent)
        self.setObjectName(f"{record_list.name}_page")
        self.model = RecordTableModel(db, record_list, self)

        self.heading = QLabel(heading)
        self.heading.setObjectName("page_heading")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, with or without diacritics"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setVisible(record_list.filter_sql is not None)
        self.count_label = QLabel()

        self.table = QTableView()
        self.table.setObjectName(f"{record_list.name}_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(160)
        header.setResizeContentsPrecision(_WIDTH_SAMPLE_ROWS)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self._show_count()
        self.fit_columns()

    def fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for section in range(header.count()):
            header.resizeSection(section, min(header.sectionSize(section), _MAX_COLUMN_WIDTH))

    def _apply_filter(self) -> None:
        self.model.set_filter_text(self.filter_edit.text())
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n record(s)", "", self.model.rowCount()))

    def refresh(self) -> None:
        self.model.reload()
        self._show_count()
