"""Finds the table inside an office's list: its header row and what each column means (the
rows under it are read by source_rows.py).

Headers are matched after folding case, diacritics, spaces and punctuation, so "Họ và tên",
"HỌ VÀ TÊN" and "Ho va ten:" are the same header; a part in brackets may be left out
("Giới tính (Nam/Nữ)" is "Giới tính").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from kienan_awards.core import vocabulary as words
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.spreadsheet_reading import Sheet
from kienan_awards.core.messages import Message
from kienan_awards.core.text import fold

HEADER_SEARCH_ROWS = 20
LIST_KINDS = (
    "awards",
    "proposals",
    "people",
    "units",
    "registrations",
    "initiatives",
    "city_answer",
    "clusters",
)

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
    # The register of initiatives' own columns.
    "authors": (
        "Authors",
        (
            "Tác giả",
            "Tác giả sáng kiến",
            "Tác giả, đồng tác giả",
            "Tác giả/đồng tác giả",
            "Họ và tên tác giả",
            "Họ tên tác giả",
            words.FULL_NAME,
            "Họ tên",
            "Authors",
        ),
    ),
    "scope": (
        "Scope of effect",
        (
            "Phạm vi ảnh hưởng",
            "Phạm vi ảnh hưởng, hiệu quả",
            "Phạm vi áp dụng",
            "Phạm vi ảnh hưởng của sáng kiến",
            "Scope",
        ),
    ),
    "authority": (
        "Recognised by",
        ("Cơ quan công nhận", "Cấp công nhận", "Đơn vị công nhận", "Recognised by"),
    ),
    "effect": (
        "Effect",
        (
            "Hiệu quả",
            "Hiệu quả áp dụng",
            "Hiệu quả, lợi ích",
            "Lợi ích",
            "Tóm tắt nội dung, hiệu quả",
            "Hiệu quả mang lại",
            "Effect",
        ),
    ),
    # A list of emulation clusters and blocks: the cluster of each member unit, and its role.
    "cluster": (
        "Emulation cluster or block",
        (
            "Cụm/Khối",
            "Cụm, khối",
            "Cụm/khối thi đua",
            words.RECORD_TABLES["clusters"],
            "Tên cụm",
            "Tên cụm thi đua",
            "Tên khối",
            "Tên khối thi đua",
            "Tên cụm, khối",
            "Cụm thi đua",
            "Khối thi đua",
            "Cluster",
        ),
    ),
    "leader": (
        "Leader of the cluster",
        ("Trưởng cụm", "Cụm trưởng", "Trưởng khối", "Khối trưởng", "Leader"),
    ),
    "deputy": (
        "Deputy leader of the cluster",
        ("Phó cụm", "Cụm phó", "Phó khối", "Khối phó", "Phó trưởng cụm", "Deputy"),
    ),
    "cluster_role": (
        "Role in the cluster",
        (
            "Vai trò",
            "Vai trò trong cụm",
            "Vai trò trong khối",
            "Chức danh trong cụm",
            "Chức danh trong khối",
            "Nhiệm vụ trong cụm",
            "Role",
        ),
    ),
}

# Headers a kind of list reads its own way, before the shared ones: a unit's registration
# names its titles "registered"; in the register of initiatives the name is the initiative's
# and its decision is the one that recognised it.
OWN_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "registrations": {
        "form": (
            words.TITLES_REGISTERED,
            "Danh hiệu thi đua đăng ký",
            "Đăng ký danh hiệu",
            "Đăng ký danh hiệu thi đua",
            "Danh hiệu đăng ký thi đua",
            "Nội dung đăng ký",
            "Registered title",
        ),
    },
    "initiatives": {
        "name": (
            "Tên sáng kiến",
            "Tên sáng kiến, giải pháp",
            "Tên sáng kiến/giải pháp",
            "Tên đề tài, sáng kiến",
            "Tên sáng kiến, đề tài",
            "Tên đề tài/sáng kiến",
            "Tên sáng kiến kinh nghiệm",
            "Initiative",
        ),
        "decision_number": (
            "Quyết định công nhận",
            "Số quyết định công nhận",
            "Số QĐ công nhận",
            "Quyết định công nhận sáng kiến",
        ),
        "decision_date": (words.DATE, "Ngày công nhận", "Ngày ban hành"),
    },
    # In a list of clusters "Đơn vị" names the member unit itself.
    "clusters": {
        "name": (
            words.UNIT,
            words.UNIT_NAME,
            "Đơn vị thành viên",
            "Thành viên",
            "Tên đơn vị thành viên",
            "Cơ quan, đơn vị",
            "Tên phường, xã",
            words.UNIT_KINDS["ward"],
            "Tên tổ dân phố",
            "Member",
        ),
    },
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

# A unit's proposal reads like an award list, without the decision it does not have yet.
LIST_FIELDS["proposals"] = tuple(
    name
    for name in LIST_FIELDS["awards"]
    if name not in ("decision_number", "decision_date", "movement")
)
# A unit's registration names its people (or itself) and the titles they register for.
LIST_FIELDS["registrations"] = LIST_FIELDS["proposals"]
# The city's list answering a proposal names the recipients as the proposal did.
LIST_FIELDS["city_answer"] = LIST_FIELDS["proposals"]
LIST_FIELDS["initiatives"] = (
    "row_number",
    "name",
    "authors",
    "unit",
    "year",
    "decision_number",
    "decision_date",
    "authority",
    "scope",
    "effect",
)
LIST_FIELDS["clusters"] = (
    "row_number",
    "name",
    "parent",
    "cluster",
    "leader",
    "deputy",
    "cluster_role",
    "year",
)


def header_key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text))


def _alias_table(list_kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    own = OWN_HEADERS.get(list_kind, {})
    for name, aliases in own.items():
        for alias in aliases:
            table.setdefault(header_key(alias), name)
    for name in LIST_FIELDS[list_kind]:
        if list_kind == "initiatives" and name == "name":
            continue  # a person's name there is an author's
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


def no_rows_error(
    file_name: str, layouts: list[SheetLayout], document: bool = False
) -> KienanError:
    """Why a file gave no row: a template's header with nothing under it, named so the clerk
    sees which table was found; or no header row at all (in a Word document: no table whose
    header names the name column, beside the heading and signature tables it holds)."""
    found = next((layout for layout in layouts if layout.found), None)
    if found is None and document:
        return KienanError(
            Message(
                "{name}: no list table found (no table of the document has a header row naming "
                "the name column, such as STT, Họ và tên or Tên tập thể)",
                name=file_name,
            )
        )
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
