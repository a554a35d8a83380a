"""The rows of a list under its header, as the table holds them: section rows ("I. TẬP THỂ")
that say the kind of the rows below, the row of column numbers some lists put under the
header, records, and the rows passed over around the table (titles, notes, totals, the
signature block).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from kienan_awards.core import vocabulary as words
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.list_layout import SheetLayout, header_key
from kienan_awards.core.lists.spreadsheet_reading import Sheet
from kienan_awards.core.text import fold

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


def section_kind(row: list) -> str | None:
    """'collective', 'individual' or 'household' for a section row such as "I. TẬP THỂ"."""
    filled = [value for value in row if value is not None]
    if not 1 <= len(filled) <= 2 or not isinstance(filled[-1], str):
        return None
    kinds = _section_kinds()
    spellings = "|".join(re.escape(spelling) for spelling in sorted(kinds, key=len, reverse=True))
    match = re.match(_SECTION.format(kinds=spellings), fold(filled[-1]))
    return kinds[match.group(1)] if match else None


@dataclass(slots=True)
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
    signature lines, the header typed again on a later page) come as plain ints so they can
    be counted. Blank rows are not reported, nor the row of column numbers ("1 2 3", "(1) (2)
    (3)") some lists put under the header."""
    section = None
    number_column = next((c for c, f in layout.columns.items() if f == "row_number"), None)
    field_columns = {name: column for column, name in layout.columns.items()}
    first = layout.header_row + layout.header_rows - 1
    repeated_header = _RepeatedHeader(layout)
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
        if repeated_header.is_one(row):
            numbering_seen = False  # its row of column numbers may follow it again
            yield index + 1
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
        if not numbered and is_signature_line(row):
            # The signature block ends the table even right under its last row: the signers'
            # titles and names are not recipients and forms.
            in_table = False
            yield index + 1
            continue
        width = len(row)
        values = {name: row[c] if c < width else None for c, name in layout.columns.items()}
        columns, split = field_columns, None
        if layout.split_birth is not None:
            split = tuple(row[c] if c < width else None for c in layout.split_birth)
            if cell_values.is_empty(split[0]) and not cell_values.is_empty(split[1]):
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


class _RepeatedHeader:
    """The header row typed again inside the table (a list printed over several pages, a
    Word table whose header repeats): most of its cells say what the header says."""

    def __init__(self, layout: SheetLayout):
        self.headers = {column: header_key(text) for column, text in layout.headers.items() if text}
        self.name_column = next((c for c, f in layout.columns.items() if f == "name"), None)
        self.name_header = fold(layout.headers.get(self.name_column) or "")

    def is_one(self, row: Sequence) -> bool:
        column = self.name_column
        if column is None or column >= len(row) or not isinstance(row[column], str):
            return False
        if fold(row[column]) != self.name_header:  # the quick test: most rows stop here
            return False
        same = sum(
            1
            for c, key in self.headers.items()
            if c < len(row) and isinstance(row[c], str) and header_key(row[c]) == key
        )
        return same >= 2 and same * 2 >= len(self.headers)


# What only a signature block holds: the signer's title alone in its cell, "TM."/"KT." before
# a body, and the instructions under a signature ("Ký, ghi rõ họ tên", "đóng dấu").
_SIGNATURE_CELL = re.compile(
    r"^(?:(?:tm|kt|tl|tuq)\.\s"
    r"|(?:nguoi lap(?: bieu)?|lap bieu|nguoi ky|thu truong(?: don vi| co quan)?|pho chu tich"
    r"|chu tich|giam doc|pho giam doc|truong phong|pho truong phong|ke toan truong"
    r"|xac nhan cua .*|duyet)$"
    r"|\(?\s*ky\s*(?:,|va\b|ten\b|ghi\b|\))|.*\bghi ro ho ten\b|.*\bdong dau\b)"
)


def is_signature_line(row: Sequence) -> bool:
    """Whether a row without a row number is a line of the signature block under a list."""
    return any(
        isinstance(value, str) and _SIGNATURE_CELL.match(fold(value)) is not None for value in row
    )


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
