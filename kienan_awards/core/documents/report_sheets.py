"""How a report's tables are set out on worksheets before a cell is written: which tables share
a sheet, each column's width from its longest value up to a cap, the lines each wrapped row
needs, the orientation the width asks for, and where pages break (report_flow.py).

Tables share a sheet while the columns serve them all (a long text never widens a column of
figures) and one repeated header serves every page: tables with the same header run on under
it, each after a line with its heading; a table with another header joins only while the
sheet's pages still start inside one table. Widths are in Excel's character units, heights in
points; the page arithmetic follows how Excel and LibreOffice fit a sheet one page wide."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from kienan_awards.core.documents.report_flow import (
    BLANK,
    CHART,
    HEADER,
    HEADING,
    NOTE,
    ROW,
    SECTION,
    SUBTITLE,
    TITLE,
    TOTAL,
    Line,
    paginate,
    repeated_header,
)
from kienan_awards.core.documents.report_model import (
    CODE,
    COMPARISON,
    DATE,
    PERCENT,
    TEXT,
    Report,
    ReportTable,
)
from kienan_awards.core.documents.text_width import MM_PER_POINT, approximate_width_mm

MIN_WIDTH, MAX_TEXT_WIDTH, MAX_FIGURE_WIDTH = 6, 34, 16
HEADER_WIDTH = 9  # a header wraps rather than widen a column of figures past this
LINE_HEIGHT = 15.75  # points: one line of 12 pt type
ROW_PADDING = 1.5  # points a table row has besides its lines
TITLE_HEIGHT, TABLE_TITLE_HEIGHT = 21.0, 16.5
CHART_ROWS = 20  # rows a chart takes above its table
# A4 in points, less the margins the workbook sets (left/right 0.5", top 0.6", bottom 0.7").
_A4_SHORT, _A4_LONG = 595.0, 842.0
_SIDE_MARGINS, _TOP_BOTTOM_MARGINS = 72.0, 93.6
# A character unit of 12 pt Times New Roman as both suites print it, and the units XlsxWriter
# adds to each column for the cell's padding.
_POINTS_PER_WIDTH, _COLUMN_PADDING = 6.05, 0.71
_UPRIGHT_SCALE = 0.9  # a sheet is turned only when upright it would print smaller than this
_PAGE_ROOM = 0.98  # pages are planned a little short: the suites' scales differ by a percent


@dataclass
class Sheet:
    """Tables that share a worksheet, in runs under one header each, with the widths serving
    all of them, and the lines it prints: the pages break by hand before `breaks`, the header
    line `repeated` is printed again at each later page's top."""

    runs: list[list[int]]
    widths: list[float]
    charts: list[int] = field(default_factory=list)
    turned: bool = False  # the report's pages are landscape (its PDF's are)
    lines: list[Line] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)
    repeated: int | None = None

    @property
    def tables(self) -> list[int]:
        return [index for run in self.runs for index in run]

    @property
    def printed_width(self) -> float:
        return sum(w + _COLUMN_PADDING for w in self.widths) * _POINTS_PER_WIDTH

    @property
    def landscape(self) -> bool:
        """As the report's PDF turns its pages, or when upright the sheet would print small."""
        return self.turned or self.printed_width * _UPRIGHT_SCALE > _A4_SHORT - _SIDE_MARGINS

    @property
    def scale(self) -> float:
        """The print scale fitting the sheet one page wide, in whole percent as the suites
        set it (1 when it fits as it is)."""
        paper = (_A4_LONG if self.landscape else _A4_SHORT) - _SIDE_MARGINS
        return min(100, math.floor(100 * paper / max(self.printed_width, 1))) / 100

    @property
    def page_height(self) -> float:
        """A page's height in the sheet's own points, at its print scale."""
        paper = (_A4_SHORT if self.landscape else _A4_LONG) - _TOP_BOTTOM_MARGINS
        return paper / self.scale * _PAGE_ROOM


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


@dataclass(frozen=True)
class Columns:
    """A table's columns as a sheet sizes them: the widths it wants, and their kinds."""

    widths: list[float]
    kinds: tuple[str, ...]

    @classmethod
    def of(cls, table: ReportTable) -> Columns:
        return cls(wanted_widths(table), table.column_kinds())


def shared_widths(columns: list[Columns]):
    """Widths serving every one of the tables, each column as wide as its widest; None when
    that would widen a column of figures (a count, a date, a decision number) by much."""
    count = max(len(c.widths) for c in columns)
    widths = [max(c.widths[col] for c in columns if col < len(c.widths)) for col in range(count)]
    for own in columns:
        for col, (mine, kind) in enumerate(zip(own.widths, own.kinds, strict=False)):
            if kind != TEXT and widths[col] > mine * 1.5 + 2:
                return None
    return widths


def plan_sheets(report: Report) -> list[Sheet]:
    """The report's sheets: a chart opens a sheet above its table; the runs of tables after
    it join the sheet while its widths and one repeated header serve them all."""
    # A year without awards has a chart without figures: Excel refuses one.
    charted = {c.table: i for i, c in enumerate(report.charts) if c.categories and c.series}
    chart_tables = {chart.table for chart in report.charts}
    own = [Columns.of(table) for table in report.tables]
    sheets: list[Sheet] = []
    for run in _runs(report, own, chart_tables):
        if sheets and run[0] not in chart_tables:
            runs = [*sheets[-1].runs, run]
            widths = shared_widths([own[t] for r in runs for t in r])
            if widths is not None:
                joined = Sheet(runs, widths, sheets[-1].charts, report.landscape)
                if _lay_out(report, joined, first=len(sheets) == 1):
                    sheets[-1] = joined
                    continue
        charts = [charted[run[0]]] if run[0] in charted else []
        widths = shared_widths([own[t] for t in run])
        sheet = Sheet([run], widths, charts, report.landscape)
        _lay_out(report, sheet, first=not sheets, must=True)
        sheets.append(sheet)
    if sheets and report.notes:
        _lay_out(report, sheets[-1], first=len(sheets) == 1, notes=True, must=True)
    return sheets


def _runs(report: Report, own: list[Columns], chart_tables: set[int]) -> list[list[int]]:
    """The tables in runs under one header: tables in a row with the same headers, whose
    widths serve each other; a table under a chart opens a run."""
    runs: list[list[int]] = []
    for index, table in enumerate(report.tables):
        if (
            runs
            and index not in chart_tables
            and report.tables[runs[-1][0]].headers == table.headers
            and shared_widths([own[t] for t in (*runs[-1], index)]) is not None
        ):
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _lay_out(report: Report, sheet: Sheet, first: bool, notes=False, must=False) -> bool:
    """Fill in the sheet's lines and page breaks; False when no one header serves its pages
    (a sheet of one table always has one), unless it must be laid out all the same."""
    lines = sheet_lines(report, sheet, first, notes)
    page = sheet.page_height
    found = repeated_header(lines, page)
    if found is None and not must:
        return False
    repeated, pages = found or (None, paginate(lines, page))
    sheet.lines, sheet.repeated, sheet.breaks = lines, repeated, pages.breaks
    return True


def sheet_lines(report: Report, sheet: Sheet, first: bool, notes: bool) -> list[Line]:
    """The sheet's lines from its top. Titles, headings and notes are cells merged across the
    sheet and wrapped there: a long one running on past the last column would widen what
    the suites print, and so shrink the page."""
    widths = sheet.widths
    across = sum(widths)
    lines = []
    if first:
        lines += [
            Line(
                TITLE,
                _wrapped(report.title, across, TITLE_HEIGHT, 14, True),
                values=(report.title,),
            ),
            Line(SUBTITLE, _wrapped(report.subtitle, across), values=(report.subtitle,)),
            Line(BLANK, LINE_HEIGHT),
        ]
    lines += [
        Line(CHART, CHART_ROWS * LINE_HEIGHT, rows=CHART_ROWS, values=(chart,))
        for chart in sheet.charts
    ]
    for number, run in enumerate(sheet.runs):
        headers = report.tables[run[0]].headers
        if len(run) == 1:
            title = report.tables[run[0]].title
            height = _wrapped(title, across, TABLE_TITLE_HEIGHT, bold=True)
            lines.append(Line(HEADING, height, number, run[0], (title,)))
        lines.append(Line(HEADER, header_height(headers, widths), number, run[0], headers))
        for index in run:
            table = report.tables[index]
            kinds = table.column_kinds()
            if len(run) > 1:
                # As in the PDF, a table's heading stands a line below the table before it:
                # its row is a line taller, its text at the foot.
                room = sum(widths[: len(headers)])
                height = _wrapped(table.title, room, TABLE_TITLE_HEIGHT, bold=True)
                height += LINE_HEIGHT if index != run[0] else 0
                lines.append(Line(SECTION, height, number, index, (table.title,)))
            for values in table.rows:
                lines.append(Line(ROW, row_height(values, kinds, widths), number, index, values))
            if table.total is not None:
                height = row_height(table.total, kinds, widths, bold=True)
                lines.append(Line(TOTAL, height, number, index, table.total))
        lines.append(Line(BLANK, LINE_HEIGHT))
    if notes:
        lines += [Line(NOTE, _wrapped(note, across), values=(note,)) for note in report.notes]
    return lines


def _wrapped(text: str, width: float, first=LINE_HEIGHT, size=12, bold=False) -> float:
    """The height of a line of text wrapped at width: `first` for its first line, and a line
    of its type size for each further one."""
    return first + (lines_needed(text, width, bold, size) - 1) * LINE_HEIGHT * size / 12


def lines_needed(
    text: str, width: float, bold: bool = False, size: float = 12, unit: float = _POINTS_PER_WIDTH
) -> int:
    """The lines a wrapped cell of this width shows the text on in Times New Roman of this
    size, words kept whole; unit: the points of a character unit of the sheet's own type."""
    room = width * unit - 1.5  # less a little, as Excel leaves a cell's text the least room
    space = _points(" ", bold, size)
    lines, used = 1, 0.0
    for word in str(text).split():
        size_of = _points(word, bold, size)
        if used and used + space + size_of > room:
            lines += 1
            used = size_of
        else:
            used += (space if used else 0) + size_of
        while used > room:  # a word longer than the line runs on to the next
            lines += 1
            used -= room
    return lines


@lru_cache(maxsize=16384)  # the same words come again and again: names, units, forms
def _points(text: str, bold: bool, size: float) -> float:
    return approximate_width_mm(text, size, bold) / MM_PER_POINT


def row_height(values, kinds, widths, bold: bool = False) -> float:
    """A table row's height: its lines, and room above and below them as the PDF's cells
    have (text against a row's borders is hard to read)."""
    lines = 1
    for value, kind, width in zip(values, kinds, widths, strict=False):
        if kind in (TEXT, CODE) and value is not None:
            lines = max(lines, lines_needed(str(value), width, bold))
    return LINE_HEIGHT * lines + ROW_PADDING


def header_height(headers, widths) -> float:
    lines = max(lines_needed(h, w, bold=True) for h, w in zip(headers, widths, strict=False))
    return LINE_HEIGHT * lines + 2
