"""The one way the window changes records: each change is written in a transaction (the
audit triggers add its row to the audit log in the same one), and comes back as an
EditGroup that can be undone.

A change is refused when the record is no longer what the clerk saw (someone else changed
it since), so no update is ever lost silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kienan_awards.core.changes import ChangeSet
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records.field_titles import field_names
from kienan_awards.core.storage.database import write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

# Tables the window edits; anything else is written by its own module.
EDITABLE_TABLES = (
    "people",
    "disciplines",
    "units",
    "unit_successions",
    "awards",
    "decisions",
    "movements",
    "targets",
    "target_plans",
    "progress_reports",
    "issuing_authorities",
    "award_forms",
    "bonus_rates",
    "base_salaries",
    "proposals",
    "proposal_lines",
    "eligibility_rules",
)


class EditConflict(KienanError):
    """The record changed since it was read; nothing was written."""


@dataclass
class Edit:
    table: str
    record_id: int
    before: dict | None  # None: the record was created
    after: dict | None  # None: the record was deleted


@dataclass
class EditGroup:
    label: str
    edits: list[Edit] = field(default_factory=list)

    def extend(self, other: EditGroup) -> EditGroup:
        self.edits.extend(other.edits)
        return self

    @property
    def record_id(self) -> int | None:
        return self.edits[0].record_id if self.edits else None

    @property
    def changes(self) -> ChangeSet:
        return ChangeSet.of_tables((edit.table, edit.record_id) for edit in self.edits)


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """A write transaction, or part of the one already open."""
    if db.conn.in_transaction:
        yield db
    else:
        with write_transaction(db):
            yield db


def _check_table(table: str) -> None:
    if table not in EDITABLE_TABLES:
        raise ValueError(f"{table} is not edited through record_edits")


def _gone(table: str, record_id: int) -> Message:
    """The record asked for is no longer there (deleted elsewhere), said as the clerk knows it."""
    if table == "people":
        return Message("person #{record_id} no longer exists", record_id=record_id)
    if table == "units":
        return Message("unit #{record_id} no longer exists", record_id=record_id)
    if table == "awards":
        return Message("award #{record_id} no longer exists", record_id=record_id)
    if table == "decisions":
        return Message("decision #{record_id} no longer exists", record_id=record_id)
    return Message("record #{record_id} no longer exists", record_id=record_id)


def fetch(db: Database, table: str, record_id: int) -> dict:
    _check_table(table)
    cursor = db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    row = cursor.fetchone()
    if row is None:
        raise KienanError(_gone(table, record_id))
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


def insert_record(db: Database, table: str, values: dict, label: str) -> EditGroup:
    _check_table(table)
    with transaction(db):
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        record_id = db.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values())
        ).lastrowid
        row = fetch(db, table, record_id)
    return EditGroup(label, [Edit(table, record_id, None, row)])


def update_record(
    db: Database,
    table: str,
    record_id: int,
    changes: dict,
    label: str,
    expected: dict | None = None,
) -> EditGroup:
    """Change the given columns. With ``expected`` (the values as the clerk last saw them),
    refuse when any of them differs now."""
    _check_table(table)
    with transaction(db):
        current = fetch(db, table, record_id)
        if expected is not None:
            stale = [key for key, value in expected.items() if current.get(key) != value]
            if stale:
                raise EditConflict(
                    Message(
                        "this record was changed elsewhere since it was opened ({fields}); "
                        "reopen it to see the change. Nothing was saved.",
                        fields=field_names(stale),
                    )
                )
        changed = {key: value for key, value in changes.items() if current.get(key) != value}
        if not changed:
            return EditGroup(label)
        assignments = ", ".join(f"{key} = ?" for key in changed)
        db.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*changed.values(), record_id])
        before = {key: current[key] for key in changed}
    return EditGroup(label, [Edit(table, record_id, before, changed)])


def move_to_trash(db: Database, table: str, record_id: int, label: str) -> EditGroup:
    return update_record(
        db, table, record_id, {"deleted_at": now()}, label, expected={"deleted_at": None}
    )


def restore_from_trash(db: Database, table: str, record_id: int, label: str) -> EditGroup:
    return update_record(db, table, record_id, {"deleted_at": None}, label)


def undo(db: Database, group: EditGroup) -> EditGroup:
    """Reverse a group, last edit first, in one transaction; returns the reversal (itself
    audited) so it can be undone in turn."""
    reversal = EditGroup(Message("undo {label}", label=group.label))
    with transaction(db):
        for edit in reversed(group.edits):
            if edit.before is None:  # created: remove it again
                current = fetch(db, edit.table, edit.record_id)
                try:
                    db.execute(f"DELETE FROM {edit.table} WHERE id = ?", [edit.record_id])
                except Exception as error:  # a later record refers to it
                    raise KienanError(
                        Message(
                            "cannot undo '{label}': the new record is in use ({error})",
                            label=group.label,
                            error=error,
                        )
                    ) from error
                reversal.edits.append(Edit(edit.table, edit.record_id, current, None))
            elif edit.after is None:  # deleted: not made by this module
                raise KienanError(Message("cannot undo '{label}'", label=group.label))
            else:
                reversal.extend(
                    update_record(
                        db,
                        edit.table,
                        edit.record_id,
                        edit.before,
                        reversal.label,
                        expected=edit.after,
                    )
                )
    return reversal
