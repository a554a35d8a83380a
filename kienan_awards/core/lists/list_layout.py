"""Finds the table inside an office's list: its header row, what each column means, the
section rows that say whether the rows below are collectives or individuals, and the rows.

Headers are matched after folding case, diacritics, spaces and punctuation, so "Họ và tên",
"HỌ VÀ TÊN" and "Ho va ten:" are the same header; a part in brackets may be left out
("Giới tính (Nam/Nữ)" is "Giới tính").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
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
    "row_number": (
        "Row number (ignored)",
        (words.ROW_NUMBER, "TT", "Số TT", "Số thứ tự", "No", "No.", "Number"),
    ),
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
            "Tên tập thể/cá nhân/hộ gia đình",
            "Tên cá nhân/tập thể/hộ gia đình",
            "Tên tập thể/cá nhân",
            "Tên cá nhân, tập thể",
            "Tên đơn vị / tập thể",
            "Tên đơn vị, cá nhân",
            "Tên đơn vị/cá nhân",
            "Tên tập thể, đơn vị",
            "Họ tên/Tên tập thể",
            "Tên cá nhân",
            "Tên hộ gia đình",
            "Name",
            "Full name",
        ),
    ),
    "kind": (
        "Kind",
        (
            words.RECIPIENT_KIND,
            "Loại",
            "Kind",
            "Loại khen thưởng đối tượng",
            "Loại đối tượng",
            "Đối tượng khen thưởng",
        ),
    ),
    "gender": ("Gender", (words.GENDER, "Gender", "Sex")),
    "birth": (
        "Birth year or date",
        (
            words.BORN,
            words.BIRTH_YEAR,
            "Ngày sinh",
            "Ngày tháng năm sinh",
            "Sinh năm",
            "Birth year",
            "Birth date",
            "Year of birth",
        ),
    ),
    "position": (
        "Position",
        (words.POSITION, "Position", "Chức danh", "Chức vụ, chức danh", "Cấp bậc, chức vụ"),
    ),
    "unit": (
        "Unit",
        (
            words.UNIT,
            "Unit",
            "Đơn vị công tác",
            "Cơ quan, đơn vị",
            "Nơi công tác",
            "Cơ quan, đơn vị công tác",
        ),
    ),
    "position_unit": (
        "Position and unit",
        (
            words.POSITION_AND_UNIT,
            "Chức vụ, đơn vị công tác",
            "Chức vụ, nơi công tác",
            "Chức vụ và đơn vị công tác",
            "Position and unit",
        ),
    ),
    "form": (
        "Award",
        (
            words.AWARD_FORM,
            words.FORM,
            "Danh hiệu",
            "Award",
            "Award form",
            "Hình thức đề nghị khen thưởng",
            "Hình thức đề nghị",
            "Danh hiệu, hình thức khen thưởng",
            "Hình thức khen thưởng đề nghị",
        ),
    ),
    "achievement": (
        "Achievement",
        (
            words.ACHIEVEMENT,
            "Achievement",
            "Nội dung thành tích",
            "Tóm tắt thành tích",
            "Thành tích đạt được",
        ),
    ),
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
            "CMND",
            "Số CMND",
            "CCCD/CMND",
            "CMND/CCCD",
            "Số CCCD/CMND",
            "Số CMND/CCCD",
            "Số định danh",
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
    header_rows: int = 1  # two when a second row names the parts of merged headers
    # The birth date split into a "Nam" and a "Nữ" column (their indexes): the filled one
    # gives the date and the gender. columns reads the first as "birth".
    split_birth: tuple[int, int] | None = None

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
            layout = SheetLayout(sheet.name, index + 1, columns, headers)
            if index + 1 < len(sheet.rows):
                _read_second_header_row(layout, row, sheet.rows[index + 1], list_kind)
            return layout
    return SheetLayout(sheet.name)


def _gender_of_header(value) -> str | None:
    """'male' or 'female' for a sub-header "Nam" / "Nữ"."""
    key = header_key(cell_values.shown(value))
    return next((g for g, word in words.GENDERS.items() if header_key(word) == key), None)


def _read_second_header_row(layout: SheetLayout, header: Sequence, below: Sequence, list_kind):
    """A header merged across columns names their parts in the row below: "Ngày tháng năm
    sinh" over "Nam" and "Nữ", "Chức vụ, đơn vị" over "Chức vụ" and "Đơn vị". The row below
    is part of the header when every cell it fills is such a part."""
    if not any(value is not None for value in below):
        return
    parts: dict[int, str] = {}
    genders: dict[str, int] = {}
    for column, value in enumerate(below):
        if value is None:
            continue
        gender = _gender_of_header(value)
        if gender is not None:
            genders.setdefault(gender, column)
            continue
        name = field_of_header(value, list_kind)
        if name is None:
            return  # a data row, or a header part this program does not read
        parts[column] = name
    if genders and set(genders) != {"male", "female"}:
        return
    layout.header_rows = 2
    taken = set(layout.columns.values())
    for column, name in parts.items():
        if column not in layout.columns and name not in taken:
            layout.columns[column] = name
            layout.headers[column] = cell_values.shown(below[column])
            taken.add(name)
    if not genders:
        return
    male, female = genders["male"], genders["female"]
    birth = next((c for c, name in layout.columns.items() if name == "birth"), None)
    # The "Nam"/"Nữ" pair sits under the birth header (merged over both), or under no header
    # of its own when the birth header is missing.
    if birth is not None and birth not in (male, female) and header[min(male, female)] is None:
        birth = None
    if birth is None and any(c < len(header) and header[c] is not None for c in (male, female)):
        return
    for column in (male, female):
        if layout.columns.get(column) not in (None, "birth"):
            return
    if birth is not None:
        del layout.columns[birth]
    layout.columns[male] = "birth"
    title = layout.headers.get(birth if birth is not None else male, "")
    for column, gender in ((male, "male"), (female, "female")):
        layout.headers[column] = f"{title} ({words.GENDERS[gender]})".strip()
    layout.split_birth = (male, female)


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
    # The "Nam" and "Nữ" birth cells of a list that splits them (values["birth"] holds the
    # filled one); None for other lists.
    split_birth: tuple[object, object] | None = None


def iter_source_rows(sheet: Sheet, layout: SheetLayout) -> Iterator[SourceRow | int]:
    """The data rows below the header; the Excel numbers of rows passed over (titles, notes,
    signature lines) come as plain ints so they can be counted. Blank rows are not reported,
    nor the row of column numbers ("1 2 3", "(1) (2) (3)") some lists put under the header."""
    section = None
    number_column = next((c for c, f in layout.columns.items() if f == "row_number"), None)
    field_columns = {name: column for column, name in layout.columns.items()}
    first = layout.header_row + layout.header_rows - 1
    numbering_seen = False
    # Within the table a row that names someone and an award is a row even without its row
    # number; once a blank row or a note ends the table, rows below need more to count.
    in_table, records = True, 0
    for index in range(first, len(sheet.rows)):
        row = sheet.rows[index]
        if all(value is None for value in row):
            in_table = in_table and not records  # blank rows under the header end nothing
            continue
        if not numbering_seen:
            numbering_seen = True
            if _is_column_numbering(row):
                continue
        numbered = (
            number_column is not None
            and number_column < len(row)
            and _is_row_number(row[number_column])
        )
        kind = None if numbered else section_kind(row)
        if kind:
            section = kind
            in_table = True
            continue
        width = len(row)
        values = {name: row[c] if c < width else None for c, name in layout.columns.items()}
        columns, split = field_columns, None
        if layout.split_birth is not None:
            split = tuple(row[c] if c < width else None for c in layout.split_birth)
            if split[0] is None and split[1] is not None:
                values["birth"] = split[1]
                columns = {**field_columns, "birth": layout.split_birth[1]}
        others = sum(
            1 for name, value in values.items() if name != "row_number" and value is not None
        )
        # Rows that hold little and, where the list numbers its rows, carry no row number are
        # notes around the table ("Người lập biểu", "Tổng cộng: 40"). A numbered or full row
        # is a record even without a name (reported then as an error, never passed over).
        if number_column is not None:
            is_record = (
                _is_row_number(values["row_number"])
                or others >= 3
                or (in_table and _names_an_award(values))
            )
        else:
            is_record = others >= 2
        if is_record:
            records += 1
            yield SourceRow(sheet.name, index + 1, section, values, columns, split)
        else:
            in_table = False
            yield index + 1


def _names_an_award(values: dict[str, object]) -> bool:
    return values.get("name") is not None and values.get("form") is not None


def _is_row_number(value) -> bool:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    return bool(value is not None and re.fullmatch(r"\d{1,6}\.?", cell_values.shown(value)))


_COLUMN_NUMBER = re.compile(r"\(?\s*(\d{1,2}|[a-z])\s*\)?")


def _is_column_numbering(row: Sequence) -> bool:
    """A row that numbers the columns above it: "1 2 3 ...", "(1) (2) (3)", or letters before
    the numbers ("A B 1 2"); each number greater than the one before."""
    filled = [cell_values.shown(value) for value in row if value is not None]
    if len(filled) < 3:
        return False
    numbers = []
    for text in filled:
        match = _COLUMN_NUMBER.fullmatch(text.casefold())
        if match is None:
            return False
        if match.group(1).isdigit():
            numbers.append(int(match.group(1)))
    return len(numbers) >= 2 and all(a < b for a, b in zip(numbers, numbers[1:], strict=False))


def no_rows_error(file_name: str, layouts: list[SheetLayout]) -> KienanError:
    """Why a file gave no row: a template's header with nothing under it, named so the clerk
    sees which table was found; or no header row at all."""
    found = next((layout for layout in layouts if layout.found), None)
    if found is None:
        return KienanError(
            Message(
                "{name}: no list found (no sheet has a header row naming the name column "
                "within its first 20 rows)",
                name=file_name,
            )
        )
    return KienanError(
        Message(
            "{name}: no rows: sheet '{sheet}' has the header row {row} ({headers}) but no row "
            "of the list under it",
            name=file_name,
            sheet=found.sheet_name,
            row=found.header_row,
            headers=", ".join(header for _, header in sorted(found.headers.items())),
        )
    )
