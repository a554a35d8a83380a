"""One award as the window shows it, and the latest year awards were made for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class AwardDetails:
    recipient_name: str
    position: str | None
    unit_name: str | None
    form_name: str  # the award form's Vietnamese name
    achievement: str | None
    achievement_year: int
    decision_number: str
    decided_on: str  # ISO date
    register_number: int | None
    bonus_amount: int | None
    status: str  # "awarded" or "revoked"


def award_details(db: Database, award_id: int) -> AwardDetails:
    row = db.execute(
        """SELECT a.recipient_name, a.position, a.unit_name, f.name_vi, a.achievement,
                  a.achievement_year, d.number, d.decided_on, a.register_number,
                  a.bonus_amount, a.status
           FROM awards a JOIN award_forms f ON f.id = a.form_id
           JOIN decisions d ON d.id = a.decision_id WHERE a.id = ?""",
        [award_id],
    ).fetchone()
    if row is None:
        raise KienanError(Message("award #{record_id} no longer exists", record_id=award_id))
    return AwardDetails(*row)


def latest_award_year(db: Database, person_id: int | None = None) -> int | None:
    """The latest achievement year of any award, or of the person's; None before the first."""
    if person_id is None:
        return db.execute("SELECT max(achievement_year) FROM awards").fetchone()[0]
    return db.execute(
        "SELECT max(achievement_year) FROM awards WHERE person_id = ?", [person_id]
    ).fetchone()[0]
