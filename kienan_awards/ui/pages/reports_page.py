"""Reports: the year's summary, the multi-year picture, a movement's results and the honour
list, shown with their charts as they will print, and saved as PDF or Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
)

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.documents.report_counts import every_year
from kienan_awards.core.documents.report_workbook import write_report_workbook
from kienan_awards.core.documents.reports import Report, build_report
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.movements.movement_plans import list_movements
from kienan_awards.core.records.award_details import latest_award_year
from kienan_awards.printing.report_document import report_document
from kienan_awards.printing.report_pages import print_report, write_report_pdf
from kienan_awards.ui.file_dialogs import save_file_name
from kienan_awards.ui.pages.window_page import WindowPage

_FIRST_YEAR, _LAST_YEAR = 1990, 2100


class ReportsPage(WindowPage):
    shows = frozenset(
        {
            RecordKind.AWARDS,
            RecordKind.DECISIONS,
            RecordKind.PEOPLE,
            RecordKind.UNITS,
            RecordKind.MOVEMENTS,
            RecordKind.CATALOGUE,
        }
    )

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("reports_page")
        self._db = db
        self.report: Report | None = None
        self.heading = QLabel(_("Reports"))
        self.heading.setObjectName("page_heading")

        self.kind_choice = QComboBox()
        self.kind_choice.setObjectName("report_kind")
        for kind, title in (
            ("annual", _("Annual summary")),
            ("multi-year", _("Several years")),
            ("movement", _("Emulation movement")),
            ("honour-list", _("Honour list")),
        ):
            self.kind_choice.addItem(title, kind)
        self.year_box = self._year_box("report_year")
        self.to_year_box = self._year_box("report_to_year")
        self.to_label = QLabel(_("to"))
        self.movement_choice = QComboBox()
        self.movement_choice.setObjectName("report_movement")
        self.movement_choice.setMinimumContentsLength(24)
        self.movement_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.print_button = QPushButton(_("Print..."))
        self.print_button.clicked.connect(lambda: self.print_document())
        self.pdf_button = QPushButton(_("Save as PDF..."))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.excel_button = QPushButton(_("Save as Excel..."))
        self.excel_button.clicked.connect(lambda: self.save("xlsx"))
        controls = QHBoxLayout()
        controls.addWidget(self.kind_choice)
        controls.addWidget(QLabel(_("Year")))
        controls.addWidget(self.year_box)
        controls.addWidget(self.to_label)
        controls.addWidget(self.to_year_box)
        controls.addWidget(self.movement_choice, 1)
        controls.addStretch()
        for button in (self.print_button, self.pdf_button, self.excel_button):
            controls.addWidget(button)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("report_problem")
        self.problem_label.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setObjectName("report_view")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(controls)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.view, 1)

        latest = self._latest_year()
        self.year_box.setValue(latest)
        self.to_year_box.setValue(latest)
        self._single_year: int | None = None  # while the multi-year report shows: the year before
        # Connected first, so the report is made with the years its kind opens on.
        self.kind_choice.currentIndexChanged.connect(self._years_for_kind)
        self.kind_choice.currentIndexChanged.connect(self.show_report)
        self.year_box.valueChanged.connect(self.show_report)
        self.to_year_box.valueChanged.connect(self.show_report)
        self.movement_choice.currentIndexChanged.connect(self.show_report)
        self.refresh()

    def _year_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(_FIRST_YEAR, _LAST_YEAR)
        return box

    def _years_for_kind(self) -> None:
        """The multi-year report opens on every year on record; back on one year's report,
        the year chosen before comes back."""
        several = self.kind() == "multi-year"
        if several == (self._single_year is not None):
            return
        for box in (self.year_box, self.to_year_box):
            box.blockSignals(True)
        if several:
            self._single_year = self.year_box.value()
            first, last = every_year(self._db, None, None)
            self.year_box.setValue(first)
            self.to_year_box.setValue(last)
        else:
            self.year_box.setValue(self._single_year)
            self._single_year = None
        for box in (self.year_box, self.to_year_box):
            box.blockSignals(False)

    def _latest_year(self) -> int:
        return latest_award_year(self._db) or dt.date.today().year

    def _fill_movements(self) -> None:
        chosen = self.movement_choice.currentData()
        self.movement_choice.blockSignals(True)
        self.movement_choice.clear()
        self.movement_choice.addItem(_("Every movement of the year"), None)
        for movement in list_movements(self._db):  # the newest first
            self.movement_choice.addItem(movement.name, movement.id)
        self.movement_choice.setCurrentIndex(max(0, self.movement_choice.findData(chosen)))
        self.movement_choice.blockSignals(False)

    def kind(self) -> str:
        return self.kind_choice.currentData()

    def show_report(self) -> Report | None:
        """Compute the chosen report and show it; on a report that cannot be made, say why."""
        kind = self.kind()
        self.to_label.setVisible(kind == "multi-year")
        self.to_year_box.setVisible(kind == "multi-year")
        self.movement_choice.setVisible(kind == "movement")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = build_report(
                self._db,
                kind,
                self.year_box.value(),
                self.to_year_box.value() if kind == "multi-year" else None,
                self.movement_choice.currentData() if kind == "movement" else None,
            )
        except KienanError as error:
            self.report = None
            self.problem_label.setText(shown(error))
            self.view.clear()
        else:
            self.problem_label.clear()
            self.view.setDocument(report_document(self.report, chart_width=900))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.problem_label.setVisible(self.report is None)
        for button in (self.print_button, self.pdf_button, self.excel_button):
            button.setEnabled(self.report is not None)
        return self.report

    def refresh(self) -> None:
        self._fill_movements()
        self.show_report()

    # --- out of the window -----------------------------------------------------------------
    def default_file_name(self, suffix: str) -> str:
        years = (
            f"{self.year_box.value()}-{self.to_year_box.value()}"
            if self.kind() == "multi-year"
            else str(self.year_box.value())
        )
        return f"{self.kind()}-{years}.{suffix}"

    def choose_path(self, suffix: str) -> str:
        """Ask where to save; an empty string when the clerk cancels."""
        kinds = {
            "pdf": _("PDF documents (*.pdf)"),
            "xlsx": _("Excel workbooks (*.xlsx)"),
        }
        return save_file_name(
            self, _("Save the report"), self.default_file_name(suffix), kinds[suffix]
        )

    def show_warning(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def save(self, suffix: str) -> Path | None:
        """Save the report shown as PDF or Excel where the clerk chooses; None when cancelled
        or refused (a dialog says why)."""
        if self.report is None:
            return None
        chosen = self.choose_path(suffix)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{suffix}":
            path = path.with_name(f"{path.name}.{suffix}")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if suffix == "pdf":
                write_report_pdf(self.report, path)
            else:
                write_report_workbook(self.report, path)
        except KienanError as error:
            self.show_warning(_("Report not saved"), shown(error))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.problem_label.setText(_("Saved to {file}").format(file=path))
        self.problem_label.setVisible(True)
        return path

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print the report shown (the window's Ctrl+P comes here on this page)."""
        if self.report is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
                return False
        print_report(self.report, printer)
        return True
