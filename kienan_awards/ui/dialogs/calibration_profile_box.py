"""Calibration of a printer and stock: print the millimetre sheet on the stock, measure where
its lines fall, and keep the shift and scale as a named profile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
)

from kienan_awards.core.documents.certificate_prints import (
    OFFSET_LIMIT_MM,
    SCALE_LIMITS,
    save_calibration_profile,
)
from kienan_awards.core.i18n import _
from kienan_awards.printing.certificate_printing import write_calibration_sheet
from kienan_awards.ui.user_errors import run_reporting


class CalibrationProfileBox(QGroupBox):
    # The profile's name and the ChangeSet of saving it.
    saved = Signal(str, object)

    def __init__(
        self, db, paper: Callable[[], str], choose_path: Callable[[str], str], parent=None
    ):
        super().__init__(parent)
        self.setTitle(_("Calibration of a printer and stock"))
        self._db = db
        self._paper = paper
        self._choose_path = choose_path
        self.profile_name = QLineEdit()
        self.offset_x = QDoubleSpinBox()
        self.offset_y = QDoubleSpinBox()
        for spin in (self.offset_x, self.offset_y):
            spin.setRange(-OFFSET_LIMIT_MM, OFFSET_LIMIT_MM)
            spin.setSingleStep(0.5)
            spin.setSuffix(" mm")
        self.scale = QDoubleSpinBox()
        self.scale.setRange(*SCALE_LIMITS)
        self.scale.setDecimals(3)
        self.scale.setSingleStep(0.005)
        self.scale.setValue(1.0)
        sheet = QPushButton(_("Calibration sheet (PDF)..."))
        sheet.clicked.connect(lambda: self.save_calibration_sheet())
        save = QPushButton(_("Save profile"))
        save.clicked.connect(self.save_profile)
        form = QFormLayout(self)
        form.addRow(_("Profile name"), self.profile_name)
        form.addRow(_("Shift right"), self.offset_x)
        form.addRow(_("Shift down"), self.offset_y)
        form.addRow(_("Scale"), self.scale)
        row = QHBoxLayout()
        row.addWidget(sheet)
        row.addWidget(save)
        form.addRow(row)

    def save_profile(self) -> bool:
        name = self.profile_name.text()
        changes = []
        if not self._run(
            lambda: changes.append(
                save_calibration_profile(
                    self._db, name, self.offset_x.value(), self.offset_y.value(), self.scale.value()
                )
            )
        ):
            return False
        self.saved.emit(name.strip(), changes[0])
        return True

    def save_calibration_sheet(self, path: str | None = None) -> str | None:
        path = path or self._choose_path("pdf")
        if not path or not self._run(lambda: write_calibration_sheet(path, self._paper())):
            return None
        return path

    def _run(self, action) -> bool:
        return run_reporting(self, _("Certificates"), action)
