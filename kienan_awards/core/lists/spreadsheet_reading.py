"""Reads .xlsx, .xls and .ods workbooks into plain rows, numbered as Excel shows them.

Only a workbook within the limits of workbook_limits.py reaches calamine, and only the area
of each sheet that holds values is asked of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook, PasswordError, SheetVisibleEnum

from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.workbook_limits import (
    FILE_FORMAT_ERRORS,
    check_extent,
    is_zip,
    measure_zip_workbook,
)
from kienan_awards.core.messages import Message

CellValue = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
READABLE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
# Every list file the import reads: the workbooks here, Word documents by document_reading.py.
LIST_SUFFIXES = (*READABLE_SUFFIXES, ".docx", ".docm")

_BLANK_ROW: tuple = ()  # shared by every blank row; a tuple, so no one can fill it in


@dataclass
class Sheet:
    """A sheet's rows from Excel's row 1; a blank row is an empty tuple, a row with a value
    runs from column A to the sheet's last column. `hidden_rows` holds the Excel numbers of
    the rows hidden among them: read for .xlsx/.xlsm and .ods only, since calamine does not
    tell (for .xls and .xlsb it is always empty)."""

    name: str
    rows: list[Sequence[CellValue]]  # rows[0] is Excel's row 1, rows[r][0] its column A
    hidden: bool = False  # hidden or "very hidden" in the workbook
    hidden_rows: frozenset[int] = frozenset()
    # For a table of a Word document: its number in the document (from 1); its rows are then
    # named to the clerk by the table and the row's STT, as Word shows no row numbers.
    table: int | None = None

    def cell(self, row_index: int, column: int) -> CellValue:
        row = self.rows[row_index]
        return row[column] if column < len(row) else None


def read_workbook(path: Path | str) -> list[Sheet]:
    """Every sheet of the workbook; empty cells are None. One clear KienanError otherwise."""
    path = Path(path)
    if not path.exists():
        raise KienanError(Message("{path}: no such file", path=path))
    if path.is_dir():
        raise KienanError(Message("{path} is a folder, not a spreadsheet", path=path))
    if path.suffix.lower() not in READABLE_SUFFIXES:
        raise KienanError(
            Message(
                "{name} is not a spreadsheet this program reads ({reason})",
                name=path.name,
                reason=", ".join(LIST_SUFFIXES),
            )
        )
    try:
        # An .xls, or an .xlsx sealed with a password, is no zip: calamine's own report on
        # the sheet's size is all there is before its rows are made.
        extents = measure_zip_workbook(path) if is_zip(path) else {}
        with CalamineWorkbook.from_path(str(path)) as workbook:
            hidden = {
                sheet.name: sheet.visible != SheetVisibleEnum.Visible
                for sheet in workbook.sheets_metadata
            }
            _refuse_twin_sheets(path.name, workbook.sheet_names)
            sheets, cells = [], 0
            for name in workbook.sheet_names:
                data = workbook.get_sheet_by_name(name)
                cells = check_extent(path.name, name, data.start, data.end, cells)
                rows = _rows(data)
                extent = extents.get(name)
                hidden_rows = frozenset(
                    number
                    for number in (extent.hidden_rows if extent else ())
                    if number <= len(rows)
                )
                sheets.append(Sheet(name, rows, hidden.get(name, False), hidden_rows))
            return sheets
    except PasswordError as error:
        raise KienanError(
            Message(
                "{name} is protected by a password; save a copy without the password and import "
                "that",
                name=path.name,
            )
        ) from error
    except (
        CalamineError,
        ValueError,
        OSError,
        *FILE_FORMAT_ERRORS,
    ) as error:
        raise _unreadable(path.name, error) from error
    except BaseException as error:
        # calamine's Rust panics arrive as pyo3's PanicException, a BaseException: a broken
        # file, not a reason to end the program.
        if type(error).__name__ != "PanicException":
            raise
        raise _unreadable(path.name, error) from error


def _refuse_twin_sheets(file_name: str, names: list[str]) -> None:
    """Two sheets of one name (Excel forbids it, without case; a hand-made file may hold them)
    cannot be told apart by name: one would be read twice and the other never."""
    seen: set[str] = set()
    for name in names:
        if name.casefold() in seen:
            raise KienanError(
                Message(
                    "{name} has two sheets named '{sheet}'; rename one in the spreadsheet "
                    "program and save the list again",
                    name=file_name,
                    sheet=name,
                )
            )
        seen.add(name.casefold())


def _unreadable(name: str, error: BaseException) -> KienanError:
    """Why the file cannot be read: the program's own Message as it is (it can be translated),
    another library's first line of text, or at least the kind of error."""
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        detail = error.args[0]
    else:
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
    return KienanError(
        Message("{name} cannot be read as a spreadsheet: {detail}", name=name, detail=detail)
    )


def _rows(data) -> list[Sequence[CellValue]]:
    """The sheet's rows from row 1 down to its last row holding a value. Only the area that
    holds values is asked of calamine (skip_empty_area=False would build every empty cell
    from A1 on), one row at a time."""
    if data.start is None:
        return []
    first_row, first_column = data.start
    padding = [None] * first_column
    rows: list[Sequence[CellValue]] = [_BLANK_ROW] * first_row
    last = 0
    # iter_rows starts at row 1 with blank rows of its own; those before the area are skipped.
    for raw in islice(data.iter_rows(), first_row, None):
        values = [None if value == "" else value for value in raw]
        if any(value is not None for value in values):
            rows.append(padding + values if first_column else values)
            last = len(rows)
        else:
            rows.append(_BLANK_ROW)
    del rows[last:]  # cells that hold only "" are blank, and so are rows of them at the end
    return rows
