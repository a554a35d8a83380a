"""Each unit's registration for the year (đăng ký thi đua): the collective title the unit
registers for and the titles its people register for, entered at the year's start or imported
from the unit's list; and, as the year goes, what became of each.

A registration's outcome is read from the register, never stored: achieved when the title was
awarded for the year, proposed while a proposal line for it waits or was accepted, not
achieved once the year is over without either, open until then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import N_
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_edits import now
from kienan_awards.core.storage.database import write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

ACHIEVED = "achieved"
PROPOSED = "proposed"
NOT_ACHIEVED = "not_achieved"
OPEN = "open"
OUTCOME_WORDS = {
    ACHIEVED: N_("achieved"),
    PROPOSED: N_("proposed"),
    NOT_ACHIEVED: N_("not achieved"),
    OPEN: N_("open"),
}

# The registration's recipient: the person, or the unit itself for its collective title.
_SAME_RECIPIENT = (
    "((r.person_id IS NOT NULL AND {alias}.person_id = r.person_id) OR "
    "(r.person_id IS NULL AND {alias}.recipient_unit_id = r.unit_id))"
)
_AWARDED = f"""EXISTS (SELECT 1 FROM awards a WHERE a.form_id = r.form_id
    AND a.achievement_year = r.year AND a.status = 'awarded'
    AND {_SAME_RECIPIENT.format(alias="a")})"""
_PROPOSED = f"""EXISTS (SELECT 1 FROM proposal_lines l JOIN proposals p ON p.id = l.proposal_id
    WHERE l.form_id = r.form_id AND p.achievement_year = r.year
    AND l.review_status IN ('pending', 'accepted') AND l.award_id IS NULL
    AND {_SAME_RECIPIENT.format(alias="l")})"""


@dataclass(frozen=True)
class Registration:
    id: int
    year: int
    unit_id: int
    unit_name: str
    recipient_kind: str  # "individual" or "collective"
    person_id: int | None
    name: str  # the person's, or the unit's for its collective title
    form_code: str
    form_name: str
    registered_on: str | None
    outcome: str


def _title_form(db: Database, code_or_name: str, kind: str) -> tuple[int, str]:
    """(id, code) of the catalogue's title of that code or name given to that kind."""
    from kienan_awards.core.awards.catalogue import find_award_form

    form = find_award_form(db, code_or_name)
    if form is None or form.category != "title":
        raise KienanError(
            Message("'{form}' is not an emulation title of the catalogue", form=code_or_name)
        )
    if kind not in form.recipient_kinds:
        if kind == "collective":
            raise KienanError(Message("{form} is not a collective's title", form=form.name_vi))
        raise KienanError(Message("{form} is not a person's title", form=form.name_vi))
    return form.id, form.code


def _live(db: Database, table: str, record_id: int) -> bool:
    return (
        db.execute(
            f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL", [record_id]
        ).fetchone()
        is not None
    )


def _checked(db: Database, unit_id: int, year: int, people_titles: dict[int, str]) -> None:
    if not 1900 <= int(year) <= 2999:
        raise KienanError(Message("{year} is not a year", year=year))
    if not _live(db, "units", unit_id):
        raise KienanError(Message("unit #{record_id} no longer exists", record_id=unit_id))
    for person_id in people_titles:
        if not _live(db, "people", person_id):
            raise KienanError(Message("person #{record_id} no longer exists", record_id=person_id))


def save_unit_registration(
    db: Database,
    unit_id: int,
    year: int,
    collective_title: str | None,
    people_titles: dict[int, list[str] | str],
    registered_on: dt.date | None = None,
) -> ChangeSet:
    """The unit's registration for the year as a whole, in one transaction: its collective
    title (or none) and each person's titles. What the unit registered before and no longer
    does goes to the trash; what it still registers keeps its row."""
    wanted_people = {
        person: [titles] if isinstance(titles, str) else list(titles)
        for person, titles in people_titles.items()
    }
    _checked(db, unit_id, year, wanted_people)
    wanted: set[tuple[int | None, int]] = set()
    if collective_title:
        wanted.add((None, _title_form(db, collective_title, "collective")[0]))
    for person_id, titles in wanted_people.items():
        for title in titles:
            wanted.add((person_id, _title_form(db, title, "individual")[0]))
    day = registered_on.isoformat() if registered_on else None
    written: set[int] = set()
    with write_transaction(db):
        held = {
            (person_id, form_id): registration_id
            for registration_id, person_id, form_id in db.execute(
                "SELECT id, person_id, form_id FROM registrations "
                "WHERE unit_id = ? AND year = ? AND deleted_at IS NULL",
                [unit_id, year],
            )
        }
        for key, registration_id in held.items():
            if key not in wanted:
                db.execute(
                    "UPDATE registrations SET deleted_at = ? WHERE id = ?", [now(), registration_id]
                )
                written.add(registration_id)
        for person_id, form_id in sorted(wanted - set(held), key=lambda k: (k[0] or 0, k[1])):
            written.add(
                db.execute(
                    "INSERT INTO registrations (year, unit_id, recipient_kind, person_id, "
                    "form_id, registered_on) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        year,
                        unit_id,
                        "individual" if person_id else "collective",
                        person_id,
                        form_id,
                        day,
                    ],
                ).lastrowid
            )
    return ChangeSet.of(RecordKind.REGISTRATIONS, *written)


def remove_registration(db: Database, registration_id: int) -> ChangeSet:
    """A registration entered by mistake goes to the trash."""
    with write_transaction(db):
        if not _live(db, "registrations", registration_id):
            raise KienanError(Message("there is no registration {id}", id=registration_id))
        db.execute("UPDATE registrations SET deleted_at = ? WHERE id = ?", [now(), registration_id])
    return ChangeSet.of(RecordKind.REGISTRATIONS, registration_id)


def registrations(
    db: Database, year: int, unit_id: int | None = None, today: dt.date | None = None
) -> list[Registration]:
    """The year's registrations with their outcomes, by unit, the collective's first."""
    today = today or dt.date.today()
    over = int(year) < today.year
    rows = db.execute(
        f"""SELECT r.id, r.year, r.unit_id, u.name, r.recipient_kind, r.person_id,
                   coalesce(p.full_name, u.name), f.code, f.name_vi, r.registered_on,
                   {_AWARDED}, {_PROPOSED}
            FROM registrations r JOIN units u ON u.id = r.unit_id
            JOIN award_forms f ON f.id = r.form_id
            LEFT JOIN people p ON p.id = r.person_id
            WHERE r.deleted_at IS NULL AND r.year = :year
              AND (:unit IS NULL OR r.unit_id = :unit)
            ORDER BY u.name_sort_key, r.unit_id, r.person_id IS NOT NULL, p.name_sort_key,
                     f.sort_order, r.id""",
        {"year": int(year), "unit": unit_id},
    ).fetchall()
    found = []
    for *fields, awarded, proposed in rows:
        outcome = ACHIEVED if awarded else PROPOSED if proposed else NOT_ACHIEVED if over else OPEN
        found.append(Registration(*fields, outcome))
    return found


def year_has_registrations(db: Database, year: int) -> bool:
    return (
        db.execute(
            "SELECT 1 FROM registrations WHERE year = ? AND deleted_at IS NULL LIMIT 1", [year]
        ).fetchone()
        is not None
    )


def registered(db: Database, line: dict, year: int) -> bool:
    """Whether the line's recipient registered the line's title for the year: a person with
    any unit, a collective as itself."""
    person_id, unit_id = line.get("person_id"), line.get("recipient_unit_id")
    if person_id is None and unit_id is None:
        return False
    return (
        db.execute(
            "SELECT 1 FROM registrations WHERE form_id = ? AND year = ? AND deleted_at IS NULL "
            "AND ((? IS NOT NULL AND person_id = ?) OR (? IS NULL AND person_id IS NULL "
            "AND unit_id = ?)) LIMIT 1",
            [line["form_id"], year, person_id, person_id, person_id, unit_id],
        ).fetchone()
        is not None
    )


@dataclass(frozen=True)
class UnitRegistrationCounts:
    unit_id: int
    unit_name: str
    registered: int
    achieved: int
    proposed: int

    @property
    def rate(self) -> float | None:
        """The share of its registrations achieved, in percent."""
        return round(100 * self.achieved / self.registered, 1) if self.registered else None


def registration_counts(
    db: Database, year: int, today: dt.date | None = None
) -> list[UnitRegistrationCounts]:
    """Per unit, for the annual report: how many titles it registered, achieved, proposed."""
    return counts_by_unit(registrations(db, year, today=today))


def counts_by_unit(entries) -> list[UnitRegistrationCounts]:
    """The registrations read already (registrations()), counted unit by unit."""
    counts: dict[int, list] = {}
    for entry in entries:
        row = counts.setdefault(entry.unit_id, [entry.unit_name, 0, 0, 0])
        row[1] += 1
        row[2] += entry.outcome == ACHIEVED
        row[3] += entry.outcome == PROPOSED
    return [UnitRegistrationCounts(unit_id, *row) for unit_id, row in counts.items()]


def titles_for(db: Database, kind: str) -> list[tuple[str, str]]:
    """(code, Vietnamese name) of the catalogue's titles given to that kind, in its order."""
    return [
        (code, name)
        for code, name, kinds in db.execute(
            "SELECT code, name_vi, recipient_kinds FROM award_forms WHERE category = 'title' "
            "ORDER BY sort_order, id"
        )
        if kind in kinds.split(",")
    ]


def unit_members(db: Database, unit_id: int) -> list[tuple[int, str]]:
    """(id, full name) of the unit's people, in Vietnamese name order."""
    return list(
        db.execute(
            "SELECT id, full_name FROM people WHERE unit_id = ? AND deleted_at IS NULL "
            "ORDER BY name_sort_key, id",
            [unit_id],
        ).fetchall()
    )
