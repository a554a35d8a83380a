"""A report as an Excel workbook that prints as the PDF does: its tables on sheets whose
columns serve them all (report_sheets.py), each sheet A4 in the orientation its width needs,
fitted one page wide, the header of the table its pages run on repeated, pages numbered at the
foot; numbers as numbers with one format a column, dates as dates; each chart a native chart
above its table, drawn from figures on a hidden sheet."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.report_flow import (
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
)
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
    CHART_ROWS,
    LINE_HEIGHT,
    Sheet,
    plan_sheets,
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


class _Styles:
    """The workbook's cell formats, each made once: a kind of cell, plain or in a total row."""

    def __init__(self, workbook):
        self._workbook = workbook
        self._made: dict[tuple, object] = {}
        plain = {"text_wrap": True, "valign": "top"}
        self.title = workbook.add_format({**plain, "bold": True, "font_size": 14})
        self.subtitle = workbook.add_format({**plain, "italic": True})
        self.table_title = workbook.add_format({**plain, "bold": True, "font_size": 12})
        # A table's heading on the row above its first, under the header the tables share.
        self.section = workbook.add_format({**plain, "bold": True, "valign": "bottom"})
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
    with workbook_file(path, FONT) as workbook:
        styles = _Styles(workbook)
        sheets = plan_sheets(report)
        used: set[str] = set()
        written = []
        for number, plan in enumerate(sheets):
            title = words.REPORT_SHEET if number == 0 else report.tables[plan.tables[0]].title
            sheet = workbook.add_worksheet(_unique(sheet_name(title), used))
            written.append((sheet, plan))
        charted = any(plan.charts for plan in sheets)
        data = (
            workbook.add_worksheet(_unique(sheet_name(words.CHART_DATA), used)) if charted else None
        )
        data_row = 0
        for sheet, plan in written:
            sheet.set_default_row(LINE_HEIGHT)  # rows left empty (under a chart) as counted
            rows = _SheetRows(sheet, report, plan, styles)
            for line in plan.lines:
                if line.kind == CHART:
                    data_row = _write_chart(
                        workbook, sheet, data, data_row, report, line, rows.row, plan
                    )
                rows.write(line)
            _set_page(sheet, plan, rows.at)
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


class _SheetRows:
    """Writes a sheet's lines one under another, each a row of its height (a chart's, rows)."""

    def __init__(self, sheet, report: Report, plan: Sheet, styles: _Styles):
        self.sheet, self.report, self.plan, self.styles = sheet, report, plan, styles
        self.row = 0
        self.at: list[int] = []  # the row each line starts at
        self._columns: dict[int, tuple] = {}  # a table's column kinds and figure formats

    def write(self, line: Line) -> None:
        self.at.append(self.row)
        sheet, styles, row = self.sheet, self.styles, self.row
        for offset in range(line.rows):
            sheet.set_row(row + offset, line.height / line.rows)
        if line.kind in _PLAIN:
            style = getattr(styles, _PLAIN[line.kind])
            self._across(len(self.plan.widths), line.values[0], style)
        elif line.kind == HEADER:
            for col, header in enumerate(line.values):
                sheet.write_string(row, col, header, styles.header)
        elif line.kind == SECTION:
            columns = len(self.report.tables[line.table].headers)
            self._across(columns, line.values[0], styles.section)
        elif line.kind in (ROW, TOTAL):
            kinds, figures = self._kinds(line.table)
            bold = line.kind == TOTAL
            for col, value in enumerate(line.values):
                _write_cell(sheet, row, col, value, kinds[col], bold, styles, figures.get(col))
        self.row += line.rows

    def _across(self, columns: int, text: str, style) -> None:
        if columns > 1:
            self.sheet.merge_range(self.row, 0, self.row, columns - 1, text, style)
        else:
            self.sheet.write_string(self.row, 0, text, style)

    def _kinds(self, index: int) -> tuple:
        if index not in self._columns:
            table = self.report.tables[index]
            kinds = table.column_kinds()
            self._columns[index] = kinds, _figure_formats(table, kinds)
        return self._columns[index]


_PLAIN = {TITLE: "title", SUBTITLE: "subtitle", HEADING: "table_title", NOTE: "subtitle"}


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


def _set_page(sheet, plan: Sheet, at: list[int]) -> None:
    for col, width in enumerate(plan.widths):
        sheet.set_column(col, col, width)
    sheet.set_paper(9)  # A4
    if plan.landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
    sheet.fit_to_pages(1, 0)
    headers = [n for n, line in enumerate(plan.lines) if line.kind == HEADER]
    repeated = plan.repeated if plan.repeated is not None else (headers or [None])[0]
    if repeated is not None:
        # Printed again only on the pages after its own: the sheet's pages are laid out so
        # that each of them starts inside the table this header belongs to.
        sheet.repeat_rows(at[repeated])
    sheet.set_footer("&C" + words.PAGE_NUMBER.format(page="&P", pages="&N"))
    if plan.breaks:
        sheet.set_h_pagebreaks([at[line] for line in plan.breaks])


def _write_chart(workbook, sheet, data, data_row: int, report, line: Line, row: int, plan):
    """The line's chart: its figures on the data sheet from data_row, the chart on sheet at
    row, as wide as the sheet's columns; returns the data sheet's next free row."""
    chart = report.charts[line.values[0]]
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
    sheet.insert_chart(row, 0, excel_chart, {"object_position": 1})
    return last + 2
