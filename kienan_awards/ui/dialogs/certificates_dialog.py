"""Certificates of a decision: preview exactly what will print, choose the mode (plain paper
or pre-printed stock), paper and the printer's calibration profile, then print or export.
Also prints the calibration sheet and keeps the profiles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.documents.certificate_layout import PAGE_SIZES_MM, template_for
from kienan_awards.core.documents.certificates import certificate_with_qr
from kienan_awards.printing import certificate_printing as out
from kienan_awards.printing.certificate_renderer import (
    Calibration,
    draw_calibration_sheet,
)
from kienan_awards.ui.certificate_preview import preview_painting
from kienan_awards.ui.chart_widget import ChartWidget
from kienan_awards.ui.user_errors import run_reporting


class CertificatesDialog(QDialog):
    printed = Signal()

    def __init__(self, db, award_ids: list[int], title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Certificates — {title}").format(title=title))
        self.resize(1200, 720)
        self._db = db
        self.award_list = QListWidget()
        self.award_list.setObjectName("certificate_awards")
        for award_id in award_ids:
            data, _code, _qr = certificate_with_qr(db, award_id)
            printed = out.copies_printed(db, award_id)
            mark = self.tr(" (printed {n}x)").format(n=printed) if printed else ""
            item = QListWidgetItem(f"{data.register_number or ''}. {data.recipient_name}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, award_id)
            item.setCheckState(Qt.CheckState.Checked)
            self.award_list.addItem(item)
        self.award_list.currentRowChanged.connect(lambda _row: self.update_preview())
        self.preview = ChartWidget()
        self.preview.setObjectName("certificate_preview")
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Full, on plain paper"), "full")
        self.mode.addItem(self.tr("Variable text only, on pre-printed stock"), "preprinted")
        self.paper = QComboBox()
        for paper in PAGE_SIZES_MM:
            self.paper.addItem(paper, paper)
        self.profile = QComboBox()
        self.reissue_reason = QLineEdit()
        self.reissue_reason.setPlaceholderText(
            self.tr("needed when a certificate is printed again")
        )
        for combo in (self.mode, self.paper, self.profile):
            combo.currentIndexChanged.connect(lambda _i: self.update_preview())
        options = QFormLayout()
        options.addRow(self.tr("Mode"), self.mode)
        options.addRow(self.tr("Paper"), self.paper)
        options.addRow(self.tr("Printer profile"), self.profile)
        options.addRow(self.tr("Reason for a reissue"), self.reissue_reason)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Print..."), self.print_to_printer),
            (self.tr("Save as one PDF..."), lambda: self.export("pdf")),
            (self.tr("Save as PDFs in a ZIP..."), lambda: self.export("zip")),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.award_list, 1)
        left_layout.addLayout(options)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self._calibration_box())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        self._fill_profiles()
        if self.award_list.count():
            self.award_list.setCurrentRow(0)

    # --- calibration -------------------------------------------------------------------------
    def _calibration_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Calibration of a printer and stock"))
        form = QFormLayout(box)
        self.profile_name = QLineEdit()
        self.offset_x = QDoubleSpinBox()
        self.offset_y = QDoubleSpinBox()
        for spin in (self.offset_x, self.offset_y):
            spin.setRange(-50, 50)
            spin.setSingleStep(0.5)
            spin.setSuffix(" mm")
        self.scale = QDoubleSpinBox()
        self.scale.setRange(0.8, 1.2)
        self.scale.setDecimals(3)
        self.scale.setSingleStep(0.005)
        self.scale.setValue(1.0)
        sheet = QPushButton(self.tr("Calibration sheet (PDF)..."))
        sheet.clicked.connect(self.save_calibration_sheet)
        save = QPushButton(self.tr("Save profile"))
        save.clicked.connect(self.save_profile)
        form.addRow(self.tr("Profile name"), self.profile_name)
        form.addRow(self.tr("Shift right"), self.offset_x)
        form.addRow(self.tr("Shift down"), self.offset_y)
        form.addRow(self.tr("Scale"), self.scale)
        row = QHBoxLayout()
        row.addWidget(sheet)
        row.addWidget(save)
        form.addRow(row)
        return box

    def _fill_profiles(self) -> None:
        current = self.profile.currentData()
        self.profile.blockSignals(True)
        self.profile.clear()
        self.profile.addItem(self.tr("(none)"), None)
        for (name,) in self._db.execute("SELECT name FROM calibration_profiles ORDER BY name"):
            self.profile.addItem(name, name)
        self.profile.setCurrentIndex(max(0, self.profile.findData(current)))
        self.profile.blockSignals(False)

    def save_profile(self) -> bool:
        name = self.profile_name.text()
        if not self.run(
            lambda: out.save_calibration_profile(
                self._db, name, self.offset_x.value(), self.offset_y.value(), self.scale.value()
            )
        ):
            return False
        self._fill_profiles()
        self.profile.setCurrentIndex(self.profile.findData(name.strip()))
        return True

    def save_calibration_sheet(self, path: str | None = None) -> str | None:
        from PySide6.QtGui import QPdfWriter

        path = path or self.choose_path("pdf")
        if not path:
            return None
        paper = self.paper.currentData()
        writer = QPdfWriter(path)
        writer.setResolution(300)
        out._set_page(writer, paper)
        painter = QPainter()
        if not painter.begin(writer):
            self.show_problem(self.tr("Cannot write {path}").format(path=path))
            return None
        draw_calibration_sheet(painter, QRectF(painter.viewport()), PAGE_SIZES_MM[paper][0])
        painter.end()
        return path

    # --- preview and output ------------------------------------------------------------------
    def calibration(self) -> Calibration:
        return out.calibration_profile(self._db, self.profile.currentData())

    def chosen_ids(self) -> list[int]:
        return [
            self.award_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.award_list.count())
            if self.award_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def update_preview(self) -> None:
        item = self.award_list.currentItem()
        if item is None:
            self.preview.set_painting(None)
            return
        data, code, qr = certificate_with_qr(self._db, item.data(Qt.ItemDataRole.UserRole))
        template = template_for(data.form_code, data.recipient_kind, self._db).on_page(
            self.paper.currentData()
        )
        self.preview.set_painting(
            preview_painting(data, code, qr, template, self.mode.currentData(), self.calibration())
        )

    def choose_path(self, suffix: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save"), f"giay-khen.{suffix}", f"*.{suffix}"
        )
        if path and not path.lower().endswith("." + suffix):
            path += "." + suffix
        return path

    def _options(self) -> dict:
        return {
            "mode": self.mode.currentData(),
            "paper": self.paper.currentData(),
            "calibration": self.calibration(),
            "reissue_reason": self.reissue_reason.text().strip() or None,
        }

    def export(self, kind: str, path: str | None = None) -> bool:
        path = path or self.choose_path(kind)
        if not path:
            return False
        write = out.print_to_zip if kind == "zip" else out.print_to_pdf
        if self.run(lambda: write(self._db, self.chosen_ids(), Path(path), **self._options())):
            self.printed.emit()
            return True
        return False

    def print_to_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setCopyCount(1)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return
        if self.run(
            lambda: out.print_to_printer(
                self._db, self.chosen_ids(), printer.printerName(), **self._options()
            )
        ):
            self.printed.emit()

    def run(self, action) -> bool:
        return run_reporting(self, self.tr("Certificates"), action)

    def show_problem(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Certificates"), text)
