"""The tables of word/document.xml as expat reads them: TableReader's handlers make each body
table's rows, with merged cells, line breaks, tracked changes, Word's own numbering of a
column (an STT numbered by Word, not typed) and tables inside cells read as document_reading.py
says. The limits are checked as the rows are made.
"""

from __future__ import annotations

from collections import deque
from typing import Protocol

from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.sheet_extent import MAX_COLUMNS, MAX_ROWS
from kienan_awards.core.lists.workbook_limits import MAX_CELLS
from kienan_awards.core.messages import Message


class TakenRows(Protocol):
    """The rows taken by pattern before expat sees them (document_plain_rows.PlainRows):
    `token` names the element standing in their place, `rows` holds their values in order."""

    token: str
    rows: deque


MAX_TABLES = 200  # a proposal holds a handful: heading, lists, signature
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main|"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006|"
(
    _TABLE,
    _ROW,
    _CELL,
    _PARAGRAPH,
    _RUN,
    _RUN_PROPERTIES,
    _TEXT,
    _SPACE,
    _LINE_BREAK,
    _SPAN,
    _MERGED_DOWN,
    _MERGED_ACROSS,
    _COLUMNS_BEFORE,
    _LEFT_OUT,
    _PLAIN_ROW,
    _NUMBERING,
) = range(16)
_ELEMENTS = {
    W + "tbl": _TABLE,
    W + "tr": _ROW,
    W + "tc": _CELL,
    W + "p": _PARAGRAPH,
    W + "r": _RUN,
    W + "rPr": _RUN_PROPERTIES,
    W + "t": _TEXT,
    W + "tab": _SPACE,  # in a run; a tab stop of a paragraph's properties is no text
    W + "ptab": _SPACE,
    W + "br": _LINE_BREAK,
    W + "cr": _LINE_BREAK,
    W + "gridSpan": _SPAN,
    W + "vMerge": _MERGED_DOWN,
    W + "hMerge": _MERGED_ACROSS,  # as Word 97 merged across, still read by Word
    W + "gridBefore": _COLUMNS_BEFORE,
    # A paragraph Word numbers itself: an STT column numbered by Word holds no typed number.
    W + "numId": _NUMBERING,
    # Text deleted or moved away with changes tracked, text boxes (tables in them too), and
    # the older copy of content a newer element stands for: none of it is the list.
    W + "del": _LEFT_OUT,
    W + "moveFrom": _LEFT_OUT,
    W + "txbxContent": _LEFT_OUT,
    _MC + "Fallback": _LEFT_OUT,
}
_VALUE = W + "val"
_CONTINUE = object()  # a cell merged down into the one above


class _Cell:
    __slots__ = ("paragraphs", "span", "down", "across")

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.span = 1
        self.down = False  # continues the cell above it (vMerge without "restart")
        self.across = False  # continues the cell to its left (hMerge without "restart")


class _Table:
    __slots__ = ("number", "rows", "cells", "column", "above", "cell")

    def __init__(self, number: int | None) -> None:
        self.number = number  # None for a table inside a cell
        self.rows: list = []
        self.cells: list = []  # the open row's: (grid column, value)
        self.column = 0  # the open row's next grid column
        self.above: list = []  # the values of the row above, by grid column
        self.cell: _Cell | None = None


class TableReader:
    """expat's handlers for word/document.xml; finish() gives each body table's number and
    rows. The limits are checked as the rows are made, so a hostile part is refused before
    it fills memory."""

    def __init__(self, name: str, plain: TakenRows | None = None) -> None:
        self.name = name
        self.plain = plain
        self.elements = _ELEMENTS if plain is None else {**_ELEMENTS, plain.token: _PLAIN_ROW}
        self.tables: list[tuple[int, list]] = []
        self.open: list[_Table] = []  # the body's table, then any inside its cells
        self.count = 0  # the body's tables met
        self.cells = 0  # the cells of the rows kept
        self.left_out = 0  # depth inside elements whose content is not read
        self.in_run = False
        self.in_properties = False
        self.paragraph: list[str] | None = None  # the open paragraph of a cell
        self.numbered: str | None = None  # the open paragraph's Word numbering, if any
        self.numbers: dict[str, int] = {}  # Word's numberings, each counted as it goes
        self.capturing: list[str] | None = None  # the same, inside a <w:t>

    def finish(self) -> list[tuple[int, list]]:
        return self.tables

    def text(self, data: str) -> None:
        if self.capturing is not None:
            self.capturing.append(data)

    def start(self, element: str, attrs: dict) -> None:
        kind = self.elements.get(element)
        if kind is None:
            return
        if kind == _PLAIN_ROW:
            values = self.plain.rows.popleft()
            if not self.left_out:
                self._plain_row(values)
            return
        if self.left_out:
            if kind == _LEFT_OUT:
                self.left_out += 1
            return
        if kind == _TEXT:
            self.capturing = self.paragraph
        elif kind == _RUN:
            self.in_run = True
        elif kind == _PARAGRAPH:
            if self.open and self.open[-1].cell is not None:
                self.paragraph = []
                self.numbered = None
        elif kind == _NUMBERING:
            if self.paragraph is not None:
                self.numbered = attrs.get(_VALUE)
        elif kind == _RUN_PROPERTIES:
            self.in_properties = True
        elif kind == _SPACE or kind == _LINE_BREAK:
            if self.paragraph is not None and self.in_run and not self.in_properties:
                self.paragraph.append(" " if kind == _SPACE else "\n")
        elif kind == _CELL:
            if self.open:
                self.open[-1].cell = _Cell()
        elif kind == _ROW:
            if self.open:
                table = self.open[-1]
                table.cells, table.column, table.cell = [], 0, None
        elif kind == _TABLE:
            self._open_table()
        elif kind == _LEFT_OUT:
            self.left_out = 1
        elif self.open:
            self._cell_property(kind, attrs.get(_VALUE))

    def end(self, element: str) -> None:
        kind = self.elements.get(element)
        if kind is None:
            return
        if self.left_out:
            if kind == _LEFT_OUT:
                self.left_out -= 1
            return
        if kind == _TEXT:
            self.capturing = None
        elif kind == _RUN:
            self.in_run = False
        elif kind == _PARAGRAPH:
            if self.paragraph is not None:
                cell = self.open[-1].cell
                if cell is not None:
                    cell.paragraphs.append(self._paragraph_text())
                self.paragraph = None
        elif kind == _RUN_PROPERTIES:
            self.in_properties = False
        elif kind == _CELL:
            if self.open:
                self._close_cell(self.open[-1])
        elif kind == _ROW:
            if self.open:
                self._close_row(self.open[-1])
        elif kind == _TABLE:
            self._close_table()

    def _paragraph_text(self) -> str:
        """The paragraph's text; an empty paragraph Word numbers gives its number, counted
        along its numbering as Word counts it (numId 0 takes the numbering away)."""
        text = "".join(self.paragraph)
        numbering = self.numbered
        if numbering is None or numbering == "0":
            return text
        self.numbers[numbering] = number = self.numbers.get(numbering, 0) + 1
        return text if text.strip() else str(number)

    def _plain_row(self, values: list[str | None]) -> None:
        """A row PlainRows took, read as expat's handlers would read it."""
        if not self.open:
            return
        table = self.open[-1]
        table.cell = None
        table.column = len(values)
        if table.number is None:
            table.cells = list(enumerate(values))
            self._close_row(table)
        else:
            self._check_column(table, table.column)
            table.cells = []
            self._keep_row(table, values)
        self.paragraph = self.capturing = None
        self.in_run = self.in_properties = False

    def _cell_property(self, kind: int, value: str | None) -> None:
        table = self.open[-1]
        cell = table.cell
        if kind == _COLUMNS_BEFORE:
            if cell is None:
                table.column = _count(value, 0)
                self._check_column(table, table.column)
        elif cell is None:
            return
        elif kind == _SPAN:
            cell.span = max(_count(value, 1), 1)
        elif kind == _MERGED_DOWN:
            cell.down = value != "restart"
        elif kind == _MERGED_ACROSS:
            cell.across = value != "restart"

    def _open_table(self) -> None:
        if self.open:
            self.open.append(_Table(None))
            return
        self.count += 1
        if self.count > MAX_TABLES:
            raise KienanError(
                Message(
                    "{name} holds more than {limit} tables; a list this program reads has at "
                    "most {limit}: copy the list's tables into a document of their own and "
                    "import that",
                    name=self.name,
                    limit=MAX_TABLES,
                )
            )
        self.open.append(_Table(self.count))

    def _close_cell(self, table: _Table) -> None:
        cell = table.cell
        if cell is None:
            return
        table.cell = None
        if cell.down:
            value = _CONTINUE
        elif cell.across:
            value = None
        else:
            value = "\n".join(cell.paragraphs).strip() or None
        if table.number is not None:
            self._check_column(table, table.column + cell.span)
        table.cells.append((table.column, value))
        table.column += cell.span

    def _close_row(self, table: _Table) -> None:
        if table.number is None:  # a table inside a cell: its text, one line a row
            line = " ".join(value for _, value in table.cells if value and value is not _CONTINUE)
            table.rows.append(line)
            return
        values = [None] * table.column
        above = table.above
        for column, value in table.cells:
            if value is _CONTINUE:
                value = above[column] if column < len(above) else None
            values[column] = value
        table.cells = []
        self._keep_row(table, values)

    def _keep_row(self, table: _Table, values: list) -> None:
        table.above = values
        table.rows.append(tuple(values) if values.count(None) < len(values) else ())
        self.cells += len(values) or 1
        if len(table.rows) > MAX_ROWS:
            raise KienanError(
                Message(
                    "table {table} of {name} has more than {limit} rows; a list this program "
                    "reads has at most {limit}",
                    table=table.number,
                    name=self.name,
                    limit=MAX_ROWS,
                )
            )
        if self.cells > MAX_CELLS:
            self._check_cells(table.number, self.cells)

    def _close_table(self) -> None:
        if not self.open:
            return
        table = self.open.pop()
        if table.number is None:
            text = "\n".join(line for line in table.rows if line)
            outer = self.open[-1].cell if self.open else None
            if text and outer is not None:
                outer.paragraphs.append(text)
            return
        rows = table.rows
        while rows and not rows[-1]:
            rows.pop()
        # Rows run to the table's last column holding a value, as a sheet's run to its own.
        width = max((_last_value(row) for row in rows), default=0)
        rows[:] = [row[:width] + (None,) * (width - len(row)) if row else row for row in rows]
        self.tables.append((table.number, rows))

    def _check_column(self, table: _Table, columns: int) -> None:
        if columns > MAX_COLUMNS:
            raise KienanError(
                Message(
                    "table {table} of {name} reaches column {column}; a list this program "
                    "reads has at most {limit} columns",
                    table=table.number,
                    name=self.name,
                    column=columns,
                    limit=MAX_COLUMNS,
                )
            )

    def _check_cells(self, table: int, cells: int) -> None:
        if cells > MAX_CELLS:
            raise KienanError(
                Message(
                    "the tables of {name} hold more than {limit} cells together, up to table "
                    "{table}; a list this program reads fills at most {limit}",
                    name=self.name,
                    limit=MAX_CELLS,
                    table=table,
                )
            )


def _count(value: str | None, default: int) -> int:
    """A count Word writes as w:val="3"; anything else is the default."""
    if value is None or not (value.isascii() and value.isdigit()) or len(value) > 9:
        return default
    return int(value)


def _last_value(row: tuple) -> int:
    for index in range(len(row) - 1, -1, -1):
        if row[index] is not None:
            return index + 1
    return 0
