"""Units: agencies, departments, districts, wards and residential groups, as a dated tree.

Units are never deleted once they carry history; they are closed, and a merger closes the old
units with a link to their successor (unit_successions), so their past awards are still found
under it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import N_
from kienan_awards.core.messages import Message
from kienan_awards.core.records import record_edits, unit_successions
from kienan_awards.core.records.record_edits import EditGroup
from kienan_awards.core.text import clean, fold, text_problem, text_sort_text

if TYPE_CHECKING:
    from sqlite_utils import Database

UNIT_KINDS = ("province", "district", "agency", "department", "ward", "residential_group", "other")
EDITABLE_FIELDS = ("name", "short_name", "kind", "parent_id", "valid_from", "valid_to", "note")


def name_columns(name: str) -> dict[str, str]:
    """The name as stored, with its search and sort forms: every writer of units uses this."""
    cleaned = clean(name)
    return {"name": cleaned, "name_folded": fold(cleaned), "name_sort_key": text_sort_text(cleaned)}


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    kind: str
    parent_id: int | None
    valid_from: str | None
    valid_to: str | None

    def in_force_during(self, year: int) -> bool:
        """Whether the unit existed at some time in the year (ISO dates compare as text)."""
        return (self.valid_from or "") <= f"{year}-12-31" and (
            self.valid_to is None or self.valid_to >= f"{year}-01-01"
        )


def list_units(db: Database, include_trash: bool = False) -> list[UnitRow]:
    """Units ordered by kind, then by name in Vietnamese order."""
    rows = db.execute(
        f"""SELECT id, name, kind, parent_id, valid_from, valid_to FROM units
           {"" if include_trash else "WHERE deleted_at IS NULL"}
           ORDER BY CASE kind WHEN 'province' THEN 0 WHEN 'district' THEN 1 WHEN 'agency' THEN 2
                    WHEN 'department' THEN 3 WHEN 'ward' THEN 4 ELSE 5 END, name_sort_key, id"""
    ).fetchall()
    return [UnitRow(*row) for row in rows]


def validate_unit(db: Database, unit_id: int | None, fields: dict) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not clean(fields.get("name")):
        problems["name"] = Message("the name is required")
    problem = text_problem(fields.get("name"))
    if problem:
        problems["name"] = Message("the name {problem}", problem=problem)
    if fields.get("kind") not in UNIT_KINDS:
        problems["kind"] = Message("choose the kind of unit")
    for key in ("valid_from", "valid_to"):
        if fields.get(key):
            try:
                dt.date.fromisoformat(fields[key])
            except ValueError:
                problems[key] = Message("'{value}' is not a date", value=fields[key])
    if (
        fields.get("valid_from")
        and fields.get("valid_to")
        and not problems
        and fields["valid_to"] < fields["valid_from"]
    ):
        problems["valid_to"] = Message("the unit cannot end before it begins")
    parent_id = fields.get("parent_id")
    if parent_id is not None and unit_id is not None:
        if parent_id == unit_id or parent_id in descendants(db, unit_id):
            problems["parent_id"] = Message(
                "a unit cannot sit under itself or one of its own units"
            )
    return problems


def descendants(db: Database, unit_id: int) -> set[int]:
    rows = db.execute(
        """WITH RECURSIVE below(id) AS (
               SELECT id FROM units WHERE parent_id = ?
               UNION SELECT u.id FROM units u JOIN below b ON u.parent_id = b.id)
           SELECT id FROM below""",
        [unit_id],
    ).fetchall()
    return {row[0] for row in rows}


def with_predecessors(db: Database, unit_id: int) -> list[int]:
    """The unit and every unit merged into it or split into it in part, however many changes
    back."""
    return unit_successions.earlier_units(db, unit_id)


def save_unit(
    db: Database, unit_id: int | None, fields: dict, expected: dict | None = None
) -> EditGroup:
    """Create or change a unit; ``expected`` (as the clerk saw it) refuses a stale edit."""
    problems = validate_unit(db, unit_id, fields)
    if problems:
        field, message = next(iter(problems.items()))
        raise KienanError(
            Message("{field}: {problem}", field=field.replace("_", " "), problem=message)
        )
    values = {key: fields.get(key) for key in EDITABLE_FIELDS if key in fields}
    values.update(name_columns(values["name"]))
    values["short_name"] = clean(values.get("short_name")) or None
    if unit_id is None:
        return record_edits.insert_record(db, "units", values, N_("new unit"))
    return record_edits.update_record(
        db, "units", unit_id, values, N_("edit unit"), expected=expected
    )


def history_count(db: Database, unit_id: int) -> int:
    """Awards, people and sub-units that refer to the unit."""
    return db.execute(
        """SELECT (SELECT count(*) FROM awards WHERE recipient_unit_id = :id OR unit_id = :id)
                + (SELECT count(*) FROM people WHERE unit_id = :id AND deleted_at IS NULL)
                + (SELECT count(*) FROM units WHERE parent_id = :id AND deleted_at IS NULL)""",
        {"id": unit_id},
    ).fetchone()[0]


def move_unit_to_trash(db: Database, unit_id: int) -> EditGroup:
    if history_count(db, unit_id):
        raise KienanError(
            Message(
                "this unit has awards, people or units under it: it cannot be deleted, only "
                "closed (give the date it ended)"
            )
        )
    if unit_successions.successors_of(db, unit_id) or unit_successions.predecessors_of(db, unit_id):
        # Its name is how the awards of its line are found: it stays.
        raise KienanError(
            Message(
                "this unit took over from other units or was taken over: it cannot be deleted "
                "(undo the merger or split that linked it, if it was a mistake)"
            )
        )
    return record_edits.move_to_trash(db, "units", unit_id, N_("delete unit"))


def merge_units(
    db: Database,
    unit_ids: list[int],
    merged_on: dt.date,
    successor_id: int | None = None,
    successor_name: str | None = None,
    *,
    confirmed: bool = True,
    note: str | None = None,
) -> EditGroup:
    """Merge units wholly into a successor (an existing unit, or a new one named here) from a
    date.

    The old units close the day before, linked to the successor; their people and the units
    under them move to it; their awards keep the names they were given under.
    """
    unit_ids = [unit_id for unit_id in dict.fromkeys(unit_ids) if unit_id != successor_id]
    if not unit_ids:
        raise KienanError(Message("choose the units to merge"))
    if successor_id is None and not clean(successor_name):
        raise KienanError(Message("name the unit they merge into"))
    closing = (merged_on - dt.timedelta(days=1)).isoformat()
    old = [record_edits.fetch(db, "units", unit_id) for unit_id in unit_ids]
    for unit in old:
        if unit["valid_to"] and unit["valid_to"] < closing:
            raise KienanError(
                Message(
                    "{unit} had already closed on {day}", unit=unit["name"], day=unit["valid_to"]
                )
            )
        if unit["valid_from"] and unit["valid_from"] > closing:
            raise KienanError(Message("{unit} begins after the merger date", unit=unit["name"]))
    group = EditGroup(Message("merge {units}", units=", ".join(u["name"] for u in old)))
    with record_edits.transaction(db):
        if successor_id is None:
            created = save_unit(
                db,
                None,
                {
                    "name": successor_name,
                    "kind": old[0]["kind"],
                    "parent_id": old[0]["parent_id"],
                    "valid_from": merged_on.isoformat(),
                },
            )
            group.extend(created)
            successor_id = created.record_id
        elif successor_id in {d for u in unit_ids for d in descendants(db, u)}:
            raise KienanError(Message("the successor cannot be one of the merged units' own units"))
        successor = record_edits.fetch(db, "units", successor_id)
        for unit in old:
            unit_successions.check_link(db, unit, successor, merged_on, whole=True)
            group.extend(
                record_edits.update_record(
                    db, "units", unit["id"], {"valid_to": closing}, group.label
                )
            )
            group.extend(
                unit_successions.add_link(
                    db,
                    unit["id"],
                    successor_id,
                    merged_on,
                    group.label,
                    whole=True,
                    confirmed=confirmed,
                    note=note,
                )
            )
            group.extend(hand_over_members(db, unit["id"], successor_id, closing, group.label))
    return group


def hand_over_members(
    db: Database, unit_id: int, successor_id: int, closing: str, label: str
) -> EditGroup:
    """Move the unit's people, and the units under it still open on its last day, to its
    successor; inside the caller's transaction."""
    group = EditGroup(label)
    for (person_id,) in db.execute(
        "SELECT id FROM people WHERE unit_id = ? AND deleted_at IS NULL", [unit_id]
    ).fetchall():
        group.extend(
            record_edits.update_record(db, "people", person_id, {"unit_id": successor_id}, label)
        )
    for (child_id,) in db.execute(
        "SELECT id FROM units WHERE parent_id = ? AND deleted_at IS NULL "
        "AND (valid_to IS NULL OR valid_to >= ?)",
        [unit_id, closing],
    ).fetchall():
        group.extend(
            record_edits.update_record(db, "units", child_id, {"parent_id": successor_id}, label)
        )
    return group


def awards_under(db: Database, unit_id: int) -> list[tuple]:
    """(recipient, form, year, unit name at the time) of every award given to the unit or its
    people, including those of the units it came from (merged or split into it), under their
    historical names."""
    ids = with_predecessors(db, unit_id)
    marks = ", ".join("?" for _ in ids)
    return db.execute(
        f"""SELECT a.recipient_name, f.name_vi, a.achievement_year, a.unit_name
            FROM awards a JOIN award_forms f ON f.id = a.form_id
            WHERE a.recipient_unit_id IN ({marks}) OR a.unit_id IN ({marks})
            ORDER BY a.achievement_year DESC, a.id""",
        [*ids, *ids],
    ).fetchall()
