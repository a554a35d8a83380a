"""The council's meetings: the members present, the proposals reviewed and so the lines on
the ballot; read back whole, and removed while nothing is decided on them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.awards.council_votes import BallotCount
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.cycle.council.members import (
    StoredMember,
    council_members,
    shown_day,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_edits import now, transaction
from kienan_awards.core.text import clean, fold

if TYPE_CHECKING:
    from sqlite_utils import Database

CHAIR_ROLE = "chu tich"  # a role that begins so chairs the meeting unless another is named


def _present_members(db: Database, held_on: dt.date, names: Sequence[str]) -> list[StoredMember]:
    """The members named, each among those in office on the day, compared folded."""
    in_office = [m for m in council_members(db) if m.member.in_office_on(held_on)]
    if not in_office:
        raise KienanError(
            Message("the council has no members in office on {day}", day=shown_day(held_on))
        )
    found: list[StoredMember] = []
    for name in names:
        matches = [m for m in in_office if fold(m.name) == fold(name)]
        if not matches:
            raise KienanError(
                Message(
                    "{name} is not a member of the council on {day}",
                    name=name,
                    day=shown_day(held_on),
                )
            )
        if matches[0] in found:
            raise KienanError(Message("a member is recorded as present twice"))
        found.append(matches[0])
    if not found:
        raise KienanError(Message("no member of the council is recorded as present"))
    return found


def _ballot_lines(db: Database, proposal_ids: Sequence[int]) -> list[int]:
    """The lines the proposals put before the council: those not yet decided, returned or
    rejected, in the proposals' order."""
    lines: list[int] = []
    for proposal_id in proposal_ids:
        if not db.execute("SELECT 1 FROM proposals WHERE id = ?", [proposal_id]).fetchone():
            raise KienanError(
                Message("proposal {proposal_id} does not exist", proposal_id=proposal_id)
            )
        lines += [
            row[0]
            for row in db.execute(
                "SELECT id FROM proposal_lines WHERE proposal_id = ? AND award_id IS NULL "
                "AND review_status IN ('pending', 'accepted') ORDER BY id",
                [proposal_id],
            )
        ]
    if not lines:
        raise KienanError(Message("the proposals reviewed have no line awaiting a decision"))
    return lines


def record_meeting(
    db: Database,
    held_on: dt.date,
    proposal_ids: Sequence[int],
    present: Sequence[str],
    *,
    place: str = "",
    subject: str = "",
    chair: str | None = None,
    secretary: str = "",
    minutes_number: str = "",
) -> ChangeSet:
    """A meeting of the council: the members present (by name), the proposals it reviews and
    so the lines on its ballot. The chair is the member named, else the first present whose
    role is the chairman's, else the first present. The change's one id is the meeting's."""
    if not proposal_ids:
        raise KienanError(Message("choose the proposals the council reviews"))
    if len(set(proposal_ids)) != len(proposal_ids):
        raise KienanError(Message("a proposal is named twice"))
    with transaction(db):
        members = _present_members(db, held_on, present)
        chairs = (
            [m for m in members if fold(m.name) == fold(chair)]
            if chair
            else [m for m in members if fold(m.role).startswith(CHAIR_ROLE)] or members[:1]
        )
        if not chairs:
            raise KienanError(Message("the chair, {name}, is not among those present", name=chair))
        lines = _ballot_lines(db, proposal_ids)
        meeting_id = db.execute(
            "INSERT INTO council_meetings (held_on, place, subject, chair_member_id, secretary, "
            "minutes_number) VALUES (?, ?, ?, ?, ?, ?)",
            [
                held_on.isoformat(),
                clean(place) or None,
                clean(subject) or None,
                chairs[0].id,
                clean(secretary) or None,
                clean(minutes_number) or None,
            ],
        ).lastrowid
        for member in members:
            db.execute(
                "INSERT INTO council_attendance (meeting_id, member_id) VALUES (?, ?)",
                [meeting_id, member.id],
            )
        for proposal_id in proposal_ids:
            db.execute(
                "INSERT INTO council_reviewed_proposals (meeting_id, proposal_id) VALUES (?, ?)",
                [meeting_id, proposal_id],
            )
        for line_id in lines:
            db.execute(
                "INSERT INTO council_votes (meeting_id, line_id) VALUES (?, ?)",
                [meeting_id, line_id],
            )
    return ChangeSet.of(RecordKind.COUNCIL, meeting_id)


def meeting_row(db: Database, meeting_id: int) -> dict:
    cursor = db.execute(
        "SELECT * FROM council_meetings WHERE id = ? AND deleted_at IS NULL", [meeting_id]
    )
    row = cursor.fetchone()
    if row is None:
        raise KienanError(
            Message("council meeting {meeting_id} does not exist", meeting_id=meeting_id)
        )
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


def remove_meeting(db: Database, meeting_id: int) -> ChangeSet:
    """The meeting set aside (its count with it), while no line on its ballot is decided: a
    decision that followed the council's vote keeps the meeting it followed."""
    with transaction(db):
        row = meeting_row(db, meeting_id)
        decided = db.execute(
            "SELECT count(*) FROM council_votes v JOIN proposal_lines l ON l.id = v.line_id "
            "WHERE v.meeting_id = ? AND l.award_id IS NOT NULL",
            [meeting_id],
        ).fetchone()[0]
        if decided:
            raise KienanError(
                Message(
                    "the meeting of {day} cannot be removed: {count} of the lines on its ballot "
                    "are decided",
                    day=shown_day(dt.date.fromisoformat(row["held_on"])),
                    count=decided,
                )
            )
        db.execute("UPDATE council_meetings SET deleted_at = ? WHERE id = ?", [now(), meeting_id])
    return ChangeSet.of(RecordKind.COUNCIL, meeting_id)


@dataclass(frozen=True)
class StoredMeeting:
    id: int
    held_on: dt.date
    place: str
    subject: str
    chair: StoredMember
    secretary: str
    minutes_number: str
    present: tuple[StoredMember, ...]
    counters: tuple[tuple[str, bool], ...]  # (name, is head) of the vote counting committee
    proposal_ids: tuple[int, ...]
    ballots: BallotCount | None  # None until the count is entered
    count_number: str = ""  # the minutes of the count's number, entered with the count


def stored_meeting(db: Database, meeting_id: int) -> StoredMeeting:
    row = meeting_row(db, meeting_id)
    members = {member.id: member for member in council_members(db)}
    attendance = db.execute(
        "SELECT member_id, counting FROM council_attendance WHERE meeting_id = ? ORDER BY id",
        [meeting_id],
    ).fetchall()
    counters = [(members[m].name, c == "head") for m, c in attendance if c]
    counters.sort(key=lambda counter: not counter[1])
    proposals = db.execute(
        "SELECT proposal_id FROM council_reviewed_proposals WHERE meeting_id = ? ORDER BY id",
        [meeting_id],
    ).fetchall()
    ballots = None
    if row["ballots_issued"] is not None:
        ballots = BallotCount(row["ballots_issued"], row["ballots_cast"], row["ballots_void"])
    return StoredMeeting(
        id=meeting_id,
        held_on=dt.date.fromisoformat(row["held_on"]),
        place=row["place"] or "",
        subject=row["subject"] or "",
        chair=members[row["chair_member_id"]],
        secretary=row["secretary"] or "",
        minutes_number=row["minutes_number"] or "",
        present=tuple(members[m] for m, _counting in attendance),
        counters=tuple(counters),
        proposal_ids=tuple(p for (p,) in proposals),
        ballots=ballots,
        count_number=row["count_number"] or "",
    )


def meetings(db: Database) -> list[StoredMeeting]:
    """Every meeting, the latest first."""
    return [
        stored_meeting(db, meeting_id)
        for (meeting_id,) in db.execute(
            "SELECT id FROM council_meetings WHERE deleted_at IS NULL "
            "ORDER BY held_on DESC, id DESC"
        ).fetchall()
    ]


def lines_on_ballot(db: Database, meeting_id: int) -> int:
    """How many proposal lines the meeting's ballot lists."""
    return db.execute(
        "SELECT count(*) FROM council_votes WHERE meeting_id = ?", [meeting_id]
    ).fetchone()[0]


def meetings_reviewing(db: Database, proposal_id: int) -> list[int]:
    """The meetings that reviewed the proposal, the latest first."""
    return [
        meeting_id
        for (meeting_id,) in db.execute(
            "SELECT m.id FROM council_meetings m JOIN council_reviewed_proposals r "
            "ON r.meeting_id = m.id WHERE r.proposal_id = ? AND m.deleted_at IS NULL "
            "ORDER BY m.held_on DESC, m.id DESC",
            [proposal_id],
        )
    ]


def reviewable_proposals(db: Database) -> list[tuple[int, str, int]]:
    """(id, title, year) of the proposals with a line awaiting a decision, the latest first:
    what a meeting may review."""
    return [
        tuple(row)
        for row in db.execute(
            "SELECT p.id, p.title, p.achievement_year FROM proposals p WHERE EXISTS ("
            "SELECT 1 FROM proposal_lines l WHERE l.proposal_id = p.id AND l.award_id IS NULL "
            "AND l.review_status IN ('pending', 'accepted')) ORDER BY p.id DESC"
        )
    ]
