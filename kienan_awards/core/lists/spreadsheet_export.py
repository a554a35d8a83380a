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
from pathlib import Path

import xlsxwriter
from sqlite_utils import Database
from xlsxwriter.exceptions import XlsxWriterException
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.movements.movement_plans import describe_plan
from kienan_awards.core.output_files import copy_into_place
from kienan_awards.core.records.record_lists import ListColumn, RecordList, written_kinds
from kienan_awards.core.text import format_decimal

SHEET_UNITS = "Đơn vị"
SHEET_PEOPLE = "Cá nhân"
SHEET_MOVEMENTS = "Phong trào"
SHEET_TARGETS = "Chỉ tiêu"
SHEET_DECISIONS = "Quyết định"
SHEET_AWARDS = "Khen thưởng"

WHOLE_AREA = "Toàn địa bàn"  # a target assigned to the whole area rather than one unit
PERSONAL_ID_HEADER = "Số CCCD"

UNIT_KINDS_VI = {
    "district": "Quận, huyện",
    "agency": "Cơ quan",
    "department": "Phòng, ban",
    "ward": "Phường, xã",
    "residential_group": "Tổ dân phố",
    "other": "Khác",
}
GENDERS_VI = {"male": "Nam", "female": "Nữ"}
MOVEMENT_KINDS_VI = {"regular": "Thường xuyên", "campaign": "Theo đợt, chuyên đề"}
MOVEMENT_STATUSES_VI = {
    "planned": "Chưa triển khai",
    "active": "Đang triển khai",
    "closed": "Đã kết thúc",
}
DECISION_STATUSES_VI = {"draft": "Dự thảo", "signed": "Đã ký"}
RECIPIENT_KINDS_VI = {"individual": "Cá nhân", "collective": "Tập thể", "household": "Hộ gia đình"}
AWARD_STATUSES_VI = {"awarded": "Đã khen", "revoked": "Đã thu hồi"}

# Column titles of the window's lists (core/record_lists.py), as a Vietnamese clerk reads them.
# A title missing here goes out in English rather than not at all.
LIST_HEADERS_VI = {
    "Full name": "Họ và tên",
    "Gender": "Giới tính",
    "Birth year": "Năm sinh",
    "Position": "Chức vụ",
    "Unit": "Đơn vị",
    "Awards": "Số khen thưởng",
    "Number": "Số quyết định",
    "Date": "Ngày",
    "Title": "Trích yếu",
    "Issued by": "Cơ quan ban hành",
    "Recipient": "Cá nhân, tập thể được khen",
    "Award": "Hình thức khen thưởng",
    "Year": "Năm",
    "Decision": "Quyết định",
    "Register no.": "Số vào sổ",
    "Status": "Trạng thái",
    "Code": "Mã",
    "Vietnamese name": "Tên tiếng Việt",
    "English name": "Tên tiếng Anh",
    "Recipients": "Đối tượng",
    "Bonus coefficients": "Hệ số tiền thưởng",
    "Legal basis": "Căn cứ pháp lý",
    "When": "Thời điểm",
    "User": "Người dùng",
    "Table": "Bảng",
    "Record": "Bản ghi",
    "Action": "Thao tác",
    "Values": "Giá trị",
}
# The English words of the lists' translated columns (record_lists.SHOWN_AS "translated"), as
# the workbook writes them.
LIST_VALUES_VI = {
    "Awarded": "Đã khen",
    "Revoked": "Đã thu hồi",
    "Added": "Thêm",
    "Changed": "Sửa",
    "Deleted": "Xóa",
    "Revocations and corrections": "Thu hồi và đính chính",
    "Award evidence": "Căn cứ khen thưởng",
    "Award forms": "Hình thức khen thưởng",
    "Award records": "Khen thưởng",
    "Male": "Nam",
    "Female": "Nữ",
    "Base salaries": "Mức lương cơ sở",
    "Bonus rates": "Hệ số tiền thưởng",
    "Printer profiles": "Hồ sơ máy in",
    "Certificates": "Giấy khen",
    "Decisions": "Quyết định",
    "Eligibility rules": "Tiêu chuẩn xét khen",
    "Imported lists": "Danh sách đã nhập",
    "Issuing authorities": "Cấp ban hành",
    "Units in movements": "Đơn vị tham gia phong trào",
    "Movements": "Phong trào",
    "People": "Cá nhân",
    "Print log": "Nhật ký in",
    "Progress reports": "Báo cáo tiến độ",
    "Proposal lines": "Dòng tờ trình",
    "Proposals": "Tờ trình",
    "Settings": "Cài đặt",
    "Target plans": "Kế hoạch chỉ tiêu",
    "Targets": "Chỉ tiêu",
    "Units": "Đơn vị",
}

ROWS_PER_FETCH = 500  # ids handed to RecordList.rows() at a time
_WIDTH_SAMPLE_ROWS = ROWS_PER_FETCH  # list columns are sized to the first rows, as the window does
_MIN_WIDTH, _MAX_WIDTH = 8, 60
_TWO_LINE_HEADER_HEIGHT = 30  # points
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


@dataclass(frozen=True)
class SheetColumn:
    header: str
    width: float
    kind: str = TEXT


class _Formats:
    """The workbook's few cell formats, made once each."""

    def __init__(self, workbook: Workbook):
        self._workbook = workbook
        self.header = workbook.add_format(
            {"bold": True, "text_wrap": True, "valign": "vcenter", "bg_color": "#DDEBF7"}
        )
        self.text = workbook.add_format({"num_format": "@"})
        self.date = workbook.add_format({"num_format": "dd/mm/yyyy"})
        self.money = workbook.add_format({"num_format": "#,##0"})
        self._decimals: dict[int, object] = {}

    def decimal(self, places: int):
        if places not in self._decimals:
            pattern = "#,##0" + ("." + "0" * places if places else "")
            self._decimals[places] = self._workbook.add_format({"num_format": pattern})
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


def _cell_writer(sheet: Worksheet, formats: _Formats, kind: str) -> Callable:
    """A function (row, col, value) that writes one kind of cell; None leaves the cell empty."""

    def text(row, col, value):
        sheet.write_string(row, col, str(value))

    def integer(row, col, value):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            sheet.write_number(row, col, value)
        else:
            sheet.write_string(row, col, str(value))

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
            sheet.write_string(row, col, str(value))
        else:
            sheet.write_datetime(row, col, when, formats.date)

    def date_or_year(row, col, value):
        if isinstance(value, int):
            sheet.write_number(row, col, value)
        else:
            date(row, col, value)

    def personal_id(row, col, value):
        # Text cells with the text format, so Excel neither drops leading zeros on editing
        # nor shows a 12-digit number in scientific notation.
        sheet.write_string(row, col, str(value), formats.text)

    writers = {
        TEXT: text,
        INTEGER: integer,
        MONEY: money,
        DECIMAL: decimal,
        DATE: date,
        DATE_OR_YEAR: date_or_year,
        PERSONAL_ID: personal_id,
    }
    writer = writers[kind]

    def write(row, col, value):
        if value is not None and value != "":
            writer(row, col, value)

    return write


def _start_sheet(
    workbook: Workbook, formats: _Formats, name: str, columns: Sequence[SheetColumn]
) -> tuple[Worksheet, list[Callable]]:
    sheet = workbook.add_worksheet(name)
    if any(len(column.header) + 2 > column.width for column in columns):
        # Narrow figure and date columns keep their width; their headers wrap onto two lines.
        sheet.set_row(0, _TWO_LINE_HEADER_HEIGHT)
    for index, column in enumerate(columns):
        sheet.set_column(index, index, column.width)
        sheet.write_string(0, index, column.header, formats.header)
    sheet.freeze_panes(1, 0)
    # Printed lists run across the page, the header on every page.
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    return sheet, [_cell_writer(sheet, formats, column.kind) for column in columns]


def _fill_sheet(
    workbook: Workbook,
    formats: _Formats,
    name: str,
    columns: Sequence[SheetColumn],
    rows: Iterable[Sequence],
) -> int:
    """Write a header and the rows (one value per column, in order); returns the row count."""
    sheet, writers = _start_sheet(workbook, formats, name, columns)
    count = 0
    for count, values in enumerate(rows, start=1):
        for col, (write, value) in enumerate(zip(writers, values, strict=True)):
            write(count, col, value)
    sheet.autofilter(0, 0, count, len(columns) - 1)
    return count


def _cannot_write(path: Path, error: BaseException) -> KienanError:
    if isinstance(error, XlsxWriterException) and error.args:
        error = error.args[0]
    if isinstance(error, PermissionError):
        reason = "permission denied; if it is open in another program, close it and try again"
    elif isinstance(error, OSError):
        reason = error.strerror or str(error)
    else:
        reason = str(error)
    return KienanError(Message("cannot write {path}: {reason}", path=path, reason=reason))


@contextmanager
def workbook_file(path: Path | str) -> Iterator[Workbook]:
    """A workbook that becomes the file at path when the block ends without an error."""
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
        workbook = xlsxwriter.Workbook(str(draft), {"constant_memory": True, "tmpdir": scratch})
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


def _translated(values: dict[str, str], value):
    return values.get(value, value) if value is not None else None


UNIT_COLUMNS = (
    SheetColumn("Tên đơn vị", 40),
    SheetColumn("Loại đơn vị", 14),
    SheetColumn("Đơn vị cấp trên", 32),
    SheetColumn("Hiệu lực từ ngày", 12, DATE),
    SheetColumn("Hiệu lực đến ngày", 12, DATE),
    SheetColumn("Đơn vị kế thừa", 32),
)


def _unit_rows(db: Database) -> Iterator[tuple]:
    # A unit in the trash is left out; a live unit still names a trashed parent or successor.
    sql = """SELECT u.name, u.kind, parent.name, u.valid_from, u.valid_to, successor.name
              FROM units u
              LEFT JOIN units parent ON parent.id = u.parent_id
              LEFT JOIN units successor ON successor.id = u.successor_id
              WHERE u.deleted_at IS NULL
              ORDER BY CASE u.kind WHEN 'district' THEN 0 WHEN 'agency' THEN 1
                       WHEN 'department' THEN 2 WHEN 'ward' THEN 3 ELSE 4 END,
                       u.name_sort_key, u.id"""
    for name, kind, parent, valid_from, valid_to, successor in db.execute(sql):
        yield name, _translated(UNIT_KINDS_VI, kind), parent, valid_from, valid_to, successor


def _people_columns(include_personal_ids: bool) -> tuple[SheetColumn, ...]:
    columns = (
        SheetColumn("Họ và tên", 28),
        SheetColumn("Giới tính", 9),
        SheetColumn("Ngày/năm sinh", 13, DATE_OR_YEAR),
        SheetColumn("Chức vụ", 24),
        SheetColumn("Đơn vị", 36),
    )
    if include_personal_ids:
        columns += (SheetColumn(PERSONAL_ID_HEADER, 15, PERSONAL_ID),)
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
            _translated(GENDERS_VI, gender),
            born,
            position,
            labels.get(unit_id),
            *personal,
        )


MOVEMENT_COLUMNS = (
    SheetColumn("Tên phong trào", 60),
    SheetColumn("Hình thức", 18),
    SheetColumn("Từ ngày", 12, DATE),
    SheetColumn("Đến ngày", 12, DATE),
    SheetColumn("Văn bản phát động", 40),
    SheetColumn("Chủ đề", 50),
    SheetColumn("Trạng thái", 16),
    SheetColumn("Cơ quan phát động", 36),
    SheetColumn("Số chỉ tiêu", 10, INTEGER),
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
            _translated(MOVEMENT_KINDS_VI, kind),
            starts,
            ends,
            launching,
            themes,
            _translated(MOVEMENT_STATUSES_VI, status),
            authority,
            targets,
        )


TARGET_COLUMNS = (
    SheetColumn("Phong trào", 40),
    SheetColumn("Năm", 7, INTEGER),
    SheetColumn("Đơn vị", 28),
    SheetColumn("Chỉ tiêu", 50),
    SheetColumn("Đơn vị tính", 12),
    SheetColumn("Kế hoạch", 44),
    SheetColumn("Cùng kỳ", 14, DECIMAL),
    SheetColumn("Thực hiện", 14, DECIMAL),
    SheetColumn("Ngày báo cáo", 12, DATE),
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
            unit if unit is not None else WHOLE_AREA,
            indicator,
            measure,
            "; ".join(plans.get(target_id, [])),
            same,
            actual,
            reported,
        )


DECISION_COLUMNS = (
    SheetColumn("Số quyết định", 16),
    SheetColumn("Ngày", 12, DATE),
    SheetColumn("Cơ quan ban hành", 36),
    SheetColumn("Chức vụ người ký", 16),
    SheetColumn("Người ký", 22),
    SheetColumn("Trích yếu", 60),
    SheetColumn("Trạng thái", 10),
    SheetColumn("Số khen thưởng", 10, INTEGER),
)


def _decision_rows(db: Database) -> Iterator[tuple]:
    sql = """SELECT d.number, d.decided_on, ia.name, d.signer_title, d.signer_name, d.title,
                    d.status, (SELECT count(*) FROM awards a WHERE a.decision_id = d.id)
             FROM decisions d LEFT JOIN issuing_authorities ia ON ia.id = d.authority_id
             ORDER BY d.decided_on, d.id"""
    for *values, status, awards in db.execute(sql):
        yield (*values, _translated(DECISION_STATUSES_VI, status), awards)


AWARD_COLUMNS = (
    SheetColumn("Năm vào sổ", 9, INTEGER),
    SheetColumn("Số vào sổ", 9, INTEGER),
    SheetColumn("Cá nhân, tập thể được khen", 30),
    SheetColumn("Đối tượng", 12),
    SheetColumn("Chức vụ", 22),
    SheetColumn("Đơn vị", 32),
    SheetColumn("Hình thức khen thưởng", 26),
    SheetColumn("Thành tích", 50),
    SheetColumn("Năm thành tích", 10, INTEGER),
    SheetColumn("Số quyết định", 16),
    SheetColumn("Ngày quyết định", 12, DATE),
    SheetColumn("Tiền thưởng (đồng)", 14, MONEY),
    SheetColumn("Trạng thái", 12),
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
    kinds, statuses = RECIPIENT_KINDS_VI, AWARD_STATUSES_VI
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
        (SHEET_UNITS, UNIT_COLUMNS, _unit_rows(db)),
        (
            SHEET_PEOPLE,
            _people_columns(include_personal_ids),
            _people_rows(db, include_personal_ids),
        ),
        (SHEET_MOVEMENTS, MOVEMENT_COLUMNS, _movement_rows(db)),
        (SHEET_TARGETS, TARGET_COLUMNS, _target_rows(db)),
        (SHEET_DECISIONS, DECISION_COLUMNS, _decision_rows(db)),
        (SHEET_AWARDS, AWARD_COLUMNS, _award_rows(db)),
    ]
    written: dict[str, int] = {}
    with workbook_file(path) as workbook:
        formats = _Formats(workbook)
        for name, columns, rows in sheets:
            written[name] = _fill_sheet(workbook, formats, name, columns, rows)
    return written


def sheet_name(title: str) -> str:
    """A title as Excel accepts it for a sheet: no []:*?/\\, at most 31 characters."""
    name = " ".join(_SHEET_NAME_FORBIDDEN.sub(" ", title).split()).strip("'")
    return name[:_SHEET_NAME_MAX].rstrip().rstrip("'") or "Danh sách"


def list_header(title: str) -> str:
    return LIST_HEADERS_VI.get(title, title)


def _list_value(value, column: ListColumn):
    """A list's value as the workbook writes it: dates the list shows as dd/mm/yyyy text go
    out as dates Excel can sort and filter; words and kinds in Vietnamese."""
    if not isinstance(value, str) or column.numeric:
        return value
    if column.shown_as == "translated":
        return LIST_VALUES_VI.get(value, value)
    if column.shown_as in ("kinds", "kind_figures"):
        return written_kinds(column.shown_as, value, _kind_vi, format_decimal)
    return _displayed_date(value) or value


def _kind_vi(code: str) -> str:
    return RECIPIENT_KINDS_VI.get(code, code).lower()


def export_record_list(
    db: Database, record_list: RecordList, ids: Sequence[int], path: Path | str, *, title: str
) -> int:
    """Write the rows of the given ids, in that order, as the window's list shows them, to one
    sheet named after title; returns the rows written. Ids no longer in the database are
    skipped."""
    columns = record_list.columns
    with workbook_file(path) as workbook:
        formats = _Formats(workbook)
        specs = [SheetColumn(list_header(column.title), _MIN_WIDTH) for column in columns]
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
                    value = _list_value(value, column)
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
