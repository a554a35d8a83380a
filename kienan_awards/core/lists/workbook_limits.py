"""What a workbook file holds, measured before calamine reads it, against the limits a list
this program reads stays within.

calamine holds each sheet as one dense rectangle, from its first value to its last, and
unpacks whatever a zip holds: a few KB with one value at XFD1048576, or a sheet of 2 GB of
blanks packed into 2 MB, would take the process down. So a zip-based workbook (.xlsx, .xlsm,
.xlsb, .ods) is measured here first: its directory, then every part calamine may parse,
unpacked in a stream and counted; each sheet's XML is read once for where its values really
lie and which rows are hidden (worksheet_scan.py, ods_scan.py). An .xls (no zip) and the
binary sheets of an .xlsb cannot be measured that way: calamine's own report of each sheet's
size is checked (check_extent) before any of its rows is made.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from xml.parsers import expat

from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.cell_values import column_letter
from kienan_awards.core.lists.ods_scan import _scan_ods_content
from kienan_awards.core.lists.sheet_extent import (
    _CHUNK,
    MAX_COLUMNS,
    MAX_ROWS,
    _Extent,
    _local,
    _parse,
    _row_message,
)
from kienan_awards.core.lists.worksheet_scan import _scan_worksheet
from kienan_awards.core.messages import Message

# The limits. Real lists stay far inside them (100,000 awards: 40 MB of XML, 11 columns,
# 1.1 million cells, packed 7:1); past them a file is a mistake or an attack.
# (MAX_ROWS and MAX_COLUMNS, the limits on one sheet, are in sheet_extent.py.)
MAX_XML_BYTES = 200 * 1024 * 1024  # all the parts a reader parses, unpacked, together
MAX_COMPRESSION_RATIO = 100  # spreadsheets pack 5-20:1; deflate reaches 1,000:1 on blanks
RATIO_CHECKED_FROM = 1024 * 1024  # a part smaller than this unpacked harms no one
MAX_ZIP_PARTS = 10_000  # a workbook has tens; the directory alone would cost memory
MAX_CELLS = 10_000_000  # the rectangle calamine holds, about 32 bytes a cell: 320 MB

# calamine never opens a picture; every other part it may parse, whatever its name says
# (a sheet's part is named by the workbook's relations, and may be called anything).
_PICTURES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".emf", ".wmf", ".svg")
_SHEET_FOLDERS = ("xl/worksheets/", "xl/chartsheets/", "xl/dialogsheets/", "xl/macrosheets/")
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
                part = partial(_unpacked, handle, info, name)
                # A sheet is wherever the workbook's relations put it, not only in its folder.
                is_sheet = key in sheet_names or key.startswith(_SHEET_FOLDERS)
                if xml_sheets and is_sheet and "/_rels/" not in key:
                    sheet = sheet_names.get(key, info.filename)
                    extents[sheet] = _scan_worksheet(part, sheet, name)
                elif key == "content.xml":
                    extents.update(_scan_ods_content(part(), name))
                else:
                    for _ in part():  # unpacked only to prove its size and checksum true
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
    count = count_zip_parts(handle)
    if count is not None and count > MAX_ZIP_PARTS:
        raise KienanError(
            Message(
                "{name} cannot be read safely: it holds {count} parts; a spreadsheet holds at "
                "most {limit}",
                name=name,
                count=count,
                limit=MAX_ZIP_PARTS,
            )
        )


def count_zip_parts(handle) -> int | None:
    """The number of parts, from the zip's end record, before zipfile reads the directory
    (a few MB of zip can list a million parts, each a Python object); None when there is no
    end record to read it from (zipfile then says what is wrong)."""
    size = handle.seek(0, 2)
    handle.seek(max(0, size - 65_557))
    tail = handle.read()
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or end + 22 > len(tail):
        return None
    count = struct.unpack_from("<H", tail, end + 10)[0]
    locator = end - 20
    if count == 0xFFFF and locator >= 0 and tail[locator : locator + 4] == b"PK\x06\x07":
        record = struct.unpack_from("<Q", tail, locator + 8)[0]
        handle.seek(record + 32)
        count = struct.unpack("<Q", handle.read(8).ljust(8, b"\0"))[0]
    return count


def _damaged(name: str, part: str) -> KienanError:
    return KienanError(
        Message(
            "{name} is damaged: its part {part} does not match the size or checksum the zip "
            "gives for it; save the list again from the spreadsheet program",
            name=name,
            part=part,
        )
    )


def _unpacked(
    handle, info: zipfile.ZipInfo, name: str, damaged: Callable[[str, str], Exception] = _damaged
) -> Iterator[bytes]:
    """The part's bytes, unpacked here from the raw stream rather than by zipfile (which
    stops at the stated size, as if the rest were not there): more bytes than the directory
    states, fewer, or another checksum, and the file is refused (with damaged(name, part))."""
    if info.flag_bits & 1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise ValueError(
            Message("part {part} is encrypted or packed in an unusual way", part=info.filename)
        )
    handle.seek(info.header_offset)
    header = handle.read(30)
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise damaged(name, info.filename)
    name_length, extra_length = struct.unpack_from("<HH", header, 26)
    handle.seek(info.header_offset + 30 + name_length + extra_length)
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    left, size, crc = info.compress_size, 0, 0
    while left > 0:
        packed = handle.read(min(_CHUNK, left))
        if not packed:
            raise damaged(name, info.filename)
        left -= len(packed)
        while packed:
            if inflater is None:
                data, packed = packed, b""
            else:
                data = inflater.decompress(packed, _CHUNK)
                packed = inflater.unconsumed_tail
            size += len(data)
            if size > info.file_size:
                raise damaged(name, info.filename)
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
            raise damaged(name, info.filename)
    if size != info.file_size or crc != info.CRC:
        raise damaged(name, info.filename)


def _read_part(handle, by_name: dict[str, zipfile.ZipInfo], key: str, name: str) -> bytes:
    info = by_name.get(key)
    return b"".join(_unpacked(handle, info, name)) if info else b""


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
