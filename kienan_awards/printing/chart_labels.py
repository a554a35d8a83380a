"""Where a chart's texts go: a figure that would fall on a text already written moves up or
down the least it can, and one past the chart's edge comes in whole, so "KH 743.355" and a
last figure of 754.505 both read. The window's charts and the saved PNG and PDF place their
texts alike, through LabelPainter."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QTransform

LABEL_GAP = 1.0  # device pixels kept between two texts moved apart


def clear_shift(box: QRectF, written: list[QRectF], bounds: QRectF) -> tuple[float, float]:
    """The least move (across, then up or down) that keeps the box within the bounds and takes
    it off every box written; (0, 0) when it is clear already. A figure at the chart's right
    edge comes in whole, and one that would cover a text goes just above or just below it."""
    across = min(0.0, bounds.right() - box.right())
    across = max(across, bounds.left() - box.left())
    box = box.translated(across, 0)
    if not any(box.intersects(other) for other in written):
        return across, 0.0
    moves = [other.top() - box.bottom() - LABEL_GAP for other in written]
    moves += [other.bottom() - box.top() + LABEL_GAP for other in written]
    for move in sorted(moves, key=lambda m: (abs(m), m > 0)):
        moved = box.translated(0, move)
        inside = moved.top() >= bounds.top() and moved.bottom() <= bounds.bottom()
        if inside and not any(moved.intersects(other) for other in written):
            return across, move
    return across, 0.0


class LabelPainter(QPainter):
    """A painter that writes no text over another: each text is moved clear of those written
    before it and kept within the chart's bounds (the device's viewport unless told)."""

    def __init__(self, device=None):
        if device is None:
            super().__init__()
        else:
            super().__init__(device)
        self.written: list[QRectF] = []  # each text's box as drawn, in the device's pixels
        self.bounds: QRectF | None = None  # in the device's pixels

    def new_chart(self, rect: QRectF) -> None:
        """The texts from here on belong to the chart painted in rect (the painter's units):
        they stay inside it, and the texts of charts before it are no longer in their way."""
        self.bounds = self.transform().mapRect(QRectF(rect))
        self.written = []

    def drawText(self, *arguments) -> None:  # noqa: N802 (Qt API)
        super().drawText(*self.placed(list(arguments)))

    def placed(self, arguments: list) -> list:
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
        if not isinstance(text, str) or not text.strip():
            return arguments
        drawn = transform.mapRect(box)
        bounds = self.bounds if self.bounds is not None else QRectF(self.viewport())
        across, move = clear_shift(drawn, self.written, bounds)
        self.written.append(drawn.translated(across, move))
        if isinstance(at, QRectF):
            # The whole text is placed, so none of it is cut at its rectangle's edge (a figure
            # a little wider than its room at a printer's resolution).
            arguments[1] = int(flags) | int(Qt.TextFlag.TextDontClip)
        if (across, move) == (0, 0):
            return arguments
        # Back from the device's pixels to the painter's own units.
        shift = QPointF(across / (transform.m11() or 1.0), move / (transform.m22() or 1.0))
        moved = at.translated(shift) if isinstance(at, QRectF) else at + shift
        return [moved, *arguments[1:]]
