"""Pages of an administrative document drawn one block at a time with QPainter on a QPdfWriter:
paragraphs laid out by QTextDocument, side-by-side columns, rules, and tables whose rows are
never split (a row that does not fit starts the next page, under the header row drawn again),
so each row is drawn once and the PDF's text layer holds it once. Page numbers from page 2,
centred at the top. Lengths are device pixels; mm() converts.

A line breaks only between the pieces of core's line_breaks: a place name or a number stays
with its kind or word ("phường Kiến An", "số 15/QĐ-UBND"), and a word never breaks after its
hyphen or slash ("15/QĐ-" / "UBND")."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from kienan_awards.core.documents.decision_attachments import Row
from kienan_awards.core.documents.line_breaks import pieces
from kienan_awards.core.documents.table_columns import (
    CELL_PADDING_MM,
    CELL_PADDING_V_MM,
    Column,
    cell_room_mm,
)
from kienan_awards.printing.fonts import DOCUMENT_FAMILY

PAGE_NUMBER_FROM_TOP_MM = 10
WORD_JOINER = "\u2060"
LINE_GAP_PERCENT = 104  # Tinos: ascent and descent 1.107 em, with its line gap 1.149 em
_JOINS_TRIED = 8  # lines of a block mended one at a time, then left as they are


def unbroken_html(
    text: str, within_mm: float | None = None, size: float = 14, bold: bool = False
) -> str:
    """The text as HTML whose lines break only between its pieces: a piece of several words
    is kept on one line (Qt makes its spaces non-breaking), unless wider than within_mm."""
    return " ".join(
        f'<span style="white-space: nowrap">{escape(piece)}</span>'
        if " " in piece
        else escape(piece)
        for piece in pieces(text, within_mm, size, bold)
    )


def single_spacing(document: QTextDocument) -> None:
    """Lines as far apart as Word's and LibreOffice's single spacing (1.15 em in Times New
    Roman: the font's line gap too); Qt's own leaves it out, and the PDF would run shorter
    than the .docx."""
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    spacing = QTextBlockFormat()
    spacing.setLineHeight(
        LINE_GAP_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )
    cursor.mergeBlockFormat(spacing)


def _breaks_inside_words(document: QTextDocument) -> list[int]:
    """Where a line of the laid-out document ends after a hyphen or a slash of a word."""
    found = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for index in range(layout.lineCount() - 1):
            line = layout.lineAt(index)
            end = line.textStart() + line.textLength()
            if 0 < end < len(text) and text[end - 1] in "-/" and not text[end].isspace():
                found.append(block.position() + end)
        block = block.next()
    return found


def keep_words_whole(document: QTextDocument) -> None:
    """A word joiner where Qt broke a line inside a word ("15/QĐ-" / "UBND"), so the word
    moves to the next line whole; the PDF's text keeps the joiner only there."""
    for _ in range(_JOINS_TRIED):
        document.size()  # lays the document out
        found = _breaks_inside_words(document)
        if not found:
            return
        cursor = QTextCursor(document)
        cursor.setPosition(found[0])
        cursor.insertText(WORD_JOINER)


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
        single_spacing(document)
        document.setTextWidth(width)
        keep_words_whole(document)
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
    def _cell(self, text: str, column: float, size: float, align: str, bold: bool):
        """A cell's text laid out in its column (column wide, padding included)."""
        room = cell_room_mm(column * 25.4 / self.writer.resolution())
        html = "<br/>".join(unbroken_html(line, room, size, bold) for line in text.split("\n"))
        html = f"<b>{html}</b>" if bold else html
        width = column - self.mm(CELL_PADDING_MM)
        return self.document(f'<p align="{align}">{html}</p>', width, size)

    def _row(self, texts, widths, aligns, size, bold, min_height):
        cells = [
            self._cell(t, w, size, a, bold) for t, w, a in zip(texts, widths, aligns, strict=True)
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
        keep_last_with: float = 0.0,
    ) -> None:
        """The table from the current line; its last row starts a page with the header row
        again if it and keep_last_with (what follows it, kept on its page) do not fit."""
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
            following = keep_last_with if index == len(laid) - 1 else following
            if self.y + height + following > self.height:
                self.new_page()
                self._draw_row(header[0], widths, header[1])
            row_widths = [sum(widths)] if row.kind == "section" else widths
            self._draw_row(cells, row_widths, height)
