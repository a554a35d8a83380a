"""The overview's matrix: a row per unit, a column per indicator, each cell the target's status
against its plan, in colour for the screen and with a mark that reads on paper too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from kienan_awards.core.i18n import _
from kienan_awards.core.movements.progress import TargetProgress
from kienan_awards.ui.figures import figure, percent, window_marks

# Colour for the screen, a mark for paper: the status reads in black and white too.
STATUS_LOOK = {
    "exceeded": ("#c8e6c9", "▲"),
    "met": ("#e3f2d5", "✓"),
    "on_track": ("#fff3c4", "→"),
    "behind": ("#ffd8b0", "↓"),
    "not_met": ("#f8c9c4", "✗"),
}
_TARGET_ROLE = Qt.ItemDataRole.UserRole
_COLUMN_WIDTH = 150  # pixels of one indicator's column in the matrix
_HEADER_LINES = 3


def wrapped_to_width(text: str, metrics: QFontMetrics, width: int) -> str:
    """Text broken between words into lines no wider than width as drawn (the whole text is in
    the tooltip), at most three lines, the last cut with "…" when more would be needed."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > _HEADER_LINES:
        lines = [*lines[: _HEADER_LINES - 1], " ".join(lines[_HEADER_LINES - 1 :])]
    return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines)


class ProgressMatrix(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("progress_matrix")
        self.targets: list[TargetProgress] = []
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def legend(self) -> str:
        return "   ".join(
            f"{mark} {name}"
            for name, (_colour, mark) in (
                (_("exceeded"), STATUS_LOOK["exceeded"]),
                (_("met"), STATUS_LOOK["met"]),
                (_("on track"), STATUS_LOOK["on_track"]),
                (_("behind"), STATUS_LOOK["behind"]),
                (_("not met"), STATUS_LOOK["not_met"]),
            )
        )

    def show_targets(self, targets: list[TargetProgress]) -> None:
        """Fill the matrix and choose its first cell (which shows that target's charts)."""
        self.targets = targets
        units = list(dict.fromkeys(t.unit_name for t in targets))
        indicators = list(dict.fromkeys(t.indicator for t in targets))
        self.clear()
        self.setRowCount(len(units))
        self.setColumnCount(len(indicators))
        self.setVerticalHeaderLabels([u or _("Whole area") for u in units])
        # Indicators are long: wrapped over a few lines, the whole text in the tooltip.
        header = self.horizontalHeader()
        # Measured in bold: the chosen cell's column header is drawn bold.
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        self.setHorizontalHeaderLabels(
            [wrapped_to_width(i, metrics, _COLUMN_WIDTH - 12) for i in indicators]
        )
        for column, indicator in enumerate(indicators):
            self.horizontalHeaderItem(column).setToolTip(indicator)
        for target in targets:
            row, column = units.index(target.unit_name), indicators.index(target.indicator)
            colour, mark = STATUS_LOOK.get(target.verdict, ("#ffffff", "–"))
            text = f"{mark} {percent(target.percent_of_plan)}"
            if target.actual is None:
                text = _("no report")
            cell = QTableWidgetItem(text)
            cell.setBackground(QColor(colour))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setData(_TARGET_ROLE, target.target_id)
            cell.setToolTip(self._tooltip(target))
            self.setItem(row, column, cell)
        for column in range(len(indicators)):
            header.resizeSection(column, _COLUMN_WIDTH)
        if targets:
            first = next(i for i in range(self.columnCount()) if self.item(0, i) is not None)
            self.setCurrentCell(0, first)

    def _tooltip(self, target: TargetProgress) -> str:
        marks = window_marks()
        lines = [f"{target.indicator} ({target.measure_unit})"]
        for result in target.plans:
            lines.append(
                f"{result.plan.source}: {result.plan.describe(marks)} → {percent(result.percent)}"
            )
        if target.actual is not None:
            lines.append(self._actual_line(target))
        return "\n".join(lines)

    @staticmethod
    def _actual_line(target: TargetProgress) -> str:
        """The actual figure: its % of the same period, or a rate's change in points."""
        value, day = figure(target.actual), target.reported_on.strftime("%d/%m/%Y")
        points = target.points_from_same_period
        if points is not None:
            return _("Actual {value} on {day}; {points} points against the same period").format(
                value=value, day=day, points=("+" if points > 0 else "") + figure(points)
            )
        return _("Actual {value} on {day}; {same} of the same period").format(
            value=value, day=day, same=percent(target.percent_of_same_period) or "–"
        )

    def target_at(self, row: int, column: int) -> TargetProgress | None:
        item = self.item(row, column)
        if item is None:
            return None
        target_id = item.data(_TARGET_ROLE)
        return next(t for t in self.targets if t.target_id == target_id)
