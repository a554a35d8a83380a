"""Splitting a unit between several successors from a date, as the 2025 reform split wards
between two new wards; or recording one more successor of a unit already split."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records import record_edits, unit_successions, units
from kienan_awards.core.records.record_edits import EditGroup
from kienan_awards.core.text import clean

if TYPE_CHECKING:
    from sqlite_utils import Database


def split_unit(
    db: Database,
    unit_id: int,
    successor_ids: Sequence[int],
    day: dt.date,
    *,
    new_names: Sequence[str] = (),
    whole: bool = False,
    confirmed: bool = True,
    note: str | None = None,
    members_to: int | None = None,
) -> EditGroup:
    """Link a unit to its successors from ``day`` (existing units, and new ones named in
    ``new_names``, made like the unit and opening that day): each holds part of it, or with
    ``whole`` the only successor holds all of it. The unit closes the day before if still open.

    Its people and the units under it stay where they are (which part they went to is not
    known) unless ``members_to`` names the successor they move to.
    """
    successor_ids = list(dict.fromkeys(successor_ids))
    new_names = [clean(name) for name in new_names if clean(name)]
    if not successor_ids and not new_names:
        raise KienanError(Message("choose the units that take it over"))
    if whole and len(successor_ids) + len(new_names) > 1:
        raise KienanError(Message("a unit taken over wholly has one successor"))
    if members_to is not None and members_to not in successor_ids:
        raise KienanError(Message("its people can only move to one of its successors"))
    unit = record_edits.fetch(db, "units", unit_id)
    closing = (day - dt.timedelta(days=1)).isoformat()
    if unit["valid_to"] and unit["valid_to"] < closing:
        raise KienanError(
            Message("{unit} had already closed on {day}", unit=unit["name"], day=unit["valid_to"])
        )
    if members_to is not None and members_to in units.descendants(db, unit_id):
        raise KienanError(Message("its people cannot move to one of its own units"))
    group = EditGroup(Message("split {unit}", unit=unit["name"]))
    with record_edits.transaction(db):
        # A new unit sits under the split unit's parent only while that parent is open.
        parent_open = (
            unit["parent_id"] is not None
            and db.execute(
                "SELECT valid_to IS NULL OR valid_to >= ? FROM units WHERE id = ?",
                [day.isoformat(), unit["parent_id"]],
            ).fetchone()[0]
        )
        for name in new_names:
            created = units.save_unit(
                db,
                None,
                {
                    "name": name,
                    "kind": unit["kind"],
                    "parent_id": unit["parent_id"] if parent_open else None,
                    "valid_from": day.isoformat(),
                },
            )
            group.extend(created)
            successor_ids.append(created.record_id)
        for successor_id in successor_ids:
            successor = _existing_unit(db, successor_id)
            unit_successions.check_link(db, unit, successor, day, whole)
            group.extend(
                unit_successions.add_link(
                    db,
                    unit_id,
                    successor_id,
                    day,
                    group.label,
                    whole=whole,
                    confirmed=confirmed,
                    note=clean(note) or None,
                )
            )
        if unit["valid_to"] is None or unit["valid_to"] > closing:
            group.extend(
                record_edits.update_record(db, "units", unit_id, {"valid_to": closing}, group.label)
            )
        if members_to is not None:
            group.extend(units.hand_over_members(db, unit_id, members_to, closing, group.label))
    return group


def _existing_unit(db: Database, unit_id: int) -> dict:
    try:
        return record_edits.fetch(db, "units", unit_id)
    except KienanError:
        raise KienanError(Message("the successor no longer exists")) from None
