"""A row of a list as the planners read it: each cell cleaned once, where the row is read,
into what its column holds (stored text, a date, a year, a gender...).

A cell that cannot be what its column says keeps its problem until a planner asks for it, so
a cell no planner reads (a gender on a collective's row) is never an error, and a row with
several wrong cells names the one its planner reads first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kienan_awards.core import vocabulary as words
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.collective_names import kind_by_name
from kienan_awards.core.lists.list_layout import FIELDS, LIST_FIELDS
from kienan_awards.core.lists.name_cells import split_honorific
from kienan_awards.core.lists.record_matching import Ambiguity
from kienan_awards.core.lists.source_rows import SourceRow
from kienan_awards.core.messages import Message

# How each column's cells are read; every other column is stored text.
_READERS: dict[str, Callable] = {
    "kind": cell_values.recipient_kind,
    "gender": cell_values.gender,
    "birth": cell_values.birth,
    "decision_date": cell_values.date,
    "year": cell_values.year,
    "personal_id": cell_values.personal_id,
    "valid_from": cell_values.date,
    "valid_to": cell_values.date,
}


class RowProblem(Exception):
    """Why a row cannot be imported: its one argument is a Message. `ambiguity` is set when
    the row's name fits several records and the clerk may choose which it means."""

    def __init__(self, *args, ambiguity: Ambiguity | None = None):
        super().__init__(*args)
        self.ambiguity = ambiguity


@dataclass(slots=True)
class CleanRow:
    sheet_name: str
    row_number: int  # as Excel shows it
    section: str | None  # the kind set by the last section row above
    cells: Mapping[str, object]  # field -> its clean value, or the CellError it raised
    columns: Mapping[str, int]  # field -> column index, to name it
    typed_name: object  # the name cell as read, for shown_name
    honorific: str = ""  # typed before a person's name ("Ông", "Đại tá"), kept out of it
    kind_from_name: bool = False  # no kind column or section said it: the name did

    @property
    def shown_name(self) -> str:
        """The name as a message may show it, even one that cannot be stored."""
        return cell_values.shown(self.typed_name)

    def value(self, name: str):
        """The field's clean value (None, or "" for text, when the cell is empty); a wrong
        cell raises RowProblem naming its column."""
        value = self.cells[name]
        if isinstance(value, cell_values.CellError):
            raise RowProblem(self._problem(name, value.args[0]))
        return value

    def text(self, name: str) -> str:
        return self.value(name)

    def _problem(self, name: str, problem) -> Message:
        """What is wrong with a cell, naming its column as the sheet shows it."""
        field = FIELDS[name][0].lower()
        column = self.columns.get(name)
        if column is None:  # the value came from the command (--date, --form)
            return Message("{field}: {problem}", field=field, problem=problem)
        return Message(
            "{field} (column {column}): {problem}",
            field=field,
            column=cell_values.column_letter(column),
            problem=problem,
        )


class RowCleaner:
    """Cleans the rows of one list. Lists repeat the same units, forms, dates and decisions
    on thousands of rows: each distinct cell of a column is read once."""

    def __init__(self, list_kind: str):
        read = [name for name in LIST_FIELDS[list_kind] if name != "row_number"]
        self._readers = {name: _reader(name, list_kind) for name in read}
        self._read: dict[tuple, object] = {}
        # In the register of initiatives the name column holds the initiative's title; in a
        # list of clusters, the member unit.
        self._names_people = list_kind not in ("units", "initiatives", "clusters")
        # The rows whose kind their name told (sheet, Excel row, name, kind), for the plan.
        self.kinds_from_names: list[tuple[str, int, str, str]] = []

    def clean(self, row: SourceRow) -> CleanRow:
        cells = {}
        values, known = row.values, self._read
        for name, read in self._readers.items():
            raw = values.get(name)
            key = (name, raw.__class__, raw)  # 1 and True are equal keys, not the same cell
            try:
                cells[name] = known[key]
            except KeyError:
                cells[name] = known[key] = _read_cell(read, raw)
        if row.split_birth is not None:
            _split_birth(cells, row.split_birth)
        honorific, kind_from_name = "", False
        name = cells.get("name")
        if self._names_people and isinstance(name, str) and name:
            kind = cells.get("kind")
            if "kind" in cells and kind is None and row.section is None:
                kind = kind_by_name(name)
                if kind is not None:
                    cells["kind"], kind_from_name = kind, True
                    self.kinds_from_names.append((row.sheet_name, row.row_number, name, kind))
            if kind in (None, "individual") and row.section in (None, "individual"):
                self._name_over_position(cells, values.get("name"))
                if isinstance(cells["name"], str) and cells["name"]:
                    honorific = _without_honorific(cells, cells["name"])
        return CleanRow(
            row.sheet_name,
            row.row_number,
            row.section,
            cells,
            row.columns,
            row.values.get("name"),
            honorific,
            kind_from_name,
        )

    def _name_over_position(self, cells: dict, typed) -> None:
        """A person's cell of two lines, the name over the position ("Nguyễn Văn An" /
        "Tổ trưởng Tổ dân phố số 3"): the name alone, and the position when no column
        gives one."""
        if not isinstance(typed, str) or "\n" not in typed.strip():
            return
        name, _newline, position = typed.strip().partition("\n")
        read = self._readers["name"]
        cells["name"] = _read_cell(read, name)
        if "position" in self._readers and not cells.get("position"):
            cells["position"] = _read_cell(read, " ".join(position.split()))


def _read_cell(read: Callable, raw):
    try:
        return read(raw)
    except cell_values.CellError as error:
        return error


def _split_birth(cells: dict, split: tuple[object, object]) -> None:
    """A birth date typed under "Nam" or under "Nữ": the column gives the gender too."""
    male, female = (not cell_values.is_empty(value) for value in split)
    if male and female:
        cells["birth"] = cell_values.CellError(
            Message(
                "a birth date is typed under both '{male}' and '{female}'; keep the one under "
                "the person's gender",
                male=words.GENDERS["male"],
                female=words.GENDERS["female"],
            )
        )
    elif (male or female) and cells.get("gender") is None:
        cells["gender"] = "male" if male else "female"


def _without_honorific(cells: dict, name: str) -> str:
    """Takes the honorific typed before a person's name out of it; "Ông"/"Bà" give the
    gender when no column does. Returns the honorific ("" for none)."""
    cell = split_honorific(name)
    if cell.honorific:
        cells["name"] = cell.name
        if cells.get("gender") is None and cell.gender is not None:
            cells["gender"] = cell.gender
    return cell.honorific


def _reader(name: str, list_kind: str) -> Callable:
    if name == "kind" and list_kind == "units":  # a kind of unit, read by the units' planner
        return cell_values.text
    return _READERS.get(name, cell_values.text)
