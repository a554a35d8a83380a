"""Finds the table inside an office's list: its header row, what each column means, the
section rows that say whether the rows below are collectives or individuals, and the rows.

Headers are matched after folding case, diacritics, spaces and punctuation, so "Họ và tên",
"HỌ VÀ TÊN" and "Ho va ten:" are the same header; a part in brackets may be left out
("Giới tính (Nam/Nữ)" is "Giới tính").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kienan_awards.core import vocabulary as words
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.spreadsheet_reading import Sheet
from kienan_awards.core.messages import Message
from kienan_awards.core.text import fold

HEADER_SEARCH_ROWS = 20
LIST_KINDS = ("awards", "proposals", "people", "units")

# field -> (English label for messages and the wizard, the headers it is read under: the
# vocabulary's words first, as the program's own workbooks print them, then the other
# spellings offices type).
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "row_number": ("Row number (ignored)", (words.ROW_NUMBER, "Số TT", "No", "No.", "Number")),
    "name": (
        "Name",
        (
            words.FULL_NAME,
            words.UNIT_NAME,
            words.RECIPIENT,
            words.NAME_OR_COLLECTIVE,
            "Tên tập thể",
            "Họ tên",
            "Họ và tên, tên tập thể",
            "Tên tập thể, cá nhân",
            "Name",
            "Full name",
        ),
    ),
    "kind": ("Kind", (words.RECIPIENT_KIND, "Loại", "Kind", "Loại khen thưởng đối tượng")),
    "gender": ("Gender", (words.GENDER, "Gender", "Sex")),
    "birth": (
        "Birth year or date",
        (
            words.BORN,
            words.BIRTH_YEAR,
            "Ngày sinh",
            "Ngày tháng năm sinh",
            "Birth year",
            "Birth date",
            "Year of birth",
        ),
    ),
    "position": ("Position", (words.POSITION, "Position", "Chức danh")),
    "unit": ("Unit", (words.UNIT, "Unit", "Đơn vị công tác", "Cơ quan, đơn vị")),
    "position_unit": (
        "Position and unit",
        (words.POSITION_AND_UNIT, "Chức vụ, đơn vị công tác", "Position and unit"),
    ),
    "form": ("Award", (words.AWARD_FORM, words.FORM, "Danh hiệu", "Award", "Award form")),
    "achievement": ("Achievement", (words.ACHIEVEMENT, "Achievement", "Nội dung thành tích")),
    "decision_number": (
        "Decision number",
        (words.DECISION_NUMBER, "Số QĐ", "Decision number", "Decision no"),
    ),
    "decision_date": (
        "Decision date",
        (words.DECISION_DATE, "Ngày QĐ", "Ngày ký", "Decision date"),
    ),
    "year": (
        "Year of the achievement",
        (words.YEAR, words.ACHIEVEMENT_YEAR, "Year", "Năm khen thưởng"),
    ),
    "movement": ("Movement", (words.MOVEMENT, "Movement", "Phong trào thi đua")),
    "personal_id": (
        "Personal ID",
        (
            words.PERSONAL_ID,
            "CCCD",
            "Personal ID",
            "Số căn cước công dân",
            "Số định danh cá nhân",
            "Căn cước công dân",
        ),
    ),
    "parent": ("Parent unit", (words.PARENT_UNIT, "Trực thuộc", "Thuộc", "Parent unit")),
    "valid_from": (
        "Valid from",
        (words.VALID_FROM, words.FROM_DATE, "Ngày thành lập", "Valid from"),
    ),
    "valid_to": (
        "Valid to",
        (words.VALID_TO, words.TO_DATE, "Ngày giải thể", "Ngày sáp nhập", "Valid to"),
    ),
}

# Which columns each kind of list reads, and which it cannot do without.
LIST_FIELDS = {
    "awards": (
        "row_number",
        "name",
        "kind",
        "gender",
        "birth",
        "position",
        "unit",
        "position_unit",
        "form",
        "achievement",
        "decision_number",
        "decision_date",
        "year",
        "movement",
        "personal_id",
    ),
    "people": (
        "row_number",
        "name",
        "gender",
        "birth",
        "position",
        "unit",
        "position_unit",
        "personal_id",
    ),
    "units": ("row_number", "name", "kind", "parent", "valid_from", "valid_to"),
}

# A section row: an optional numbering ("I.", "a)", "2 -") before a kind of recipient. The
# vocabulary's words are read folded, beside these other spellings.
_SECTION = (
    r"^(?:(?:[ivxlc]+|[a-e]|\d{{1,2}})\s*[.)/:\-]\s*|(?:[ivxlc]+|[a-e]|\d{{1,2}})\s+)?({kinds})\b"
)
_SECTION_SYNONYMS = {
    "collective": "collective",
    "collectives": "collective",
    "individual": "individual",
    "individuals": "individual",
    "household": "household",
    "households": "household",
}


def _section_kinds() -> dict[str, str]:
    """The spellings of a section row's kind (folded), each with the kind it stands for."""
    own = {fold(word): kind for kind, word in words.RECIPIENT_KINDS.items()}
    return {**_SECTION_SYNONYMS, **own}


# A unit's proposal reads like an award list, without the decision it does not have yet.
LIST_FIELDS["proposals"] = tuple(
    name
    for name in LIST_FIELDS["awards"]
    if name not in ("decision_number", "decision_date", "movement")
)


def header_key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text))


def _alias_table(list_kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for name in LIST_FIELDS[list_kind]:
        for alias in FIELDS[name][1]:
            table.setdefault(header_key(alias), name)
    if list_kind == "units":  # in a list of units, "Đơn vị" names the unit itself
        for alias in FIELDS["unit"][1]:
            table[header_key(alias)] = "name"
        table[header_key(words.UNIT_KIND)] = "kind"
    return table


def field_of_header(text, list_kind: str) -> str | None:
    if text is None:
        return None
    table = _alias_table(list_kind)
    shown = cell_values.shown(text)
    for candidate in (shown, re.sub(r"\(.*?\)", "", shown)):
        key = header_key(candidate)
        if key in table:
            return table[key]
    return None


@dataclass
class SheetLayout:
    sheet_name: str
    header_row: int | None = None  # Excel's row number
    columns: dict[int, str] = field(default_factory=dict)  # column index -> field
    headers: dict[int, str] = field(default_factory=dict)  # column index -> header as typed

    @property
    def found(self) -> bool:
        return self.header_row is not None and "name" in self.columns.values()


def detect_layout(sheet: Sheet, list_kind: str) -> SheetLayout:
    """The first row (of the first 20) whose cells name the name column and one other known
    column is the header row. A header row with two columns that mean the same (two "Họ và
    tên", "Hình thức" beside "Danh hiệu") is refused: which of them holds the list is the
    clerk's to say, and reading the first would drop the other without a word."""
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        columns: dict[int, str] = {}
        first_of: dict[str, int] = {}
        twice: list[tuple[int, int]] = []
        for column, value in enumerate(row):
            name = field_of_header(value, list_kind)
            if name is None:
                continue
            if name in first_of:
                twice.append((first_of[name], column))
            else:
                first_of[name] = column
                columns[column] = name
        if "name" in columns.values() and len(columns) >= 2:
            headers = {c: cell_values.shown(v) for c, v in enumerate(row) if v is not None}
            if twice:
                first, second = twice[0]
                raise KienanError(
                    Message(
                        "sheet '{sheet}' has two columns that mean the same in its header row "
                        "{row}: {first} ('{header}') and {second} ('{other}'); delete or rename "
                        "one",
                        sheet=sheet.name,
                        row=index + 1,
                        first=cell_values.column_letter(first),
                        header=headers[first],
                        second=cell_values.column_letter(second),
                        other=headers[second],
                    )
                )
            return SheetLayout(sheet.name, index + 1, columns, headers)
    return SheetLayout(sheet.name)


def section_kind(row: list) -> str | None:
    """'collective', 'individual' or 'household' for a section row such as "I. TẬP THỂ"."""
    filled = [value for value in row if value is not None]
    if not 1 <= len(filled) <= 2 or not isinstance(filled[-1], str):
        return None
    kinds = _section_kinds()
    spellings = "|".join(re.escape(spelling) for spelling in sorted(kinds, key=len, reverse=True))
    match = re.match(_SECTION.format(kinds=spellings), fold(filled[-1]))
    return kinds[match.group(1)] if match else None


@dataclass
class SourceRow:
    sheet_name: str
    row_number: int  # as Excel shows it
    section: str | None  # the kind set by the last section row above
    values: dict[str, object]  # field -> raw cell value
    columns: dict[str, int] = field(default_factory=dict)  # field -> column index, to name it


def iter_source_rows(sheet: Sheet, layout: SheetLayout) -> Iterator[SourceRow | int]:
    """The data rows below the header; the Excel numbers of rows passed over (titles, notes,
    signature lines) come as plain ints so they can be counted. Blank rows are not reported."""
    section = None
    number_column = next((c for c, f in layout.columns.items() if f == "row_number"), None)
    field_columns = {name: column for column, name in layout.columns.items()}
    for index in range(layout.header_row, len(sheet.rows)):
        row = sheet.rows[index]
        if all(value is None for value in row):
            continue
        numbered = (
            number_column is not None
            and number_column < len(row)
            and _is_row_number(row[number_column])
        )
        kind = None if numbered else section_kind(row)
        if kind:
            section = kind
            continue
        width = len(row)
        values = {name: row[c] if c < width else None for c, name in layout.columns.items()}
        others = sum(
            1 for name, value in values.items() if name != "row_number" and value is not None
        )
        # Rows that hold little and, where the list numbers its rows, carry no row number are
        # notes around the table ("Người lập biểu", "Tổng cộng: 40"). A numbered or full row
        # is a record even without a name (reported then as an error, never passed over).
        if number_column is not None:
            is_record = _is_row_number(values["row_number"]) or others >= 3
        else:
            is_record = others >= 2
        if is_record:
            yield SourceRow(sheet.name, index + 1, section, values, field_columns)
        else:
            yield index + 1


def _is_row_number(value) -> bool:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    return bool(value is not None and re.fullmatch(r"\d{1,6}\.?", cell_values.shown(value)))
