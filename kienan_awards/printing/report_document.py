"""A report laid out for reading and printing: title, charts, tables with their totals, in the
shipped serif; one QTextDocument serves the window, the printer and the PDF."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QUrl
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.reports import Report, ReportTable
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import output_file
from kienan_awards.core.text import format_decimal
from kienan_awards.printing.charts import paint_report_chart
from kienan_awards.printing.fonts import DOCUMENT_FAMILY

CHART_PIXELS = QSize(1800, 820)  # drawn this large, shown at the page's width: sharp on paper
MARGINS_MM = QMarginsF(20, 15, 15, 15)


def cell_text(value) -> str:
    """A value as the report shows it: Vietnamese figures (1.234.567; 33,3)."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return str(value)
    if isinstance(value, float):
        value = round(value, 1)
    return format_decimal(str(value))


def _is_number(value) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def _table_html(table: ReportTable) -> str:
    widths = table.widths or _name_first_widths(len(table.headers))
    head = "".join(
        f'<th width="{widths[i]}%">{escape(h)}</th>' if widths[i] else f"<th>{escape(h)}</th>"
        for i, h in enumerate(table.headers)
    )
    lines = [(row, False) for row in table.rows]
    if table.total is not None:
        lines.append((table.total, True))
    body = []
    for values, total in lines:
        cells = []
        for value in values:
            text = escape(cell_text(value))
            if total:
                text = f"<b>{text}</b>"
            align = ' align="right"' if _is_number(value) else ""
            cells.append(f"<td{align}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    if not table.rows:
        columns = len(table.headers)
        body.insert(0, f'<tr><td colspan="{columns}"><i>{escape(words.NO_FIGURES)}</i></td></tr>')
    return (
        f"<h3>{escape(table.title)}</h3>"
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
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


def report_html(report: Report, chart_width: int = 640) -> str:
    parts = [
        f'<p align="center" style="font-size: 14pt"><b>{escape(report.title)}</b></p>',
        f'<p align="center"><i>{escape(report.subtitle)}</i></p>',
    ]
    for index in range(len(report.charts)):
        parts.append(f'<p align="center"><img src="chart{index}" width="{chart_width}"></p>')
    parts += [_table_html(table) for table in report.tables]
    parts += [f"<p><i>{escape(note)}</i></p>" for note in report.notes]
    return "".join(parts)


def report_document(report: Report, chart_width: int = 640) -> QTextDocument:
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
    document.setHtml(report_html(report, chart_width))
    return document


def page_layout(report: Report) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if report.landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def print_report(report: Report, printer: QPrinter) -> None:
    """On the chosen printer, A4 in the report's own orientation, pages numbered."""
    printer.setPageLayout(page_layout(report))
    report_document(report, _chart_width(report)).print_(printer)


def write_report_pdf(report: Report, path: Path | str) -> Path:
    path = Path(path)
    if path.is_dir() or not path.parent.is_dir():
        raise KienanError(
            Message("cannot write {path}: choose a file in an existing folder", path=path)
        )
    with output_file(path) as draft:
        writer = QPdfWriter(str(draft))
        try:
            writer.setPageLayout(page_layout(report))
            writer.setResolution(300)
            writer.setTitle(report.title)
            report_document(report, _chart_width(report)).print_(writer)
        finally:
            writer = None  # closes the draft, so it can be put in place or removed
    return path


def _chart_width(report: Report) -> int:
    return 780 if report.landscape else 640
