"""A copy of an imported workbook with a column that says what is wrong on each bad row, so
the clerk (or the unit that sent the list) can mend it and send it again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from kienan_awards.core.errors import KienanError
from kienan_awards.core.list_import import ImportPlan
from kienan_awards.core.messages import Message
from kienan_awards.core.spreadsheet_reading import Sheet

ERROR_HEADER = "Lỗi"


def write_error_copy(sheets: list[Sheet], plan: ImportPlan, path: Path | str) -> int:
    """Write the copy; returns how many rows carry an error."""
    path = Path(path)
    problems: dict[tuple[str, int], list[str]] = {}
    for result in plan.errors:
        problems.setdefault((result.sheet_name, result.row_number), []).append(result.message)
    headers = {layout.sheet_name: layout.header_row for layout in plan.layouts}
    try:
        if plan.path.exists() and path.resolve() == plan.path.resolve():
            raise KienanError(
                Message("{name} is the list itself; save the marked copy elsewhere", name=path.name)
            )
        # Text stays text: a cell reading "=..." in the list must not become a formula.
        workbook = xlsxwriter.Workbook(
            str(path), {"strings_to_formulas": False, "strings_to_urls": False}
        )
        date_format = workbook.add_format({"num_format": "dd/mm/yyyy"})
        error_format = workbook.add_format({"font_color": "#C00000", "bold": True})
        for sheet in sheets:
            target = workbook.add_worksheet(sheet.name[:31])
            width = max((len(row) for row in sheet.rows), default=0)
            for r, row in enumerate(sheet.rows):
                for c, value in enumerate(row):
                    if isinstance(value, (dt.date, dt.datetime)):
                        target.write_datetime(
                            r,
                            c,
                            value
                            if isinstance(value, dt.datetime)
                            else dt.datetime.combine(value, dt.time()),
                            date_format,
                        )
                    elif value is not None and not isinstance(value, (dt.time, dt.timedelta)):
                        target.write(r, c, value)
                    elif value is not None:
                        target.write(r, c, str(value))
                messages = problems.get((sheet.name, r + 1))
                if messages:
                    target.write(r, width, "; ".join(messages), error_format)
            header_row = headers.get(sheet.name)
            if header_row:
                target.write(header_row - 1, width, ERROR_HEADER, error_format)
                target.set_column(width, width, 60)
        workbook.close()
    except (OSError, FileCreateError) as error:
        detail = getattr(error, "strerror", None) or error
        raise KienanError(
            Message("cannot write {path}: {detail}", path=path, detail=detail)
        ) from error
    return len(problems)
