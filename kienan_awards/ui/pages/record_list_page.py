"""A page that lists one kind of record: a filter box over a sortable, lazily loaded table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, ngettext, shown
from kienan_awards.core.output_files import safe_file_name
from kienan_awards.core.records.record_lists import RecordList
from kienan_awards.ui.figures import figure
from kienan_awards.ui.file_dialogs import save_file_name
from kienan_awards.ui.models.record_table_model import RecordTableModel
from kienan_awards.ui.page_layout import fit_columns, widen_cut_columns
from kienan_awards.ui.pages.window_page import WindowPage

FILTER_DELAY_MS = 250  # typing is never blocked: the query runs once the clerk pauses
_WIDTH_SAMPLE_ROWS = 100  # column widths fit the first rows; the rest load only when seen


class RecordListPage(WindowPage):
    """Used as a part of the window's pages (and of dialogs): the page around it says what it
    shows and hands the window its find box and its table."""

    def __init__(
        self,
        db,
        record_list: RecordList,
        heading: str,
        parent=None,
        model: RecordTableModel | None = None,
    ):
        super().__init__(parent)
        self.setObjectName(f"{record_list.name}_page")
        self._db = db
        self._record_list = record_list
        self.model = model or RecordTableModel(db, record_list, self)

        self.heading = QLabel(heading)
        self.heading.setObjectName("page_heading")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(_("Filter by name, with or without diacritics"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setVisible(self.model.can_filter())
        self.export_button = QPushButton(_("Export to Excel..."))
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(
            _("Save the rows shown, in the order shown, as an Excel workbook")
        )
        self.export_button.clicked.connect(self.export_to_excel)
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
        tools = QHBoxLayout()
        tools.addWidget(self.filter_edit, 1)
        if not self.model.can_filter():
            tools.addStretch(1)  # the button keeps to the right even without a filter box
        tools.addWidget(self.export_button)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self._fitted_to_rows = False
        self.model.modelReset.connect(self._show_count)
        self.model.modelReset.connect(self._fit_to_first_rows)
        self._show_count()
        self.fit_columns()

    def fit_columns(self) -> None:
        fit_columns(self.table)
        self._fitted_to_rows = self.model.rowCount() > 0

    def _fit_to_first_rows(self) -> None:
        """Columns fitted to no rows (an empty database, a search still running) fit the first
        rows that come; widths the window restored are kept, widened where they would cut."""
        if self._fitted_to_rows or not self.model.rowCount():
            return
        if self.table.property("columns_restored"):
            widen_cut_columns(self.table)
            self._fitted_to_rows = True
        else:
            self.fit_columns()

    def _apply_filter(self) -> None:
        self.model.set_filter_text(self.filter_edit.text())

    def apply_filter_now(self) -> None:
        """Filter by the box's text at once, without waiting for the typing pause."""
        self._filter_timer.stop()
        self._apply_filter()

    def cancel_pending_filter(self) -> None:
        self._filter_timer.stop()

    def _show_count(self) -> None:
        self.count_label.setText(
            ngettext("{count} record", "{count} records", self.model.rowCount()).format(
                count=figure(self.model.rowCount())
            )
        )

    def refresh(self) -> None:
        self.model.reload()

    def focus_find(self) -> bool:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()
        return True

    def printable_table(self) -> tuple[str, QTableView]:
        return self.heading.text(), self.table

    def default_export_name(self) -> str:
        return safe_file_name(self.heading.text(), fallback=self._record_list.name, suffix=".xlsx")

    def choose_export_path(self) -> str:
        """Ask where to save the workbook; an empty string when the clerk cancels."""
        return save_file_name(
            self, _("Export to Excel"), self.default_export_name(), _("Excel workbooks (*.xlsx)")
        )

    def show_warning(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def export_to_excel(self) -> Path | None:
        """Write the rows the table shows, in its order, to a workbook the clerk chooses;
        returns the file written, or None when cancelled or when it could not be written."""
        chosen = self.choose_export_path()
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        # The workbook writer is loaded when first used: it is no part of the window's start.
        from kienan_awards.core.lists.spreadsheet_export import export_record_list

        failure = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = export_record_list(
                self._db, self._record_list, self.model.ids(), path, title=self.heading.text()
            )
        except KienanError as error:
            failure = shown(error)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failure is not None:
            self.show_warning(_("Not exported"), failure)
            return None
        self.count_label.setText(
            ngettext(
                "{count} record exported to {file}", "{count} records exported to {file}", written
            ).format(count=figure(written), file=path)
        )
        return path
