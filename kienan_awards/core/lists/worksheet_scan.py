"""One worksheet's XML (.xlsx, .xlsm), read once as it is unpacked: where its values lie,
its hidden rows and declared dimension, and a refusal as soon as a value lies past the
limits. Rows written the usual way are taken by pattern (_PlainRows), the rest by expat
(_SheetReader); the answer is expat's either way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from xml.parsers import expat

from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.cell_values import column_letter
from kienan_awards.core.lists.sheet_extent import (
    _CHUNK,
    _ROW_DIGITS,
    MAX_COLUMNS,
    MAX_ROWS,
    _Extent,
    _far_value_message,
    _HiddenRows,
    _local,
    _row_message,
)
from kienan_awards.core.messages import Message

_ROW, _CELL, _VALUE, _DIMENSION = range(4)
_SHEET_ELEMENTS = {"row": _ROW, "c": _CELL, "v": _VALUE, "is": _VALUE, "dimension": _DIMENSION}
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_DIGITS = "0123456789"
_COLUMN_LETTERS = re.compile(r"[A-Za-z]{1,7}")
_COLUMNS: dict[str, int] = {}  # column letters already read, to their index


def _column_index(letters: str) -> int:
    """'A' -> 0, 'XFD' -> 16383; anything but letters is a damaged reference."""
    index = _COLUMNS.get(letters)
    if index is None:
        if not _COLUMN_LETTERS.fullmatch(letters):
            raise ValueError(
                Message("a cell reference with column {letters}", letters=repr(letters))
            )
        index = 0
        for letter in letters.upper():
            index = index * 26 + ord(letter) - 64
        index -= 1
        if len(_COLUMNS) < 20_000:
            _COLUMNS[letters] = index
    return index


def _position(ref: str | tuple[int, int]) -> tuple[int, int]:
    """'XFD1048576' -> (1048575, 16383), as calamine counts; a place already counted as is."""
    if ref.__class__ is not str:
        return ref
    digits = ref.lstrip(_ASCII_LETTERS)
    return _row_index(digits), _column_index(ref[: len(ref) - len(digits)])


def _row_index(digits: str) -> int:
    if not _ROW_DIGITS.fullmatch(digits):
        raise ValueError(Message("a cell reference with row {digits}", digits=repr(digits)))
    return int(digits) - 1


def _attribute(attrs: list, key: str) -> str | None:
    """An attribute from expat's ordered list [name, value, name, value, ...]."""
    for index in range(0, len(attrs), 2):
        if attrs[index] == key:
            return attrs[index + 1]
    return None


def _scan_worksheet(open_part: Callable[[], Iterator[bytes]], sheet: str, name: str) -> _Extent:
    """Where the sheet's values lie, its hidden rows and declared dimension, streamed: a
    cell counts once it shows a value (<v> or <is>), as calamine counts it, at the place
    its r="B7" gives or, without one, next to the cell before it.

    A sheet written the usual way has its rows read by pattern (_PlainRows), a few times
    quicker than by expat; whatever that reading cannot vouch for, a refusal included, is
    read again from the start by expat alone, so the answer and the refusal stay expat's."""
    try:
        extent = _PlainRows(sheet, name).scan(open_part())
    except Exception:  # noqa: BLE001 - read again below, where the refusal is told
        extent = None
    if extent is None:
        extent = _scan_by_expat(open_part(), sheet, name)
    return extent


def _scan_by_expat(chunks: Iterable[bytes], sheet: str, name: str) -> _Extent:
    reader = _SheetReader(sheet, name)
    for chunk in chunks:
        reader.feed(chunk)
    return reader.finish()


class _NotPlain(Exception):
    """The plain reading cannot vouch for what it read: expat reads the sheet instead."""


class _SheetReader:
    """A sheet's XML through expat. The handler only notes cells with a value; they are
    measured after each chunk (a MB of XML), in bulk, and a value past the limits ends the
    reading there. About 1.4 s for 100,000 rows of 11 columns."""

    __slots__ = (
        "name",
        "extent",
        "hidden",
        "row",
        "cell",
        "pending",
        "found",
        "parser",
        "encoding",
    )

    def __init__(self, sheet: str, name: str) -> None:
        self.name = name
        self.extent = _Extent(sheet)
        self.hidden = _HiddenRows()
        self.row = -1  # the current <row>, from 0
        self.cell: str | tuple[int, int] | None = None  # the row's last <c>: its r, or place
        self.pending: str | tuple[int, int] | None = None  # the same, until it shows a value
        self.found: list[str | tuple[int, int]] = []  # cells with a value in this chunk
        self.encoding: str | None = None  # as the XML declaration states it
        self.parser = expat.ParserCreate()
        self.parser.ordered_attributes = True  # a list is quicker to make than a dict
        self.parser.StartElementHandler = self.start
        self.parser.StartDoctypeDeclHandler = _no_doctype(sheet)
        self.parser.XmlDeclHandler = self._declaration

    def feed(self, data: bytes) -> None:
        self.parser.Parse(data, False)
        self.measure()

    def finish(self) -> _Extent:
        self.parser.Parse(b"", True)
        self.measure()
        self.extent.hidden_rows = self.hidden.numbers(self.extent.last_row + 1)
        return self.extent

    def _declaration(self, _version, encoding, _standalone) -> None:
        self.encoding = encoding

    def start(self, element: str, attrs: list) -> None:
        kind = _SHEET_ELEMENTS.get(element)
        if kind is None:
            if ":" not in element:
                return
            kind = _SHEET_ELEMENTS.get(_local(element))
            if kind is None:
                return
        if kind == _CELL:
            ref = attrs[1] if attrs and attrs[0] == "r" else _attribute(attrs, "r")
            if ref is None:  # rare: placed right of the cell before it
                before = -1 if self.cell is None else _position(self.cell)[1]
                ref = (self.row, before + 1)
            self.cell = self.pending = ref
        elif kind == _VALUE:
            if self.pending is not None:
                self.found.append(self.pending)
                self.pending = None
        elif kind == _ROW:
            number = _attribute(attrs, "r")
            self.row = self.row + 1 if number is None else _row_index(number)
            self.cell = self.pending = None
            if _attribute(attrs, "hidden") in ("1", "true"):
                self.hidden.add(self.row + 1)
        elif self.extent.declared is None:
            self.extent.declared = _attribute(attrs, "ref")

    def measure(self) -> None:
        found = self.found
        refs = [ref for ref in found if ref.__class__ is str]
        places = [place for place in found if place.__class__ is not str]
        found.clear()
        # Rows and columns apart: each distinct one is read once, and the extent is the
        # rectangle over them all the same.
        rows = [place[0] for place in places]
        rows += map(_row_index, {ref.lstrip(_ASCII_LETTERS) for ref in refs})
        columns = [place[1] for place in places]
        columns += map(_column_index, {ref.rstrip(_DIGITS) for ref in refs})
        if not rows:
            return
        right, bottom = max(columns), max(rows)
        if right >= MAX_COLUMNS:
            far = next((p for p in places if p[1] == right), None) or next(
                _position(ref) for ref in refs if _column_index(ref.rstrip(_DIGITS)) == right
            )
            raise KienanError(_far_value_message(self.name, self.extent.sheet, *far))
        if bottom >= MAX_ROWS:
            raise KienanError(_row_message(self.name, self.extent.sheet, bottom + 1))
        self.take(rows, columns)

    def take(self, rows: list[int], columns: list[int]) -> None:
        """Values at these rows and columns (none past the limits), into the extent."""
        extent = self.extent
        extent.first_row = min(extent.first_row, *rows)
        extent.last_row = max(extent.last_row, *rows)
        extent.first_column = min(extent.first_column, *columns)
        extent.last_column = max(extent.last_column, *columns)


def _no_doctype(part: str) -> Callable[..., None]:
    def refuse(*_args) -> None:
        # Sheets never declare one; calamine ignores entities a DTD would define.
        raise ValueError(Message("part {part} declares a document type", part=part))

    return refuse


# The rows of a sheet as Excel, LibreOffice and openpyxl write them, taken by pattern: only
# XML expat reads the same way (each attribute once, no character XML forbids), so a row
# that matches is one expat would read, with the same cells. What a pattern would pay for
# in time is checked over all the rows at once instead (_unusual_text). Anything else is
# left to expat.
# Possessive only on a class of characters: a possessive group repeated reads wrongly in the
# re of Python before 3.11.5 (Debian 12 ships 3.11.2).
_TEXT = rb"[^<\x00-\x08\x0b\x0c\x0e-\x1f]*+"
_FORMULA = (
    rb'(?:<f(?: t="[A-Za-z]+")?(?: ref="[A-Za-z0-9:$]+")?(?: si="[0-9]+")?'
    rb"(?:/>|>" + _TEXT + rb"</f>))?"
)
_SHOWN = rb"(?:<v>" + _TEXT + rb'</v>|<is><t(?: xml:space="preserve")?>' + _TEXT + rb"</t></is>)"
# r= first, its row the row's own (\1); s= and t= after it, each at most once.
_PLAIN_CELL = rb'<c r="[A-Za-z]+\1"(?: s="[0-9]+")?(?: t="[A-Za-z]+")?(?:/>|>'
# Groups: the row's r, its other attributes.
_PLAIN_ROW = re.compile(
    rb'<row r="(0*[1-9][0-9]{0,8})"'
    rb'((?: [A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?="[^"<&\x00-\x08\x0b\x0c\x0e-\x1f]*")*)'
    rb"(?:/>|>(?:" + _PLAIN_CELL + _FORMULA + _SHOWN + rb"?</c>))*</row>)"
)
# Within plain rows: the column of each cell that shows a value.
_SHOWN_COLUMN = re.compile(rb'<c r="([A-Za-z]+)[0-9]+"[^>]*>(?:<f[^<]*(?:</f>|)|)<[vi]')
_REFERENCE = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos);)")  # any but the five named
_ROW_ATTRIBUTE = re.compile(rb' ([^=]+)="([^"]*)"')
_PLAIN_START = re.compile(rb"(?:\xef\xbb\xbf)?(?:<\?xml[ \t\r\n][^<>?]*\?>[ \t\r\n]*)?<[A-Za-z_]")
_SHEET_DATA = b"<sheetData>"
_HEADER_LIMIT = 4 * _CHUNK  # where <sheetData> is looked for
_ROW_LIMIT = 4 * _CHUNK  # a longer row is left to expat


class _PlainRows:
    """A sheet read by expat up to <sheetData>, then by pattern for as long as its rows are
    plain (_PLAIN_ROW), then by expat again. expat never sees the plain rows: balanced
    elements in the content of <sheetData>, they change nothing in what it finds well or
    badly formed around them. What expat's handler would note of them is noted in bulk:
    their hidden rows and, per chunk, the rows and columns of the cells that show a value.
    Returns None, or raises, whenever it cannot vouch for the answer."""

    def __init__(self, sheet: str, name: str) -> None:
        self.reader = _SheetReader(sheet, name)
        self.last: re.Match | None = None  # the last plain row taken
        self.hidden_by_attributes: dict[bytes, bool] = {}

    def scan(self, chunks: Iterator[bytes]) -> _Extent | None:
        reader = self.reader
        head, at = b"", -1
        for chunk in chunks:
            head += chunk
            at = head.find(_SHEET_DATA)
            if at >= 0 or len(head) > _HEADER_LIMIT:
                break
        if at < 0:
            return None
        at += len(_SHEET_DATA)
        reader.feed(head[:at])
        if not self._plain_header(head[:at]):
            return None
        rest = head[at:]
        for chunk in chunks:
            rest = self._take_rows(rest + chunk)
            if not _may_be_a_cut_row(rest):
                break
        else:
            rest = self._take_rows(rest)
        self._resume_after_rows()
        reader.feed(rest)
        for chunk in chunks:
            reader.feed(chunk)
        return reader.finish()

    def _plain_header(self, header: bytes) -> bool:
        """No comment, CDATA, processing instruction or DTD that <sheetData> could sit in,
        and UTF-8 (in which the patterns' ASCII means what it says)."""
        start = _PLAIN_START.match(header)
        encoding = self.reader.encoding
        return (
            start is not None
            and b"<!" not in header
            and header.find(b"<?", start.end()) < 0
            and (encoding is None or encoding.lower() == "utf-8")
        )

    def _take_rows(self, data: bytes) -> bytes:
        """Notes the plain rows at the start of data; returns what follows them."""
        match, find, pos, last = _PLAIN_ROW.match, data.find, 0, None
        shown_rows: list[bytes] = []
        hidden_rows: list[int] = []
        known = self.hidden_by_attributes
        while (row := match(data, pos)) is not None:
            start, end = row.span()
            digits, attributes = row.groups()
            if attributes:
                hidden = known.get(attributes)
                if hidden is None:
                    hidden = _row_hidden(attributes)
                    if hidden is None:
                        break
                    if len(known) < 1000:
                        known[attributes] = hidden
                if hidden:
                    hidden_rows.append(int(digits))
            if find(b"<v>", start, end) >= 0 or find(b"<is>", start, end) >= 0:
                shown_rows.append(digits)
            pos, last = end, row
        if last is None or _unusual_text(data, pos):
            return data
        if shown_rows:
            rows = [int(digits) - 1 for digits in set(shown_rows)]
            columns = self._shown_columns(data, pos)
            if max(columns) >= MAX_COLUMNS or max(rows) >= MAX_ROWS:
                raise _NotPlain  # expat tells where
            self.reader.take(rows, columns)
        for number in hidden_rows:
            self.reader.hidden.add(number)
        self.last = last
        return data[pos:]

    def _shown_columns(self, data: bytes, end: int) -> list[int]:
        """The columns of the values in data[:end]: none but the extent's own if no cell
        at all lies outside them (one search), else each value's."""
        extent = self.reader.extent
        if extent.last_column >= 0:
            outside = _cell_outside(extent.first_column, extent.last_column)
            if outside.search(data, 0, end) is None:
                return [extent.first_column, extent.last_column]
        letters = set(_SHOWN_COLUMN.findall(data, 0, end))
        return [_column_index(each.decode()) for each in letters]

    def _resume_after_rows(self) -> None:
        """Where expat's handler would stand after the last plain row: on that row, on its
        last cell, still waiting for a value if that cell showed none."""
        if self.last is None:
            return
        reader, text = self.reader, self.last.group(0)
        reader.row = int(self.last.group(1)) - 1
        at = text.rfind(b'<c r="')
        if at < 0:
            reader.cell = reader.pending = None
            return
        reader.cell = text[at + 6 : text.index(b'"', at + 6)].decode()
        reader.pending = None if _SHOWN_COLUMN.match(text, at) else reader.cell


def _unusual_text(data: bytes, end: int) -> bool:
    """What the row pattern lets through but expat may read otherwise in data[:end]: bytes
    that are no UTF-8, the characters U+FFFE and U+FFFF, "]]>" in text, and references
    other than the five named entities."""
    text = str(memoryview(data)[:end], "utf-8", "replace")
    return (
        "\ufffd" in text
        or "\ufffe" in text
        or "\uffff" in text
        or data.find(b"]]>", 0, end) >= 0
        or (data.find(b"&", 0, end) >= 0 and _REFERENCE.search(data, 0, end) is not None)
    )


@lru_cache(maxsize=64)
def _cell_outside(first: int, last: int) -> re.Pattern:
    """A pattern for a cell whose column (upper case) is not one from first to last."""
    spans: dict[str, list[str]] = {}
    for index in range(first, last + 1):
        letters = column_letter(index)
        spans.setdefault(letters[:-1], []).append(letters[-1])
    columns = "|".join(f"{lead}[{ends[0]}-{ends[-1]}]" for lead, ends in spans.items())
    return re.compile(rb'<c r="(?!(?:' + columns.encode() + rb")[0-9])")


def _row_hidden(attributes: bytes) -> bool | None:
    """Whether a plain row's attributes (after r=) hide it; None if one is there twice."""
    names: set[bytes] = {b"r"}
    hidden = False
    for key, value in _ROW_ATTRIBUTE.findall(attributes):
        if key in names:
            return None
        names.add(key)
        if key == b"hidden":
            hidden = value in (b"1", b"true")
    return hidden


def _may_be_a_cut_row(rest: bytes) -> bool:
    """Whether what follows the plain rows may be a plain row the chunk's end cuts short."""
    return len(rest) < _ROW_LIMIT and rest[:4] == b"<row"[: len(rest)] and b"</row>" not in rest
