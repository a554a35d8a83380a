"""A checked row beside the record it is: the cells as the list gives them, and the person or
unit the import would match it to or create, so the clerk can see that they are the same
before anything is written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core import vocabulary as words
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.import_plan import ImportPlan, RowResult
from kienan_awards.core.lists.record_matching import NewPerson, NewUnit, PersonRecord
from kienan_awards.core.messages import Message

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class RecordBesideRow:
    row: list[tuple[str, str]]  # (the column's header as typed, the cell as read)
    record: list[tuple[Message, str]]  # (what, the record's value); empty without a record
    record_kind: str  # "person", "unit" or "" (an error row)
    recorded_id: int | None  # None when the import would create the record


def record_beside_row(db: Database, plan: ImportPlan, result: RowResult) -> RecordBesideRow:
    """The row's cells and its record's facts, for one result of the plan."""
    cells = _row_cells(plan, result)
    record = result.record
    if result.record_kind == "person" and record is not None:
        recorded = record.id if isinstance(record, PersonRecord) else None
        return RecordBesideRow(cells, _person_facts(db, record), "person", recorded)
    if result.record_kind == "unit" and record is not None:
        recorded = record if isinstance(record, int) else None
        return RecordBesideRow(cells, _unit_facts(db, record), "unit", recorded)
    return RecordBesideRow(cells, [], "", None)


def _row_cells(plan: ImportPlan, result: RowResult) -> list[tuple[str, str]]:
    layout = next((lay for lay in plan.layouts if lay.sheet_name == result.sheet_name), None)
    sheet = next((s for s in plan.sheets if s.name == result.sheet_name), None)
    if layout is None or sheet is None or result.row_number > len(sheet.rows):
        return []
    row = sheet.rows[result.row_number - 1]
    return [
        (cell_values.shown(header), _cell_text(row[column] if column < len(row) else None))
        for column, header in sorted(layout.headers.items())
    ]


def _cell_text(value) -> str:
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.date):
        return format(value, "%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return cell_values.shown(value)


def _person_facts(db: Database, person: PersonRecord | NewPerson) -> list[tuple[Message, str]]:
    if isinstance(person, PersonRecord):
        row = db.execute(
            "SELECT honorific, full_name, gender, birth_date, birth_year, personal_id, position, "
            "unit_id FROM people WHERE id = ?",
            [person.id],
        ).fetchone()
        if row is None:  # deleted for good since the list was checked
            return []
        honorific, name, gender, born_on, born_in, personal_id, position, unit = row
    else:
        honorific, name, gender, born_on, born_in = (
            person.honorific,
            person.full_name,
            person.gender,
            person.birth_date,
            person.birth_year,
        )
        personal_id, position, unit = person.personal_id, person.position, person.unit
    born = format(dt.date.fromisoformat(born_on), "%d/%m/%Y") if born_on else born_in
    return [
        (Message("Honorific"), honorific or ""),
        (Message("Full name"), name),
        (Message("Gender"), words.GENDERS.get(gender or "", "")),
        (Message("Born"), str(born or "")),
        (Message("Personal ID"), personal_id or ""),
        (Message("Position"), position or ""),
        (Message("Unit"), _unit_name(db, unit)),
    ]


def _unit_facts(db: Database, unit: int | NewUnit) -> list[tuple[Message, str]]:
    if isinstance(unit, NewUnit):
        name, kind, parent = unit.name, unit.kind, unit.parent
        valid_from, valid_to = unit.valid_from, unit.valid_to
    else:
        row = db.execute(
            "SELECT name, kind, parent_id, valid_from, valid_to FROM units WHERE id = ?", [unit]
        ).fetchone()
        if row is None:  # deleted for good since the list was checked
            return []
        name, kind, parent, valid_from, valid_to = row
    return [
        (Message("Unit name"), name),
        (Message("Kind"), words.UNIT_KINDS.get(kind, kind)),
        (Message("Unit above"), _unit_name(db, parent)),
        (Message("From"), _day(valid_from)),
        (Message("Until"), _day(valid_to)),
    ]


def _unit_name(db: Database, unit: int | NewUnit | None) -> str:
    if unit is None:
        return ""
    if isinstance(unit, NewUnit):
        return unit.name
    row = db.execute("SELECT name FROM units WHERE id = ?", [unit]).fetchone()
    return row[0] if row else ""


def _day(iso: str | None) -> str:
    return format(dt.date.fromisoformat(iso), "%d/%m/%Y") if iso else ""
