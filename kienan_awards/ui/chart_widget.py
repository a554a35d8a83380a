"""A chart on screen: one painting function of printing/charts.py, drawn on a widget. The
painting functions write as documents do (Vietnamese words and figures), since the same
function renders the saved PNG and PDF; a chart of the window's own (WindowChart) says its
words and figures in the window's language, and never writes a figure over another."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from kienan_awards.core.i18n import _
from kienan_awards.core.vocabulary import ACTUAL, PLAN, WHOLE_AREA
from kienan_awards.ui.figures import from_document

# The plan's figure at the end of its line: "KH 743.355".
_PLAN_FIGURE = re.compile(r"KH (\S+)")


def window_words(text: str) -> str:
    """A text the chart paints, in the window's language: its legend, the plan's figure, the
    whole area and every figure."""
    legend = {f"{PLAN} / Plan": _("Plan"), f"{ACTUAL} / Actual": _("Actual")}
    if text in legend:
        return legend[text]
    plan = _PLAN_FIGURE.fullmatch(text)
    if plan:
        return _("Plan {figure}").format(figure=from_document(plan.group(1)))
    return from_document(text).replace(WHOLE_AREA, _("Whole area"))


_LABEL_GAP = 1.0  # pixels kept between two texts moved apart


def clear_shift(box: QRectF, written: list[QRectF], bounds: QRectF) -> tuple[float, float]:
    """The least move (across, then up or down) that keeps the box within the bounds and takes
    it off every box written; (0, 0) when it is clear already. A figure at the chart's right
    edge comes in whole, and one that would cover a text goes just above or just below it."""
    across = min(0.0, bounds.right() - box.right())
    across = max(across, bounds.left() - box.left())
    box = box.translated(across, 0)
    if not any(box.intersects(other) for other in written):
        return across, 0.0
    moves = [other.top() - box.bottom() - _LABEL_GAP for other in written]
    moves += [other.bottom() - box.top() + _LABEL_GAP for other in written]
    for move in sorted(moves, key=lambda m: (abs(m), m > 0)):
        moved = box.translated(0, move)
        inside = moved.top() >= bounds.top() and moved.bottom() <= bounds.bottom()
        if inside and not any(moved.intersects(other) for other in written):
            return across, move
    return across, 0.0


class WindowPainter(QPainter):
    """A painter that writes every text in the window's language, and none over another: a
    text that would fall on one already written moves up or down, the least it can, so
    "Plan 743,355" and a last figure of 754,505 both read."""

    def __init__(self, device):
        super().__init__(device)
        self.written: list[QRectF] = []  # each text's box as drawn, in the device's pixels

    def drawText(self, *arguments) -> None:  # noqa: N802 (Qt API)
        arguments = [window_words(a) if isinstance(a, str) else a for a in arguments]
        super().drawText(*self._placed(arguments))

    def _placed(self, arguments: list) -> list:
        """The arguments with the text moved clear of those written; slanted texts (a bar's
        unit name) and other forms are drawn where they are asked."""
        transform = self.transform()
        if transform.type().value > QTransform.TransformationType.TxScale.value:
            return arguments
        if len(arguments) == 2 and isinstance(arguments[0], QPointF | QPoint):
            at, text = QPointF(arguments[0]), arguments[1]
            box = self.fontMetrics().boundingRect(text).toRectF().translated(at)
        elif len(arguments) == 3 and isinstance(arguments[0], QRectF | QRect):
            at, flags, text = QRectF(arguments[0]), arguments[1], arguments[2]
            box = self.boundingRect(at, flags, text)
        else:
            return arguments
        if not text.strip():
            return arguments
        drawn = transform.mapRect(box)
        across, move = clear_shift(drawn, self.written, QRectF(self.viewport()))
        self.written.append(drawn.translated(across, move))
        if (across, move) == (0, 0):
            return arguments
        # Back from the device's pixels to the painter's own units.
        shift = QPointF(across / (transform.m11() or 1.0), move / (transform.m22() or 1.0))
        moved = at.translated(shift) if isinstance(at, QRectF) else at + shift
        return [moved, *arguments[1:]]


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
        painter = self.painter()
        if self._paint is not None:
            self._paint(painter, QRectF(self.rect()))
        painter.end()

    def painter(self) -> QPainter:
        """Exactly as the document prints (a certificate's preview)."""
        return QPainter(self)


class WindowChart(ChartWidget):
    """A chart of the window's: its legend, the whole area and its figures in the window's
    language."""

    def painter(self) -> QPainter:
        return WindowPainter(self)
