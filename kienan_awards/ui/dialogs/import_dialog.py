"""The import wizard: pick a list, see and fix how its columns are read, check every row,
then import it all or nothing. Reading, checking and writing run off the GUI thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.awards.catalogue import award_forms
from kienan_awards.core.lists.cell_values import column_letter
from kienan_awards.core.lists.import_error_copy import write_error_copy
from kienan_awards.core.lists.list_import import (
    ImportOptions,
    ImportPlan,
    commit_import,
    prepare_import,
)
from kienan_awards.core.lists.list_layout import FIELDS, LIST_FIELDS, SheetLayout, detect_layout
from kienan_awards.core.lists.spreadsheet_reading import READABLE_SUFFIXES, Sheet, read_workbook
from kienan_awards.core.output_files import safe_file_name
from kienan_awards.core.storage.database import open_database
from kienan_awards.ui.background_task import BackgroundTask
from kienan_awards.ui.figures import figure
from kienan_awards.ui.messages import shown
from kienan_awards.ui.wrapped_label import WrappedLabel

STEP_FILE, STEP_COLUMNS, STEP_ROWS = range(3)
_ERROR_COLOUR = QColor("#fde2e1")


class RowResultsModel(QAbstractTableModel):
    """Every checked row with its status; errors are tinted."""

    def __init__(self, plan: ImportPlan | None = None, parent=None):
        super().__init__(parent)
        self._results = plan.results if plan else []
        self._titles = [
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Status"),
            self.tr("Name"),
            self.tr("Problem"),
        ]

    def status_text(self, status: str) -> str:
        return {"new": self.tr("new"), "matched": self.tr("matched"), "error": self.tr("error")}[
            status
        ]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        result = self._results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                result.sheet_name,
                result.row_number,
                self.status_text(result.status),
                result.name,
                shown(result.message),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and result.message:
            return shown(result.message)
        if role == Qt.ItemDataRole.BackgroundRole and result.status == "error":
            return _ERROR_COLOUR
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles[section]
        return None


class ImportDialog(QDialog):
    imported = Signal(dict)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import a list from Excel"))
        self.resize(980, 620)
        self._db_path = db.path
        self._forms = award_forms(db)
        self.sheets: list[Sheet] = []
        self.layouts: dict[str, SheetLayout] = {}
        self.plan: ImportPlan | None = None
        self.task: BackgroundTask | None = None

        self.steps = QStackedWidget()
        self.steps.addWidget(self._file_step())
        self.steps.addWidget(self._columns_step())
        self.steps.addWidget(self._rows_step())

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = WrappedLabel()
        self.message.setObjectName("import_message")
        self.back_button = QPushButton(self.tr("< Back"))
        self.next_button = QPushButton(self.tr("Next >"))
        self.import_button = QPushButton(self.tr("Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)  # keeps the buttons at the right while the progress is hidden
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._show_step(STEP_FILE)

    # --- step 1: the file and what it is -----------------------------------------------
    def _file_step(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("import_path")
        browse = QPushButton(self.tr("Choose..."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Spreadsheet (.xlsx, .xls, .ods)"), row)
        self.kind_combo = QComboBox()
        for kind, title in (
            ("awards", self.tr("Awards")),
            ("proposals", self.tr("A unit's proposal (to review)")),
            ("people", self.tr("People")),
            ("units", self.tr("Units")),
        ):
            self.kind_combo.addItem(title, kind)
        form.addRow(self.tr("The list holds"), self.kind_combo)
        note = QLabel(
            self.tr("When the list has no decision or award column, give them here for every row:")
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.decision_edit = QLineEdit()
        self.decision_edit.setPlaceholderText("15/QĐ-UBND")
        form.addRow(self.tr("Decision number"), self.decision_edit)
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setSpecialValueText(self.tr("(from the list)"))
        self.date_edit.setMinimumDate(self.date_edit.minimumDate())
        self.date_edit.setDate(self.date_edit.minimumDate())
        form.addRow(self.tr("Decision date"), self.date_edit)
        self.form_combo = QComboBox()
        self.form_combo.addItem(self.tr("(from the list)"), None)
        for award_form in self._forms:
            self.form_combo.addItem(award_form.name_vi, award_form.name_vi)
        form.addRow(self.tr("Award form"), self.form_combo)
        self.skip_hidden_box = QCheckBox(self.tr("Leave out hidden sheets and hidden rows"))
        self.skip_hidden_box.setObjectName("skip_hidden")
        self.skip_hidden_box.setToolTip(
            self.tr("Otherwise they are read like the others; either way the check names them.")
        )
        form.addRow(self.skip_hidden_box)
        return page

    def choose_file(self) -> str:
        patterns = " ".join(f"*{suffix}" for suffix in READABLE_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a list"),
            "",
            self.tr("Spreadsheets ({patterns})").format(patterns=patterns),
        )
        return path

    def _browse(self) -> None:
        path = self.choose_file()
        if path:
            self.path_edit.setText(path)

    def options(self) -> ImportOptions:
        decided = self.date_edit.date()
        return ImportOptions(
            list_kind=self.kind_combo.currentData(),
            decision_number=self.decision_edit.text().strip() or None,
            decision_date=None
            if decided == self.date_edit.minimumDate()
            else dt.date(decided.year(), decided.month(), decided.day()),
            form_name=self.form_combo.currentData(),
            layouts=dict(self.layouts),
            skip_hidden=self.skip_hidden_box.isChecked(),
        )

    # --- step 2: the columns -------------------------------------------------------------
    def _columns_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet_combo")
        self.sheet_combo.currentIndexChanged.connect(self._show_sheet_columns)
        self.header_label = QLabel()
        self.columns_table = QTableWidget(0, 3)
        self.columns_table.setObjectName("columns_table")
        self.columns_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header in the list"), self.tr("Read as")]
        )
        self.columns_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.columns_table.verticalHeader().setVisible(False)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sheet")))
        row.addWidget(self.sheet_combo, 1)
        layout.addLayout(row)
        layout.addWidget(self.header_label)
        layout.addWidget(self.columns_table, 1)
        return page

    def _field_choices(self) -> list[tuple[str, str | None]]:
        kind = self.kind_combo.currentData()
        choices = [(self.tr("(not imported)"), None)]
        choices += [(self.tr(FIELDS[name][0]), name) for name in LIST_FIELDS[kind]]
        return choices

    def _show_sheet_columns(self) -> None:
        name = self.sheet_combo.currentData()
        layout = self.layouts.get(name)
        self.columns_table.setRowCount(0)
        if layout is None:
            return
        if not layout.found:
            self.header_label.setText(
                self.tr(
                    "No header row was found in the first 20 rows of this sheet; it is not "
                    "imported."
                )
            )
            return
        self.header_label.setText(self.tr("Header row: {row}").format(row=layout.header_row))
        self.columns_table.setRowCount(len(layout.headers))
        for row, (column, header) in enumerate(sorted(layout.headers.items())):
            self.columns_table.setItem(row, 0, QTableWidgetItem(column_letter(column)))
            self.columns_table.setItem(row, 1, QTableWidgetItem(header))
            combo = QComboBox()
            for title, field in self._field_choices():
                combo.addItem(title, field)
            combo.setCurrentIndex(max(0, combo.findData(layout.columns.get(column))))
            combo.currentIndexChanged.connect(
                lambda _index, c=column, box=combo, sheet=name: self.set_column_field(
                    sheet, c, box.currentData()
                )
            )
            self.columns_table.setCellWidget(row, 2, combo)
        self.columns_table.resizeColumnToContents(0)
        self.columns_table.setColumnWidth(2, 260)

    def set_column_field(self, sheet_name: str, column: int, field: str | None) -> None:
        """The clerk's own reading of a column; the same field is never read twice."""
        layout = self.layouts[sheet_name]
        for other, name in list(layout.columns.items()):
            if field is not None and name == field and other != column:
                del layout.columns[other]
        if field is None:
            layout.columns.pop(column, None)
        else:
            layout.columns[column] = field
        self.plan = None

    # --- step 3: every row -------------------------------------------------------------
    def _rows_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary_label = WrappedLabel()
        self.summary_label.setObjectName("import_summary")
        self.rows_view = QTableView()
        self.rows_view.setObjectName("import_rows")
        self.rows_view.setModel(RowResultsModel())
        self.rows_view.horizontalHeader().setStretchLastSection(True)
        self.save_errors_button = QPushButton(self.tr("Save a copy with the errors marked..."))
        self.save_errors_button.clicked.connect(self.save_error_copy)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.rows_view, 1)
        layout.addWidget(self.save_errors_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def choose_errors_path(self) -> str:
        listed = Path(self.path_edit.text())
        tail = " - lỗi.xlsx"  # kept whole however long the list's own name
        stem = safe_file_name(listed.stem, max_bytes=180 - len(tail.encode()), fallback="ds")
        suggested = str(listed.with_name(stem + tail))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the list with its errors"),
            suggested,
            self.tr("Excel workbook (*.xlsx)"),
        )
        return path

    def save_error_copy(self) -> None:
        if self.plan is None:
            return
        path = self.choose_errors_path()
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            count = write_error_copy(self.sheets, self.plan, path, database_path=self._db_path)
        except Exception as error:  # noqa: BLE001 - shown to the clerk, nothing changed
            self.show_problem(shown(error))
            return
        self.message.setText(
            self.tr("{count} row(s) with errors marked in {path}").format(
                count=figure(count), path=path
            )
        )

    def _hidden_lines(self, plan: ImportPlan) -> list[str]:
        skipped = plan.options.skip_hidden
        lines = [
            (
                self.tr("Sheet '{sheet}' is hidden: left out")
                if skipped
                else self.tr("Sheet '{sheet}' is hidden: read")
            ).format(sheet=sheet)
            for sheet in plan.hidden_sheets
        ]
        if plan.hidden_rows:
            where = ", ".join(
                self.tr("'{sheet}' row {row}").format(sheet=sheet, row=row)
                for sheet, row in plan.hidden_rows[:10]
            )
            if len(plan.hidden_rows) > 10:
                where += self.tr(" and {n} more").format(n=figure(len(plan.hidden_rows) - 10))
            lines.append(
                (
                    self.tr("Hidden rows left out: {where}")
                    if skipped
                    else self.tr("Hidden rows read: {where}")
                ).format(where=where)
            )
        return lines

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.rows_view.setModel(RowResultsModel(plan, self.rows_view))
        self.rows_view.resizeColumnsToContents()
        summary = plan.summary()
        lines = [
            self.tr("{rows} row(s) read; {errors} with errors.").format(
                rows=figure(summary["rows_read"]), errors=figure(len(plan.errors))
            )
        ]
        if plan.list_kind == "awards":
            lines.append(
                self.tr("Awards to create: {n}").format(n=figure(summary["awards_created"]))
            )
        if plan.list_kind != "units":
            lines.append(
                self.tr("People: {new} new, {matched} already recorded").format(
                    new=figure(summary["people_created"]),
                    matched=figure(summary["people_matched"]),
                )
            )
        lines.append(
            self.tr("Units: {new} new, {matched} already recorded").format(
                new=figure(summary["units_created"]),
                matched=figure(summary["units_matched"]),
            )
        )
        if plan.list_kind == "awards":
            lines.append(
                self.tr("Decisions: {new} new, {matched} already recorded").format(
                    new=figure(summary["decisions_created"]),
                    matched=figure(summary["decisions_matched"]),
                )
            )
        lines.extend(self._hidden_lines(plan))
        if plan.passed_over:
            lines.append(
                self.tr("{n} row(s) passed over as titles or notes").format(
                    n=figure(len(plan.passed_over))
                )
            )
        if plan.errors:
            lines.append(
                self.tr(
                    "Nothing can be imported until every row is right: mend the "
                    "list (or the column choices) and check again."
                )
            )
        self.summary_label.setText("\n".join(lines))
        self.save_errors_button.setEnabled(bool(plan.errors))
        self._update_buttons()

    # --- moving between steps ----------------------------------------------------------
    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.steps.currentIndex()
        busy = self.task is not None
        self.back_button.setEnabled(step > STEP_FILE and not busy)
        self.next_button.setEnabled(step < STEP_ROWS and not busy)
        self.import_button.setEnabled(
            step == STEP_ROWS and not busy and self.plan is not None and not self.plan.errors
        )
        self.cancel_button.setText(self.tr("Stop") if busy else self.tr("Close"))

    def go_back(self) -> None:
        self._show_step(max(STEP_FILE, self.steps.currentIndex() - 1))

    def go_next(self) -> None:
        step = self.steps.currentIndex()
        if step == STEP_FILE:
            self._read_file()
        elif step == STEP_COLUMNS:
            self._check_rows()

    def _read_file(self) -> None:
        path = Path(self.path_edit.text().strip())
        if not self.path_edit.text().strip():
            self.show_problem(self.tr("Choose the spreadsheet to import first."))
            return
        kind = self.kind_combo.currentData()

        def work(progress, cancelled):
            sheets = read_workbook(path)
            return sheets, {sheet.name: detect_layout(sheet, kind) for sheet in sheets}

        self._run(work, self.tr("Reading {name}...").format(name=path.name), self._file_read)

    def _file_read(self, result) -> None:
        self.sheets, self.layouts = result
        self.plan = None
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in self.sheets:
            found = self.layouts[sheet.name].found
            self.sheet_combo.addItem(
                sheet.name if found else self.tr("{name} (no list found)").format(name=sheet.name),
                sheet.name,
            )
        self.sheet_combo.blockSignals(False)
        self._show_sheet_columns()
        self.message.setText(self.tr("Check how each column is read, then go on."))
        self._show_step(STEP_COLUMNS)

    def _check_rows(self) -> None:
        options = self.options()
        path = Path(self.path_edit.text().strip())
        sheets = self.sheets
        db_path = self._db_path

        def work(progress, cancelled):
            db = open_database(db_path)
            try:
                return prepare_import(db, path, options, progress, cancelled, sheets=sheets)
            finally:
                db.close()

        self._run(work, self.tr("Checking every row..."), self._rows_checked)

    def _rows_checked(self, plan: ImportPlan) -> None:
        self.message.setText("")
        self._show_step(STEP_ROWS)
        self._show_plan(plan)

    def start_import(self) -> None:
        plan, db_path = self.plan, self._db_path
        if plan is None or plan.errors:
            return

        def work(progress, cancelled):
            db = open_database(db_path)
            try:
                return commit_import(db, plan, progress, cancelled)
            finally:
                db.close()

        self._run(work, self.tr("Importing..."), self._imported)

    def _imported(self, summary: dict) -> None:
        self.plan = None
        self.message.setText(
            self.tr(
                "Imported: {awards} award(s), {people} new people, "
                "{units} new units, {decisions} new decisions."
            ).format(
                awards=summary["awards_created"],
                people=summary["people_created"],
                units=summary["units_created"],
                decisions=summary["decisions_created"],
            )
        )
        self._update_buttons()
        self.imported.emit(summary)

    # --- background work ---------------------------------------------------------------
    def _run(self, work, message: str, on_success) -> None:
        self.message.setText(message)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.task = BackgroundTask(work, self)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(on_success)
        self.task.failed.connect(self.show_problem)
        self.task.finished.connect(self._task_finished)
        self._update_buttons()
        self.task.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _task_finished(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self._update_buttons()

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        QMessageBox.warning(self, self.tr("Import"), text)

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
        else:
            self.reject()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
        super().closeEvent(event)
