"""The catalogue of award forms, their bonus rates and the base salary history."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from typing import TYPE_CHECKING

from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_lists import recipient_kind_word
from kienan_awards.core.storage.database import write_transaction
from kienan_awards.core.text import clean, fold

if TYPE_CHECKING:
    from sqlite_utils import Database

BONUS_ROUNDING_STEP = 10_000  # VND: bonuses are rounded up to the next 10,000


@dataclass(frozen=True)
class AwardForm:
    id: int
    code: str
    name_vi: str
    name_en: str
    category: str
    recipient_kinds: tuple[str, ...]
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


# The levels a bonus rate or a conferring rule may name (the schema's CHECK holds these).
LEVELS = ("commune", "district", "city", "national", "other")


def bonus_coefficient(
    db: Database, form_id: int, recipient_kind: str, day: dt.date, *, level: str | None = None
) -> Decimal | None:
    """The coefficient in force on the day for the form conferred at the level: a rate of that
    level wins over one of any level (conferring_level NULL); with no level, only the latter."""
    row = db.execute(
        """SELECT coefficient FROM bonus_rates
           WHERE form_id = :form_id AND recipient_kind = :kind
             AND (conferring_level IS NULL OR conferring_level = :level)
             AND (valid_from IS NULL OR valid_from <= :day)
             AND (valid_to IS NULL OR valid_to >= :day)
           ORDER BY conferring_level IS NULL, valid_from DESC LIMIT 1""",
        {"form_id": form_id, "kind": recipient_kind, "day": day.isoformat(), "level": level},
    ).fetchone()
    return Decimal(row[0]) if row else None


def round_up_bonus(amount: Decimal) -> int:
    steps = (amount / BONUS_ROUNDING_STEP).to_integral_value(rounding=ROUND_CEILING)
    return int(steps) * BONUS_ROUNDING_STEP


def bonus_amount(
    db: Database,
    form_id: int,
    recipient_kind: str,
    decided_on: dt.date,
    *,
    level: str | None = None,
) -> int | None:
    """Coefficient x base salary in force on the decision date, rounded up to 10,000 VND; the
    coefficient is that of the level of the authority conferring it (see bonus_coefficient).

    None when the form carries no cash bonus for that recipient kind, or no base salary is
    recorded for the date.
    """
    coefficient = bonus_coefficient(db, form_id, recipient_kind, decided_on, level=level)
    salary = base_salary_on(db, decided_on)
    if coefficient is None or salary is None:
        return None
    return round_up_bonus(coefficient * salary)


def _checked_rate(
    db: Database,
    form_code: str,
    recipient_kind: str,
    coefficient: Decimal | str,
    basis: str,
    level: str | None,
) -> tuple[int, Decimal]:
    form = next((f for f in award_forms(db) if f.code == form_code), None)
    if form is None:
        raise KienanError(Message("no award form has the code {code}", code=form_code))
    if recipient_kind not in form.recipient_kinds:
        raise KienanError(
            Message(
                "{form} is not given to the recipient kind {kind}",
                form=form.name_vi,
                kind=recipient_kind_word(recipient_kind),
            )
        )
    try:
        value = Decimal(str(coefficient).strip().replace(",", "."))
    except ArithmeticError:
        value = None
    if value is None or not value.is_finite() or value <= 0:
        raise KienanError(
            Message("the coefficient must be a number above 0, not {value}", value=coefficient)
        )
    if not basis.strip():
        raise KienanError(Message("a bonus rate needs its legal basis"))
    if level is not None and level not in LEVELS:
        raise KienanError(
            Message(
                "the conferring level is one of commune, district, city, national or other, "
                "not {level}",
                level=level,
            )
        )
    return form.id, value


def add_bonus_rate(
    db: Database,
    form_code: str,
    recipient_kind: str,
    coefficient: Decimal | str,
    valid_from: dt.date,
    legal_basis: str,
    level: str | None = None,
) -> ChangeSet:
    """Record a bonus coefficient for a form and recipient kind in force from the day, for the
    conferring level (None: whoever confers it); the rate of the same level in force the day
    before is closed on it, rates of other levels are left as they are. Decisions already made
    keep their amounts. A day at or before the start of the latest rate of that level recorded
    is refused and nothing is written. Returns the rates written (the one closed and the new
    one)."""
    level = level or None
    form_id, value = _checked_rate(db, form_code, recipient_kind, coefficient, legal_basis, level)
    with write_transaction(db):
        latest = db.execute(
            """SELECT id, valid_from FROM bonus_rates
               WHERE form_id = ? AND recipient_kind = ? AND conferring_level IS ?
                 AND valid_from IS NOT NULL
               ORDER BY valid_from DESC LIMIT 1""",
            [form_id, recipient_kind, level],
        ).fetchone()
        if latest and valid_from.isoformat() <= latest[1]:
            raise KienanError(
                Message(
                    "a rate from {day} would begin at or before the rate in force from "
                    "{start}; nothing was written",
                    day=f"{valid_from:%d/%m/%Y}",
                    start=f"{dt.date.fromisoformat(latest[1]):%d/%m/%Y}",
                )
            )
        day_before = (valid_from - dt.timedelta(days=1)).isoformat()
        in_force = (
            "form_id = ? AND recipient_kind = ? AND conferring_level IS ? "
            "AND (valid_to IS NULL OR valid_to > ?)"
        )
        where = [form_id, recipient_kind, level, day_before]
        written = [
            row[0] for row in db.execute(f"SELECT id FROM bonus_rates WHERE {in_force}", where)
        ]
        db.execute(f"UPDATE bonus_rates SET valid_to = ? WHERE {in_force}", [day_before, *where])
        cursor = db.execute(
            """INSERT INTO bonus_rates
               (form_id, recipient_kind, conferring_level, coefficient, legal_basis, valid_from)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [
                form_id,
                recipient_kind,
                level,
                str(value),
                legal_basis.strip(),
                valid_from.isoformat(),
            ],
        )
        written.append(cursor.lastrowid)
    return ChangeSet.of(RecordKind.CATALOGUE, *written)


@dataclass(frozen=True)
class BonusRate:
    """A bonus coefficient as recorded, with the days it holds (valid_to None: until another)."""

    id: int
    form: str  # the form's Vietnamese name
    recipient_kind: str
    level: str | None  # None: whoever confers the form
    coefficient: Decimal
    valid_from: dt.date | None
    valid_to: dt.date | None
    legal_basis: str
    note: str | None

    def closed_on(self, day: dt.date) -> bool:
        """True when the rate ended before the day."""
        return self.valid_to is not None and self.valid_to < day


def bonus_rates(db: Database) -> list[BonusRate]:
    """Every bonus rate, by form as the catalogue orders them, recipient, level and date."""
    return [
        BonusRate(
            rate_id,
            form,
            kind,
            level,
            Decimal(coefficient),
            dt.date.fromisoformat(start) if start else None,
            dt.date.fromisoformat(end) if end else None,
            basis,
            note,
        )
        for rate_id, form, kind, level, coefficient, start, end, basis, note in db.execute(
            """SELECT r.id, f.name_vi, r.recipient_kind, r.conferring_level, r.coefficient,
                      r.valid_from, r.valid_to, r.legal_basis, r.note
               FROM bonus_rates r JOIN award_forms f ON f.id = r.form_id
               ORDER BY f.sort_order, f.id, r.recipient_kind, r.conferring_level IS NOT NULL,
                        r.conferring_level, r.valid_from IS NOT NULL, r.valid_from"""
        )
    ]


@dataclass(frozen=True)
class BaseSalary:
    amount: int  # VND a month
    valid_from: dt.date
    legal_basis: str


def base_salaries(db: Database) -> list[BaseSalary]:
    """The base salary's steps, the oldest first (each holds until the next begins)."""
    return [
        BaseSalary(amount, dt.date.fromisoformat(day), basis)
        for amount, day, basis in db.execute(
            "SELECT amount, valid_from, legal_basis FROM base_salaries ORDER BY valid_from"
        )
    ]


def _checked_amount(amount: int | str) -> int:
    text = str(amount).strip().replace(".", "").replace(",", "").replace(" ", "")
    if not text.isdigit() or int(text) <= 0:
        raise KienanError(
            Message("the base salary is a whole number of đồng above 0, not {value}", value=amount)
        )
    return int(text)


def add_base_salary(
    db: Database, amount: int | str, valid_from: dt.date, legal_basis: str
) -> ChangeSet:
    """Record the base salary in force from the day (a new decree's step). Decisions already
    made keep their amounts; a day at or before the latest step recorded is refused and
    nothing is written. Returns the step written."""
    value = _checked_amount(amount)
    if not clean(legal_basis):
        raise KienanError(Message("a base salary needs its legal basis"))
    with write_transaction(db):
        latest = db.execute("SELECT max(valid_from) FROM base_salaries").fetchone()[0]
        if latest and valid_from.isoformat() <= latest:
            raise KienanError(
                Message(
                    "a base salary from {day} would begin at or before the one in force from "
                    "{start}; nothing was written",
                    day=f"{valid_from:%d/%m/%Y}",
                    start=f"{dt.date.fromisoformat(latest):%d/%m/%Y}",
                )
            )
        written = db.execute(
            "INSERT INTO base_salaries (amount, valid_from, legal_basis) VALUES (?, ?, ?)",
            [value, valid_from.isoformat(), clean(legal_basis)],
        ).lastrowid
    return ChangeSet.of(RecordKind.CATALOGUE, written)
