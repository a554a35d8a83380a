"""Pages of an administrative document drawn one block at a time with QPainter on a QPdfWriter:
paragraphs laid out by QTextDocument, side-by-side columns, rules, and tables whose rows are
never split (a row that does not fit starts the next page, under the header row drawn again),
so each row is drawn once and the PDF's text layer holds it once. Page numbers from page 2,
centred at the top. Lengths are device pixels; mm() converts."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QTextDocument

from kienan_awards.core.documents.decision_attachments import CELL_PADDING_MM, Column, Row
from kienan_awards.printing.fonts import DOCUMENT_FAMILY

CELL_PADDING_V_MM = 0.8
PAGE_NUMBER_FROM_TOP_MM = 10


class PageFlow:
    def __init__(self, writer, page_width_px: float, page_height_px: float, top_margin_mm: float):
        self.writer = writer
        self.painter = QPainter(writer)
        self.width, self.height = page_width_px, page_height_px
        self.top_margin_mm = top_margin_mm
        self.y = 0.0
        self.page = 1

    def mm(self, millimetres: float) -> float:
        return millimetres * self.writer.resolution() / 25.4

    def points(self, size: float) -> float:
        return size * self.writer.resolution() / 72

    def finish(self) -> None:
        self.painter.end()

    # --- text ------------------------------------------------------------------------------
    def font(self, size: float, bold=False, italic=False) -> QFont:
        font = QFont(DOCUMENT_FAMILY)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def text_width(self, text: str, size: float, bold=False, italic=False) -> float:
        return QFontMetricsF(self.font(size, bold, italic), self.writer).horizontalAdvance(text)

    def document(self, html: str, width: float, size: float = 14) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.writer)
        document.setDocumentMargin(0)
        document.setDefaultFont(self.font(size))
        document.setHtml(html)
        document.setTextWidth(width)
        return document

    def draw(self, document: QTextDocument, x: float, y: float) -> None:
        self.painter.save()
        self.painter.translate(x, y)
        document.drawContents(self.painter)
        self.painter.restore()

    def paragraph(self, html: str, size: float = 14, keep_with: float = 0.0) -> float:
        """A block across the page, on the next page if it (and keep_with after it) does not
        fit; returns its height."""
        document = self.document(html, self.width, size)
        height = document.size().height()
        self.room_for(height + keep_with)
        self.draw(document, 0, self.y)
        self.y += height
        return height

    def rule(self, centre_x: float, length: float, y: float | None = None) -> None:
        y = self.y if y is None else y
        self.painter.setPen(QPen(Qt.GlobalColor.black, self.points(0.6)))
        self.painter.drawLine(QPointF(centre_x - length / 2, y), QPointF(centre_x + length / 2, y))

    def space(self, millimetres: float) -> None:
        self.y += self.mm(millimetres)

    # --- pages -----------------------------------------------------------------------------
    def room_for(self, height: float) -> None:
        if self.y > 0 and self.y + height > self.height:
            self.new_page()

    def new_page(self) -> None:
        self.writer.newPage()
        self.page += 1
        self.y = 0.0
        font = self.font(13)
        self.painter.setFont(font)
        self.painter.setPen(Qt.GlobalColor.black)
        top = self.mm(PAGE_NUMBER_FROM_TOP_MM - self.top_margin_mm)
        box = QRectF(0, top, self.width, QFontMetricsF(font, self.writer).height())
        self.painter.drawText(
            box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(self.page)
        )

    # --- tables ----------------------------------------------------------------------------
    def _cell(self, text: str, width: float, size: float, align: str, bold: bool):
        html = escape(text).replace("\n", "<br/>")
        html = f"<b>{html}</b>" if bold else html
        return self.document(f'<p align="{align}">{html}</p>', width, size)

    def _row(self, texts, widths, aligns, size, bold, min_height):
        pad = self.mm(CELL_PADDING_MM / 2)
        cells = [
            self._cell(t, w - 2 * pad, size, a, bold)
            for t, w, a in zip(texts, widths, aligns, strict=True)
        ]
        inner = max(c.size().height() for c in cells)
        return cells, max(inner + 2 * self.mm(CELL_PADDING_V_MM), min_height)

    def _draw_row(self, cells, widths, height) -> None:
        pad = self.mm(CELL_PADDING_MM / 2)
        self.painter.setPen(QPen(Qt.GlobalColor.black, self.points(0.5)))
        x = 0.0
        for cell, width in zip(cells, widths, strict=True):
            self.painter.drawRect(QRectF(x, self.y, width, height))
            self.draw(cell, x + pad, self.y + (height - cell.size().height()) / 2)
            x += width
        self.y += height

    def table(
        self,
        columns: tuple[Column, ...],
        rows: tuple[Row, ...],
        size: float,
        min_row_mm: float = 0.0,
    ) -> None:
        widths = [self.mm(c.width_mm) for c in columns]
        aligns = [c.align for c in columns]
        header = self._row(
            [c.header for c in columns], widths, ["center"] * len(columns), size, True, 0.0
        )
        laid = []
        for row in rows:
            if row.kind == "section":
                laid.append(
                    (row, *self._row([row.cells[0]], [sum(widths)], ["left"], size, True, 0.0))
                )
            else:
                minimum = self.mm(min_row_mm) if row.kind == "line" else 0.0
                laid.append(
                    (
                        row,
                        *self._row(
                            list(row.cells), widths, aligns, size, row.kind == "total", minimum
                        ),
                    )
                )
        self.room_for(header[1] + (laid[0][2] if laid else 0))
        self._draw_row(header[0], widths, header[1])
        for index, (row, cells, height) in enumerate(laid):
            # A section heading goes with its first row: never alone at a page's foot.
            following = laid[index + 1][2] if row.kind == "section" and index + 1 < len(laid) else 0
            if self.y + height + following > self.height:
                self.new_page()
                self._draw_row(header[0], widths, header[1])
            row_widths = [sum(widths)] if row.kind == "section" else widths
            self._draw_row(cells, row_widths, height)
