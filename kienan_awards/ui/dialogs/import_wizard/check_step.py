"""The wizard's third step: every row checked, what the import would create and match, each row
beside the record it is, the record chosen for a row whose name fits several, and what stops
the import."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.i18n import _
from kienan_awards.core.lists.list_import import ImportPlan, RowResult
from kienan_awards.core.lists.plan_records import record_beside_row
from kienan_awards.ui.dialogs.import_wizard.plan_summary import summary_lines
from kienan_awards.ui.dialogs.import_wizard.record_pane import RecordPane
from kienan_awards.ui.dialogs.import_wizard.row_filter import RowFilter, RowGroupBox
from kienan_awards.ui.dialogs.import_wizard.row_results_model import (
    NAME_COLUMN,
    PROBLEM_COLUMN,
    RowResultsModel,
)
from kienan_awards.ui.wrapped_label import WrappedLabel


class CheckStep(QWidget):
    save_errors_requested = Signal()  # the dialog asks where, and writes the marked copy
    # A row's record chosen: (Ambiguity.key, record id or NEW_RECORD); the dialog checks again.
    record_chosen = Signal(object, int)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db  # read on this thread for the row shown beside its record
        self._plan: ImportPlan | None = None
        self.summary_label = WrappedLabel()
        self.summary_label.setObjectName("import_summary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.row_groups = RowGroupBox()
        self.row_groups.currentIndexChanged.connect(self._show_group)
        self.save_errors_button = QPushButton(_("Save a copy with the errors marked..."))
        self.save_errors_button.clicked.connect(self.save_errors_requested)
        self.rows = RowFilter(self)
        self.rows.setSourceModel(RowResultsModel(parent=self))
        self.rows_view = QTableView()
        self.rows_view.setObjectName("import_rows")
        self.rows_view.setModel(self.rows)
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows_view.verticalHeader().setVisible(False)
        self.rows_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.rows_view.horizontalHeader().setStretchLastSection(True)
        # Widths from the first rows: measuring 3,000 rows on every check is felt.
        self.rows_view.horizontalHeader().setResizeContentsPrecision(200)
        self.rows_view.selectionModel().currentRowChanged.connect(self._show_current)
        self.record_pane = RecordPane()
        self.record_pane.choice_box.chosen.connect(self.record_chosen)
        self.choice_box = self.record_pane.choice_box
        self.pane_scroll = QScrollArea()
        self.pane_scroll.setWidgetResizable(True)
        self.pane_scroll.setWidget(self.record_pane)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.rows_view)
        self.splitter.addWidget(self.pane_scroll)
        self.splitter.setSizes([210, 250])  # the pane holds an awards row's ten cells
        tools = QHBoxLayout()
        tools.addWidget(QLabel(_("Show:")))
        tools.addWidget(self.row_groups)
        tools.addStretch(1)
        tools.addWidget(self.save_errors_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the dialog's own margins hold the step
        layout.addWidget(self.summary_label)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)

    def show_plan(self, plan: ImportPlan) -> None:
        """Shows a checked plan; the row shown before (by its sheet and row) stays shown."""
        shown_before = self.current_result()
        self._plan = plan
        model = RowResultsModel(plan, self)
        self.rows.setSourceModel(model)
        self.row_groups.count_rows(model)
        self.rows.set_group(self.row_groups.currentData())
        self.rows_view.resizeColumnsToContents()
        # A long name or problem is cut (its tooltip holds it) rather than widen the table.
        for column in (NAME_COLUMN, PROBLEM_COLUMN):
            self.rows_view.setColumnWidth(column, min(self.rows_view.columnWidth(column), 260))
        # QLabel's height for a width counts its minimum height: cleared, a shorter summary
        # gives back the lines it no longer needs.
        self.summary_label.setMinimumHeight(0)
        self.summary_label.setText("\n".join(summary_lines(plan)))
        self.save_errors_button.setEnabled(bool(plan.errors))
        self._select(shown_before)

    def set_busy(self, busy: bool) -> None:
        """While the rows are checked again no other choice can be made."""
        self.choice_box.setEnabled(not busy)

    def current_result(self) -> RowResult | None:
        index = self.rows_view.currentIndex()
        if self._plan is None or not index.isValid():
            return None
        return self.rows.sourceModel().result(self.rows.mapToSource(index).row())

    def select_row(self, sheet_name: str, row_number: int) -> bool:
        """Shows the row at this place of the list, if the rows shown hold it."""
        model = self.rows.sourceModel()
        source_row = model.row_of(sheet_name, row_number)
        if source_row is None:
            return False
        index = self.rows.mapFromSource(model.index(source_row, 0))
        if not index.isValid():
            return False
        self.rows_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.rows_view.scrollTo(index)
        return True

    def _select(self, result: RowResult | None) -> None:
        if result is not None and self.select_row(result.sheet_name, result.row_number):
            return
        first = self.rows.index(0, 0)
        if first.isValid():
            self.select_row(*self._place(first))
        else:
            self.record_pane.clear()

    def _place(self, index: QModelIndex) -> tuple[str, int]:
        result = self.rows.sourceModel().result(self.rows.mapToSource(index).row())
        return result.sheet_name, result.row_number

    def _show_group(self) -> None:
        shown_before = self.current_result()
        self.rows.set_group(self.row_groups.currentData())
        self._select(shown_before)

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        result = self.current_result() if current.isValid() else None
        if result is None or self._plan is None:
            self.record_pane.clear()
            return
        self.record_pane.show_row(result, record_beside_row(self._db, self._plan, result))
