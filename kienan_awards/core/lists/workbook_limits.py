"""What a workbook file holds, measured before calamine reads it, against the limits a list
this program reads stays within.

calamine holds each sheet as one dense rectangle, from its first value to its last, and
unpacks whatever a zip holds: a few KB with one value at XFD1048576, or a sheet of 2 GB of
blanks packed into 2 MB, would take the process down. So a zip-based workbook (.xlsx, .xlsm,
.xlsb, .ods) is measured here first: its directory, then every part calamine may parse,
unpacked in a stream and counted; each sheet's XML is read once for where its values really
lie and which rows are hidden. An .xls (no zip) and the binary sheets of an .xlsb cannot be
measured that way: calamine's own report of each sheet's size is checked (check_extent)
before any of its rows is made.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.cell_values import column_letter
from kienan_awards.core.messages import Message

# The limits. Real lists stay far inside them (100,000 awards: 40 MB of XML, 11 columns,
# 1.1 million cells, packed 7:1); past them a file is a mistake or an attack.
MAX_XML_BYTES = 200 * 1024 * 1024  # all the parts a reader parses, unpacked, together
MAX_COMPRESSION_RATIO = 100  # spreadsheets pack 5-20:1; deflate reaches 1,000:1 on blanks
RATIO_CHECKED_FROM = 1024 * 1024  # a part smaller than this unpacked harms no one
MAX_ZIP_PARTS = 10_000  # a workbook has tens; the directory alone would cost memory
MAX_ROWS = 1_048_576  # Excel's last row
MAX_COLUMNS = 200  # counted from A: the rightmost value may sit in column GR
MAX_CELLS = 10_000_000  # the rectangle calamine holds, about 32 bytes a cell: 320 MB

# calamine never opens a picture; every other part it may parse, whatever its name says
# (a sheet's part is named by the workbook's relations, and may be called anything).
_PICTURES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg")
_SHEET_FOLDERS = ("xl/worksheets/", "xl/chartsheets/", "xl/dialogsheets/", "xl/macrosheets/")
_CHUNK = 1024 * 1024
# What a broken zip or sheet XML raises while it is measured.
# (zipfile raises NotImplementedError for a version or method it does not know: a broken byte.)
FILE_FORMAT_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    expat.ExpatError,
    NotImplementedError,
)


def check_extent(file_name: str, sheet: str, start, end, cells_before: int = 0) -> int:
    """The limits on what calamine reports of a sheet, before any of its rows are made:
    for .xls and .xlsb files all there is; for the others, checked already from the XML.
    cells_before counts the sheets read before it: the rows of all of them stay in memory,
    so the limit on cells holds for the whole workbook. Returns the count with this sheet."""
    if start is None or end is None:
        return cells_before
    if end[1] >= MAX_COLUMNS:
        raise KienanError(_column_message(file_name, sheet, column_letter(end[1])))
    if end[0] >= MAX_ROWS:
        raise KienanError(_row_message(file_name, sheet, end[0] + 1))
    _check_cells(file_name, sheet, start, end)
    return _check_workbook_cells(file_name, sheet, cells_before, end)


def _check_workbook_cells(file_name: str, sheet: str, cells_before: int, end) -> int:
    """The limit on cells over the whole workbook, counted up to this sheet's last value
    (its rows are kept from A1 on); returns the count with this sheet."""
    cells = cells_before + (end[0] + 1) * (end[1] + 1)
    if cells > MAX_CELLS:
        raise KienanError(
            Message(
                "the sheets of {name} hold {cells} cells together, up to sheet '{sheet}'; a "
                "list this program reads fills at most {limit}: delete what lies below or to "
                "the right of each list and save it again",
                name=file_name,
                cells=cells,
                sheet=sheet,
                limit=MAX_CELLS,
            )
        )
    return cells


def _column_message(file_name: str, sheet: str, column: str) -> Message:
    return Message(
        "sheet '{sheet}' of {name} reaches column {column}; a list this program reads has at "
        "most {limit} columns: delete what lies to the right of the list and save it again",
        sheet=sheet,
        name=file_name,
        column=column,
        limit=MAX_COLUMNS,
    )


def _row_message(file_name: str, sheet: str, row: int) -> Message:
    return Message(
        "sheet '{sheet}' of {name} reaches row {row}; a sheet has at most {limit} rows",
        sheet=sheet,
        name=file_name,
        row=row,
        limit=MAX_ROWS,
    )


def _check_cells(file_name: str, sheet: str, start, end) -> None:
    cells = (end[0] - start[0] + 1) * (end[1] - start[1] + 1)
    if cells > MAX_CELLS:
        raise KienanError(
            Message(
                "sheet '{sheet}' of {name} has values from {first} to {last}, {cells} cells; "
                "a list this program reads fills at most {limit}: delete what lies below or to "
                "the right of the list and save it again",
                sheet=sheet,
                name=file_name,
                first=f"{column_letter(start[1])}{start[0] + 1}",
                last=f"{column_letter(end[1])}{end[0] + 1}",
                cells=cells,
                limit=MAX_CELLS,
            )
        )


# --- the zip, before calamine opens it --------------------------------------------------


@dataclass
class _Extent:
    """Where a sheet's values lie, read from its XML; rows and columns count from 0, as
    calamine's do. `declared` is the <dimension> the sheet states at its start; it decides
    nothing: writers leave it out or get it wrong (a small list under A1:XFD1048576 reads
    well, a value past a dimension of A1:B2 is still there), so only the cells are measured."""

    sheet: str
    first_row: int = MAX_ROWS
    last_row: int = -1
    first_column: int = 1 << 62
    last_column: int = -1
    hidden_rows: set[int] = field(default_factory=set)  # Excel row numbers
    declared: str | None = None


def measure_zip_workbook(path: Path) -> dict[str, _Extent]:
    """Checks a zip-based workbook against the limits and returns, by sheet name, where each
    sheet's values lie (for .xlsx/.xlsm and .ods; .xlsb sheets are binary and left to
    calamine's report)."""
    name = path.name
    with path.open("rb") as handle:
        _check_part_count(handle, name)
        with zipfile.ZipFile(handle) as archive:
            parsed = [
                info
                for info in archive.infolist()
                if not info.is_dir()
                and (
                    info.filename.lower().startswith(_SHEET_FOLDERS)
                    or not info.filename.lower().endswith(_PICTURES)
                )
            ]
            total = sum(info.file_size for info in parsed)
            if total > MAX_XML_BYTES:
                raise KienanError(
                    Message(
                        "{name} is too large to read: its parts unpack to {size} MB; a list "
                        "this program reads unpacks to at most {limit} MB",
                        name=name,
                        size=round(total / 1024 / 1024),
                        limit=MAX_XML_BYTES // 1024 // 1024,
                    )
                )
            for info in parsed:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size >= RATIO_CHECKED_FROM and ratio > MAX_COMPRESSION_RATIO:
                    raise KienanError(
                        Message(
                            "{name} cannot be read safely: its part {part} unpacks to {ratio} "
                            "times its packed size, which no spreadsheet program writes",
                            name=name,
                            part=info.filename,
                            ratio=round(ratio),
                        )
                    )
            by_name = {info.filename.lower(): info for info in parsed}
            if len(by_name) < len(parsed):  # which of two namesakes would calamine read?
                raise ValueError(Message("two parts of the zip have the same name"))
            sheet_names = _xlsx_sheet_names(handle, by_name, name)
            xml_sheets = "xl/workbook.xml" in by_name  # an .xlsb's sheets are binary
            extents: dict[str, _Extent] = {}
            for key, info in by_name.items():
                chunks = _unpacked(handle, info, name)
                # A sheet is wherever the workbook's relations put it, not only in its folder.
                is_sheet = key in sheet_names or key.startswith(_SHEET_FOLDERS)
                if xml_sheets and is_sheet and "/_rels/" not in key:
                    sheet = sheet_names.get(key, info.filename)
                    extents[sheet] = _scan_worksheet(chunks, sheet, name)
                elif key == "content.xml":
                    extents.update(_scan_ods_content(chunks, name))
                else:
                    for _ in chunks:  # unpacked only to prove its size and checksum true
                        pass
    # An .ods is read whole when calamine opens it, every sheet at once: the workbook's
    # total is checked here, before, as well as sheet by sheet.
    cells = 0
    for extent in extents.values():
        if extent.last_row >= 0:
            start, end = (
                (extent.first_row, extent.first_column),
                (extent.last_row, extent.last_column),
            )
            _check_cells(name, extent.sheet, start, end)
            cells = _check_workbook_cells(name, extent.sheet, cells, end)
    return extents


def is_zip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06")


def _check_part_count(handle, name: str) -> None:
    """The number of parts, from the zip's end record, before zipfile reads the directory
    (a few MB of zip can list a million parts, each a Python object)."""
    size = handle.seek(0, 2)
    handle.seek(max(0, size - 65_557))
    tail = handle.read()
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or end + 22 > len(tail):
        return  # zipfile says what is wrong
    count = struct.unpack_from("<H", tail, end + 10)[0]
    locator = end - 20
    if count == 0xFFFF and locator >= 0 and tail[locator : locator + 4] == b"PK\x06\x07":
        record = struct.unpack_from("<Q", tail, locator + 8)[0]
        handle.seek(record + 32)
        count = struct.unpack("<Q", handle.read(8).ljust(8, b"\0"))[0]
    if count > MAX_ZIP_PARTS:
        raise KienanError(
            Message(
                "{name} cannot be read safely: it holds {count} parts; a spreadsheet holds at "
                "most {limit}",
                name=name,
                count=count,
                limit=MAX_ZIP_PARTS,
            )
        )


def _damaged(name: str, part: str) -> KienanError:
    return KienanError(
        Message(
            "{name} is damaged: its part {part} does not match the size or checksum the zip "
            "gives for it; save the list again from the spreadsheet program",
            name=name,
            part=part,
        )
    )


def _unpacked(handle, info: zipfile.ZipInfo, name: str) -> Iterator[bytes]:
    """The part's bytes, unpacked here from the raw stream rather than by zipfile (which
    stops at the stated size, as if the rest were not there): more bytes than the directory
    states, fewer, or another checksum, and the file is refused."""
    if info.flag_bits & 1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise ValueError(
            Message("part {part} is encrypted or packed in an unusual way", part=info.filename)
        )
    handle.seek(info.header_offset)
    header = handle.read(30)
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise _damaged(name, info.filename)
    name_length, extra_length = struct.unpack_from("<HH", header, 26)
    handle.seek(info.header_offset + 30 + name_length + extra_length)
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    left, size, crc = info.compress_size, 0, 0
    while left > 0:
        packed = handle.read(min(_CHUNK, left))
        if not packed:
            raise _damaged(name, info.filename)
        left -= len(packed)
        while packed:
            if inflater is None:
                data, packed = packed, b""
            else:
                data = inflater.decompress(packed, _CHUNK)
                packed = inflater.unconsumed_tail
            size += len(data)
            if size > info.file_size:
                raise _damaged(name, info.filename)
            crc = zlib.crc32(data, crc)
            yield data
            if inflater is not None and inflater.eof:
                packed = b""
    if inflater is not None:
        rest = inflater.flush()
        size += len(rest)
        crc = zlib.crc32(rest, crc)
        if rest and size <= info.file_size:
            yield rest
        if not inflater.eof:
            raise _damaged(name, info.filename)
    if size != info.file_size or crc != info.CRC:
        raise _damaged(name, info.filename)


def _read_part(handle, by_name: dict[str, zipfile.ZipInfo], key: str, name: str) -> bytes:
    info = by_name.get(key)
    return b"".join(_unpacked(handle, info, name)) if info else b""


def _local(name: str) -> str:
    return name.rpartition(":")[2]


def _parse(
    chunks,
    start: Callable,
    name: str,
    part: str,
    end: Callable | None = None,
    namespaces: bool = False,
    ordered: bool = False,
    each_chunk: Callable[[], None] | None = None,
) -> None:
    parser = expat.ParserCreate(namespace_separator="|" if namespaces else None)
    parser.ordered_attributes = ordered  # a list is quicker to make than a dict
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end

    def no_doctype(*_args) -> None:
        # Sheets never declare one; calamine ignores entities a DTD would define.
        raise ValueError(Message("part {part} declares a document type", part=part))

    parser.StartDoctypeDeclHandler = no_doctype
    for chunk in chunks:
        parser.Parse(chunk, False)
        if each_chunk is not None:
            each_chunk()
    parser.Parse(b"", True)
    if each_chunk is not None:
        each_chunk()


def _xlsx_sheet_names(handle, by_name, name: str) -> dict[str, str]:
    """Sheet names by their XML part (lower case), resolved as calamine resolves them."""
    workbook = _read_part(handle, by_name, "xl/workbook.xml", name)
    relations = _read_part(handle, by_name, "xl/_rels/workbook.xml.rels", name)
    if not workbook:
        return {}
    targets: dict[str, str] = {}
    sheets: list[tuple[str, str]] = []

    def relation(element: str, attrs: dict) -> None:
        if _local(element) == "Relationship":
            targets[attrs.get("Id", "")] = attrs.get("Target", "")

    def sheet(element: str, attrs: dict) -> None:
        if _local(element) == "sheet":
            rid = next((v for k, v in attrs.items() if ":" in k and _local(k) == "id"), "")
            sheets.append((attrs.get("name", ""), rid))

    if relations:
        _parse([relations], relation, name, "xl/_rels/workbook.xml.rels")
    _parse([workbook], sheet, name, "xl/workbook.xml")
    parts = {}
    for sheet_name, rid in sheets:
        target = targets.get(rid, "")
        if target.startswith("/"):
            target = target[1:]
        elif not target.startswith("xl/"):
            target = "xl/" + target
        parts[target.lower()] = sheet_name
    return parts


_ROW, _CELL, _VALUE, _DIMENSION = range(4)
_SHEET_ELEMENTS = {"row": _ROW, "c": _CELL, "v": _VALUE, "is": _VALUE, "dimension": _DIMENSION}
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_DIGITS = "0123456789"
_COLUMN_LETTERS = re.compile(r"[A-Za-z]{1,7}")
_ROW_DIGITS = re.compile(r"0*[1-9][0-9]{0,8}")  # row 0 does not exist
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


def _scan_worksheet(chunks: Iterator[bytes], sheet: str, name: str) -> _Extent:
    """Where the sheet's values lie, its hidden rows and declared dimension, streamed: a
    cell counts once it shows a value (<v> or <is>), as calamine counts it, at the place
    its r="B7" gives or, without one, next to the cell before it. The handler only notes
    such cells; they are measured after each chunk (a MB of XML), in bulk, and a value past
    the limits ends the reading there. About 1.5 s for 100,000 rows of 11 columns."""
    extent = _Extent(sheet)
    hidden = _HiddenRows()
    row = -1  # the current <row>, from 0
    cell: str | tuple[int, int] | None = None  # the last <c> of the row: its r, or its place
    pending: str | tuple[int, int] | None = None  # the same, until it shows a value
    found: list[str | tuple[int, int]] = []  # cells with a value in this chunk
    kinds = _SHEET_ELEMENTS.get

    def start(element: str, attrs: list) -> None:
        nonlocal row, cell, pending
        kind = kinds(element)
        if kind is None:
            if ":" not in element:
                return
            kind = kinds(_local(element))
            if kind is None:
                return
        if kind == _CELL:
            ref = attrs[1] if attrs and attrs[0] == "r" else _attribute(attrs, "r")
            if ref is None:  # rare: placed right of the cell before it
                before = -1 if cell is None else _position(cell)[1]
                ref = (row, before + 1)
            cell = pending = ref
        elif kind == _VALUE:
            if pending is not None:
                found.append(pending)
                pending = None
        elif kind == _ROW:
            number = _attribute(attrs, "r")
            row = row + 1 if number is None else _row_index(number)
            cell = pending = None
            if _attribute(attrs, "hidden") in ("1", "true"):
                hidden.add(row + 1)
        elif extent.declared is None:
            extent.declared = _attribute(attrs, "ref")

    def measure() -> None:
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
            raise KienanError(_far_value_message(name, sheet, *far))
        if bottom >= MAX_ROWS:
            raise KienanError(_row_message(name, sheet, bottom + 1))
        extent.first_row = min(extent.first_row, *rows)
        extent.last_row = max(extent.last_row, bottom)
        extent.first_column = min(extent.first_column, *columns)
        extent.last_column = max(extent.last_column, right)

    _parse(chunks, start, name, sheet, ordered=True, each_chunk=measure)
    extent.hidden_rows = hidden.numbers(extent.last_row + 1)
    return extent


def _far_value_message(file_name: str, sheet: str, row: int, column: int) -> Message:
    letters = column_letter(column)
    return Message(
        "sheet '{sheet}' of {name} reaches column {column} (a value at {cell}); a list this "
        "program reads has at most {limit} columns: delete what lies to the right of the list "
        "and save it again",
        sheet=sheet,
        name=file_name,
        column=letters,
        cell=f"{letters}{row + 1}",
        limit=MAX_COLUMNS,
    )


_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0|"
_ODS_VALUE_TYPE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0|value-type"
_ODS_PARAGRAPH = "urn:oasis:names:tc:opendocument:xmlns:text:1.0|p"


def _scan_ods_content(chunks: Iterator[bytes], name: str) -> dict[str, _Extent]:
    """The same for each table of an OpenDocument spreadsheet, whose rows and cells may
    stand for many (number-rows-repeated, number-columns-repeated): one value repeated over
    the whole sheet is a few bytes here and seventeen billion cells in calamine."""
    extents: dict[str, _Extent] = {}
    hidden: dict[str, _HiddenRows] = {}
    extent: _Extent | None = None
    row, rows, column = 0, 0, 0  # the current row (from 0), how many it stands for, next cell
    pending: tuple[int, int] | None = None  # a cell's columns until it shows a value

    def value(first_column: int, columns: int) -> None:
        last_column, last_row = first_column + columns - 1, row + rows - 1
        if last_column >= MAX_COLUMNS:
            raise KienanError(_far_value_message(name, extent.sheet, row, last_column))
        if last_row >= MAX_ROWS:
            raise KienanError(_row_message(name, extent.sheet, last_row + 1))
        extent.first_row = min(extent.first_row, row)
        extent.last_row = max(extent.last_row, last_row)
        extent.first_column = min(extent.first_column, first_column)
        extent.last_column = max(extent.last_column, last_column)

    def start(element: str, attrs: dict) -> None:
        nonlocal extent, row, rows, column, pending
        if element.startswith(_ODS_TABLE):
            local = element[len(_ODS_TABLE) :]
            if local == "table":
                if extent is not None:  # a table in a cell: calamine's counting is not ours
                    raise ValueError(Message("a table inside a table"))
                sheet = attrs.get(_ODS_TABLE + "name", "")
                extent = extents.setdefault(sheet, _Extent(sheet))
                row, rows = 0, 0
            elif extent is None:
                return
            elif local == "table-row":
                row, rows = row + rows, _repeats(attrs.get(_ODS_TABLE + "number-rows-repeated"))
                column, pending = 0, None
                if attrs.get(_ODS_TABLE + "visibility", "visible") != "visible":
                    hidden.setdefault(extent.sheet, _HiddenRows()).add(row + 1, rows)
            elif local in ("table-cell", "covered-table-cell"):
                columns = _repeats(attrs.get(_ODS_TABLE + "number-columns-repeated"))
                pending, column = (column, columns), column + columns
                if _ODS_VALUE_TYPE in attrs:
                    value(*pending)
                    pending = None
        elif element == _ODS_PARAGRAPH and pending is not None:
            value(*pending)
            pending = None

    def end(element: str) -> None:
        nonlocal extent
        if element == _ODS_TABLE + "table":
            extent = None

    _parse(chunks, start, name, "content.xml", end=end, namespaces=True)
    for sheet, rows_hidden in hidden.items():
        extents[sheet].hidden_rows = rows_hidden.numbers(extents[sheet].last_row + 1)
    return extents


def _repeats(text: str | None) -> int:
    if text is None:
        return 1
    if not _ROW_DIGITS.fullmatch(text):
        raise ValueError(Message("a row or cell repeated {count} times", count=repr(text)))
    return int(text)


class _HiddenRows:
    """Hidden rows as one bit per Excel row: a sheet may mark a million rows hidden in a few
    bytes, and only those up to its last value are kept in the end."""

    def __init__(self) -> None:
        self._bits = bytearray(MAX_ROWS // 8 + 1)
        self._highest = 0

    def add(self, number: int, count: int = 1) -> None:
        first, last = max(number, 1), min(number + count - 1, MAX_ROWS)
        if first > last:
            return
        self._highest = max(self._highest, last)
        while first <= last and first & 7:  # bit by bit up to a whole byte, then bytes
            self._bits[first >> 3] |= 1 << (first & 7)
            first += 1
        whole = (last + 1 - first) >> 3
        self._bits[first >> 3 : (first >> 3) + whole] = b"\xff" * whole
        for each in range(first + (whole << 3), last + 1):
            self._bits[each >> 3] |= 1 << (each & 7)

    def numbers(self, last: int) -> set[int]:
        """The hidden rows numbered up to `last`."""
        found: set[int] = set()
        for index, byte in enumerate(self._bits[: (min(last, self._highest) >> 3) + 1]):
            if byte:
                found.update(
                    number
                    for bit in range(8)
                    if byte >> bit & 1 and (number := index * 8 + bit) <= last
                )
        return found
