"""The import wizard: pick a list, see and fix how its columns are read, check every row (each
beside the record it is, choosing the record where a name fits several), then import it all or
nothing and see what was written. Each step is its own widget
(ui/dialogs/import_wizard/); this dialog holds them, moves between them, asks where the
marked copy goes, and runs the reading, checking and writing off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout

from kienan_awards.core.awards.catalogue import award_forms
from kienan_awards.core.cycle.city_answer import proposals_to_answer
from kienan_awards.core.i18n import _, ngettext, shown
from kienan_awards.core.lists.import_error_copy import write_error_copy
from kienan_awards.core.lists.list_import import ImportOptions, ImportPlan, ImportSummary
from kienan_awards.core.lists.list_layout import SheetLayout
from kienan_awards.core.lists.spreadsheet_reading import Sheet
from kienan_awards.core.output_files import safe_file_name
from kienan_awards.ui.background_task import BackgroundTask
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog
from kienan_awards.ui.dialogs.import_wizard import import_work
from kienan_awards.ui.dialogs.import_wizard.check_step import CheckStep
from kienan_awards.ui.dialogs.import_wizard.columns_step import ColumnsStep
from kienan_awards.ui.dialogs.import_wizard.file_step import FileStep
from kienan_awards.ui.dialogs.import_wizard.record_choices import RecordChoices
from kienan_awards.ui.dialogs.import_wizard.result_step import ResultStep
from kienan_awards.ui.dialogs.import_wizard.row_results_model import RowResultsModel
from kienan_awards.ui.dialogs.import_wizard.wizard_footer import WizardFooter
from kienan_awards.ui.figures import figure
from kienan_awards.ui.file_dialogs import save_file_name

__all__ = [
    "STEP_COLUMNS",
    "STEP_FILE",
    "STEP_RESULT",
    "STEP_ROWS",
    "ImportDialog",
    "RowResultsModel",
]

STEP_FILE, STEP_COLUMNS, STEP_ROWS, STEP_RESULT = range(4)


class ImportDialog(FittedDialog):
    imported = Signal(dict)  # the summary's counts
    changed = Signal(object)  # the ChangeSet of what the import wrote

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(_("Import a list from Excel or Word"))
        self.resize(980, 620)
        self._db_path = db.path
        self.sheets: list[Sheet] = []
        self.layouts: dict[str, SheetLayout] = {}
        self.plan: ImportPlan | None = None
        self.task: BackgroundTask | None = None
        self.record_choices = RecordChoices()

        self.file_step = FileStep(award_forms(db))
        self.file_step.set_proposals(proposals_to_answer(db))
        self.file_step.path_changed.connect(self._update_buttons)
        self.columns_step = ColumnsStep()
        self.columns_step.layout_changed.connect(self._forget_plan)
        self.check_step = CheckStep(db)
        self.check_step.save_errors_requested.connect(self.save_error_copy)
        self.check_step.record_chosen.connect(self.choose_record)
        self.result_step = ResultStep()
        self.steps = QStackedWidget()
        for step in (self.file_step, self.columns_step, self.check_step, self.result_step):
            self.steps.addWidget(step)
        # The steps' fields, named on the dialog too: callers and tests drive it by them.
        self.path_edit = self.file_step.path_edit
        self.kind_combo = self.file_step.kind_combo
        self.decision_edit = self.file_step.decision_edit
        self.date_edit = self.file_step.date_edit
        self.form_combo = self.file_step.form_combo
        self.skip_hidden_box = self.file_step.skip_hidden_box
        self.sheet_combo = self.columns_step.sheet_combo
        self.header_label = self.columns_step.header_label
        self.columns_table = self.columns_step.columns_table
        self.summary_label = self.check_step.summary_label
        self.rows_view = self.check_step.rows_view
        self.save_errors_button = self.check_step.save_errors_button

        self.footer = WizardFooter()
        self.message = self.footer.message
        self.progress = self.footer.progress
        self.back_button = self.footer.back_button
        self.next_button = self.footer.next_button
        self.import_button = self.footer.import_button
        self.cancel_button = self.footer.cancel_button
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.footer)
        self._show_step(STEP_FILE)

    # --- what the clerk is asked ----------------------------------------------------------
    def choose_errors_path(self) -> str:
        listed = Path(self.path_edit.text())
        tail = " - lỗi.xlsx"  # kept whole however long the list's own name
        stem = safe_file_name(listed.stem, max_bytes=180 - len(tail.encode()), fallback="ds")
        # Beside the list it copies, where the clerk will look for it.
        return save_file_name(
            self,
            _("Save the list with its errors"),
            stem + tail,
            _("Excel workbook (*.xlsx)"),
            listed.parent,
        )

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        QMessageBox.warning(self, _("Import"), text)

    # --- what the steps hold --------------------------------------------------------------
    def options(self) -> ImportOptions:
        options = self.file_step.options(self.layouts)
        options.choices = dict(self.record_choices.chosen)
        return options

    def choose_record(self, key: tuple, record_id: int) -> None:
        """The clerk's record for a row whose name fits several: the rows are checked again."""
        if self.task is not None:
            return
        self.record_choices.choose(key, record_id)
        self._check_rows()

    def set_column_field(self, sheet_name: str, column: int, field: str | None) -> None:
        self.columns_step.set_column_field(sheet_name, column, field)

    def _forget_plan(self) -> None:
        self.plan = None

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
            ngettext(
                "{count} row with errors marked in {path}",
                "{count} rows with errors marked in {path}",
                count,
            ).format(count=figure(count), path=path)
        )

    # --- moving between steps ----------------------------------------------------------
    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.steps.currentIndex()
        checked = self.plan is not None and not self.plan.errors
        self.footer.enable(
            back=step > STEP_FILE,
            next_step=step < STEP_ROWS,
            import_=step == STEP_ROWS and checked,
            busy=self.task is not None,
            next_waits=self.file_step.why_not_next() if step == STEP_FILE else None,
        )
        self.check_step.set_busy(self.task is not None)

    def go_back(self) -> None:
        step = self.steps.currentIndex()
        # From what was imported, back is to the start: the next list.
        self._show_step(STEP_FILE if step == STEP_RESULT else max(STEP_FILE, step - 1))

    def go_next(self) -> None:
        step = self.steps.currentIndex()
        if step == STEP_FILE:
            self._read_file()
        elif step == STEP_COLUMNS:
            self._check_rows()

    def _read_file(self) -> None:
        if not self.file_step.path():
            self.show_problem(_("Choose the spreadsheet to import first."))
            return
        path = Path(self.file_step.path())
        work = import_work.reading(path, self.file_step.list_kind())
        self._run(work, _("Reading {name}...").format(name=path.name), self._file_read)

    def _file_read(self, result) -> None:
        self.sheets, self.layouts = result
        self.plan = None
        self.record_choices.for_file(Path(self.file_step.path()), self.file_step.list_kind())
        self.columns_step.show_sheets(self.sheets, self.layouts, self.file_step.list_kind())
        self.message.setText(_("Check how each column is read, then go on."))
        self._show_step(STEP_COLUMNS)

    def _check_rows(self) -> None:
        path = Path(self.file_step.path())
        work = import_work.checking(self._db_path, path, self.options(), self.sheets)
        self._run(work, _("Checking every row..."), self._rows_checked)

    def _rows_checked(self, plan: ImportPlan) -> None:
        self.message.setText("")
        self.plan = plan
        self.record_choices.keep_rows_of(plan)
        self._show_step(STEP_ROWS)  # first: the summary is wrapped at the step's own width
        self.check_step.show_plan(plan)

    def start_import(self) -> None:
        plan = self.plan
        if plan is None or plan.errors:
            return
        work = import_work.importing(self._db_path, plan)
        self._run(work, _("Importing..."), lambda summary: self._imported(plan, summary))

    def _imported(self, plan: ImportPlan, summary: ImportSummary) -> None:
        self.plan = None
        self.record_choices.clear()
        self.message.setText("")
        self.result_step.show_result(plan, summary)
        self._show_step(STEP_RESULT)
        self.imported.emit(dict(summary))
        self.changed.emit(summary.changes)

    # --- background work ---------------------------------------------------------------
    def _run(self, work, message: str, on_success) -> None:
        self.footer.started(message)
        self.task = BackgroundTask(work, self)
        self.task.progressed.connect(self.footer.progressed)
        self.task.succeeded.connect(on_success)
        self.task.failed.connect(self.show_problem)
        self.task.finished.connect(self._task_finished)
        self._update_buttons()
        self.task.start()

    def _task_finished(self) -> None:
        self.task = None
        self.footer.finished()
        self._update_buttons()

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
