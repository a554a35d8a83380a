"""An OpenDocument spreadsheet's content.xml, read once as it is unpacked: where each
table's values lie and which of its rows are hidden, counted as calamine will count them
(repeated rows and cells included), and a refusal as soon as a value lies past the limits.
"""

from __future__ import annotations

from collections.abc import Iterator

from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.sheet_extent import (
    _ROW_DIGITS,
    MAX_COLUMNS,
    MAX_ROWS,
    _Extent,
    _far_value_message,
    _HiddenRows,
    _parse,
    _row_message,
)
from kienan_awards.core.messages import Message

_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0|"
_ODS_VALUE_TYPE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0|value-type"
_ODS_PARAGRAPH = "urn:oasis:names:tc:opendocument:xmlns:text:1.0|p"


def _scan_ods_content(chunks: Iterator[bytes], name: str) -> dict[str, _Extent]:
    """Where each table's values lie and its hidden rows, for an OpenDocument spreadsheet,
    whose rows and cells may stand for many (number-rows-repeated, number-columns-repeated):
    one value repeated over the whole sheet is a few bytes here and seventeen billion cells
    in calamine."""
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
