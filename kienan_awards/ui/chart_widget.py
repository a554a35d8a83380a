"""A chart on screen: one painting function of printing/charts.py, drawn on a widget."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class ChartWidget(QWidget):
    """Shows one painting function; the same function renders it to PNG or PDF."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._paint: Callable[[QPainter, QRectF], None] | None = None

    def set_painting(self, paint: Callable[[QPainter, QRectF], None] | None) -> None:
        self._paint = paint
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        if self._paint is not None:
            self._paint(painter, QRectF(self.rect()))
        painter.end()
