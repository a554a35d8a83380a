"""A report as an Excel workbook that prints as the PDF does: its tables on sheets of one shape
(report_sheets.py), each sheet A4 in the orientation its width needs, fitted one page wide, its
header row repeated, pages numbered at the foot; numbers as numbers with one format a column,
dates as dates; each chart a native chart above its table, drawn from figures on a hidden
sheet."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.report_model import (
    CODE,
    COMPARISON,
    COUNT,
    DATE,
    FIGURE,
    PERCENT,
    TEXT,
    PointChange,
    Report,
    ReportTable,
)
from kienan_awards.core.documents.report_sheets import (
    LINE_HEIGHT,
    TABLE_TITLE_HEIGHT,
    TITLE_HEIGHT,
    Sheet,
    header_height,
    plan_sheets,
    row_height,
)
from kienan_awards.core.lists.spreadsheet_export import sheet_name, workbook_file

FONT = {"font_name": "Times New Roman", "font_size": 12}
# One number format a column kind: counts and money whole; percentages with one decimal and
# the second when it counts (101,5 / 100,98); a rate's change in points with its sign.
NUMBER_FORMATS = {
    COUNT: "#,##0",
    PERCENT: "#,##0.0#",
    COMPARISON: '#,##0.0#"%"',
    DATE: "dd/mm/yyyy",
}
POINTS_FORMAT = '+#,##0.0#" điểm %";-#,##0.0#" điểm %";0" điểm %"'
CHART_ROWS = 20  # rows a chart takes above its table


class _Styles:
    """The workbook's cell formats, each made once: a kind of cell, plain or in a total row."""

    def __init__(self, workbook):
        self._workbook = workbook
        self._made: dict[tuple, object] = {}
        self.title = workbook.add_format({"bold": True, "font_size": 14})
        self.subtitle = workbook.add_format({"italic": True})
        self.table_title = workbook.add_format({"bold": True, "font_size": 12})
        self.header = workbook.add_format(
            {
                "bold": True,
                "text_wrap": True,
                "valign": "vcenter",
                "align": "center",
                "bg_color": "#DDEBF7",
                "border": 1,
            }
        )

    def cell(self, kind: str, bold: bool, points: bool = False, figure: str | None = None):
        key = (kind, bold, points, figure)
        if key not in self._made:
            style = {"border": 1, "valign": "top"}
            if points:
                style["num_format"] = POINTS_FORMAT
            elif figure is not None:
                style["num_format"] = figure
            elif kind in NUMBER_FORMATS:
                style["num_format"] = NUMBER_FORMATS[kind]
            if kind in (TEXT, CODE):
                style["text_wrap"] = kind == TEXT
            if bold:
                style["bold"] = True
            self._made[key] = self._workbook.add_format(style)
        return self._made[key]


def write_report_workbook(report: Report, path: Path | str) -> Path:
    path = Path(path)
    # A year without awards has a chart without figures: Excel refuses one.
    charted = [i for i, c in enumerate(report.charts) if c.categories and c.series]
    with workbook_file(path, FONT) as workbook:
        styles = _Styles(workbook)
        sheets = plan_sheets(report)
        used: set[str] = set()
        written = []
        for number, plan in enumerate(sheets):
            title = words.REPORT_SHEET if number == 0 else report.tables[plan.tables[0]].title
            sheet = workbook.add_worksheet(_unique(sheet_name(title), used))
            written.append((sheet, plan))
        data = (
            workbook.add_worksheet(_unique(sheet_name(words.CHART_DATA), used)) if charted else None
        )
        data_row = 0
        for number, (sheet, plan) in enumerate(written):
            sheet.set_default_row(LINE_HEIGHT)  # rows left empty (under a chart) as counted
            row = 0
            if number == 0:
                sheet.set_row(0, TITLE_HEIGHT)
                sheet.write_string(0, 0, report.title, styles.title)
                sheet.set_row(1, LINE_HEIGHT)
                sheet.write_string(1, 0, report.subtitle, styles.subtitle)
                row = 3
            pages = _Pages(plan)
            pages.advance(TITLE_HEIGHT + 2 * LINE_HEIGHT if number == 0 else 0)
            for index in plan.charts:
                if index not in charted:
                    continue
                data_row = _write_chart(workbook, sheet, data, data_row, report, index, row, plan)
                row += CHART_ROWS
                pages.advance(CHART_ROWS * LINE_HEIGHT)
            header_row = None
            for index in plan.tables:
                table = report.tables[index]
                row, first_header = _write_table(sheet, row, table, plan, styles, pages)
                header_row = first_header if header_row is None else header_row
                sheet.set_row(row, LINE_HEIGHT)
                row += 1
                pages.advance(LINE_HEIGHT)
            if number == len(written) - 1:
                for note in report.notes:
                    sheet.write_string(row, 0, note, styles.subtitle)
                    row += 1
            _set_page(sheet, plan, header_row, pages.breaks)
        if data is not None:
            data.hide()
    return path


def _unique(name: str, used: set[str]) -> str:
    candidate, count = name, 1
    while candidate.lower() in used:
        count += 1
        suffix = f" ({count})"
        candidate = name[: 31 - len(suffix)] + suffix
    used.add(candidate.lower())
    return candidate


class _Pages:
    """Where the sheet's pages will break at its print scale, so that a table's heading,
    header and first row are put on a new page together rather than split."""

    def __init__(self, plan: Sheet):
        self.height = plan.page_height
        self.used = 0.0
        self.repeated = 0.0  # the header row printed again at each later page's top
        self.breaks: list[int] = []

    def advance(self, points: float) -> None:
        self.used += points
        while self.used > self.height:
            self.used -= self.height - self.repeated

    def keep_together(self, row: int, points: float) -> None:
        """Rows from row, points high, go on a new page if they would run over this one."""
        if self.used + points > self.height and self.used > self.repeated:
            self.breaks.append(row)
            self.used = self.repeated
        self.advance(points)


def _write_table(sheet, row: int, table: ReportTable, plan: Sheet, styles, pages: _Pages):
    """Write one table from row; returns the row after it and its header row."""
    kinds = table.column_kinds()
    widths = plan.widths
    head = header_height(table.headers, widths)
    lines = [(values, False) for values in table.rows]
    if table.total is not None:
        lines.append((table.total, True))
    heights = [row_height(values, kinds, widths) for values, _ in lines] or [LINE_HEIGHT]
    # As the PDF does: a table's heading, header and first row go on a page together, and
    # the rest runs on over the page's foot.
    kept = TABLE_TITLE_HEIGHT + head + heights[0]
    pages.keep_together(row, kept)
    pages.advance(-(kept - TABLE_TITLE_HEIGHT))  # counted again below, row by row
    sheet.set_row(row, TABLE_TITLE_HEIGHT)
    sheet.write_string(row, 0, table.title, styles.table_title)
    row += 1
    header_row = row
    sheet.set_row(row, head)
    for col, header in enumerate(table.headers):
        sheet.write_string(row, col, header, styles.header)
    pages.advance(head)
    if not pages.repeated:
        pages.repeated = head
    row += 1
    figures = _figure_formats(table, kinds)
    for (values, bold), height in zip(lines, heights, strict=False):
        pages.keep_together(row, height)
        sheet.set_row(row, height)
        for col, value in enumerate(values):
            _write_cell(sheet, row, col, value, kinds[col], bold, styles, figures.get(col))
        row += 1
    return row, header_row


def _figure_formats(table: ReportTable, kinds) -> dict[int, str]:
    """A column of figures as recorded (a row's own measure) gets one format with as many
    decimals as its most precise figure."""
    formats = {}
    for col, kind in enumerate(kinds):
        if kind != FIGURE:
            continue
        places = 0
        for line in table.rows:
            value = line[col]
            if isinstance(value, Decimal):
                exponent = value.normalize().as_tuple().exponent
                places = max(places, -exponent if isinstance(exponent, int) else 0)
        formats[col] = "#,##0" + ("." + "0" * min(places, 2) if places else "")
    return formats


def _write_cell(sheet, row, col, value, kind, bold, styles, figure) -> None:
    if value is None or value == "":
        sheet.write_blank(row, col, None, styles.cell(TEXT, bold))
    elif isinstance(value, PointChange):
        sheet.write_number(row, col, float(value.value), styles.cell(kind, bold, points=True))
    elif isinstance(value, dt.date):
        when = dt.datetime.combine(value, dt.time())
        sheet.write_datetime(row, col, when, styles.cell(DATE, bold))
    elif isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        sheet.write_string(row, col, str(value), styles.cell(TEXT if kind != CODE else CODE, bold))
    else:
        shown = kind if kind in (COUNT, PERCENT, COMPARISON, FIGURE) else PERCENT
        sheet.write_number(row, col, float(value), styles.cell(shown, bold, figure=figure))


def _set_page(sheet, plan: Sheet, header_row: int | None, breaks: list[int]) -> None:
    for col, width in enumerate(plan.widths):
        sheet.set_column(col, col, width)
    sheet.set_paper(9)  # A4
    if plan.landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
    sheet.fit_to_pages(1, 0)
    if header_row is not None:
        sheet.repeat_rows(header_row)
    sheet.set_footer("&C" + words.PAGE_NUMBER.format(page="&P", pages="&N"))
    if breaks:
        sheet.set_h_pagebreaks(breaks)


def _write_chart(workbook, sheet, data, data_row: int, report, index: int, row: int, plan):
    """The chart's figures on the data sheet from data_row, the chart on sheet at row, as wide
    as the sheet's columns; returns the data sheet's next free row."""
    chart = report.charts[index]
    name = data.get_name()
    data.write_string(data_row, 0, chart.title)
    for col, series in enumerate(chart.series, start=1):
        data.write_string(data_row, col, series.name)
    first = data_row + 1
    for offset, category in enumerate(chart.categories):
        data.write_string(first + offset, 0, category)
        for col, series in enumerate(chart.series, start=1):
            data.write_number(first + offset, col, series.values[offset])
    last = first + len(chart.categories) - 1
    excel_chart = workbook.add_chart({"type": "column" if chart.kind == "bars" else "line"})
    for col, _series in enumerate(chart.series, start=1):
        excel_chart.add_series(
            {
                "name": [name, data_row, col],
                "categories": [name, first, 0, last, 0],
                "values": [name, first, col, last, col],
                **({"marker": {"type": "circle"}} if chart.kind == "lines" else {}),
            }
        )
    excel_chart.set_title({"name": chart.title, "name_font": {"size": 11}})
    excel_chart.set_legend({"position": "top"})
    # As wide as the columns as XlsxWriter counts their pixels, so the chart ends within
    # the last column and the sheet's print width stays the columns' own.
    width = sum(int(w * 7 + 0.5) + 5 for w in plan.widths) - 8
    height = int((CHART_ROWS - 1) * LINE_HEIGHT * 4 / 3)
    excel_chart.set_size({"width": width, "height": height})
    for offset in range(CHART_ROWS):
        sheet.set_row(row + offset, LINE_HEIGHT)
    sheet.insert_chart(row, 0, excel_chart, {"object_position": 1})
    return last + 2
