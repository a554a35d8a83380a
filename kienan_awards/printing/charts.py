"""Charts painted by the program with QPainter: plan against actual per unit, a target's
progress through the year, and the reports' bars and trend lines. Series differ by pattern as
well as by shade, and every bar carries its figure, so a black-and-white print reads as well as
the screen.

The painting functions draw on any QPaintDevice (widget, image, PDF), so the window
(ui/chart_widget.py), the command line's reports and the saved files share them. The saved
files and the window paint through a LabelPainter (printing/chart_labels.py), which moves a
figure off any text it would cover.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from kienan_awards.core.documents.reports import Chart as ReportChart
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _
from kienan_awards.core.output_files import output_file
from kienan_awards.core.text import format_decimal
from kienan_awards.core.vocabulary import ACTUAL, PLAN
from kienan_awards.printing.chart_labels import LabelPainter
from kienan_awards.printing.fonts import INTERFACE_FAMILY

PLAN_BRUSH = QBrush(QColor("#4a4a4a"), Qt.BrushStyle.BDiagPattern)
ACTUAL_BRUSH = QBrush(QColor("#2f5d8a"))
INK = QColor("#222222")


@dataclass(frozen=True)
class BarGroup:
    label: str
    plan: Decimal | None
    actual: Decimal | None


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(INTERFACE_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _nice_top(value: Decimal) -> float:
    top = float(value) or 1.0
    magnitude = 10 ** (len(str(int(top))) - 1)
    return (int(top / magnitude) + 1) * magnitude


def _paint_grid(painter: QPainter, plot: QRectF, top: float, label_width: float) -> None:
    """Five light rules across the plot with their values on the left."""
    painter.setPen(QPen(QColor("#999999"), 0.5))
    for step in range(5):
        y = plot.bottom() - plot.height() * step / 4
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.drawText(
            QRectF(plot.left() - label_width - 4, y - 7, label_width, 14),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _figure(top * step / 4),
        )


def _begin_chart(painter: QPainter, rect: QRectF, title: str, title_size: float) -> None:
    """White ground and the title across the top; the caller restores the painter."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, Qt.GlobalColor.white)
    painter.setPen(INK)
    painter.setFont(_font(title_size, bold=True))
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), 24), Qt.AlignmentFlag.AlignCenter, title
    )


def paint_bars(
    painter: QPainter, rect: QRectF, title: str, groups: list[BarGroup], measure: str
) -> None:
    """Plan (hatched) beside actual (solid) for each unit, with the actual's figure above."""
    _begin_chart(painter, rect, title, 10)
    painter.setFont(_font(8))
    legend_y = rect.top() + 26
    for offset, (brush, text) in enumerate(
        ((PLAN_BRUSH, f"{PLAN} / Plan"), (ACTUAL_BRUSH, f"{ACTUAL} / Actual"))
    ):
        x = rect.left() + 10 + offset * 150
        painter.setBrush(brush)
        painter.drawRect(QRectF(x, legend_y, 14, 10))
        painter.drawText(QPointF(x + 18, legend_y + 9), text)
    # Room on the right and below for the slanted unit names.
    plot = QRectF(rect.left() + 50, rect.top() + 52, rect.width() - 130, rect.height() - 140)
    values = [v for g in groups for v in (g.plan, g.actual) if v is not None]
    if not groups or not values:
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "—")
        painter.restore()
        return
    top = _nice_top(max(values))
    _paint_grid(painter, plot, top, label_width=46)
    painter.drawText(QPointF(rect.left() + 320, legend_y + 9), measure)
    slot = plot.width() / len(groups)
    bar = min(slot * 0.35, 40)
    for index, group in enumerate(groups):
        left = plot.left() + slot * index + (slot - 2 * bar) / 2
        for offset, (value, brush) in enumerate(
            ((group.plan, PLAN_BRUSH), (group.actual, ACTUAL_BRUSH))
        ):
            if value is None:
                continue
            height = plot.height() * float(value) / top
            bar_rect = QRectF(left + offset * bar, plot.bottom() - height, bar, height)
            painter.setPen(QPen(INK, 0.8))
            painter.setBrush(brush)
            painter.drawRect(bar_rect)
            if offset == 1:
                painter.drawText(
                    QRectF(bar_rect.left() - 20, bar_rect.top() - 14, bar + 40, 12),
                    Qt.AlignmentFlag.AlignCenter,
                    format_decimal(str(value)),
                )
        painter.save()
        painter.translate(plot.left() + slot * (index + 0.5), plot.bottom() + 6)
        painter.rotate(30)
        painter.drawText(QPointF(0, 8), group.label)
        painter.restore()
    painter.setPen(QPen(INK, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.restore()


def paint_progress(
    painter: QPainter,
    rect: QRectF,
    title: str,
    points: list[tuple[dt.date, Decimal]],
    plan: Decimal | None,
    period: tuple[dt.date, dt.date] | None,
    measure: str,
) -> None:
    """The reported figures through the period as a line with marked points; the plan as a
    dashed line (for amounts that accumulate, the straight line from zero to the plan)."""
    _begin_chart(painter, rect, title, 10)
    painter.setFont(_font(8))
    plot = QRectF(rect.left() + 60, rect.top() + 36, rect.width() - 80, rect.height() - 70)
    if not points or period is None:
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "—")
        painter.restore()
        return
    start, end = period
    span = max((end - start).days, 1)
    top = _nice_top(max([p[1] for p in points] + ([plan] if plan is not None else [])))

    def at(day: dt.date, value: float) -> QPointF:
        return QPointF(
            plot.left() + plot.width() * (day - start).days / span,
            plot.bottom() - plot.height() * value / top,
        )

    _paint_grid(painter, plot, top, label_width=56)
    painter.drawText(QPointF(rect.left() + 60, rect.top() + 30), measure)
    if plan is not None:
        painter.setPen(QPen(INK, 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(at(start, 0), at(end, float(plan)))
        # Ending short of the last point's ring, whatever the words' length in the window.
        plan_end = at(end, float(plan))
        painter.drawText(
            QRectF(plan_end.x() - 208, plan_end.y() - 20, 200, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            f"KH {format_decimal(str(plan))}",
        )
    painter.setPen(QPen(INK, 2))
    previous = None
    for day, value in points:
        point = at(day, float(value))
        if previous is not None:
            painter.drawLine(previous, point)
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawEllipse(point, 4, 4)
        painter.drawText(point + QPointF(-20, -8), format_decimal(str(value)))
        painter.drawText(QPointF(point.x() - 16, plot.bottom() + 16), day.strftime("%d/%m"))
        previous = point
    painter.setPen(QPen(INK, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.restore()


def save_png(paintings: list[Callable], path: Path | str, size: QSize | None = None) -> bool:
    """The charts side by side in one picture."""
    size = size or QSize(1600, 700)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = LabelPainter(image)
    width = size.width() / max(len(paintings), 1)
    for index, paint in enumerate(paintings):
        chart = QRectF(index * width, 0, width, size.height())
        painter.new_chart(chart)
        paint(painter, chart)
    painter.end()
    try:
        with output_file(path) as draft:  # atomic and owner-only, as every file out
            if not image.save(str(draft), "PNG"):
                raise OSError("the picture could not be written")  # the draft goes
    except (OSError, KienanError):
        return False
    return True


def save_pdf(paintings: list[Callable], path: Path | str) -> None:
    """One chart a page, A4 landscape, written as every file out is (atomic, owner-only)."""
    with output_file(path) as draft:
        writer = QPdfWriter(str(draft))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setResolution(150)
        painter = LabelPainter()
        if not painter.begin(writer):
            raise KienanError(_("cannot write {path}").format(path=path))
        for index, paint in enumerate(paintings):
            if index:
                writer.newPage()
            chart = QRectF(painter.viewport())
            painter.new_chart(chart)
            paint(painter, chart)
        painter.end()
        del writer  # closes the draft, so it can be put in place


# Series told apart by pattern as well as shade, for black-and-white prints.
SERIES_BRUSHES = (
    QBrush(QColor("#2f5d8a")),
    QBrush(QColor("#4a4a4a"), Qt.BrushStyle.BDiagPattern),
    QBrush(QColor("#9bb7d4")),
    QBrush(QColor("#4a4a4a"), Qt.BrushStyle.CrossPattern),
)
SERIES_PENS = (
    QPen(QColor("#1f3d5c"), 2.4),
    QPen(QColor("#4a4a4a"), 2, Qt.PenStyle.DashLine),
    QPen(QColor("#6f93b8"), 2, Qt.PenStyle.DotLine),
    QPen(QColor("#222222"), 1.6, Qt.PenStyle.DashDotLine),
)


def paint_report_chart(painter: QPainter, rect: QRectF, chart: ReportChart) -> None:
    """A report's chart: grouped bars a category, or a line a series over the years; each
    bar or point carries its figure."""
    _begin_chart(painter, rect, chart.title, 11)
    painter.setFont(_font(9))
    for index, series in enumerate(chart.series):
        x = rect.left() + 10 + index * 190
        y = rect.top() + 28
        if chart.kind == "bars":
            painter.setPen(QPen(INK, 0.8))
            painter.setBrush(SERIES_BRUSHES[index % len(SERIES_BRUSHES)])
            painter.drawRect(QRectF(x, y, 14, 10))
        else:
            painter.setPen(SERIES_PENS[index % len(SERIES_PENS)])
            painter.drawLine(QPointF(x, y + 5), QPointF(x + 16, y + 5))
        painter.setPen(INK)
        painter.drawText(QPointF(x + 20, y + 9), series.name)
    slanted = chart.kind == "bars" and any(len(c) > 12 for c in chart.categories)
    # Slanted names need room below and, for the last one, on the right.
    bottom_room, right_room = (120, 150) if slanted else (40, 30)
    plot = QRectF(
        rect.left() + 56,
        rect.top() + 52,
        rect.width() - 56 - right_room,
        rect.height() - 52 - bottom_room,
    )
    values = [v for s in chart.series for v in s.values]
    if not chart.categories or not values or max(values) <= 0:
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "—")
        painter.restore()
        return
    top = _round_top(max(values))
    _paint_grid(painter, plot, top, label_width=50)
    slot = plot.width() / len(chart.categories)
    if chart.kind == "bars":
        _paint_grouped_bars(painter, plot, chart, slot, top)
    else:
        _paint_lines(painter, plot, chart, slot, top)
    for index, category in enumerate(chart.categories):
        centre = plot.left() + slot * (index + 0.5)
        painter.setPen(INK)
        if slanted:
            painter.save()
            painter.translate(centre, plot.bottom() + 6)
            painter.rotate(25)
            painter.drawText(QPointF(0, 8), category)
            painter.restore()
        else:
            painter.drawText(
                QRectF(centre - slot / 2, plot.bottom() + 4, slot, 16),
                Qt.AlignmentFlag.AlignCenter,
                category,
            )
    painter.setPen(QPen(INK, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.restore()


def _round_top(largest: float) -> float:
    """The smallest top at or above largest whose four steps are round (1, 2, 2.5 or 5 x 10^n)."""
    step = largest / 4
    magnitude = 10 ** math.floor(math.log10(step)) if step > 0 else 1
    factor = next(f for f in (1, 2, 2.5, 5, 10) if f * magnitude >= step)
    return 4 * factor * magnitude


def _figure(value: float) -> str:
    """A chart's figure: whole when it is, else to one decimal (Vietnamese separators)."""
    value = round(float(value), 1)
    return format_decimal(str(int(value) if value.is_integer() else value))


def _paint_grouped_bars(painter, plot: QRectF, chart: ReportChart, slot: float, top: float):
    count = len(chart.series)
    bar = min(slot * 0.8 / count, 42)
    for index in range(len(chart.categories)):
        left = plot.left() + slot * index + (slot - bar * count) / 2
        for offset, series in enumerate(chart.series):
            value = series.values[index]
            height = plot.height() * value / top
            bar_rect = QRectF(left + offset * bar, plot.bottom() - height, bar, height)
            painter.setPen(QPen(INK, 0.8))
            painter.setBrush(SERIES_BRUSHES[offset % len(SERIES_BRUSHES)])
            painter.drawRect(bar_rect)
            if value:
                painter.drawText(
                    QRectF(bar_rect.left() - 20, bar_rect.top() - 14, bar + 40, 12),
                    Qt.AlignmentFlag.AlignCenter,
                    _figure(value),
                )


def _paint_lines(painter, plot: QRectF, chart: ReportChart, slot: float, top: float):
    for offset, series in enumerate(chart.series):
        pen = SERIES_PENS[offset % len(SERIES_PENS)]
        points = [
            QPointF(plot.left() + slot * (i + 0.5), plot.bottom() - plot.height() * v / top)
            for i, v in enumerate(series.values)
        ]
        painter.setPen(pen)
        for start, end in zip(points, points[1:], strict=False):
            painter.drawLine(start, end)
        painter.setBrush(Qt.GlobalColor.white)
        for point, value in zip(points, series.values, strict=True):
            painter.setPen(QPen(pen.color(), 1.4))
            painter.drawEllipse(point, 3.5, 3.5)
            painter.setPen(INK)
            painter.drawText(point + QPointF(-14, -8), _figure(value))
