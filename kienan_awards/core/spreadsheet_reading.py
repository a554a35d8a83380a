"""Reads .xlsx, .xls and .ods workbooks into plain rows, numbered as Excel shows them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook, PasswordError

from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message

CellValue = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
READABLE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")


@dataclass
class Sheet:
    name: str
    rows: list[list[CellValue]]  # rows[0] is Excel's row 1, rows[r][0] its column A

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
                reason=", ".join(READABLE_SUFFIXES),
            )
        )
    try:
        with CalamineWorkbook.from_path(str(path)) as workbook:
            sheets = []
            for name in workbook.sheet_names:
                raw = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
                sheets.append(Sheet(name, [[None if v == "" else v for v in row] for row in raw]))
            return sheets
    except PasswordError as error:
        raise KienanError(
            Message(
                "{name} is protected by a password; save a copy without the password and import "
                "that",
                name=path.name,
            )
        ) from error
    except (CalamineError, ValueError, OSError) as error:
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise KienanError(
            Message(
                "{name} cannot be read as a spreadsheet: {detail}", name=path.name, detail=detail
            )
        ) from error
