"""Where a sheet's values lie and which of its rows are hidden, as the reading of a
workbook's XML notes them (_Extent, _HiddenRows), checked against the limits on one sheet's
rows and columns; and what the readings of a sheet's XML share: the size of the pieces a
part is read in, the row-number pattern and the expat set-up (_parse, _local).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.parsers import expat

from kienan_awards.core.lists.cell_values import column_letter
from kienan_awards.core.messages import Message

# The limits on one sheet; the others, and why there are limits, are in workbook_limits.py.
MAX_ROWS = 1_048_576  # Excel's last row
MAX_COLUMNS = 200  # counted from A: the rightmost value may sit in column GR
_CHUNK = 1024 * 1024  # a part is unpacked and read a piece this size at a time
_ROW_DIGITS = re.compile(r"0*[1-9][0-9]{0,8}")  # row 0 does not exist


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


def _row_message(file_name: str, sheet: str, row: int) -> Message:
    return Message(
        "sheet '{sheet}' of {name} reaches row {row}; a sheet has at most {limit} rows",
        sheet=sheet,
        name=file_name,
        row=row,
        limit=MAX_ROWS,
    )


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
