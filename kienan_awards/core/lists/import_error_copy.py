"""A copy of an imported workbook with a column that says what is wrong on each bad row, so
the clerk (or the unit that sent the list) can mend it and send it again.

Its place is typed or chosen in a hurry: it never lands on the database (nor its -wal or -shm
file, nor a backup) or on any file that is not a workbook, and it goes in through a draft."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from kienan_awards.core import vocabulary as words
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.list_import import ImportPlan
from kienan_awards.core.lists.spreadsheet_reading import Sheet
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import output_file, unique_sheet_name

WORKBOOK_SIGNATURE = b"PK\x03\x04"  # an .xlsx is a ZIP archive
_DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def _same_file(path: Path, other: Path) -> bool:
    try:
        return path.samefile(other)
    except OSError:
        return False


def check_error_copy_path(
    path: Path | str, list_path: Path | str | None = None, database_path: Path | str | None = None
) -> Path:
    """Refuse a place for the marked copy that would destroy something: the database or its
    companions, the list itself, a name that is not .xlsx, or a file there that is not a
    workbook (read by its first bytes, whatever its name). Returns the path."""
    path = Path(path)
    target = path.resolve()  # a link is judged by what it points at
    if database_path is not None:
        database = Path(database_path).resolve()
        companions = [Path(f"{database}{companion}") for companion in _DATABASE_COMPANIONS]
        # A hard link is the same file under another name: judged by the file, never opened
        # (reading it would drop this process's locks on the database, see storage.py).
        if target in companions or any(_same_file(path, other) for other in companions):
            raise KienanError(
                Message("{path} is the database; save the marked copy elsewhere", path=path)
            )
    if path.suffix.lower() != ".xlsx":
        raise KienanError(
            Message("{path}: the marked copy is an Excel workbook; name it .xlsx", path=path)
        )
    if list_path is not None and Path(list_path).exists() and target == Path(list_path).resolve():
        raise KienanError(
            Message("{name} is the list itself; save the marked copy elsewhere", name=path.name)
        )
    if path.is_dir():
        raise KienanError(Message("cannot write {path}: it is a folder", path=path))
    if path.exists():
        try:
            with open(path, "rb") as existing:
                signature = existing.read(len(WORKBOOK_SIGNATURE))
        except OSError as error:
            raise KienanError(
                Message("cannot read {path}: {reason}", path=path, reason=error.strerror)
            ) from error
        if signature != WORKBOOK_SIGNATURE:
            raise KienanError(
                Message(
                    "{path} is not an Excel workbook and was left as it is; save the marked "
                    "copy under another name",
                    path=path,
                )
            )
    return path


def write_error_copy(
    sheets: list[Sheet],
    plan: ImportPlan,
    path: Path | str,
    *,
    database_path: Path | str | None = None,
) -> int:
    """Write the copy; returns how many rows carry an error. A place that would destroy
    something is refused first (check_error_copy_path) and nothing is written."""
    path = check_error_copy_path(path, plan.path, database_path)
    problems: dict[tuple[str, int], list[str]] = {}
    for result in plan.errors:
        problems.setdefault((result.sheet_name, result.row_number), []).append(result.message)
    headers = {layout.sheet_name: layout.header_row for layout in plan.layouts}
    try:
        with output_file(path) as draft:
            _write_marked_workbook(sheets, problems, headers, draft)
    except (OSError, FileCreateError) as error:
        detail = getattr(error, "strerror", None) or error
        raise KienanError(
            Message("cannot write {path}: {detail}", path=path, detail=detail)
        ) from error
    return len(problems)


def _write_marked_workbook(
    sheets: list[Sheet],
    problems: dict[tuple[str, int], list[str]],
    headers: dict[str, int | None],
    path: Path,
) -> None:
    # Text stays text: a cell reading "=..." in the list must not become a formula.
    # A number read as inf or nan (an .ods may hold them) is written as Excel's #NUM!.
    workbook = xlsxwriter.Workbook(
        str(path),
        {"strings_to_formulas": False, "strings_to_urls": False, "nan_inf_to_errors": True},
    )
    date_format = workbook.add_format({"num_format": "dd/mm/yyyy"})
    error_format = workbook.add_format({"font_color": "#C00000", "bold": True})
    taken: set[str] = set()
    for sheet in sheets:
        target = workbook.add_worksheet(unique_sheet_name(sheet.name, taken))
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
            target.write(header_row - 1, width, words.ERROR, error_format)
            target.set_column(width, width, 60)
    workbook.close()
