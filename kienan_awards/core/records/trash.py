"""The trash: people and units deleted by the clerk, until restored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.messages import Message
from kienan_awards.core.records import record_edits
from kienan_awards.core.records.record_edits import EditGroup

if TYPE_CHECKING:
    from sqlite_utils import Database

TRASH_TABLES = {"people": "full_name", "units": "name"}


@dataclass(frozen=True)
class TrashItem:
    table: str
    record_id: int
    name: str
    deleted_at: str
    merged_into: str | None


def trash_items(db: Database) -> list[TrashItem]:
    items = [
        TrashItem("people", *row)
        for row in db.execute(
            """SELECT p.id, p.full_name, p.deleted_at, m.full_name FROM people p
               LEFT JOIN people m ON m.id = p.merged_into_id
               WHERE p.deleted_at IS NOT NULL"""
        )
    ]
    items += [
        TrashItem("units", unit_id, name, deleted_at, None)
        for unit_id, name, deleted_at in db.execute(
            "SELECT id, name, deleted_at FROM units WHERE deleted_at IS NOT NULL"
        )
    ]
    return sorted(items, key=lambda item: item.deleted_at, reverse=True)


def restore(db: Database, item: TrashItem) -> EditGroup:
    """Bring a record back; a person merged into another is unlinked from it (their awards
    stay with the record they were merged into)."""
    changes = {"deleted_at": None}
    if item.table == "people":
        changes["merged_into_id"] = None
    return record_edits.update_record(
        db, item.table, item.record_id, changes, Message("restore {name}", name=item.name)
    )
