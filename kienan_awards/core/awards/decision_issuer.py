"""Who signs a decision: the issuing authority in force on its date.

A decision is made only under one. A decision that came in with a past awards list may have
none recorded for its date (it was signed on paper long ago): it is "issuer not recorded",
and its certificates and pack are refused until an authority covering its date is recorded.
Such a decision keeps no authority of its own: it is resolved from its date each time it is
printed, so recording the office later is enough.

A decision of another body (the city's Bằng khen) is signed by that body and recorded only so
the honour roll is whole: its certificates and pack are never this office's to print.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records.office import OfficePeriod, office_period_on
from kienan_awards.core.records.record_lists import AUTHORITY_OF_DECISION_SQL

if TYPE_CHECKING:
    from sqlite_utils import Database


def no_authority(day: dt.date) -> Message:
    return Message(
        "no issuing authority is recorded in force on {day}: record the office that signs "
        "on that day before deciding",
        day=f"{day:%d/%m/%Y}",
    )


def authority_to_decide(db: Database, day: dt.date) -> OfficePeriod:
    """The authority a decision of the day is made under; refused when there is none."""
    authority = office_period_on(db, day)
    if authority is None:
        raise KienanError(no_authority(day))
    return authority


@dataclass(frozen=True)
class UnsignedDecision:
    number: str
    decided_on: dt.date

    @property
    def message(self) -> Message:
        return Message(
            "decision {number} of {day} has no issuing authority recorded for its date: "
            "record the office in force on that day before printing it",
            number=self.number,
            day=f"{self.decided_on:%d/%m/%Y}",
        )


@dataclass(frozen=True)
class OtherBodysDecision:
    number: str
    decided_on: dt.date
    body_name: str

    @property
    def message(self) -> Message:
        return Message(
            "decision {number} of {day} was decided by {body}: its certificates are not this "
            "office's to print",
            number=self.number,
            day=f"{self.decided_on:%d/%m/%Y}",
            body=self.body_name,
        )

    @property
    def pack_message(self) -> Message:
        return Message(
            "decision {number} of {day} was decided by {body}: its decision pack is not this "
            "office's to print",
            number=self.number,
            day=f"{self.decided_on:%d/%m/%Y}",
            body=self.body_name,
        )


def unsigned_decisions(
    db: Database, award_ids: Sequence[int]
) -> list[UnsignedDecision | OtherBodysDecision]:
    """The decisions of these awards whose certificates this office may not print, by date:
    those no authority signs, and those another body decided."""
    if not award_ids:
        return []
    marks = ", ".join("?" for _ in award_ids)
    rows = db.execute(
        f"""SELECT DISTINCT d.number, d.decided_on, ia.id IS NULL, ia.body_name
            FROM decisions d JOIN awards a ON a.decision_id = d.id
            LEFT JOIN issuing_authorities ia ON ia.id = {AUTHORITY_OF_DECISION_SQL}
            WHERE a.id IN ({marks}) AND (ia.id IS NULL OR ia.is_this_office = 0)
            ORDER BY d.decided_on, d.number""",
        list(award_ids),
    )
    return [
        UnsignedDecision(number, dt.date.fromisoformat(day))
        if unsigned
        else OtherBodysDecision(number, dt.date.fromisoformat(day), body)
        for number, day, unsigned, body in rows
    ]


def require_signed(db: Database, award_ids: Sequence[int]) -> None:
    """Refuse to print awards of a decision that no authority signs or another body decided."""
    unsigned = unsigned_decisions(db, award_ids)
    if unsigned:
        raise KienanError(unsigned[0].message)


def issuer_recorded(db: Database, decision_id: int) -> bool:
    row = db.execute(
        f"SELECT {AUTHORITY_OF_DECISION_SQL} FROM decisions d WHERE d.id = ?", [decision_id]
    ).fetchone()
    return row is not None and row[0] is not None
