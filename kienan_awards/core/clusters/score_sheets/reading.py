"""A filled score sheet read and checked: each sheet's heading says the cluster, the year and
the member unit; its criteria are found by their number (STT), the self and agreed scores by
their columns' headers, as the offices word them, with the reason an agreed score differs.
Every wrong cell is named by its sheet, row and cell (ScoresRefused); writing the scores is
importing's.

A sheet laid out by another office is read as well as the program's own: columns in another
order, a header over two rows, merged heading cells, blank or numbering rows, group rows with
their sums, a total row (the table ends there), .xlsx from Excel or LibreOffice, .xls, .ods.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from kienan_awards.core import vocabulary as words
from kienan_awards.core.clusters.clusters import Cluster, clusters
from kienan_awards.core.clusters.score_entry_text import read_score
from kienan_awards.core.clusters.score_sheets import layout
from kienan_awards.core.clusters.scoring import Events, entered_points
from kienan_awards.core.clusters.scoring_store import StoredTable, stored_table
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.document_reading import DOCUMENT_SUFFIXES
from kienan_awards.core.lists.list_files import read_list_file
from kienan_awards.core.lists.list_layout import header_key
from kienan_awards.core.lists.spreadsheet_reading import Sheet
from kienan_awards.core.messages import Message, counted, joined
from kienan_awards.core.text import clean, fold

if TYPE_CHECKING:
    from sqlite_utils import Database

    from kienan_awards.core.clusters.scoring_table import Criterion

HEADER_SEARCH_ROWS = 30
_POINTS = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_POINTS_WORD = re.compile(r"\s*(diem|d)\.?$")
# A date in a heading ("ngày 05 tháng 8 năm 2025", "05/08/2025") is not the sheet's year.
_DATES = re.compile(
    r"ngay\s*\S*\s*thang\s*\S*\s*nam\s*\d{4}|thang\s*\S+\s*nam\s*\d{4}|\d+/\d+/\d{4}"
)
_YEAR_AFTER_WORD = re.compile(r"\bnam\s*:?\s*((?:19|20)\d{2})\b")
_YEAR_ALONE = re.compile(r"\b((?:19|20)\d{2})\b")
_TOTAL_WORDS = ("tong cong", "tong diem", "tong so diem", "tong so", "cong")
_GROUP_MARK = re.compile(r"^(?:[IVXLC]+|[A-Z])$")
_COLUMN_NUMBER = re.compile(r"^[\d()=+\-*/x ]{1,24}$")
_SCORE_COLUMNS = (layout.SELF_COLUMN, layout.AGREED_COLUMN)
_MERGED_BELOW = (layout.SELF_COLUMN, layout.AGREED_COLUMN, layout.MAXIMUM_COLUMN, layout.TEXT)


class ScoresRefused(KienanError):
    """The sheet cannot be imported; problems names every wrong cell or heading, one each."""

    def __init__(self, file_name: str, problems: Sequence[Message]):
        self.file_name = file_name
        self.problems = tuple(problems)
        headline = counted(
            "{name}: {count} problem; nothing was written",
            "{name}: {count} problems; nothing was written",
            len(self.problems),
            name=file_name,
        )
        super().__init__(joined([headline, *self.problems], "\n"))


@dataclass(frozen=True)
class ScoreColumns:
    header_row: int  # from 0, as the sheet's rows
    first_row: int
    columns: dict[str, int]  # what the column holds -> its index


@dataclass
class MemberSheet:
    """One sheet's scores for a member of a cluster-year, by criterion number."""

    sheet: str
    cluster: Cluster
    year: int
    unit_id: int
    member: str
    stored: StoredTable
    own: dict[str, Decimal | Events] = field(default_factory=dict)  # times kept as times
    agreed: dict[str, Decimal | Events] = field(default_factory=dict)
    rows_read: int = 0
    reasons: dict[str, str] = field(default_factory=dict)  # why an agreed score differs
    agreed_cells: dict[str, tuple[int, int]] = field(default_factory=dict)  # (row, column)


def _key(text: str) -> str:
    """Folded words between single spaces, padded: ' cum thi dua so 4 cac phuong '."""
    return " " + " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split()) + " "


def cell_place(sheet: Sheet | str, row: int, column: int, problem: Message) -> Message:
    return Message(
        "sheet '{sheet}', row {row}, cell {cell}: {problem}",
        sheet=sheet if isinstance(sheet, str) else sheet.name,
        row=row + 1,
        cell=f"{cell_values.column_letter(column)}{row + 1}",
        problem=problem,
    )


def _sheet_place(sheet: Sheet, problem: Message) -> Message:
    return Message("sheet '{sheet}': {problem}", sheet=sheet.name, problem=problem)


class _SheetProblem(Exception):
    """What is wrong with a sheet as a whole (its header or its heading); placed: the message
    names its cell already."""

    def __init__(self, message: Message, placed: bool = False):
        super().__init__(message)
        self.placed = placed


# --- the table's columns ---------------------------------------------------------------------


def _columns_of(row) -> dict[int, str]:
    found = {}
    for column, value in enumerate(row):
        meaning = layout.column_of_header(value)
        if meaning is not None:
            found[column] = meaning
    return found


def find_columns(sheet: Sheet) -> ScoreColumns | None:
    """The row that names the criterion number and a score column, with the row under it
    where a merged header names its parts ("Điểm chấm" over "Tự chấm", "Cụm chấm"); None
    where the sheet has no such row."""
    rows = sheet.rows
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = _columns_of(row)
        if layout.NUMBER not in found.values():
            continue
        below = _columns_of(rows[index + 1]) if index + 1 < len(rows) else {}
        two_rows = False
        for column, meaning in below.items():
            if column not in found and meaning in _MERGED_BELOW:
                found[column] = meaning
                two_rows = True
        if not any(meaning in _SCORE_COLUMNS for meaning in found.values()):
            continue
        columns: dict[str, int] = {}
        for column, meaning in sorted(found.items()):
            if meaning in columns and meaning in (layout.NUMBER, *_SCORE_COLUMNS):
                raise _SheetProblem(
                    Message(
                        "row {row}: columns {first} and {second} both hold the same thing; "
                        "delete or rename one",
                        row=index + 1,
                        first=cell_values.column_letter(columns[meaning]),
                        second=cell_values.column_letter(column),
                    )
                )
            columns.setdefault(meaning, column)
        return ScoreColumns(index, index + (2 if two_rows else 1), columns)
    return None


# --- the heading: cluster, year, member ------------------------------------------------------


@dataclass(frozen=True)
class _HeadingCell:
    row: int
    column: int
    text: str
    value: object


def _heading_cells(sheet: Sheet, columns: ScoreColumns) -> list[_HeadingCell]:
    return [
        _HeadingCell(r, c, cell_values.shown(value), value)
        for r, row in enumerate(sheet.rows[: columns.header_row])
        for c, value in enumerate(row)
        if not cell_values.is_empty(value)
    ]


def _cluster_of_heading(db: Database, cells: list[_HeadingCell]) -> list[Cluster]:
    """The recorded clusters the heading names, by their whole name, else by the name without
    its part in brackets; a name inside another one found is the longer one's."""
    keys = [_key(cell.text) for cell in cells]
    recorded = clusters(db)
    for name_of in (lambda c: c.name, lambda c: re.sub(r"\(.*?\)", "", c.name)):
        found = [c for c in recorded if any(_key(name_of(c)) in key for key in keys)]
        if found:
            named = {c.id: _key(name_of(c)) for c in found}
            return [
                c
                for c in found
                if not any(
                    named[c.id] != other and named[c.id] in other for other in named.values()
                )
            ]
    return []


def _years_of_heading(cells: list[_HeadingCell]) -> set[int]:
    """The year the heading gives after "năm" (a date's year left out), or "Năm" and the year
    in the cell beside it; else a year in a title about the emulation's scores."""
    texts = [_DATES.sub(" ", fold(cell.text)) for cell in cells]
    years = {int(y) for text in texts for y in _YEAR_AFTER_WORD.findall(text)}
    for cell, after in zip(cells, cells[1:], strict=False):
        if header_key(cell.text) == "nam" and after.row == cell.row:
            year = cell_values.shown(after.value)
            if re.fullmatch(r"(?:19|20)\d{2}", year):
                years.add(int(year))
    if years:
        return years
    return {
        int(y)
        for text in texts
        if "thi dua" in text or "cham diem" in text
        for y in _YEAR_ALONE.findall(text)
    }


def _labelled_units(cells: list[_HeadingCell]) -> list[tuple[_HeadingCell, str]]:
    """Heading cells that name the unit under a label ("Đơn vị: Tổ dân phố số 1", or "Đơn
    vị:" with the name in the next cell), with the name."""
    found = []
    for index, cell in enumerate(cells):
        label, colon, value = cell.text.partition(":")
        if colon and clean(value) and header_key(label) in layout.UNIT_LABELS:
            found.append((cell, clean(value)))
        elif header_key(cell.text) in layout.UNIT_LABELS and index + 1 < len(cells):
            after = cells[index + 1]
            if after.row == cell.row:
                found.append((after, after.text))
    return found


def _members_in(members, keys: list[str]) -> dict[int, str]:
    """The members named, whole words, in any of the texts (as _key gives them)."""
    return {
        unit_id: name
        for unit_id, name, short in members
        if any(_key(name) in key or (short and _key(short) in key) for key in keys)
    }


def _member_of_heading(
    db: Database, sheet: Sheet, cells, cluster: Cluster, year: int
) -> tuple[int, str]:
    members = layout.cluster_members(db, cluster.id, year)
    labelled = _labelled_units(cells)
    if labelled:
        chosen = {}
        for cell, name in labelled:
            try:
                unit_id = layout.find_member(db, cluster, year, name)
            except KienanError as error:
                # "Tổ dân phố số 1 - Khối thi đua ...": the one member the label names.
                within = _members_in(members, [_key(name)])
                if len(within) != 1:
                    placed = cell_place(sheet, cell.row, cell.column, error.args[0])
                    raise _SheetProblem(placed, True) from error
                unit_id = next(iter(within))
            chosen[unit_id] = next(m[1] for m in members if m[0] == unit_id)
    else:
        cluster_key = _key(cluster.name)
        keys = [_key(cell.text).replace(cluster_key, " ") for cell in cells]
        chosen = _members_in(members, keys)
    if len(chosen) == 1:
        return next(iter(chosen.items()))
    if not chosen:
        raise _SheetProblem(
            Message(
                "the heading names no member of {cluster} for {year} (write '{label}' and the "
                "unit's name above the table)",
                cluster=cluster.name,
                year=year,
                label=layout.UNIT_LINE.format(unit="…"),
            )
        )
    raise _SheetProblem(
        Message(
            "the heading names several members of {cluster} for {year}: {names}",
            cluster=cluster.name,
            year=year,
            names="; ".join(chosen.values()),
        )
    )


def _clusters_of_member(db: Database, sheet: Sheet, cells, year: int) -> list[Cluster]:
    """For a heading that names its unit but not its cluster: the clusters with a table for
    the year that the unit is a member of."""
    found = []
    for cluster in clusters(db):
        if stored_table(db, cluster.id, year) is None:
            continue
        try:
            _member_of_heading(db, sheet, cells, cluster, year)
        except _SheetProblem:
            continue
        found.append(cluster)
    return found


def _heading(db: Database, sheet: Sheet, columns: ScoreColumns):
    """The sheet's cluster, year, member and the year's table, from its heading."""
    cells = _heading_cells(sheet, columns)
    years = _years_of_heading(cells)
    if not years:
        raise _SheetProblem(
            Message(
                "the heading says no year (as in '{example}')",
                example=layout.TITLE.format(year=dt.date.today().year),
            )
        )
    if len(years) > 1:
        raise _SheetProblem(
            Message(
                "the heading names several years: {years}",
                years=", ".join(str(y) for y in sorted(years)),
            )
        )
    year = years.pop()
    found = _cluster_of_heading(db, cells)
    if len(found) > 1:  # of one name (the city's and the office's): the one with the year
        found = [c for c in found if layout.cluster_members(db, c.id, year)] or found
    if not found:
        found = _clusters_of_member(db, sheet, cells, year)
    if not found:
        raise _SheetProblem(
            Message("the heading names no emulation cluster or block recorded in the program")
        )
    if len(found) > 1:
        raise _SheetProblem(
            Message(
                "the heading names several clusters or blocks: {names}",
                names="; ".join(c.name for c in found),
            )
        )
    cluster = found[0]
    unit_id, member = _member_of_heading(db, sheet, cells, cluster, year)
    stored = stored_table(db, cluster.id, year)
    if stored is None:
        raise _SheetProblem(
            Message("{cluster} has no scoring table for {year}", cluster=cluster.name, year=year)
        )
    return MemberSheet(sheet.name, cluster, year, unit_id, member, stored)


# --- the rows --------------------------------------------------------------------------------


def _number_key(value) -> str:
    """A criterion number as compared: no spaces, no closing dot, upper case ("i.1." = "I.1")."""
    return cell_values.shown(value).replace(" ", "").rstrip(".").upper()


def points_of(value) -> Decimal:
    """Points as typed: a number, or text with a decimal comma or point ("8,5"), a sign, a
    trailing "điểm"; CellError otherwise."""
    if isinstance(value, bool) or isinstance(value, (dt.date, dt.time, dt.timedelta)):
        raise cell_values.CellError(
            Message("'{value}' is not a number", value=cell_values.shown(value))
        )
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        # Rounded where a spreadsheet's sum leaves binary noise (21.770000000000003).
        return Decimal(repr(round(value, 9))).normalize()
    text = clean(str(value)).replace("\u2212", "-").replace(" ", "")
    text = _POINTS_WORD.sub("", fold(text)) if text else text
    if not _POINTS.match(text):
        raise cell_values.CellError(
            Message("'{value}' is not a number", value=cell_values.shown(value))
        )
    return Decimal(text.replace(",", "."))


def _score_of(criterion: Criterion, value) -> Decimal | Events:
    """A cell's score: points; for a bonus or penalty item also a number of times ("2 lần",
    "×2"), as offices write them, taken at the item's points per time."""
    if criterion.counted and isinstance(value, str):
        said = read_score(value)
        if isinstance(said, Events):
            return said
    return points_of(value)


def _is_numbering(row) -> bool:
    """A row numbering the columns under the header: (1) (2) (3) ... (7)=(5)+(6)."""
    filled = [cell_values.shown(v) for v in row if not cell_values.is_empty(v)]
    return len(filled) >= 3 and all(_COLUMN_NUMBER.match(text) for text in filled)


def _is_total(texts: list[str]) -> bool:
    return any(
        folded == "tong" or any(folded.startswith(word) for word in _TOTAL_WORDS)
        for folded in (" ".join(fold(text).split()) for text in texts)
    )


class _RowReader:
    """Reads one sheet's criteria rows into its MemberSheet, naming every wrong cell."""

    def __init__(self, sheet: Sheet, columns: ScoreColumns, member: MemberSheet, problems):
        self.sheet, self.columns, self.member, self.problems = sheet, columns, member, problems
        table = member.stored.table
        self.criteria = {_number_key(c.number): c for c in table.criteria}
        self.groups = {
            _key(text) for c in table.criteria if c.group for text in layout.group_heading(c.group)
        } | {_key(c.group) for c in table.criteria if c.group}
        self.seen: dict[str, int] = {}

    def read(self) -> None:
        columns = self.columns.columns
        for index in range(self.columns.first_row, len(self.sheet.rows)):
            row = self.sheet.rows[index]
            # Only the rows right under the header may number its columns.
            if not row or (index < self.columns.first_row + 2 and _is_numbering(row)):
                continue
            texts = [
                cell_values.shown(self.sheet.cell(index, c))
                for c in sorted({columns[layout.NUMBER], columns.get(layout.TEXT, 0), 0, 1})
            ]
            if _is_total(texts):
                return  # the table ends at its total; below it are notes and signatures
            scores = {
                which: self.sheet.cell(index, columns[which])
                for which in _SCORE_COLUMNS
                if which in columns
                and not cell_values.is_empty(self.sheet.cell(index, columns[which]))
            }
            self._row(index, texts, scores)

    def _row(self, index: int, texts: list[str], scores: dict[str, object]) -> None:
        number_column = self.columns.columns[layout.NUMBER]
        number = _number_key(self.sheet.cell(index, number_column))
        criterion = self.criteria.get(number)
        if criterion is None:
            if not scores or self._is_group(number, texts):
                return  # a group's row, a note: no criterion of the table
            if not number:
                which, _value = next(iter(scores.items()))
                self._wrong(
                    index,
                    self.columns.columns[which],
                    Message("a score on a row that names no criterion (no number in STT)"),
                )
                return
            self._wrong(
                index,
                number_column,
                Message(
                    "criterion {criterion} is not in the {year} table of {cluster}",
                    criterion=cell_values.shown(self.sheet.cell(index, number_column)),
                    year=self.member.year,
                    cluster=self.member.cluster.name,
                ),
            )
            return
        if criterion.number in self.seen:
            self._wrong(
                index,
                number_column,
                Message(
                    "criterion {criterion} is on row {first} already",
                    criterion=criterion.number,
                    first=self.seen[criterion.number] + 1,
                ),
            )
            return
        self.seen[criterion.number] = index
        self.member.rows_read += 1
        for which, value in scores.items():
            column = self.columns.columns[which]
            try:
                score = _score_of(criterion, value)
                entered_points(criterion, self.member.member, score)
            except (cell_values.CellError, KienanError) as error:
                self._wrong(index, column, error.args[0])
                continue
            kept = self.member.own if which == layout.SELF_COLUMN else self.member.agreed
            kept[criterion.number] = score  # a number of times kept as one
            if which == layout.AGREED_COLUMN:
                self.member.agreed_cells[criterion.number] = (index, column)
        reason_column = self.columns.columns.get(layout.REASON_COLUMN)
        if reason_column is not None:
            reason = clean(cell_values.shown(self.sheet.cell(index, reason_column)))
            if reason:
                self.member.reasons[criterion.number] = reason

    def _is_group(self, number: str, texts: list[str]) -> bool:
        if _GROUP_MARK.match(number) or any(n.startswith(number + ".") for n in self.criteria):
            return bool(number)
        return any(_key(text) in self.groups for text in texts if text)

    def _wrong(self, row: int, column: int, problem) -> None:
        self.problems.append(cell_place(self.sheet, row, column, problem))


# --- the sheets ---------------------------------------------------------------------------------


def read_score_sheets(db: Database, path: Path) -> list[MemberSheet]:
    """Every sheet of the file that holds a score table, read and checked; ScoresRefused
    names every problem."""
    path = Path(path)
    if path.suffix.lower() in DOCUMENT_SUFFIXES:
        raise KienanError(
            Message(
                "{name}: a score sheet is read from a spreadsheet (.xlsx, .xls, .ods), not a "
                "document",
                name=path.name,
            )
        )
    sheets = read_list_file(path)
    problems: list[Message] = []
    members: list[MemberSheet] = []
    held: dict[tuple[int, int, int], str] = {}
    for sheet in sheets:
        try:
            columns = find_columns(sheet)
            if columns is None:
                continue
            member = _heading(db, sheet, columns)
        except _SheetProblem as problem:
            said = problem.args[0]
            problems.append(said if problem.placed else _sheet_place(sheet, said))
            continue
        key = (member.cluster.id, member.year, member.unit_id)
        if key in held:
            problems.append(
                _sheet_place(
                    sheet,
                    Message(
                        "the scores of {member} ({cluster}, {year}) are on sheet '{first}' already",
                        member=member.member,
                        cluster=member.cluster.name,
                        year=member.year,
                        first=held[key],
                    ),
                )
            )
            continue
        held[key] = sheet.name
        _RowReader(sheet, columns, member, problems).read()
        members.append(member)
    if not members and not problems:
        problems.append(
            Message(
                "no sheet holds a score table (a header row naming {number} and {own} or {agreed})",
                number=words.ROW_NUMBER,
                own=layout.SELF,
                agreed=layout.AGREED_BY_KIND["cluster"],
            )
        )
    if problems:
        raise ScoresRefused(path.name, problems)
    return members
