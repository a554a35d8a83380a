"""Certificates of a decision: preview exactly what will print, choose the mode (plain paper
or pre-printed stock), paper and the printer's calibration profile, then print or export.
Also prints the calibration sheet and keeps the profiles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.documents.certificate_layout import PAGE_SIZES_MM, template_for
from kienan_awards.core.documents.certificate_prints import (
    Calibration,
    calibration_profile,
    calibration_profile_names,
    copies_printed,
)
from kienan_awards.core.documents.certificates import certificate_with_qr
from kienan_awards.core.i18n import _
from kienan_awards.printing import certificate_printing as out
from kienan_awards.ui.certificate_preview import preview_painting
from kienan_awards.ui.chart_widget import ChartWidget
from kienan_awards.ui.dialogs.calibration_profile_box import CalibrationProfileBox
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog
from kienan_awards.ui.file_dialogs import save_file_name
from kienan_awards.ui.user_errors import run_reporting


class CertificatesDialog(FittedDialog):
    # After a print run or a saved profile: the door's ChangeSet.
    changed = Signal(object)

    def __init__(self, db, award_ids: list[int], title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Certificates — {title}").format(title=title))
        self.resize(1200, 720)
        self._db = db
        self.award_list = QListWidget()
        self.award_list.setObjectName("certificate_awards")
        for award_id in award_ids:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, award_id)
            item.setCheckState(Qt.CheckState.Checked)
            self.award_list.addItem(item)
        self._label_awards()
        self.award_list.currentRowChanged.connect(lambda _row: self.update_preview())
        self.preview = ChartWidget()
        self.preview.setObjectName("certificate_preview")
        self.mode = QComboBox()
        self.mode.addItem(_("Full, on plain paper"), "full")
        self.mode.addItem(_("Variable text only, on pre-printed stock"), "preprinted")
        self.paper = QComboBox()
        for paper in PAGE_SIZES_MM:
            self.paper.addItem(paper, paper)
        self.profile = QComboBox()
        self.reissue_reason = QLineEdit()
        self.reissue_reason.setPlaceholderText(_("needed when a certificate is printed again"))
        for combo in (self.mode, self.paper, self.profile):
            combo.currentIndexChanged.connect(lambda _i: self.update_preview())
        options = QFormLayout()
        options.addRow(_("Mode"), self.mode)
        options.addRow(_("Paper"), self.paper)
        options.addRow(_("Printer profile"), self.profile)
        options.addRow(_("Reason for a reissue"), self.reissue_reason)
        buttons = QHBoxLayout()
        for text, slot in (
            (_("Print..."), self.print_to_printer),
            (_("Save as one PDF..."), lambda: self.export("pdf")),
            (_("Save as PDFs in a ZIP..."), lambda: self.export("zip")),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.calibration_box = CalibrationProfileBox(
            db, lambda: self.paper.currentData(), self.choose_path
        )
        self.calibration_box.saved.connect(self._profile_saved)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.award_list, 1)
        left_layout.addLayout(options)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.calibration_box)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        self._fill_profiles()
        if self.award_list.count():
            self.award_list.setCurrentRow(0)

    def _label_awards(self) -> None:
        """Each award by register number and recipient, with how often it was printed."""
        for row in range(self.award_list.count()):
            item = self.award_list.item(row)
            award_id = item.data(Qt.ItemDataRole.UserRole)
            data, _code, _qr = certificate_with_qr(self._db, award_id)
            printed = copies_printed(self._db, award_id)
            mark = _(" (printed {n}x)").format(n=printed) if printed else ""
            item.setText(f"{data.register_number or ''}. {data.recipient_name}{mark}")

    def _fill_profiles(self) -> None:
        current = self.profile.currentData()
        self.profile.blockSignals(True)
        self.profile.clear()
        self.profile.addItem(_("(none)"), None)
        for name in calibration_profile_names(self._db):
            self.profile.addItem(name, name)
        self.profile.setCurrentIndex(max(0, self.profile.findData(current)))
        self.profile.blockSignals(False)

    def _profile_saved(self, name: str, changes) -> None:
        self._fill_profiles()
        self.profile.setCurrentIndex(self.profile.findData(name))
        self.changed.emit(changes)

    # --- preview and output ------------------------------------------------------------------
    def calibration(self) -> Calibration:
        return calibration_profile(self._db, self.profile.currentData())

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
        path = save_file_name(self, _("Save"), f"giay-khen.{suffix}", f"*.{suffix}")
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
        return self._print_run(
            lambda: write(self._db, self.chosen_ids(), Path(path), **self._options())
        )

    def print_to_printer(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setCopyCount(1)
        if QPrintDialog(printer, self).exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return self._print_run(
            lambda: out.print_to_printer(self._db, self.chosen_ids(), printer, **self._options())
        )

    def _print_run(self, run) -> bool:
        """Run a print job; after it, the list shows the new copies and the window learns."""
        changes = []
        if not run_reporting(self, _("Certificates"), lambda: changes.append(run())):
            return False
        self._label_awards()
        self.changed.emit(changes[0])
        return True
