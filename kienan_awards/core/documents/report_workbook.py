"""A report as an Excel workbook: its tables one under another on the first sheet, as the
desk lays out a report, numbers as numbers; each chart as a native Excel chart on a second
sheet, drawn from the figures written beside it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.reports import Chart, Report, ReportTable
from kienan_awards.core.lists.spreadsheet_export import workbook_file

_MIN_WIDTH, _MAX_WIDTH = 8, 60
# Cells of a table: text, whole numbers (counts, money) and figures with one decimal (%).
_CELLS = {
    "text": {"border": 1, "text_wrap": True, "valign": "top"},
    "whole": {"border": 1, "num_format": "#,##0", "valign": "top"},
    "decimal": {"border": 1, "num_format": "#,##0.0", "valign": "top"},
}


def write_report_workbook(report: Report, path: Path | str) -> Path:
    path = Path(path)
    with workbook_file(path) as workbook:
        formats = {
            "title": workbook.add_format({"bold": True, "font_size": 14}),
            "subtitle": workbook.add_format({"italic": True}),
            "table_title": workbook.add_format({"bold": True, "font_size": 12}),
            "header": workbook.add_format(
                {
                    "bold": True,
                    "text_wrap": True,
                    "valign": "vcenter",
                    "align": "center",
                    "bg_color": "#DDEBF7",
                    "border": 1,
                }
            ),
            **{name: workbook.add_format(cell) for name, cell in _CELLS.items()},
        }
        bold = {name: workbook.add_format({**cell, "bold": True}) for name, cell in _CELLS.items()}
        sheet = workbook.add_worksheet(words.REPORT_SHEET)
        sheet.write_string(0, 0, report.title, formats["title"])
        sheet.write_string(1, 0, report.subtitle, formats["subtitle"])
        widths: dict[int, int] = {}
        row = 3
        for table in report.tables:
            row = _write_table(sheet, row, table, formats, bold, widths) + 1
        for note in report.notes:
            sheet.write_string(row, 0, note, formats["subtitle"])
            row += 1
        for col, width in widths.items():
            sheet.set_column(col, col, min(max(width + 2, _MIN_WIDTH), _MAX_WIDTH))
        # A year without awards has a chart without figures: Excel refuses one.
        charts = [c for c in report.charts if c.categories and c.series]
        if charts:
            _write_charts(workbook, charts, formats["header"])
    return path


def _write_table(sheet, row: int, table: ReportTable, formats, bold, widths) -> int:
    """Write one table from row; returns the row after it."""
    sheet.write_string(row, 0, table.title, formats["table_title"])
    row += 1
    for col, header in enumerate(table.headers):
        sheet.write_string(row, col, header, formats["header"])
        widths[col] = max(widths.get(col, 0), min(len(header), 24))
    row += 1
    lines = [(values, formats) for values in table.rows]
    if table.total is not None:
        lines.append((table.total, bold))
    for values, shown in lines:
        for col, value in enumerate(values):
            if value is None or value == "":
                sheet.write_blank(row, col, None, shown["text"])
            elif isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
                sheet.write_string(row, col, str(value), shown["text"])
                widths[col] = max(widths.get(col, 0), len(str(value)))
            else:
                whole = isinstance(value, int) or value == int(value)
                sheet.write_number(row, col, float(value), shown["whole" if whole else "decimal"])
                widths[col] = max(widths.get(col, 0), len(f"{value:,}"))
        row += 1
    return row


def _write_charts(workbook, charts: list[Chart], header_format) -> None:
    data_sheet = words.CHART_SHEET
    data = workbook.add_worksheet(data_sheet)
    row = 0
    anchor_col = 0
    for chart in charts:
        data.write_string(row, 0, chart.title, header_format)
        for col, series in enumerate(chart.series, start=1):
            data.write_string(row, col, series.name, header_format)
        first = row + 1
        for offset, category in enumerate(chart.categories):
            data.write_string(first + offset, 0, category)
            for col, series in enumerate(chart.series, start=1):
                data.write_number(first + offset, col, series.values[offset])
        last = first + len(chart.categories) - 1
        excel_chart = workbook.add_chart({"type": "column" if chart.kind == "bars" else "line"})
        for col, _series in enumerate(chart.series, start=1):
            excel_chart.add_series(
                {
                    "name": [data_sheet, row, col],
                    "categories": [data_sheet, first, 0, last, 0],
                    "values": [data_sheet, first, col, last, col],
                    **({"marker": {"type": "circle"}} if chart.kind == "lines" else {}),
                }
            )
        excel_chart.set_title({"name": chart.title})
        excel_chart.set_size({"width": 760, "height": 380})
        data.insert_chart(row, len(chart.series) + 2 + anchor_col, excel_chart)
        row = max(last + 2, row + 22)
    data.set_column(0, 0, 40)
