"""Decisions of other authorities: the city's Bằng khen and Emulation Fighters, a ministry's, a
mass organisation's. They are recorded with the body that decided them so the honour roll is
whole (the rules that read earlier awards see them too), and never printed: their
certificates and decision are that body's, and they take no number of this office's register.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core import vocabulary
from kienan_awards.core.awards.catalogue import AwardForm, find_award_form
from kienan_awards.core.awards.conferring import level_name
from kienan_awards.core.changes import ChangeSet
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import N_
from kienan_awards.core.messages import Message
from kienan_awards.core.records import record_edits
from kienan_awards.core.records.office import body_key
from kienan_awards.core.text import clean, fold, name_problem, text_problem

if TYPE_CHECKING:
    from sqlite_utils import Database

# A commune's decisions are this office's; any other level may be another body's.
LEVELS = ("city", "national", "district", "other")
EARLIEST_YEAR = 1945


@dataclass(frozen=True)
class OtherAuthority:
    """Another body as its decisions name it. level None: as already recorded for it."""

    body_name: str  # "Ủy ban nhân dân thành phố Hải Phòng"
    level: str | None = None
    signer_title: str = ""  # "Chủ tịch", when the decision is at hand
    signer_name: str = ""
    place: str = ""  # "Hải Phòng", written before the date on its decisions


@dataclass(frozen=True)
class OtherAward:
    """One award of the decision: to a recorded person or a recorded unit (a collective)."""

    form: str  # the catalogue's code or name
    person_id: int | None = None
    unit_id: int | None = None
    achievement: str = ""
    year: int | None = None  # of the achievement; None: the decision's year
    bonus_amount: int | None = None  # as the decision states it; None: none stated


@dataclass(frozen=True)
class OtherDecisionResult:
    decision_id: int
    authority_id: int
    award_ids: list[int]
    changes: ChangeSet


def other_authorities(db: Database) -> list[tuple[str, str | None]]:
    """The other bodies recorded (name, level), by name: the choices a front end offers."""
    return db.execute(
        "SELECT body_name, level FROM issuing_authorities WHERE is_this_office = 0 "
        "ORDER BY body_name"
    ).fetchall()


def find_recipient(db: Database, name: str, kind: str | None = None) -> dict[str, int]:
    """The recipient a typed name means: the one recorded person of that name (compared
    folded), else the one unit; kind "person" or "unit" looks for that only."""
    folded = fold(name)
    if not folded:
        raise KienanError(Message("recipient: give a person's or a unit's name"))
    tables = {"person": ("people",), "unit": ("units",), None: ("people", "units")}[kind]
    for table in tables:
        found = db.execute(
            f"SELECT id FROM {table} WHERE name_folded = ? AND deleted_at IS NULL", [folded]
        ).fetchall()
        if len(found) > 1:
            raise KienanError(
                Message(
                    "{count} records are named '{name}': tell them apart on the People or "
                    "Units page first",
                    count=len(found),
                    name=clean(name),
                )
            )
        if found:
            return {"person_id" if table == "people" else "unit_id": found[0][0]}
    if kind == "person":
        raise KienanError(
            Message("no person is recorded as '{name}': add them first", name=clean(name))
        )
    if kind == "unit":
        raise KienanError(
            Message("no unit is recorded as '{name}': add it first", name=clean(name))
        )
    raise KienanError(
        Message("no person or unit is recorded as '{name}': add them first", name=clean(name))
    )


def _checked_text(field: str, value: str, problem_of=text_problem) -> str:
    problem = problem_of(value)
    if problem:
        raise KienanError(Message("{field}: the text {problem}", field=field, problem=problem))
    return clean(value)


def _authority_row(authority: OtherAuthority, level: str) -> dict:
    body = _checked_text("authority", authority.body_name, name_problem)
    title = _checked_text("signer title", authority.signer_title, name_problem)
    return {
        "name": body,
        "issuer_title": f"{title} {body}".strip().upper(),
        "body_name": body,
        "signer_title": title,
        "signer_name": _checked_text("signer name", authority.signer_name, name_problem),
        "place": _checked_text("place", authority.place, name_problem),
        "decision_suffix": vocabulary.DECISION_SUFFIX,
        "level": level,
        "is_this_office": 0,
    }


def _authority_id(db: Database, authority: OtherAuthority) -> tuple[int, bool]:
    """The recorded body of that name (its blanks filled in), else a new one; whether it was
    written. Inside the caller's transaction."""
    body = clean(authority.body_name)
    if not body:
        raise KienanError(
            Message(
                "authority: name the body that decided, e.g. Ủy ban nhân dân thành phố Hải Phòng"
            )
        )
    if authority.level is not None and authority.level not in LEVELS:
        raise KienanError(
            Message(
                "level: {level} is not one of {levels}",
                level=authority.level,
                levels=", ".join(LEVELS),
            )
        )
    recorded = [
        row
        for row in db.execute(
            "SELECT id, body_name, level, is_this_office, signer_title, signer_name, place "
            "FROM issuing_authorities"
        )
        if body_key(row[1]) == body_key(body)
    ]
    if any(row[3] == 1 for row in recorded):
        raise KienanError(
            Message(
                "{authority} is this office: its decisions are made from a proposal",
                authority=body,
            )
        )
    if recorded:
        found = recorded[0]
        if authority.level is not None and found[2] not in (None, authority.level):
            raise KienanError(
                Message(
                    "{authority} is recorded at the {recorded} level, not {level}",
                    authority=found[1],
                    recorded=level_name(found[2]),
                    level=level_name(authority.level),
                )
            )
        row = _authority_row(authority, authority.level or found[2])
        kept = {
            "level": found[2],
            "signer_title": found[4],
            "signer_name": found[5],
            "place": found[6],
        }
        # Only blanks are filled in: what was recorded of the body is kept.
        blanks = {key: row[key] for key, value in kept.items() if not value and row[key]}
        if "signer_title" in blanks:
            blanks["issuer_title"] = row["issuer_title"]
        if blanks:
            record_edits.update_record(db, "issuing_authorities", found[0], blanks, N_("authority"))
        return found[0], bool(blanks)
    if authority.level is None:
        raise KienanError(
            Message(
                "level: say whether {authority} is a city, national, district or other body",
                authority=body,
            )
        )
    row = _authority_row(authority, authority.level)
    return record_edits.insert_record(
        db, "issuing_authorities", row, N_("authority")
    ).record_id, True


def record_other_authority(db: Database, authority: OtherAuthority) -> ChangeSet:
    """Record another body (or fill in the blanks of the one recorded under that name)."""
    with record_edits.transaction(db):
        authority_id, written = _authority_id(db, authority)
    return ChangeSet.of_tables([("issuing_authorities", authority_id)] if written else [])


def _form(db: Database, award: OtherAward, level: str | None, day: dt.date) -> AwardForm:
    form = find_award_form(db, award.form or "")
    if form is None:
        raise KienanError(Message("form: '{form}' is not in the catalogue", form=award.form))
    # The city's and the nation's forms are checked against the catalogue; a body outside the
    # People's Committees (a department, a union) gives its own forms, taken as named.
    if level not in ("city", "national"):
        return form
    levels = db.execute(
        "SELECT level, (valid_from IS NULL OR valid_from <= :d) "
        "AND (valid_to IS NULL OR valid_to >= :d) FROM conferring_levels WHERE form_id = :f",
        {"d": day.isoformat(), "f": form.id},
    ).fetchall()
    if levels and (level, 1) not in levels:
        raise KienanError(
            Message(
                "{form} is not conferred at the {level} level on {day}",
                form=form.name_vi,
                level=level_name(level),
                day=f"{day:%d/%m/%Y}",
            )
        )
    return form


def _recipient(db: Database, number: int, award: OtherAward, form: AwardForm) -> dict:
    if (award.person_id is None) == (award.unit_id is None):
        raise KienanError(
            Message("award {number}: choose one person or one unit as its recipient", number=number)
        )
    if award.person_id is not None:
        person = db.execute(
            "SELECT p.full_name, p.unit_id, u.name, p.position FROM people p "
            "LEFT JOIN units u ON u.id = p.unit_id WHERE p.id = ? AND p.deleted_at IS NULL",
            [award.person_id],
        ).fetchone()
        if person is None:
            raise KienanError(Message("award {number}: no such person", number=number))
        kind = "individual"
        values = {
            "person_id": award.person_id,
            "recipient_name": person[0],
            "unit_id": person[1],
            "unit_name": person[2],
            "position": person[3],
        }
    else:
        unit = db.execute(
            "SELECT name FROM units WHERE id = ? AND deleted_at IS NULL", [award.unit_id]
        ).fetchone()
        if unit is None:
            raise KienanError(Message("award {number}: no such unit", number=number))
        kind = "collective"
        values = {
            "recipient_unit_id": award.unit_id,
            "recipient_name": unit[0],
            "unit_id": award.unit_id,
            "unit_name": unit[0],
        }
    if kind not in form.recipient_kinds:
        values = {"number": number, "form": form.name_vi}
        raise KienanError(
            Message("award {number}: {form} is not given to a person", **values)
            if kind == "individual"
            else Message("award {number}: {form} is not given to a collective", **values)
        )
    return {"recipient_kind": kind, **values}


def _award_row(
    db: Database, number: int, award: OtherAward, level: str | None, day: dt.date
) -> dict:
    form = _form(db, award, level, day)
    year = day.year if award.year is None else award.year
    if not EARLIEST_YEAR <= year <= day.year:
        raise KienanError(
            Message(
                "award {number}: the achievement year {year} lies outside {first} - {last}",
                number=number,
                year=year,
                first=EARLIEST_YEAR,
                last=day.year,
            )
        )
    if award.bonus_amount is not None and award.bonus_amount < 0:
        raise KienanError(Message("award {number}: a bonus is not negative", number=number))
    return {
        "form_id": form.id,
        **_recipient(db, number, award, form),
        "achievement": _checked_text("achievement", award.achievement) or None,
        "achievement_year": year,
        "bonus_amount": award.bonus_amount,
        "status": "awarded",
    }


def record_other_decision(
    db: Database,
    authority: OtherAuthority,
    number: str,
    decided_on: dt.date,
    awards: Sequence[OtherAward],
    title: str = "",
) -> OtherDecisionResult:
    """Record another body's signed decision and its awards, in one transaction: the body
    found by its name or recorded now, no number of this office's register, no certificate.
    Refused, with nothing written, for an unknown form, a form the body's level does not
    confer on that day, a number already recorded for that day or an award without its
    recipient."""
    number = _checked_text("number", number, name_problem)
    if not number:
        raise KienanError(Message("number: the decision needs a number, e.g. 3456/QĐ-UBND"))
    if not awards:
        raise KienanError(Message("the decision needs at least one award"))
    with record_edits.transaction(db):
        if db.execute(
            "SELECT 1 FROM decisions WHERE number = ? AND decided_on = ?",
            [number, decided_on.isoformat()],
        ).fetchone():
            raise KienanError(
                Message(
                    "decision {number} of {day} already exists",
                    number=number,
                    day=f"{decided_on:%d/%m/%Y}",
                )
            )
        authority_id, authority_written = _authority_id(db, authority)
        level, signer_title, signer_name = db.execute(
            "SELECT level, signer_title, signer_name FROM issuing_authorities WHERE id = ?",
            [authority_id],
        ).fetchone()
        rows = [
            _award_row(db, n, award, level, decided_on) for n, award in enumerate(awards, start=1)
        ]
        forms = db.execute(
            "SELECT group_concat(name_vi, ', ') FROM (SELECT DISTINCT f.name_vi FROM award_forms f "
            f"WHERE f.id IN ({', '.join('?' for _ in rows)}) ORDER BY f.sort_order, f.id)",
            [row["form_id"] for row in rows],
        ).fetchone()[0]
        decision_id = record_edits.insert_record(
            db,
            "decisions",
            {
                "number": number,
                "decided_on": decided_on.isoformat(),
                "authority_id": authority_id,
                "signer_title": signer_title or None,
                "signer_name": signer_name or None,
                "title": _checked_text("title", title)
                or vocabulary.DECISION_TITLE.format(forms=forms),
                "status": "signed",
            },
            N_("decision"),
        ).record_id
        award_ids = [
            record_edits.insert_record(
                db, "awards", {"decision_id": decision_id, **row}, N_("award")
            ).record_id
            for row in rows
        ]
    changes = ChangeSet.of_tables(
        [
            ("decisions", decision_id),
            *(("awards", award_id) for award_id in award_ids),
            *([("issuing_authorities", authority_id)] if authority_written else []),
        ]
    )
    return OtherDecisionResult(decision_id, authority_id, award_ids, changes)
