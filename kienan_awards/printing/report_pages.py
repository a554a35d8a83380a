"""A report cut into pages as an office prints it: the document is laid out on the page, and
where a table row would run over a page's foot, or a heading or header would stand alone
there, the table is cut before it and goes on at the next page's top with its header again;
laid out anew until nothing is left to move. Each row is then drawn once, on its own page,
on the chosen printer or in a PDF."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.report_model import Report
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import output_file
from kienan_awards.printing.fonts import DOCUMENT_FAMILY
from kienan_awards.printing.report_document import report_document, table_parts

MARGINS_MM = QMarginsF(20, 15, 15, 15)
FOOTER_MM = 8  # the page number's room at each page's foot
_MAX_PASSES = 400  # one cut a pass; a report this long keeps the later cuts Qt makes


def paginated(
    report: Report, device: QPagedPaintDevice, chart_width: int
) -> tuple[QTextDocument, float]:
    """The report's document laid out on the device's pages, with its cuts; and the height
    of a page in the document's units."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    footer = device.resolution() * FOOTER_MM / 25.4
    breaks: set[tuple[int, int]] = set()
    for _ in range(_MAX_PASSES):
        document = report_document(report, chart_width, frozenset(breaks))
        document.documentLayout().setPaintDevice(device)
        frame = document.rootFrame().frameFormat()
        frame.setMargin(0)
        frame.setBottomMargin(footer)
        document.rootFrame().setFrameFormat(frame)
        document.setPageSize(QSizeF(rect.width(), rect.height()))
        cut = _first_cut(document, report, breaks, rect.height())
        if cut is None:
            break
        breaks.add(cut)
    return document, rect.height()


def _first_cut(document: QTextDocument, report: Report, breaks, page: float):
    """The first (table, row) to start a new page: a row over a page's foot, or the first row
    on another page than its table's heading or header. None when there is none."""
    layout = document.documentLayout()
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    for (number, first), table in zip(table_parts(report, breaks), tables, strict=True):
        header = table.format().headerRowCount()
        starts_page = first > 0 or (number, 0) in breaks
        if table.rows() <= header:
            continue
        lead = _heading_top(document, table) if first == 0 else None
        if lead is None:
            lead = _row_span(layout, table, 0)[0]
        _, first_bottom = _row_span(layout, table, header)
        if _page(lead, page) != _page(first_bottom - 1, page) and not starts_page:
            return (number, first)
        for row in range(header, table.rows()):
            top, bottom = _row_span(layout, table, row)
            if _page(top, page) != _page(bottom - 1, page):
                if row == header and starts_page:
                    continue  # taller than a page: it runs over whatever is done
                if row == header:
                    return (number, first)
                return (number, first + row - header)
    return None


def _page(y: float, page: float) -> int:
    return math.floor(y / page)


def _row_span(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int):
    top, bottom = math.inf, -math.inf
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        block = cell.firstCursorPosition().block()
        last = cell.lastCursorPosition().block()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            top, bottom = min(top, rect.top()), max(bottom, rect.bottom())
            if block == last:
                break
            block = block.next()
    return top, bottom


def _heading_top(document: QTextDocument, table: QTextTable) -> float | None:
    """The top of the heading just above the table, if there is one."""
    block = document.findBlock(table.firstPosition() - 1)
    while block.isValid() and document.rootFrame() != QTextCursor(block).currentFrame():
        block = block.previous()
    if not block.isValid() or block.text().strip() == "":
        return None
    return document.documentLayout().blockBoundingRect(block).top()


def paint_pages(report: Report, device: QPagedPaintDevice, chart_width: int) -> int:
    """Draw the report on the device page by page, numbered at the foot; returns the pages."""
    document, page = paginated(report, device, chart_width)
    width = document.pageSize().width()
    footer = device.resolution() * FOOTER_MM / 25.4
    pages = document.pageCount()
    painter = QPainter(device)
    number_font = QFont(DOCUMENT_FAMILY)
    number_font.setPointSizeF(10)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            view = QRectF(0, index * page, width, page - footer)
            painter.save()
            painter.translate(0, -index * page)
            painter.setClipRect(view)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = view
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(number_font)
            painter.drawText(
                QRectF(0, page - footer * 0.8, width, footer * 0.8),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                words.PAGE_NUMBER.format(page=index + 1, pages=pages),
            )
    finally:
        painter.end()
    return pages


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
    paint_pages(report, printer, chart_width(report))


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
            paint_pages(report, writer, chart_width(report))
        finally:
            writer = None  # closes the draft, so it can be put in place or removed
    return path


def chart_width(report: Report) -> int:
    return 780 if report.landscape else 640
