"""Proposals as the clerk reads them: the list, each proposal's lines with their review, and
the person or unit a name typed for a new line means. The doors that write them are in
decisions.py."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.text import fold

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class ProposalSummary:
    id: int
    title: str
    achievement_year: int
    decided: bool


def proposal_list(db: Database) -> list[ProposalSummary]:
    """Every proposal, the newest first."""
    rows = db.execute(
        "SELECT id, title, achievement_year, status FROM proposals ORDER BY id DESC"
    ).fetchall()
    return [
        ProposalSummary(id_, title, year, status == "decided") for id_, title, year, status in rows
    ]


@dataclass(frozen=True)
class ProposalLine:
    id: int
    recipient_name: str
    form: str
    review_status: str
    reason: str  # why it was returned or rejected, or why accepted against a rule
    award_id: int | None  # set once the line is decided


def proposal_lines(db: Database, proposal_id: int) -> list[ProposalLine]:
    """A proposal's lines in the order they were added."""
    rows = db.execute(
        """SELECT l.id, l.recipient_name, f.name_vi, l.review_status,
                  coalesce(l.review_reason, l.override_reason, ''), l.award_id
           FROM proposal_lines l JOIN award_forms f ON f.id = l.form_id
           WHERE l.proposal_id = ? ORDER BY l.id""",
        [proposal_id],
    ).fetchall()
    return [ProposalLine(*row) for row in rows]


def proposed_recipient(db: Database, name: str) -> dict[str, int]:
    """The recipient fields of a new line for a typed name: the one person of that name
    (compared folded, as the lists are searched), else the one unit of it."""
    folded = fold(name)
    people = db.execute(
        "SELECT id FROM people WHERE name_folded = ? AND deleted_at IS NULL", [folded]
    ).fetchall()
    if len(people) == 1:
        return {"person_id": people[0][0]}
    if len(people) > 1:
        raise KienanError(
            Message(
                "{count} people are named '{name}': pick them on the People page (or add the "
                "birth year to tell them apart)",
                count=len(people),
                name=name,
            )
        )
    units = db.execute(
        "SELECT id FROM units WHERE name_folded = ? AND deleted_at IS NULL", [folded]
    ).fetchall()
    if len(units) == 1:
        return {"recipient_unit_id": units[0][0]}
    raise KienanError(Message("no person or unit is recorded as '{name}'", name=name))
