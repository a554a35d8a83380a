"""The register of discipline: who was disciplined, in what form, by which decision, and until
when it has effect.

The rules read it: nobody is proposed in a year he was under discipline, and a collective title
needs no member disciplined that year at warning level or above (Law on Emulation and
Commendation 2022, Art. 27 and 28). A discipline counts for each year from its decision's day
to the day its effect ends, as the clerk writes it from the decision; without that day, for
the year of its decision only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import N_
from kienan_awards.core.messages import Message
from kienan_awards.core.records import record_edits
from kienan_awards.core.records.record_edits import EditGroup
from kienan_awards.core.text import clean, fold, text_problem

if TYPE_CHECKING:
    from sqlite_utils import Database

# The forms of discipline of cadres, civil servants and public employees, mildest first
# (Law on Cadres and Civil Servants, Art. 78-79; Law on Public Employees, Art. 52): code, the
# name decisions write, the window's word, and the form's rank. The schema's CHECK holds the
# codes too.
FORMS = (
    ("reprimand", "Khiển trách", N_("reprimand"), 1),
    ("warning", "Cảnh cáo", N_("warning"), 2),
    ("salary_lowered", "Hạ bậc lương", N_("salary grade lowered"), 3),
    ("demotion", "Giáng chức", N_("demotion"), 4),
    ("dismissal", "Cách chức", N_("dismissal from the post"), 5),
    ("removal", "Bãi nhiệm", N_("removal from elected office"), 5),
    ("forced_resignation", "Buộc thôi việc", N_("forced resignation"), 6),
)
FORM_CODES = tuple(code for code, _name, _word, _rank in FORMS)
FORM_NAMES = {code: name for code, name, _word, _rank in FORMS}
FORM_WORDS = {code: word for code, _name, word, _rank in FORMS}
WARNING_OR_ABOVE = tuple(code for code, _name, _word, rank in FORMS if rank >= 2)
FIELDS = ("person_id", "form", "decided_on", "decision_number", "reason", "effect_until")


@dataclass(frozen=True)
class Discipline:
    id: int
    person_id: int
    person_name: str
    unit_name: str | None
    form: str
    decided_on: str
    decision_number: str | None
    reason: str | None
    effect_until: str | None


def form_code(text: str) -> str | None:
    """The form a clerk names: its code, or its Vietnamese name with or without diacritics."""
    folded = fold(text).replace("_", " ")
    for code, name, _word, _rank in FORMS:
        if folded in (code.replace("_", " "), fold(name)):
            return code
    return None


def _date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def validate_discipline(db: Database, fields: dict) -> dict[str, Message]:
    """What is wrong with each field, by field; empty when the record may be written."""
    problems: dict[str, Message] = {}
    person = db.execute(
        "SELECT id FROM people WHERE id = ? AND deleted_at IS NULL", [fields.get("person_id")]
    ).fetchone()
    if person is None:
        problems["person_id"] = Message("there is no person {id}", id=fields.get("person_id"))
    if fields.get("form") not in FORM_CODES:
        problems["form"] = Message("choose the form of discipline")
    decided = _date(fields.get("decided_on"))
    if decided is None:
        problems["decided_on"] = Message("the decision's date is required")
    elif decided > dt.date.today():
        problems["decided_on"] = Message("the decision's date is after today")
    until = _date(fields.get("effect_until"))
    if fields.get("effect_until") not in (None, "") and until is None:
        problems["effect_until"] = Message("the end of its effect is not a date")
    elif until is not None and decided is not None and until < decided:
        problems["effect_until"] = Message("its effect ends before the decision's date")
    for field in ("decision_number", "reason"):
        problem = text_problem(fields.get(field))
        if problem:
            problems[field] = problem
    return problems


def record_discipline(db: Database, fields: dict) -> EditGroup:
    """Write one discipline of a person, in one transaction with its audit row."""
    problems = validate_discipline(db, fields)
    if problems:
        field, problem = next(iter(problems.items()))
        raise KienanError(
            Message("{field}: {problem}", field=field.replace("_", " "), problem=problem)
        )
    values = {
        "person_id": int(fields["person_id"]),
        "form": fields["form"],
        "decided_on": _date(fields["decided_on"]).isoformat(),
        "decision_number": clean(fields.get("decision_number")) or None,
        "reason": clean(fields.get("reason")) or None,
        "effect_until": (
            _date(fields["effect_until"]).isoformat() if fields.get("effect_until") else None
        ),
    }
    return record_edits.insert_record(db, "disciplines", values, N_("record discipline"))


def remove_discipline(db: Database, discipline_id: int) -> EditGroup:
    """The discipline goes to the trash (an entry made by mistake); undone like any edit."""
    return record_edits.move_to_trash(db, "disciplines", discipline_id, N_("remove discipline"))


# A discipline has effect in a year from its decision's day to the end of its effect.
IN_EFFECT = (
    "d.decided_on <= :year || '-12-31' "
    "AND max(d.decided_on, coalesce(d.effect_until, d.decided_on)) >= :year || '-01-01'"
)


def disciplines(
    db: Database, person_id: int | None = None, year: int | None = None
) -> list[Discipline]:
    """The register, newest first: a person's, or those in effect in a year, or all."""
    where = ["d.deleted_at IS NULL"]
    params: dict = {}
    if person_id is not None:
        where.append("d.person_id = :person")
        params["person"] = person_id
    if year is not None:
        where.append(IN_EFFECT)
        params["year"] = str(year)
    rows = db.execute(
        f"""SELECT d.id, d.person_id, p.full_name, u.name, d.form, d.decided_on,
                   d.decision_number, d.reason, d.effect_until
            FROM disciplines d JOIN people p ON p.id = d.person_id
            LEFT JOIN units u ON u.id = p.unit_id
            WHERE {" AND ".join(where)}
            ORDER BY d.decided_on DESC, p.name_sort_key, d.id""",
        params,
    ).fetchall()
    return [Discipline(*row) for row in rows]


def under_discipline(db: Database, person_id: int, year: int) -> bool:
    """Whether any discipline of the person has effect in the year."""
    return (
        db.execute(
            f"SELECT 1 FROM disciplines d WHERE d.person_id = :person "
            f"AND d.deleted_at IS NULL AND {IN_EFFECT} LIMIT 1",
            {"person": person_id, "year": str(year)},
        ).fetchone()
        is not None
    )


def members_disciplined(db: Database, unit_id: int, year: int) -> list[str]:
    """The unit's people with a discipline at warning level or above in effect in the year."""
    forms = ", ".join(f"'{code}'" for code in WARNING_OR_ABOVE)
    rows = db.execute(
        f"""SELECT DISTINCT p.full_name, p.name_sort_key FROM disciplines d
            JOIN people p ON p.id = d.person_id
            WHERE p.unit_id = :unit AND p.deleted_at IS NULL AND d.deleted_at IS NULL
              AND d.form IN ({forms}) AND {IN_EFFECT}
            ORDER BY p.name_sort_key""",
        {"unit": unit_id, "year": str(year)},
    ).fetchall()
    return [name for name, _key in rows]
