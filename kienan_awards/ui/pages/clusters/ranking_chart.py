"""The cluster-year's totals as horizontal bars in rank order: the leading members' bars in
their own colour, a member that failed a must-criterion hatched in red with the criteria
named, each total written at the end of its bar the window's way (78,43 in Vietnamese)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from kienan_awards.core.i18n import _
from kienan_awards.ui.pages.clusters.scoring_marks import points_text

OTHER_BRUSH = QBrush(QColor("#2f5d8a"))
LEADING_BRUSH = QBrush(QColor("#d98e04"))
FAILED_COLOUR = QColor("#b00020")
INK = QColor("#222222")
RULE = QColor("#bbbbbb")


@dataclass(frozen=True)
class RankBar:
    rank: int
    name: str
    total: Decimal
    leads: bool
    musts_failed: tuple[str, ...] = ()


def scale_steps(largest: float) -> tuple[float, int]:
    """A round step for the scale and how many of them reach past the largest: 25 and 5 for
    a largest total of 102,88."""
    if largest <= 0:
        return 1.0, 1
    raw = largest / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return step, max(math.ceil(largest / step), 1)


def _legend(painter: QPainter, rect: QRectF) -> float:
    x, y = rect.left() + 8, rect.top() + 6
    for brush, words in (
        (LEADING_BRUSH, _("leading")),
        (OTHER_BRUSH, _("other members")),
        (QBrush(FAILED_COLOUR, Qt.BrushStyle.BDiagPattern), _("failed a must-criterion")),
    ):
        width = 19 + painter.fontMetrics().horizontalAdvance(words)
        if x > rect.left() + 8 and x + width > rect.right():
            x, y = rect.left() + 8, y + 18  # on a line of its own where the chart is narrow
        painter.setPen(QPen(INK, 0.6))
        painter.setBrush(brush)
        painter.drawRect(QRectF(x, y + 2, 14, 10))
        painter.drawText(QPointF(x + 19, y + 11), words)
        x += width + 18
    return y + 22


def paint_ranking(painter: QPainter, rect: QRectF, bars: list[RankBar]) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, Qt.GlobalColor.white)
    painter.setPen(INK)
    if not bars:
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "—")
        painter.restore()
        return
    metrics = painter.fontMetrics()
    top_y = _legend(painter, rect)
    names = [f"{bar.rank}. {bar.name}" for bar in bars]
    label_width = min(max(metrics.horizontalAdvance(name) for name in names) + 12, rect.width() / 3)
    ends = [points_text(bar.total) + _failed_note(bar) for bar in bars]
    end_width = max(metrics.horizontalAdvance(text) for text in ends) + 10
    plot = QRectF(
        rect.left() + label_width,
        top_y,
        max(rect.width() - label_width - end_width - 8, 40),
        rect.bottom() - top_y - metrics.height() - 8,
    )
    step, steps = scale_steps(max(float(bar.total) for bar in bars))
    top = step * steps
    for place in range(steps + 1):
        x = plot.left() + plot.width() * place / steps
        painter.setPen(QPen(RULE, 0.6))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(INK)
        painter.drawText(
            QRectF(x - 40, plot.bottom() + 2, 80, metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            points_text(Decimal(str(step * place))),
        )
    slot = plot.height() / len(bars)
    thickness = min(slot * 0.62, 30)
    for place, bar in enumerate(bars):
        middle = plot.top() + slot * (place + 0.5)
        painter.setPen(INK)
        painter.drawText(
            QRectF(rect.left(), middle - slot / 2, label_width - 8, slot),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(names[place], Qt.TextElideMode.ElideRight, int(label_width - 8)),
        )
        length = plot.width() * max(float(bar.total), 0.0) / top
        shape = QRectF(plot.left(), middle - thickness / 2, length, thickness)
        painter.setPen(QPen(INK, 0.6))
        painter.setBrush(LEADING_BRUSH if bar.leads else OTHER_BRUSH)
        painter.drawRect(shape)
        if bar.musts_failed:
            painter.setBrush(QBrush(FAILED_COLOUR, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(shape)
        painter.setPen(FAILED_COLOUR if bar.musts_failed else INK)
        painter.drawText(
            QRectF(shape.right() + 5, middle - slot / 2, end_width + 8, slot),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            ends[place],
        )
    painter.setPen(QPen(INK, 1))
    painter.drawLine(plot.topLeft(), plot.bottomLeft())
    painter.restore()


def _failed_note(bar: RankBar) -> str:
    if not bar.musts_failed:
        return ""
    return "  " + _("failed {numbers}").format(numbers=", ".join(bar.musts_failed))
