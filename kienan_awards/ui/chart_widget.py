"""A chart on screen: one painting function of printing/charts.py, drawn on a widget. The
painting functions write as documents do (Vietnamese words and figures), since the same
function renders the saved PNG and PDF; a chart of the window's own (WindowChart) says its
words and figures in the window's language. The window's charts and the saved ones place
their texts alike (printing/chart_labels.py), none written over another."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from kienan_awards.core.i18n import _
from kienan_awards.core.vocabulary import ACTUAL, PLAN, WHOLE_AREA
from kienan_awards.printing.chart_labels import LabelPainter
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


class WindowPainter(LabelPainter):
    """A painter that writes every text in the window's language, placed as the saved charts
    place theirs: none over another, so "Plan 743,355" and a last figure of 754,505 both
    read."""

    def drawText(self, *arguments) -> None:  # noqa: N802 (Qt API)
        super().drawText(*[window_words(a) if isinstance(a, str) else a for a in arguments])


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
