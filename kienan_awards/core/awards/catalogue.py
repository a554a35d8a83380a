"""The catalogue of award forms, their bonus rates and the base salary history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from sqlite_utils import Database

from kienan_awards.core.text import fold

BONUS_ROUNDING_STEP = 10_000  # VND: bonuses are rounded up to the next 10,000


@dataclass(frozen=True)
class AwardForm:
    id: int
    code: str
    name_vi: str
    name_en: str
    category: str
    recipient_kinds: tuple[str, ...]
    conferring_levels: tuple[str, ...]
    legal_basis: str

    @classmethod
    def from_row(cls, row: dict) -> AwardForm:
        return cls(
            id=row["id"],
            code=row["code"],
            name_vi=row["name_vi"],
            name_en=row["name_en"],
            category=row["category"],
            recipient_kinds=tuple(row["recipient_kinds"].split(",")),
            conferring_levels=tuple(row["conferring_level"].split(",")),
            legal_basis=row["legal_basis"],
        )


def award_forms(db: Database) -> list[AwardForm]:
    rows = db.query("SELECT * FROM award_forms ORDER BY sort_order, id")
    return [AwardForm.from_row(row) for row in rows]


def find_award_form(db: Database, name_or_code: str) -> AwardForm | None:
    """The form whose code, Vietnamese or English name matches, ignoring case and diacritics."""
    wanted = fold(name_or_code)
    for form in award_forms(db):
        if wanted in (fold(form.code), fold(form.name_vi), fold(form.name_en)):
            return form
    return None


def base_salary_on(db: Database, day: dt.date) -> int | None:
    row = db.execute(
        "SELECT amount FROM base_salaries WHERE valid_from <= ? ORDER BY valid_from DESC LIMIT 1",
        [day.isoformat()],
    ).fetchone()
    return row[0] if row else None


def bonus_coefficient(
    db: Database, form_id: int, recipient_kind: str, day: dt.date
) -> Decimal | None:
    row = db.execute(
        """SELECT coefficient FROM bonus_rates
           WHERE form_id = :form_id AND recipient_kind = :kind
             AND (valid_from IS NULL OR valid_from <= :day)
             AND (valid_to IS NULL OR valid_to >= :day)
           ORDER BY valid_from DESC LIMIT 1""",
        {"form_id": form_id, "kind": recipient_kind, "day": day.isoformat()},
    ).fetchone()
    return Decimal(row[0]) if row else None


def round_up_bonus(amount: Decimal) -> int:
    steps = (amount / BONUS_ROUNDING_STEP).to_integral_value(rounding=ROUND_CEILING)
    return int(steps) * BONUS_ROUNDING_STEP


def bonus_amount(
    db: Database, form_id: int, recipient_kind: str, decided_on: dt.date
) -> int | None:
    """Coefficient x base salary in force on the decision date, rounded up to 10,000 VND.

    None when the form carries no cash bonus for that recipient kind, or no base salary is
    recorded for the date.
    """
    coefficient = bonus_coefficient(db, form_id, recipient_kind, decided_on)
    salary = base_salary_on(db, decided_on)
    if coefficient is None or salary is None:
        return None
    return round_up_bonus(coefficient * salary)
