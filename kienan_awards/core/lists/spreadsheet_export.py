"""Excel workbooks for the clerk: the whole database as readable sheets, or one list as shown.

Rows stream from the SQL cursor straight into XlsxWriter's constant_memory mode, so a register
of a million awards is written without holding it in memory. Dates go out as real Excel dates,
figures as numbers, personal IDs as text (they keep their leading zeros).
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING

import xlsxwriter
from xlsxwriter.exceptions import XlsxWriterException

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.report_sheets import lines_needed
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.movements.movement_plans import describe_plan
from kienan_awards.core.output_files import copy_into_place
from kienan_awards.core.records.audit_log import ACTION_TITLES, TABLE_TITLES
from kienan_awards.core.records.record_lists import ListColumn, RecordList, written_kinds
from kienan_awards.core.text import format_decimal
from kienan_awards.core.vocabulary import word

if TYPE_CHECKING:
    from sqlite_utils import Database
    from xlsxwriter.workbook import Workbook
    from xlsxwriter.worksheet import Worksheet

ROWS_PER_FETCH = 500  # ids handed to RecordList.rows() at a time
_WIDTH_SAMPLE_ROWS = ROWS_PER_FETCH  # list columns are sized to the first rows, as the window does
_MIN_WIDTH, _MAX_WIDTH = 8, 60
_TWO_LINE_HEADER_HEIGHT = 30  # points
# The whole database goes out in the type of the office's documents, which every office
# suite has or has a metric twin of: a sheet prints alike in Excel and LibreOffice.
_EXPORT_FONT = {"font_name": "Times New Roman", "font_size": 11}
_LINE_HEIGHT = 15  # points: a line of 11 pt type
_POINTS_PER_WIDTH = 5.6  # a character unit of 11 pt type, with the cell's padding
_TEXT_POINTS_PER_WIDTH = 5.25  # the room for text a character unit gives in Excel (the least)
_PORTRAIT_WIDTH = 523  # A4's short side less the margins, in points
_SHEET_NAME_MAX = 31
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_DISPLAYED_DATE = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")

# Cell kinds: how a value is written and formatted.
TEXT = "text"
INTEGER = "integer"
MONEY = "money"  # whole VND
DECIMAL = "decimal"  # exact decimal text, as plan figures are stored
DATE = "date"  # ISO text
DATE_OR_YEAR = "date_or_year"  # a birth date, or only the year when that is all that is known
PERSONAL_ID = "personal_id"
CODE = "code"  # a decision number: never broken at its hyphen ("15/QĐ-UBND")


@dataclass(frozen=True)
class SheetColumn:
    header: str
    width: float
    kind: str = TEXT


class SheetFormats:
    """The workbook's few cell formats, made once each."""

    def __init__(self, workbook: Workbook):
        self._workbook = workbook
        self.header = workbook.add_format(
            {"bold": True, "text_wrap": True, "valign": "vcenter", "bg_color": "#DDEBF7"}
        )
        # Every cell at the top of its row, level with the first line of a wrapped one.
        self.text = workbook.add_format({"num_format": "@", "valign": "top"})
        self.wrapped = workbook.add_format({"text_wrap": True, "valign": "top"})
        self.number = workbook.add_format({"valign": "top"})
        self.date = workbook.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
        self.money = workbook.add_format({"num_format": "#,##0", "valign": "top"})
        self._decimals: dict[int, object] = {}

    def decimal(self, places: int):
        if places not in self._decimals:
            pattern = "#,##0" + ("." + "0" * places if places else "")
            self._decimals[places] = self._workbook.add_format(
                {"num_format": pattern, "valign": "top"}
            )
        return self._decimals[places]


@lru_cache(maxsize=8192)  # decision dates repeat across thousands of awards
def _excel_date(iso: str) -> dt.datetime | None:
    try:
        return dt.datetime.combine(dt.date.fromisoformat(iso[:10]), dt.time())
    except ValueError:
        return None


def _displayed_date(text: str) -> dt.datetime | None:
    match = _DISPLAYED_DATE.match(text)
    if not match:
        return None
    day, month, year = (int(group) for group in match.groups())
    try:
        return dt.datetime(year, month, day)
    except ValueError:
        return None


def _decimal_places(number: Decimal) -> int:
    exponent = number.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _cell_writer(sheet: Worksheet, formats: SheetFormats, kind: str) -> Callable:
    """A function (row, col, value) that writes one kind of cell; None leaves the cell empty."""

    def text(row, col, value):
        sheet.write_string(row, col, str(value), formats.wrapped)

    def integer(row, col, value):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            sheet.write_number(row, col, value, formats.number)
        else:
            sheet.write_string(row, col, str(value), formats.wrapped)

    def money(row, col, value):
        sheet.write_number(row, col, value, formats.money)

    def decimal(row, col, value):
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            sheet.write_string(row, col, str(value))
            return
        sheet.write_number(row, col, float(number), formats.decimal(_decimal_places(number)))

    def date(row, col, value):
        when = _excel_date(value) if isinstance(value, str) else None
        if when is None:
            sheet.write_string(row, col, str(value), formats.wrapped)
        else:
            sheet.write_datetime(row, col, when, formats.date)

    def date_or_year(row, col, value):
        # Text in one form for every row, as the records hold it: "1982-06-05", or "1990"
        # when only the year is known. It sorts by the date (a year before that year's days),
        # where a year number beside Excel dates would put every year-only row first, and
        # dd/mm/yyyy text would sort by the day; the import reads both forms back.
        sheet.write_string(row, col, str(value), formats.text)

    def unbroken_text(row, col, value):
        # Text cells with the text format, so Excel neither drops an ID's leading zeros on
        # editing nor shows a 12-digit number in scientific notation; never wrapped.
        sheet.write_string(row, col, str(value), formats.text)

    writers = {
        TEXT: text,
        INTEGER: integer,
        MONEY: money,
        DECIMAL: decimal,
        DATE: date,
        DATE_OR_YEAR: date_or_year,
        PERSONAL_ID: unbroken_text,
        CODE: unbroken_text,
    }
    writer = writers[kind]

    def write(row, col, value):
        if value is not None and value != "":
            writer(row, col, value)

    return write


def _start_sheet(
    workbook: Workbook,
    formats: SheetFormats,
    name: str,
    columns: Sequence[SheetColumn],
    header_height: float | None = None,
) -> tuple[Worksheet, list[Callable]]:
    sheet = workbook.add_worksheet(name)
    if header_height is not None:
        sheet.set_row(0, header_height)
    elif any(len(column.header) + 2 > column.width for column in columns):
        # Narrow figure and date columns keep their width; their headers wrap onto two lines.
        sheet.set_row(0, _TWO_LINE_HEADER_HEIGHT)
    for index, column in enumerate(columns):
        sheet.set_column(index, index, column.width)
        sheet.write_string(0, index, column.header, formats.header)
    sheet.freeze_panes(1, 0)
    # Printed lists run across the page (a narrow one down it), the header on every page,
    # the pages numbered.
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    sheet.set_footer("&C" + words.PAGE_NUMBER.format(page="&P", pages="&N"))
    return sheet, [_cell_writer(sheet, formats, column.kind) for column in columns]


def fill_sheet(
    workbook: Workbook,
    formats: SheetFormats,
    name: str,
    columns: Sequence[SheetColumn],
    rows: Iterable[Sequence],
) -> int:
    """Write a header and the rows (one value per column, in order); returns the row count.
    Each column is as wide as its longest value up to its width; a longer text wraps, and its
    row is made tall enough to show every line."""
    longest = [max(len(word) for word in column.header.split()) for column in columns]
    rows = iter(rows)
    first = list(islice(rows, _WIDTH_SAMPLE_ROWS))
    # The header row is written before the later rows are read: tall enough for each header
    # at the width the first rows give its column (the column ends no narrower).
    sample = list(longest)
    for values in first:
        _widen(sample, columns, values)
    header_lines = max(
        _wrapped_lines(column.header, width, bold=True)
        for column, width in zip(columns, _widths(sample, columns), strict=True)
    )
    sheet, writers = _start_sheet(workbook, formats, name, columns, _LINE_HEIGHT * header_lines)
    count = 0
    for count, values in enumerate(chain(first, rows), start=1):
        lines = 1
        for column, value in zip(columns, values, strict=True):
            if column.kind == TEXT and value and len(str(value)) + 2 > column.width:
                lines = max(lines, _wrapped_lines(str(value), column.width))
        _widen(longest, columns, values)
        if lines > 1:
            sheet.set_row(count, _LINE_HEIGHT * lines)  # before its cells: constant_memory
        for col, (write, value) in enumerate(zip(writers, values, strict=True)):
            write(count, col, value)
    widths = _widths(longest, columns)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    if sum(widths) * _POINTS_PER_WIDTH <= _PORTRAIT_WIDTH:
        sheet.set_portrait()
    sheet.autofilter(0, 0, count, len(columns) - 1)
    return count


def _widen(longest: list[int], columns: Sequence[SheetColumn], values: Sequence) -> None:
    for col, (column, value) in enumerate(zip(columns, values, strict=True)):
        if value is not None and value != "":
            longest[col] = max(longest[col], _shown_size(value, column.kind))


def _widths(longest: list[int], columns: Sequence[SheetColumn]) -> list[float]:
    """Each column as wide as its longest value, up to its width."""
    return [
        min(max(size + 2, _MIN_WIDTH), column.width)
        for size, column in zip(longest, columns, strict=True)
    ]


def _wrapped_lines(text: str, width: float, bold: bool = False) -> int:
    return lines_needed(text, width, bold, size=11, unit=_TEXT_POINTS_PER_WIDTH)


def _shown_size(value, kind: str) -> int:
    """The characters a cell shows: a date 10, a number with its separators."""
    if kind in (DATE, DATE_OR_YEAR) and not isinstance(value, int):
        return 10
    if kind == MONEY and isinstance(value, (int, float)):
        return len(f"{value:,.0f}")
    return len(str(value))


def _cannot_write(path: Path, error: BaseException) -> KienanError:
    if isinstance(error, XlsxWriterException) and error.args:
        error = error.args[0]
    if isinstance(error, PermissionError):
        reason = Message(
            "permission denied; if it is open in another program, close it and try again"
        )
    elif isinstance(error, OSError):
        reason = error.strerror or str(error)
    else:
        reason = str(error)
    return KienanError(Message("cannot write {path}: {reason}", path=path, reason=reason))


@contextmanager
def workbook_file(path: Path | str, font: dict | None = None) -> Iterator[Workbook]:
    """A workbook that becomes the file at path when the block ends without an error; font:
    the default cell font ({"font_name": ..., "font_size": ...}) when not Calibri 11."""
    path = Path(path)
    # Checked first, so the clerk is not kept waiting for a workbook that cannot be saved.
    if path.is_dir():
        raise KienanError(Message("cannot write {path}: it is a folder", path=path))
    if not path.parent.is_dir():
        raise KienanError(
            Message(
                "cannot write {path}: the folder {parent} does not exist",
                path=path,
                parent=path.parent,
            )
        )
    with tempfile.TemporaryDirectory(
        prefix="kienan-export-", ignore_cleanup_errors=True
    ) as scratch:
        draft = Path(scratch) / "export.xlsx"
        # constant_memory keeps each sheet's rows in a file in scratch, not in memory.
        options = {"constant_memory": True, "tmpdir": scratch}
        if font is not None:
            options["default_format_properties"] = font
        workbook = xlsxwriter.Workbook(str(draft), options)
        try:
            yield workbook
        except BaseException:
            with suppress(Exception):
                workbook.close()  # closes the row files, so scratch can be removed
            raise
        try:
            workbook.close()
        except (OSError, XlsxWriterException) as error:
            raise _cannot_write(path, error) from error
        # Through a draft beside the target: a failure never leaves half a workbook there,
        # nor spoils a workbook of the same name that was there before.
        copy_into_place(draft, path)


def _unit_columns() -> tuple[SheetColumn, ...]:
    return (
        SheetColumn(words.UNIT_NAME, 40),
        SheetColumn(words.UNIT_KIND, 14),
        SheetColumn(words.PARENT_UNIT, 32),
        SheetColumn(words.VALID_FROM, 12, DATE),
        SheetColumn(words.VALID_TO, 12, DATE),
        SheetColumn(words.SUCCESSOR_UNIT, 32),
    )


def _unit_rows(db: Database) -> Iterator[tuple]:
    # A unit in the trash is left out; a live unit still names a trashed parent or successor.
    # Several successors (a unit split between them) are named in one cell.
    sql = """SELECT u.name, u.kind, parent.name, u.valid_from, u.valid_to, (
                  SELECT group_concat(name, ', ') FROM (
                      SELECT s.name AS name FROM unit_successions l
                      JOIN units s ON s.id = l.successor_id WHERE l.predecessor_id = u.id
                      ORDER BY s.name_sort_key, s.id))
              FROM units u
              LEFT JOIN units parent ON parent.id = u.parent_id
              WHERE u.deleted_at IS NULL
              ORDER BY CASE u.kind WHEN 'province' THEN 0 WHEN 'district' THEN 1
                       WHEN 'agency' THEN 2 WHEN 'department' THEN 3 WHEN 'ward' THEN 4 ELSE 5 END,
                       u.name_sort_key, u.id"""
    for name, kind, parent, valid_from, valid_to, successor in db.execute(sql):
        yield name, word(words.UNIT_KINDS, kind), parent, valid_from, valid_to, successor


def _people_columns(include_personal_ids: bool) -> tuple[SheetColumn, ...]:
    columns = (
        SheetColumn(words.FULL_NAME, 28),
        SheetColumn(words.GENDER, 9),
        SheetColumn(words.BORN, 12, DATE_OR_YEAR),
        SheetColumn(words.POSITION, 24),
        SheetColumn(words.UNIT, 36),
    )
    if include_personal_ids:
        columns += (SheetColumn(words.PERSONAL_ID, 15, PERSONAL_ID),)
    return columns


def _unit_labels(db: Database) -> dict[int, str]:
    """Unit names for the people sheet. Where several units share a name (every ward has its
    "Tổ dân phố số 1"), the parent's name follows in brackets to tell them apart."""
    units = db.execute(
        """SELECT u.id, u.name, u.name_folded, parent.name FROM units u
           LEFT JOIN units parent ON parent.id = u.parent_id"""
    ).fetchall()
    sharing: dict[str, int] = {}
    for _, _, folded, _ in units:
        sharing[folded] = sharing.get(folded, 0) + 1
    return {
        unit_id: f"{name} ({parent})" if sharing[folded] > 1 and parent else name
        for unit_id, name, folded, parent in units
    }


def _people_rows(db: Database, include_personal_ids: bool) -> Iterator[tuple]:
    labels = _unit_labels(db)
    personal_id = ", p.personal_id" if include_personal_ids else ""
    sql = f"""SELECT p.full_name, p.gender, coalesce(p.birth_date, p.birth_year), p.position,
                     p.unit_id{personal_id}
              FROM people p
              WHERE p.deleted_at IS NULL
              ORDER BY p.name_sort_key, p.id"""
    for name, gender, born, position, unit_id, *personal in db.execute(sql):
        yield (
            name,
            word(words.GENDERS, gender),
            born,
            position,
            labels.get(unit_id),
            *personal,
        )


def _movement_columns() -> tuple[SheetColumn, ...]:
    return (
        SheetColumn(words.MOVEMENT_NAME, 60),
        SheetColumn(words.MOVEMENT_KIND, 18),
        SheetColumn(words.FROM_DATE, 12, DATE),
        SheetColumn(words.TO_DATE, 12, DATE),
        SheetColumn(words.LAUNCHING_DOCUMENT, 40),
        SheetColumn(words.THEMES, 50),
        SheetColumn(words.STATUS, 16),
        SheetColumn(words.LAUNCHED_BY, 36),
        SheetColumn(words.TARGET_COUNT, 10, INTEGER),
    )


def _movement_rows(db: Database) -> Iterator[tuple]:
    sql = """SELECT m.name, m.kind, m.starts_on, m.ends_on, m.launching_decision, m.themes,
                    m.status, ia.name,
                    (SELECT count(*) FROM targets t WHERE t.movement_id = m.id)
             FROM movements m LEFT JOIN issuing_authorities ia ON ia.id = m.authority_id
             ORDER BY m.starts_on, m.id"""
    for name, kind, starts, ends, launching, themes, status, authority, targets in db.execute(sql):
        yield (
            name,
            word(words.MOVEMENT_KINDS, kind),
            starts,
            ends,
            launching,
            themes,
            word(words.MOVEMENT_STATUSES, status),
            authority,
            targets,
        )


def _target_columns() -> tuple[SheetColumn, ...]:
    return (
        SheetColumn(words.MOVEMENT, 40),
        SheetColumn(words.YEAR, 7, INTEGER),
        SheetColumn(words.UNIT, 28),
        SheetColumn(words.INDICATOR, 50),
        SheetColumn(words.MEASURE_UNIT, 12),
        SheetColumn(words.PLAN, 44),
        SheetColumn(words.SAME_PERIOD, 14, DECIMAL),
        SheetColumn(words.ACTUAL, 14, DECIMAL),
        SheetColumn(words.REPORTED_ON, 12, DATE),
    )


def _target_rows(db: Database) -> Iterator[tuple]:
    plans: dict[int, list[str]] = {}
    for target_id, source, form, value, high in db.execute(
        "SELECT target_id, source, plan_form, value, value_high FROM target_plans ORDER BY id"
    ):
        plans.setdefault(target_id, []).append(f"{source}: {describe_plan(form, value, high)}")
    sql = """SELECT t.id, m.name, t.period_year, u.name, t.indicator, t.measure_unit,
                    t.same_period_value, r.actual_value, r.reported_on
             FROM targets t
             JOIN movements m ON m.id = t.movement_id
             LEFT JOIN units u ON u.id = t.unit_id
             LEFT JOIN progress_reports r ON r.id = (
                 SELECT r2.id FROM progress_reports r2 WHERE r2.target_id = t.id
                 ORDER BY r2.reported_on DESC, r2.id DESC LIMIT 1)
             ORDER BY m.starts_on, m.id, t.unit_id IS NOT NULL, u.name_sort_key, t.sort_order,
                      t.id"""
    for target_id, movement, year, unit, indicator, measure, same, actual, reported in db.execute(
        sql
    ):
        yield (
            movement,
            year,
            unit if unit is not None else words.WHOLE_AREA,
            indicator,
            measure,
            "; ".join(plans.get(target_id, [])),
            same,
            actual,
            reported,
        )


def _decision_columns() -> tuple[SheetColumn, ...]:
    return (
        SheetColumn(words.DECISION_NUMBER, 16, CODE),
        SheetColumn(words.DATE, 12, DATE),
        SheetColumn(words.ISSUED_BY, 36),
        SheetColumn(words.SIGNER_TITLE, 16),
        SheetColumn(words.SIGNER, 22),
        SheetColumn(words.SUMMARY, 60),
        SheetColumn(words.STATUS, 10),
        SheetColumn(words.AWARD_COUNT, 10, INTEGER),
    )


def _decision_rows(db: Database) -> Iterator[tuple]:
    sql = """SELECT d.number, d.decided_on, ia.name, d.signer_title, d.signer_name, d.title,
                    d.status, (SELECT count(*) FROM awards a WHERE a.decision_id = d.id)
             FROM decisions d LEFT JOIN issuing_authorities ia ON ia.id = d.authority_id
             ORDER BY d.decided_on, d.id"""
    for *values, status, awards in db.execute(sql):
        yield (*values, word(words.DECISION_STATUSES, status), awards)


def _award_columns() -> tuple[SheetColumn, ...]:
    return (
        # Widths at most these, so thirteen columns print one page wide at about 75%: the
        # texts wrap, years and numbers take their digits and their headers wrap above them.
        SheetColumn(words.REGISTER_YEAR, 6, INTEGER),
        SheetColumn(words.REGISTER_NUMBER, 6, INTEGER),
        SheetColumn(words.RECIPIENT, 20),
        SheetColumn(words.RECIPIENT_KIND, 9),
        SheetColumn(words.POSITION, 16),
        SheetColumn(words.UNIT, 20),
        SheetColumn(words.AWARD_FORM, 16),
        SheetColumn(words.ACHIEVEMENT, 28),
        SheetColumn(words.ACHIEVEMENT_YEAR, 6, INTEGER),
        SheetColumn(words.DECISION_NUMBER, 14, CODE),
        SheetColumn(words.DECISION_DATE, 11, DATE),
        SheetColumn(words.BONUS, 12, MONEY),
        SheetColumn(words.STATUS, 9),
    )


def _award_rows(db: Database) -> Iterator[tuple]:
    # Iterated straight off the cursor: the register may hold a million rows.
    sql = """SELECT a.register_year, a.register_number, a.recipient_name, a.recipient_kind,
                    a.position, a.unit_name, f.name_vi, a.achievement, a.achievement_year,
                    d.number, d.decided_on, a.bonus_amount, a.status
             FROM awards a
             JOIN award_forms f ON f.id = a.form_id
             JOIN decisions d ON d.id = a.decision_id
             ORDER BY a.register_year IS NULL, a.register_year, a.register_number,
                      d.decided_on, a.id"""
    kinds, statuses = words.RECIPIENT_KINDS, words.AWARD_STATUSES
    for row in db.execute(sql):
        yield (
            *row[:3],
            kinds.get(row[3], row[3]),
            *row[4:12],
            statuses.get(row[12], row[12]),
        )


def export_database(
    db: Database, path: Path | str, *, include_personal_ids: bool = False
) -> dict[str, int]:
    """Write units, people, movements, targets, decisions and awards to one workbook, a sheet
    each with Vietnamese headers; returns the rows written per sheet. People and units in the
    trash are left out; personal ID numbers go out only when asked for."""
    sheets: list[tuple[str, Sequence[SheetColumn], Iterable[Sequence]]] = [
        ("units", _unit_columns(), _unit_rows(db)),
        ("people", _people_columns(include_personal_ids), _people_rows(db, include_personal_ids)),
        ("movements", _movement_columns(), _movement_rows(db)),
        ("targets", _target_columns(), _target_rows(db)),
        ("decisions", _decision_columns(), _decision_rows(db)),
        ("awards", _award_columns(), _award_rows(db)),
    ]
    written: dict[str, int] = {}
    with workbook_file(path, _EXPORT_FONT) as workbook:
        formats = SheetFormats(workbook)
        for table, columns, rows in sheets:
            name = words.RECORD_TABLES[table]
            written[name] = fill_sheet(workbook, formats, name, columns, rows)
    return written


def sheet_name(title: str) -> str:
    """A title as Excel accepts it for a sheet: no []:*?/\\, at most 31 characters."""
    name = " ".join(_SHEET_NAME_FORBIDDEN.sub(" ", title).split()).strip("'")
    return name[:_SHEET_NAME_MAX].rstrip().rstrip("'") or words.LIST


def list_header(column: ListColumn) -> str:
    """A list column's header in the workbook; a column without one keeps its English title."""
    return words.LIST_COLUMNS.get(column.key, column.title)


def list_words() -> dict[str, str]:
    """The English words the lists' translated columns hold (record_lists.py, audit_log.py),
    each with the word for what it stands for."""
    return {
        "Male": words.GENDERS["male"],
        "Female": words.GENDERS["female"],
        "Awarded": words.AWARD_STATUSES["awarded"],
        "Revoked": words.AWARD_STATUSES["revoked"],
        "Signed": words.DECISION_SIGNING["signed"],
        "Issuer not recorded": words.DECISION_SIGNING["issuer_not_recorded"],
        "Another body's decision": words.DECISION_SIGNING["other_body"],
        **{title: words.AUDIT_ACTIONS.get(code, title) for code, title in ACTION_TITLES.items()},
        **{title: words.RECORD_TABLES.get(table, title) for table, title in TABLE_TITLES.items()},
    }


def _list_value(value, column: ListColumn, translated: dict[str, str]):
    """A list's value as the workbook writes it: dates the list shows as dd/mm/yyyy text go
    out as dates Excel can sort and filter; words and kinds in Vietnamese."""
    if not isinstance(value, str) or column.numeric:
        return value
    if column.shown_as == "translated":
        return translated.get(value, value)
    if column.shown_as in ("kinds", "kind_figures"):
        return written_kinds(column.shown_as, value, _kind_vi, format_decimal)
    return _displayed_date(value) or value


def _kind_vi(code: str) -> str:
    return word(words.RECIPIENT_KINDS, code).lower()


def export_record_list(
    db: Database, record_list: RecordList, ids: Sequence[int], path: Path | str, *, title: str
) -> int:
    """Write the rows of the given ids, in that order, as the window's list shows them, to one
    sheet named after title; returns the rows written. Ids no longer in the database are
    skipped."""
    columns = record_list.columns
    with workbook_file(path) as workbook:
        formats = SheetFormats(workbook)
        specs = [SheetColumn(list_header(column), _MIN_WIDTH) for column in columns]
        translated = list_words()
        sheet, _ = _start_sheet(workbook, formats, sheet_name(title), specs)
        widths = [len(spec.header) for spec in specs]
        written = 0
        for start in range(0, len(ids), ROWS_PER_FETCH):
            block = ids[start : start + ROWS_PER_FETCH]
            rows = record_list.rows(db, block)
            for record_id in block:
                values = rows.get(record_id)
                if values is None:
                    continue
                written += 1
                for col, (column, value) in enumerate(zip(columns, values, strict=True)):
                    value = _list_value(value, column, translated)
                    if value is None or value == "":
                        continue
                    if isinstance(value, dt.datetime):
                        sheet.write_datetime(written, col, value, formats.date)
                    elif isinstance(value, (int, float)) and not isinstance(value, bool):
                        sheet.write_number(written, col, value)
                    else:
                        sheet.write_string(written, col, str(value))
                    if written <= _WIDTH_SAMPLE_ROWS:
                        shown = 10 if isinstance(value, dt.datetime) else len(str(value))
                        widths[col] = max(widths[col], shown)
        for col, width in enumerate(widths):
            sheet.set_column(col, col, min(max(width + 2, _MIN_WIDTH), _MAX_WIDTH))
        sheet.autofilter(0, 0, written, len(columns) - 1)
    return written
