"""PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every QPainter.setFont();
a few thousand calls aborted the process. Certificates and reports call it constantly."""

import sys

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QImage, QPainter

from kienan_awards.printing.fonts import DOCUMENT_FAMILY


def test_painting_many_text_runs_with_set_font_keeps_none_alive():
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    painter = QPainter(image)
    for run in range(5000):
        painter.setFont(QFont(DOCUMENT_FAMILY, 8 + run % 20))
        painter.drawText(QRectF(0, 0, 400, 300), 0, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    painter.end()
    assert sys.getrefcount(None) >= before
