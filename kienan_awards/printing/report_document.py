"""A report laid out for reading and printing: title, charts, tables with their totals, in the
shipped serif. One QTextDocument serves the window; on paper (printer and PDF) the same
document is cut into A4 pages so that no table row is split between two pages, no heading is
left alone at a page's foot, and every table's header is repeated on its next page: the
printer and the PDF are served by report_pages.py."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from html import escape

from PySide6.QtCore import QRectF, QSize, QUrl
from PySide6.QtGui import QImage, QPainter, QTextDocument

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.report_model import (
    CODE,
    COMPARISON,
    COUNT,
    DATE,
    PERCENT,
    PointChange,
    Report,
    ReportTable,
)
from kienan_awards.core.text import format_decimal
from kienan_awards.printing.charts import paint_report_chart
from kienan_awards.printing.fonts import DOCUMENT_FAMILY

CHART_PIXELS = QSize(1800, 820)  # drawn this large, shown at the page's width: sharp on paper
_HUNDREDTHS, _TENTHS = Decimal("0.01"), Decimal("0.1")
# Kinds whose cells are never broken across lines: a decision number, a date, a figure.
_UNBROKEN = {CODE, DATE, COUNT, PERCENT, COMPARISON, "figure"}


def percent_text(value) -> str:
    """A percentage as the office writes it: one decimal, two when the second counts."""
    number = Decimal(str(value)).quantize(_HUNDREDTHS, rounding=ROUND_HALF_UP)
    if number == number.quantize(_TENTHS):
        number = number.quantize(_TENTHS)
    return format_decimal(str(number))


def cell_text(value, kind: str = "") -> str:
    """A value as the report shows it: Vietnamese figures (1.234.567; 33,3), dates dd/mm/yyyy,
    percentages with one or two decimals, a rate's change in points ("-4,9 điểm %")."""
    if value is None:
        return ""
    if isinstance(value, PointChange):
        sign = "+" if value.value > 0 else "-" if value.value < 0 else ""
        return words.POINTS_CHANGE.format(value=sign + percent_text(abs(value.value)))
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return str(value)
    if kind in (PERCENT, COMPARISON) or (not kind and isinstance(value, float)):
        return percent_text(value) + ("%" if kind == COMPARISON else "")
    return format_decimal(str(value))


def _is_number(value) -> bool:
    return isinstance(value, (int, float, Decimal, PointChange)) and not isinstance(value, bool)


def table_html(table: ReportTable, first: int = 0, end: int | None = None, *, new_page=False):
    """The table, or its rows first..end (a part that starts a page, with the header again);
    the heading goes with the first part only. The total row comes with the last part."""
    end = len(table.rows) if end is None else end
    widths = table.widths or _name_first_widths(len(table.headers))
    kinds = table.column_kinds()
    head = "".join(
        f'<th width="{widths[i]}%">{escape(h)}</th>' if widths[i] else f"<th>{escape(h)}</th>"
        for i, h in enumerate(table.headers)
    )
    lines = [(row, False) for row in table.rows[first:end]]
    if table.total is not None and end >= len(table.rows):
        lines.append((table.total, True))
    body = []
    for values, total in lines:
        cells = []
        for value, kind in zip(values, kinds, strict=False):
            text = escape(cell_text(value, kind))
            if total:
                text = f"<b>{text}</b>"
            align = ' align="right"' if _is_number(value) else ""
            unbroken = ' style="white-space: nowrap"' if kind in _UNBROKEN else ""
            cells.append(f"<td{align}{unbroken}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    if not table.rows:
        columns = len(table.headers)
        body.insert(0, f'<tr><td colspan="{columns}"><i>{escape(words.NO_FIGURES)}</i></td></tr>')
    heading = f"<h3>{escape(table.title)}</h3>" if first == 0 else ""
    breaking = ' style="page-break-before: always"' if new_page else ""
    if heading and new_page:
        heading = f"<h3{breaking}>{escape(table.title)}</h3>"
        breaking = ""
    return (
        f"{heading}"
        f'<table border="1" cellspacing="0" cellpadding="2" width="100%"{breaking}>'
        f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
    )


def _name_first_widths(columns: int) -> tuple[int, ...]:
    """Without widths of its own, a table's first column (the names) gets the room a name
    needs when the figures beside it are few; wide tables are left to the layout."""
    return (34, *[0] * (columns - 1)) if columns <= 7 else (0,) * columns


def chart_image(report: Report, index: int) -> QImage:
    image = QImage(CHART_PIXELS, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.scale(2, 2)  # figures and labels at print size on the large picture
    paint_report_chart(
        painter,
        QRectF(0, 0, CHART_PIXELS.width() / 2, CHART_PIXELS.height() / 2),
        report.charts[index],
    )
    painter.end()
    return image


def report_html(report: Report, chart_width: int = 640, breaks=frozenset()) -> str:
    """The report as HTML; breaks: (table, row) pairs that start a new page (row 0: the
    table's heading does)."""
    parts = [
        f'<p align="center" style="font-size: 14pt"><b>{escape(report.title)}</b></p>',
        f'<p align="center"><i>{escape(report.subtitle)}</i></p>',
    ]
    for number, table in enumerate(report.tables):
        for index, chart in enumerate(report.charts):
            if chart.table == number or (number == 0 and chart.table >= len(report.tables)):
                parts.append(
                    f'<p align="center"><img src="chart{index}" width="{chart_width}"></p>'
                )
        starts = sorted(row for t, row in breaks if t == number and row > 0)
        edges = [0, *starts, len(table.rows)]
        for first, end in zip(edges, edges[1:], strict=False):
            new_page = first > 0 or (number, 0) in breaks
            parts.append(table_html(table, first, end, new_page=new_page))
    parts += [f"<p><i>{escape(note)}</i></p>" for note in report.notes]
    return "".join(parts)


def table_parts(report: Report, breaks=frozenset()) -> list[tuple[int, int]]:
    """(table, first row) of each HTML table report_html writes, in order."""
    parts = []
    for number in range(len(report.tables)):
        starts = sorted(row for t, row in breaks if t == number and row > 0)
        parts += [(number, first) for first in [0, *starts]]
    return parts


def report_document(report: Report, chart_width: int = 640, breaks=frozenset()) -> QTextDocument:
    document = QTextDocument()
    font = document.defaultFont()
    font.setFamily(DOCUMENT_FAMILY)
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(
        "th { background-color: #dde7f1; } h3 { font-size: 12pt; margin-top: 10px; }"
    )
    for index in range(len(report.charts)):
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(f"chart{index}"),
            chart_image(report, index),
        )
    document.setHtml(report_html(report, chart_width, breaks))
    return document
