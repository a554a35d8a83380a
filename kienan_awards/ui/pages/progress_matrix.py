"""The overview's matrix: a row per unit, a column per indicator, each cell the target's status
against its plan, in colour for the screen and with a mark that reads on paper too.

Each unit has targets of its own, so most cells are empty: the columns share the width the
matrix has (down to a narrow column), so every unit's figures are in sight on a 1366-pixel
screen; where they cannot all be, choosing a unit brings its first target into view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
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
_COLUMN_WIDTH = 150  # pixels of one indicator's column where there is room
_NARROWEST_COLUMN = 100  # still holds "▲ 100,35%" and "chưa báo cáo"
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
        self._indicators: list[str] = []
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().sectionClicked.connect(self.show_unit_targets)
        self.currentCellChanged.connect(lambda row, *_cells: self.show_unit_targets(row))

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
        self._indicators = []  # none to fit while the columns are made
        units = list(dict.fromkeys(t.unit_name for t in targets))
        indicators = list(dict.fromkeys(t.indicator for t in targets))
        self.clear()
        self.setRowCount(len(units))
        self.setColumnCount(len(indicators))
        self.setVerticalHeaderLabels([u or _("Whole area") for u in units])
        self._indicators = indicators
        self.setHorizontalHeaderLabels(indicators)
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
        self.fit_columns()
        if targets:
            first = next(i for i in range(self.columnCount()) if self.item(0, i) is not None)
            self.setCurrentCell(0, first)

    def column_width(self) -> int:
        """One indicator's column: an equal share of the matrix's width, within bounds."""
        if not self._indicators:
            return _COLUMN_WIDTH
        self.updateGeometries()  # the units' header as wide as the names just shown
        room = self.viewport().width() // len(self._indicators)
        return max(_NARROWEST_COLUMN, min(_COLUMN_WIDTH, room))

    def fit_columns(self) -> None:
        """The columns sized to the width the matrix has, their headers wrapped to it."""
        width = self.column_width()
        header = self.horizontalHeader()
        # Measured in bold: the chosen cell's column header is drawn bold.
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column, indicator in enumerate(self._indicators):
            item = self.horizontalHeaderItem(column)
            if item is not None and (
                header.sectionSize(column) != width or item.text() == indicator
            ):
                item.setText(wrapped_to_width(indicator, metrics, width - 12))
                header.resizeSection(column, width)

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt API)
        # The viewport narrows when the names' header widens or a scroll bar comes.
        if event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().viewportEvent(event)

    def show_unit_targets(self, row: int) -> None:
        """Bring the unit's first target into view when none of its figures is in sight."""
        cells = [self.item(row, c) for c in range(self.columnCount())]
        cells = [cell for cell in cells if cell is not None]
        seen = self.viewport().rect()
        if cells and not any(seen.intersects(self.visualItemRect(cell)) for cell in cells):
            self.scrollToItem(cells[0], QTableWidget.ScrollHint.PositionAtCenter)

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
