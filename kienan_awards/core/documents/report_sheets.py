"""How a report's tables are set out on worksheets before a cell is written: which tables share
a sheet (tables of one shape, so a long text never widens a column of counts), each column's
width from its longest value up to a cap, the lines each wrapped row needs, the orientation the
width asks for, and where pages break so no heading is left alone at a page's foot.

Widths are in Excel's character units, heights in points; the page arithmetic follows how
Excel and LibreOffice fit a sheet one page wide."""

from __future__ import annotations

from dataclasses import dataclass, field

from kienan_awards.core.documents.report_model import (
    CODE,
    COMPARISON,
    DATE,
    FIGURE,
    PERCENT,
    TEXT,
    Report,
    ReportTable,
)

MIN_WIDTH, MAX_TEXT_WIDTH, MAX_FIGURE_WIDTH = 6, 34, 16
HEADER_WIDTH = 9  # a header wraps rather than widen a column of figures past this
LINE_HEIGHT = 15.75  # points: one line of 12 pt type
TITLE_HEIGHT, TABLE_TITLE_HEIGHT = 21.0, 16.5
# A4 in points, less the margins set_page writes (left/right 0.5", top 0.6", bottom 0.7").
_A4_SHORT, _A4_LONG = 595.0, 842.0
_SIDE_MARGINS, _TOP_BOTTOM_MARGINS = 72.0, 93.6
_POINTS_PER_WIDTH = 6.0  # a character unit of 12 pt Times New Roman, with the cell's padding
_CAPACITY = 1.15  # characters of running text a width unit holds (letters are narrower than 0)


@dataclass
class Sheet:
    """Tables that share a worksheet, with the widths serving all of them."""

    tables: list[int]
    widths: list[float] = field(default_factory=list)
    charts: list[int] = field(default_factory=list)

    @property
    def total_width(self) -> float:
        return sum(self.widths)

    @property
    def landscape(self) -> bool:
        return self.total_width * _POINTS_PER_WIDTH > _A4_SHORT - _SIDE_MARGINS

    @property
    def scale(self) -> float:
        """The print scale fitting the sheet one page wide (1 when it fits as it is)."""
        paper = (_A4_LONG if self.landscape else _A4_SHORT) - _SIDE_MARGINS
        return min(1.0, paper / max(self.total_width * _POINTS_PER_WIDTH, 1))

    @property
    def page_height(self) -> float:
        """A page's height in the sheet's own points, at its print scale."""
        paper = (_A4_SHORT if self.landscape else _A4_LONG) - _TOP_BOTTOM_MARGINS
        return paper / self.scale


def shown_length(value, kind: str) -> int:
    """How many characters a cell shows."""
    if value is None:
        return 0
    if kind == DATE:
        return 10
    if kind in (PERCENT, COMPARISON) and not isinstance(value, str):
        number = len(f"{float(getattr(value, 'value', value)):,.2f}")
        if kind == COMPARISON:
            return number + (8 if hasattr(value, "value") else 1)  # " điểm %" or "%"
        return number
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return len(f"{value:,}")
    return len(str(value))


def wanted_widths(table: ReportTable) -> list[float]:
    kinds = table.column_kinds()
    widths = []
    for col, header in enumerate(table.headers):
        values = [line[col] for line in [*table.rows, table.total or ()] if col < len(line)]
        longest = max([shown_length(v, kinds[col]) for v in values] or [0])
        words = max([len(w) for w in header.split()] or [0])
        cap = MAX_TEXT_WIDTH if kinds[col] == TEXT else MAX_FIGURE_WIDTH
        header_room = min(len(header), HEADER_WIDTH) if kinds[col] != TEXT else len(header)
        widths.append(min(max(longest + 2, words + 2, header_room + 2, MIN_WIDTH), cap))
    return widths


def _fits(widths: list[float], table: ReportTable, own: list[float]) -> bool:
    """A table joins a sheet of the same shape (the same headers but the first, which names
    what its rows are) whose figure columns it would not widen by much, nor have widened."""
    if len(widths) != len(own):
        return False
    kinds = table.column_kinds()
    for col, (theirs, mine) in enumerate(zip(widths, own, strict=True)):
        if kinds[col] != TEXT and max(theirs, mine) > min(theirs, mine) * 1.5 + 2:
            return False
    return True


def plan_sheets(report: Report) -> list[Sheet]:
    """The report's sheets: a chart opens a sheet above its table; tables of one shape and
    like widths run on together."""
    chart_tables = {chart.table for chart in report.charts}
    sheets: list[Sheet] = []
    for index, table in enumerate(report.tables):
        own = wanted_widths(table)
        current = sheets[-1] if sheets else None
        if (
            current is None
            or index in chart_tables
            or report.tables[current.tables[0]].headers[1:] != table.headers[1:]
            or not _fits(current.widths, table, own)
            or any(not _fits(own, report.tables[t], current.widths) for t in current.tables)
        ):
            sheets.append(Sheet([index], own))
            continue
        current.tables.append(index)
        current.widths = [max(a, b) for a, b in zip(current.widths, own, strict=True)]
    for number, chart in enumerate(report.charts):
        place = next((s for s in sheets if chart.table in s.tables), sheets[0] if sheets else None)
        if place is not None:
            place.charts.append(number)
    return sheets


def lines_needed(text: str, width: float) -> int:
    """The lines a wrapped cell of this width shows the text on, words kept whole."""
    room = max(int((width - 1) * _CAPACITY), 1)
    lines, used = 1, 0
    for word in str(text).split():
        size = len(word)
        if used and used + 1 + size > room:
            lines += 1
            used = size
        else:
            used += (1 if used else 0) + size
        while used > room:  # a word longer than the line runs on to the next
            lines += 1
            used -= room
    return lines


def row_height(values, kinds, widths) -> float:
    lines = 1
    for value, kind, width in zip(values, kinds, widths, strict=False):
        if kind in (TEXT, CODE) and value is not None:
            lines = max(lines, lines_needed(str(value), width))
        elif kind == FIGURE:
            continue
    return LINE_HEIGHT * lines


def header_height(headers, widths) -> float:
    lines = max(lines_needed(h, w) for h, w in zip(headers, widths, strict=False))
    return LINE_HEIGHT * lines + 2
