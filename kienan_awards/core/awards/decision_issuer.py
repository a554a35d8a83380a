"""Who signs a decision: the issuing authority in force on its date.

A decision is made only under one. A decision that came in with a past awards list may have
none recorded for its date (it was signed on paper long ago): it is "issuer not recorded",
and its certificates and pack are refused until an authority covering its date is recorded.
Such a decision keeps no authority of its own: it is resolved from its date each time it is
printed, so recording the office later is enough.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlite_utils import Database

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import NC_
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_lists import DECISIONS, ListColumn

# The authority of decision d: its own, else the one in force on its date.
AUTHORITY_OF_DECISION_SQL = """coalesce(d.authority_id, (
    SELECT x.id FROM issuing_authorities x
    WHERE (x.valid_from IS NULL OR x.valid_from <= d.decided_on)
      AND (x.valid_to IS NULL OR x.valid_to >= d.decided_on)
    ORDER BY x.valid_from DESC LIMIT 1))"""

# The decisions list's status words (English; the window translates them).
SIGNED = NC_("record list", "Signed")
ISSUER_NOT_RECORDED = NC_("record list", "Issuer not recorded")
STATUS_SQL = (
    f"CASE WHEN {AUTHORITY_OF_DECISION_SQL} IS NULL THEN '{ISSUER_NOT_RECORDED}' "
    f"ELSE '{SIGNED}' END"
)


def authority_on(db: Database, day: dt.date) -> tuple | None:
    """(id, signer title, signer name) of the issuing authority in force on the day."""
    return db.execute(
        """SELECT id, signer_title, signer_name FROM issuing_authorities
           WHERE (valid_from IS NULL OR valid_from <= :d) AND (valid_to IS NULL OR valid_to >= :d)
           ORDER BY valid_from DESC LIMIT 1""",
        {"d": day.isoformat()},
    ).fetchone()


def no_authority(day: dt.date) -> Message:
    return Message(
        "no issuing authority is recorded in force on {day}: record the office that signs "
        "on that day before deciding",
        day=f"{day:%d/%m/%Y}",
    )


def authority_to_decide(db: Database, day: dt.date) -> tuple:
    """The authority a decision of the day is made under; refused when there is none."""
    authority = authority_on(db, day)
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


def unsigned_decisions(db: Database, award_ids: Sequence[int]) -> list[UnsignedDecision]:
    """The decisions of these awards that no authority signs, by date."""
    if not award_ids:
        return []
    marks = ", ".join("?" for _ in award_ids)
    rows = db.execute(
        f"""SELECT DISTINCT d.number, d.decided_on FROM decisions d
            JOIN awards a ON a.decision_id = d.id
            WHERE a.id IN ({marks}) AND {AUTHORITY_OF_DECISION_SQL} IS NULL
            ORDER BY d.decided_on, d.number""",
        list(award_ids),
    )
    return [UnsignedDecision(number, dt.date.fromisoformat(day)) for number, day in rows]


def require_signed(db: Database, award_ids: Sequence[int]) -> None:
    """Refuse to print awards of a decision that no authority signs."""
    unsigned = unsigned_decisions(db, award_ids)
    if unsigned:
        raise KienanError(unsigned[0].message)


def issuer_recorded(db: Database, decision_id: int) -> bool:
    row = db.execute(
        f"SELECT {AUTHORITY_OF_DECISION_SQL} FROM decisions d WHERE d.id = ?", [decision_id]
    ).fetchone()
    return row is not None and row[0] is not None


# The decisions as the window lists them: the authority that signs each (its own, else the
# one in force on its date) and whether one does.
DECISIONS_LIST = replace(
    DECISIONS,
    from_sql=(
        f"decisions d LEFT JOIN issuing_authorities ia ON ia.id = {AUTHORITY_OF_DECISION_SQL}"
    ),
    columns=(
        *DECISIONS.columns,
        ListColumn("status", NC_("record list", "Status"), STATUS_SQL, shown_as="translated"),
    ),
)
