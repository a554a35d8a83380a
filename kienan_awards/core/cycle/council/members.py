"""The council's members by date: recorded from a day, ended on a day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.awards.council_votes import CouncilMember
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_edits import transaction
from kienan_awards.core.text import clean, fold

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class StoredMember:
    id: int
    name: str
    role: str
    person_id: int | None
    valid_from: dt.date | None
    valid_to: dt.date | None

    @property
    def member(self) -> CouncilMember:
        return CouncilMember(self.name, self.role, self.valid_from, self.valid_to)


def day_of(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def shown_day(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def council_members(db: Database) -> list[StoredMember]:
    """Every member ever recorded, in the order recorded."""
    rows = db.execute(
        "SELECT id, name, role, person_id, valid_from, valid_to FROM council_members "
        "WHERE deleted_at IS NULL ORDER BY id"
    ).fetchall()
    return [StoredMember(i, n, r, p, day_of(f), day_of(t)) for i, n, r, p, f, t in rows]


def _overlaps(member: StoredMember, start: dt.date | None, end: dt.date | None) -> bool:
    return (member.valid_to is None or start is None or start <= member.valid_to) and (
        member.valid_from is None or end is None or member.valid_from <= end
    )


def record_member(
    db: Database,
    name: str,
    role: str,
    valid_from: dt.date | None,
    valid_to: dt.date | None = None,
    person_id: int | None = None,
) -> ChangeSet:
    """A member of the council from a day (to a day, or still). Refused when the same name
    sits on the council over any of those days."""
    name, role = clean(name), clean(role)
    if not name:
        raise KienanError(Message("a council member needs a name"))
    if not role:
        raise KienanError(Message("give {name}'s role in the council", name=name))
    if valid_from and valid_to and valid_to < valid_from:
        raise KienanError(Message("a member's term cannot end before it begins"))
    with transaction(db):
        for held in council_members(db):
            if fold(held.name) == fold(name) and _overlaps(held, valid_from, valid_to):
                raise KienanError(
                    Message("{name} is already a member of the council then", name=name)
                )
        member_id = db.execute(
            "INSERT INTO council_members (name, role, person_id, valid_from, valid_to) "
            "VALUES (?, ?, ?, ?, ?)",
            [name, role, person_id, iso(valid_from), iso(valid_to)],
        ).lastrowid
    return ChangeSet.of(RecordKind.COUNCIL, member_id)


def member_by_id(db: Database, member_id: int) -> StoredMember:
    for member in council_members(db):
        if member.id == member_id:
            return member
    raise KienanError(Message("council member {id} does not exist", id=member_id))


def end_member(db: Database, member_id: int, last_day: dt.date) -> ChangeSet:
    """The member's term ends on last_day (a term already ended may be ended on another day).
    Refused before the term begins, or when it would leave a meeting after that day with a
    member present who was no longer in office."""
    with transaction(db):
        member = member_by_id(db, member_id)
        if member.valid_from and last_day < member.valid_from:
            raise KienanError(
                Message(
                    "{name}'s term began on {start}: it cannot end on {day}",
                    name=member.name,
                    start=shown_day(member.valid_from),
                    day=shown_day(last_day),
                )
            )
        later = db.execute(
            "SELECT max(m.held_on) FROM council_attendance a "
            "JOIN council_meetings m ON m.id = a.meeting_id "
            "WHERE a.member_id = ? AND m.deleted_at IS NULL AND m.held_on > ?",
            [member_id, last_day.isoformat()],
        ).fetchone()[0]
        if later:
            raise KienanError(
                Message(
                    "{name} was present at the council's meeting of {meeting}: the term cannot "
                    "end before it",
                    name=member.name,
                    meeting=shown_day(dt.date.fromisoformat(later)),
                )
            )
        db.execute(
            "UPDATE council_members SET valid_to = ? WHERE id = ?",
            [last_day.isoformat(), member_id],
        )
    return ChangeSet.of(RecordKind.COUNCIL, member_id)
