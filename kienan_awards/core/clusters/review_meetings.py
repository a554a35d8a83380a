"""A cluster-year's review meeting (họp cụm, khối thi đua): when and where the members met to
agree each other's scores, who chaired and who kept the minutes, the members present with who
came for each, and the vote to propose each member. The minutes are printed from it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.clusters.clusters import cluster_by_id
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import N_
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_edits import transaction
from kienan_awards.core.text import clean, name_problem, text_problem

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Attendee:
    unit_id: int
    unit_name: str
    represented_by: str  # who came for the member, with their title; "" when not written


@dataclass(frozen=True)
class ClusterReview:
    id: int
    cluster_id: int
    year: int
    held_on: dt.date
    place: str
    chaired_by: str
    recorded_by: str
    note: str
    attendees: tuple[Attendee, ...]  # in the order recorded
    votes: Mapping[int, int]  # unit id -> members present that voted to propose it

    @property
    def present(self) -> int:
        return len(self.attendees)


def _members(db: Database, cluster_id: int, year: int) -> dict[int, str]:
    return dict(
        db.execute(
            "SELECT m.unit_id, u.name FROM cluster_members m JOIN units u ON u.id = m.unit_id "
            "WHERE m.cluster_id = ? AND m.year = ?",
            [cluster_id, year],
        ).fetchall()
    )


# The note is printed in the minutes as one paragraph: a page of text at most.
NOTE_MOST = 2000


def _check_texts(
    members: Mapping[int, str],
    attendees: Sequence[tuple[int, str]],
    place: str,
    chaired_by: str,
    recorded_by: str,
    note: str,
) -> None:
    """Names as a printed line holds them and a note of a page, without hidden characters."""
    for problem, message in (
        (name_problem(place), N_("the place of the meeting {problem}")),
        (name_problem(chaired_by), N_("the name of the chair {problem}")),
        (name_problem(recorded_by), N_("the name of the secretary {problem}")),
    ):
        if problem:
            raise KienanError(Message(message, problem=problem))
    for unit_id, who in attendees:
        problem = name_problem(who)
        if problem:
            raise KienanError(
                Message(
                    "who came for '{unit}' {problem}",
                    unit=members.get(unit_id, unit_id),
                    problem=problem,
                )
            )
    problem = text_problem(note)
    if problem:
        raise KienanError(Message("the note {problem}", problem=problem))
    if len(clean(note)) > NOTE_MOST:
        raise KienanError(
            Message(
                "the note is {length} characters long; the minutes hold at most {most}",
                length=len(clean(note)),
                most=NOTE_MOST,
            )
        )


def _check(
    cluster_name: str,
    year: int,
    held_on: dt.date,
    members: Mapping[int, str],
    attendees: Sequence[tuple[int, str]],
    votes: Mapping[int, int],
) -> None:
    if held_on.year not in (year, year + 1):
        raise KienanError(
            Message(
                "the review of {year} is held during that year or the next, not on {day}",
                year=year,
                day=f"{held_on:%d/%m/%Y}",
            )
        )
    if not attendees:
        raise KienanError(Message("a review meeting needs the members present"))
    seen: set[int] = set()
    for unit_id, _who in attendees:
        if unit_id not in members:
            raise KienanError(
                Message(
                    "unit {id} is not a member of {cluster} for {year}: it cannot attend its "
                    "review",
                    id=unit_id,
                    cluster=cluster_name,
                    year=year,
                )
            )
        if unit_id in seen:
            raise KienanError(
                Message("'{unit}' is named twice among those present", unit=members[unit_id])
            )
        seen.add(unit_id)
    for unit_id, count in votes.items():
        if unit_id not in members:
            raise KienanError(
                Message(
                    "unit {id} is not a member of {cluster} for {year}: it cannot be voted on",
                    id=unit_id,
                    cluster=cluster_name,
                    year=year,
                )
            )
        if count < 0 or count > len(attendees):
            raise KienanError(
                Message(
                    "'{unit}' has {votes} votes, more than the members present ({present})",
                    unit=members[unit_id],
                    votes=count,
                    present=len(attendees),
                )
            )


def record_review(
    db: Database,
    cluster_id: int,
    year: int,
    held_on: dt.date,
    attendees: Sequence[tuple[int, str]],
    votes: Mapping[int, int],
    place: str = "",
    chaired_by: str = "",
    recorded_by: str = "",
    note: str = "",
) -> ChangeSet:
    """The cluster-year's review meeting, in place of one recorded for that year: attendees
    are (unit id, who came for it) of members of that year; votes, by unit id, how many of
    those present voted to propose the member (never more than are present)."""
    with transaction(db):
        cluster = cluster_by_id(db, cluster_id)
        members = _members(db, cluster_id, year)
        _check(cluster.name, year, held_on, members, attendees, votes)
        _check_texts(members, attendees, place, chaired_by, recorded_by, note)
        values = [held_on.isoformat(), clean(place), clean(chaired_by), clean(recorded_by)]
        values.append(clean(note))
        found = db.execute(
            "SELECT id FROM cluster_reviews WHERE cluster_id = ? AND year = ?", [cluster_id, year]
        ).fetchone()
        if found is None:
            review_id = db.execute(
                "INSERT INTO cluster_reviews (cluster_id, year, held_on, place, chaired_by, "
                "recorded_by, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [cluster_id, year, *values],
            ).lastrowid
        else:
            review_id = found[0]
            db.execute(
                "UPDATE cluster_reviews SET held_on = ?, place = ?, chaired_by = ?, "
                "recorded_by = ?, note = ? WHERE id = ?",
                [*values, review_id],
            )
            db.execute("DELETE FROM cluster_review_attendees WHERE review_id = ?", [review_id])
            db.execute("DELETE FROM cluster_review_votes WHERE review_id = ?", [review_id])
        db.conn.executemany(
            "INSERT INTO cluster_review_attendees (review_id, unit_id, represented_by) "
            "VALUES (?, ?, ?)",
            [(review_id, unit_id, clean(who)) for unit_id, who in attendees],
        )
        db.conn.executemany(
            "INSERT INTO cluster_review_votes (review_id, unit_id, votes_for) VALUES (?, ?, ?)",
            [(review_id, unit_id, count) for unit_id, count in votes.items()],
        )
    return ChangeSet.of(RecordKind.CLUSTERS, cluster_id)


def cluster_review(db: Database, cluster_id: int, year: int) -> ClusterReview | None:
    """The cluster-year's review meeting, or None where none is recorded."""
    row = db.execute(
        "SELECT id, held_on, place, chaired_by, recorded_by, note FROM cluster_reviews "
        "WHERE cluster_id = ? AND year = ?",
        [cluster_id, year],
    ).fetchone()
    if row is None:
        return None
    review_id, held_on, place, chaired_by, recorded_by, note = row
    attendees = tuple(
        Attendee(unit_id, name, who or "")
        for unit_id, name, who in db.execute(
            "SELECT a.unit_id, u.name, a.represented_by FROM cluster_review_attendees a "
            "JOIN units u ON u.id = a.unit_id WHERE a.review_id = ? ORDER BY a.id",
            [review_id],
        )
    )
    votes = dict(
        db.execute(
            "SELECT unit_id, votes_for FROM cluster_review_votes WHERE review_id = ?", [review_id]
        ).fetchall()
    )
    return ClusterReview(
        review_id,
        cluster_id,
        year,
        dt.date.fromisoformat(held_on),
        place or "",
        chaired_by or "",
        recorded_by or "",
        note or "",
        attendees,
        votes,
    )
