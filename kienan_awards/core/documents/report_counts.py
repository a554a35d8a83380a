"""The counts every report is made of: awards by year, form, recipient kind, unit, gender and
position level, each read by a narrow query over an index. Revoked awards are left out."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core import vocabulary as words
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.text import clean, format_decimal, text_sort_text

if TYPE_CHECKING:
    from sqlite_utils import Database

# Position levels as the reports to the city count them, matched on the position as written
# (with its marks: "trưởng" is a head, "trường" a school). The first level that matches wins;
# a position matching none is "staff". Their names are the vocabulary's POSITION_LEVELS.
POSITION_WORDS = (
    (
        "leader",
        (
            "chủ tịch",
            "giám đốc",
            "trưởng",
            "chánh",
            "bí thư",
            "chỉ huy",
            "chủ nhiệm",
            "tổng biên tập",
            "phụ trách",
        ),
    ),
    (
        "worker",
        ("công nhân", "nông dân", "ngư dân", "người lao động", "lao động trực tiếp", "thợ"),
    ),
)
MAX_YEARS = 30


def position_level(position: str | None) -> str | None:
    text = clean(position).lower()
    if not text:
        return None
    for level, opening in POSITION_WORDS:
        if any(part in text for part in opening):
            return level
    return "staff"


def kinds() -> list[tuple[str, str]]:
    """The recipient kinds, each with its word, in the order the reports give them."""
    return list(words.RECIPIENT_KINDS.items())


def genders() -> list[tuple[str | None, str]]:
    return [*words.GENDERS.items(), (None, words.NOT_RECORDED)]


def check_years(year: int, to_year: int | None) -> tuple[int, int]:
    last = year if to_year is None else to_year
    for value in (year, last):
        if not 1900 <= value <= 2200:
            raise KienanError(Message("{value} is not a year this register can hold", value=value))
    if last < year:
        raise KienanError(
            Message("the range {first}-{last} ends before it begins", first=year, last=last)
        )
    if last - year >= MAX_YEARS:
        raise KienanError(Message("choose at most {count} years at a time", count=MAX_YEARS))
    return year, last


# --- the counts every summary is made of -------------------------------------------------------
@dataclass
class Counts:
    """Awards of a range of years, counted by a few narrow queries that each read an index in
    order (schema step 10), never by sorting every award."""

    years: list[int]
    forms: list[tuple[int, str]]  # (id, Vietnamese name) in catalogue order
    # (year, form, kind), (year, unit name, kind), (year, gender, level) -> (count, bonus)
    by_form: dict[tuple, tuple[int, int]]
    by_unit: dict[tuple, tuple[int, int]]
    by_person: dict[tuple, tuple[int, int]]
    decisions: dict[int, int]  # year -> decisions that made its awards
    decisions_total: int  # over the range: a decision with awards of two years counts once
    unit_order: dict[str, str]  # unit name -> Vietnamese sort text

    _KEYS = {
        "by_form": ("year", "form", "kind"),
        "by_unit": ("year", "unit", "kind"),
        "by_person": ("year", "gender", "level"),
    }

    def total(self, table: str, **where) -> tuple[int, int]:
        """Count and bonus of the table's entries whose key parts are as given."""
        names = self._KEYS[table]
        wanted = [(names.index(k), v) for k, v in where.items()]
        count = bonus = 0
        for key, (n, money) in getattr(self, table).items():
            if all(key[i] == v for i, v in wanted):
                count += n
                bonus += money
        return count, bonus

    def grouped(self, table: str, *by: str) -> dict[tuple, tuple[int, int]]:
        """Count and bonus summed by the named key parts."""
        names = self._KEYS[table]
        positions = [names.index(k) for k in by]
        sums: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
        for key, (n, money) in getattr(self, table).items():
            part = sums[tuple(key[i] for i in positions)]
            part[0] += n
            part[1] += money
        return {part: (n, money) for part, (n, money) in sums.items()}


def counts(db: Database, first: int, last: int) -> Counts:
    in_years = "status = 'awarded' AND achievement_year BETWEEN ? AND ?"
    years = [first, last]
    forms = db.execute("SELECT id, name_vi FROM award_forms ORDER BY sort_order, id").fetchall()
    by_form = {
        (year, form, kind): (n, bonus)
        for year, form, kind, n, bonus in db.execute(
            "SELECT achievement_year, form_id, recipient_kind, count(*), "
            f"coalesce(sum(bonus_amount), 0) FROM awards WHERE {in_years} GROUP BY 1, 2, 3",
            years,
        )
    }
    # A unit is counted under its record's name: a unit merged into another keeps its own
    # record, so last decade's awards stay under last decade's name.
    unit_names = unit_labels(db)
    by_unit: dict[tuple[int, str, str], tuple[int, int]] = {}
    for year, unit_id, kind, n, bonus in db.execute(
        "SELECT achievement_year, unit_id, recipient_kind, count(*), "
        f"coalesce(sum(bonus_amount), 0) FROM awards WHERE {in_years} GROUP BY 1, 2, 3",
        years,
    ):
        key = (year, unit_names.get(unit_id) or words.NO_UNIT, kind)
        old = by_unit.get(key, (0, 0))
        by_unit[key] = (old[0] + n, old[1] + bonus)
    # People first, each one's awards from the index beside it: no random reads.
    levels: dict[str | None, str | None] = {}
    by_person: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for year, gender, position, n in db.execute(
        """SELECT a.achievement_year, p.gender, coalesce(a.position, p.position), count(*)
           FROM people p CROSS JOIN awards a
             ON a.person_id = p.id AND a.status = 'awarded'
            AND a.achievement_year BETWEEN ? AND ?
           GROUP BY 1, 2, 3""",
        years,
    ):
        if position not in levels:
            levels[position] = position_level(position)
        by_person[(year, gender, levels[position])][0] += n
    decisions = dict(
        db.execute(
            "SELECT achievement_year, count(DISTINCT decision_id) FROM awards "
            f"WHERE {in_years} GROUP BY 1",
            years,
        ).fetchall()
    )
    decisions_total = db.execute(
        f"SELECT count(DISTINCT decision_id) FROM awards WHERE {in_years}", years
    ).fetchone()[0]
    unit_order = {
        unit: "\uffff" if unit == words.NO_UNIT else text_sort_text(unit)
        for unit in {key[1] for key in by_unit}
    }
    return Counts(
        list(range(first, last + 1)),
        forms,
        by_form,
        by_unit,
        {key: (n, bonus) for key, (n, bonus) in by_person.items()},
        decisions,
        decisions_total,
        unit_order,
    )


def unit_labels(db: Database) -> dict[int, str]:
    """Each unit's name, with the unit above it when another unit has the same name (ten
    wards each have a "Tổ dân phố số 1")."""
    rows = db.execute(
        "SELECT u.id, u.name, p.name FROM units u LEFT JOIN units p ON p.id = u.parent_id"
    ).fetchall()
    seen: dict[str, int] = defaultdict(int)
    for _, name, _ in rows:
        seen[name] += 1
    return {
        unit_id: (f"{name} ({parent or unit_id})" if seen[name] > 1 else name)
        for unit_id, name, parent in rows
    }


def sorted_units(counts: Counts) -> list[str]:
    return sorted(counts.unit_order, key=counts.unit_order.get)


def vi(number: int) -> str:
    return format_decimal(str(number))


def share(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def decisions_of(db: Database, first: int, last: int) -> list[tuple]:
    """The decisions that made awards for achievements of the years, with those awards."""
    return db.execute(
        """SELECT d.number, d.decided_on, coalesce(d.title, ''), count(*),
                  coalesce(sum(a.bonus_amount), 0)
           FROM awards a JOIN decisions d ON d.id = a.decision_id
           WHERE a.achievement_year BETWEEN ? AND ? AND a.status = 'awarded'
           GROUP BY d.id ORDER BY d.decided_on, d.number""",
        [first, last],
    ).fetchall()


def revoked_note(db: Database, first: int, last: int) -> list[str]:
    revoked = db.execute(
        "SELECT count(*) FROM awards WHERE achievement_year BETWEEN ? AND ? AND status = 'revoked'",
        [first, last],
    ).fetchone()[0]
    return [words.REVOKED_LEFT_OUT.format(count=revoked)] if revoked else []


def years_on_record(db: Database) -> tuple[int, int] | None:
    """The first and last achievement years of any award kept, or None before the first."""
    first, last = db.execute(
        "SELECT min(achievement_year), max(achievement_year) FROM awards"
    ).fetchone()
    return None if first is None else (first, last)


def every_year(db: Database, first: int | None, last: int | None) -> tuple[int, int]:
    """The years of a multi-year report: those asked for, the rest from the record (every
    year on record when none is asked for, the latest MAX_YEARS of a longer record)."""
    known = years_on_record(db) or (dt.date.today().year,) * 2
    if last is None:
        last = max(known[1], first) if first is not None else known[1]
    if first is None:
        first = max(min(known[0], last), last - MAX_YEARS + 1)
    return first, last
