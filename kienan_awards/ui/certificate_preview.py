"""A certificate as the clerk sees it before printing: the page in its proportions on a grey
desk, drawn by the same render function as the printer."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from kienan_awards.core.documents.certificate_layout import CertificateTemplate
from kienan_awards.core.documents.certificate_prints import Calibration
from kienan_awards.core.documents.certificates import CertificateData
from kienan_awards.printing.certificate_renderer import render


def preview_painting(
    data: CertificateData,
    code: str,
    qr: str,
    template: CertificateTemplate,
    mode: str,
    calibration: Calibration | None = None,
):
    width_mm, height_mm = template.page_size_mm()

    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, Qt.GlobalColor.lightGray)
        scale = min(rect.width() / width_mm, rect.height() / height_mm) * 0.96
        page = QRectF(0, 0, width_mm * scale, height_mm * scale)
        page.moveCenter(rect.center())
        painter.fillRect(page, Qt.GlobalColor.white)
        render(painter, page, data, template, calibration, code=code, mode=mode, qr=qr)

    return paint
