"""People: their records, checks as the clerk types, duplicates, merging two records."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import N_
from kienan_awards.core.messages import Message, counted
from kienan_awards.core.records import record_edits
from kienan_awards.core.records.record_edits import EditGroup
from kienan_awards.core.text import clean, fold, name_sort_text, text_problem

if TYPE_CHECKING:
    from sqlite_utils import Database

GENDERS = ("male", "female")
EDITABLE_FIELDS = (
    "full_name",
    "gender",
    "birth_date",
    "birth_year",
    "position",
    "unit_id",
    "personal_id",
    "recruited_on",
    "note",
    "honorific",
)
HONORIFIC_MOST = 30  # "Thượng tá", "Nhà giáo ưu tú": a title, not a sentence
EARLIEST_BIRTH_YEAR = 1900
YOUNGEST_AGE = 15  # nobody younger is recorded as staff or honoured as an individual


def name_columns(full_name: str) -> dict[str, str]:
    """The name as stored, with its search and sort forms: every writer of people uses this."""
    name = clean(full_name)
    return {"full_name": name, "name_folded": fold(name), "name_sort_key": name_sort_text(name)}


def honorific_problem(value) -> Message | None:
    """What is wrong with the honorific typed before a name; None when it may be kept."""
    problem = text_problem(value)
    if problem:
        return Message("the text {problem}", problem=problem)
    if len(clean(value)) > HONORIFIC_MOST:
        return Message("an honorific has at most {count} letters", count=HONORIFIC_MOST)
    return None


def validate_person(fields: dict, today: dt.date | None = None) -> dict[str, str]:
    """Field -> what is wrong with it; empty when the person can be saved."""
    today = today or dt.date.today()
    problems: dict[str, str] = {}
    if not clean(fields.get("full_name")):
        problems["full_name"] = Message("the full name is required")
    for key in ("full_name", "position", "note"):
        problem = text_problem(fields.get(key))
        if problem:
            problems[key] = Message("the text {problem}", problem=problem)
    birth_year = fields.get("birth_year")
    if birth_year not in (None, ""):
        try:
            birth_year = int(birth_year)
        except (TypeError, ValueError):
            problems["birth_year"] = Message("'{value}' is not a year", value=birth_year)
        else:
            if not EARLIEST_BIRTH_YEAR <= birth_year <= today.year - YOUNGEST_AGE:
                problems["birth_year"] = Message(
                    "a birth year must lie between {first} and {last}",
                    first=EARLIEST_BIRTH_YEAR,
                    last=today.year - YOUNGEST_AGE,
                )
    birth_date = fields.get("birth_date")
    if birth_date:
        try:
            born = dt.date.fromisoformat(str(birth_date))
        except ValueError:
            problems["birth_date"] = Message("'{value}' is not a date", value=birth_date)
        else:
            if (
                birth_year not in (None, "")
                and "birth_year" not in problems
                and int(birth_year) != born.year
            ):
                problems["birth_date"] = Message("the birth date and the birth year disagree")
    personal_id = clean(fields.get("personal_id"))
    if personal_id and not re.fullmatch(r"\d{12}|\d{9}", personal_id):
        problems["personal_id"] = Message("a personal ID has 12 digits (CCCD) or 9 (an old CMND)")
    problem = honorific_problem(fields.get("honorific"))
    if problem:
        problems["honorific"] = problem
    if fields.get("gender") not in (None, "", *GENDERS):
        problems["gender"] = Message("the gender is male (Nam) or female (Nữ)")
    return problems


def _stored(fields: dict) -> dict:
    values = {key: fields.get(key) for key in EDITABLE_FIELDS if key in fields}
    for key in (
        "position",
        "personal_id",
        "note",
        "gender",
        "birth_date",
        "recruited_on",
        "honorific",
    ):
        if key in values:
            values[key] = clean(values[key]) or None
    if values.get("birth_year") in ("", None):
        values["birth_year"] = None
    else:
        values["birth_year"] = int(values["birth_year"])
    if values.get("birth_date"):
        values["birth_year"] = int(values["birth_date"][:4])
    if "full_name" in values:
        values.update(name_columns(values["full_name"]))
    return values


def save_person(
    db: Database, person_id: int | None, fields: dict, expected: dict | None = None
) -> EditGroup:
    """Create (person_id None) or change a person, in one transaction with its audit row.
    ``expected`` holds the values as the clerk saw them: a record changed since is refused."""
    problems = validate_person(fields)
    if problems:
        field, message = next(iter(problems.items()))
        raise KienanError(
            Message("{field}: {problem}", field=field.replace("_", " "), problem=message)
        )
    values = _stored(fields)
    if values.get("personal_id"):
        other = db.execute(
            "SELECT full_name FROM people WHERE personal_id = ? AND id IS NOT ?",
            [values["personal_id"], person_id],
        ).fetchone()
        if other:
            raise KienanError(
                Message(
                    "personal ID {number} is already {name}'s",
                    number=values["personal_id"],
                    name=other[0],
                )
            )
    if person_id is None:
        return record_edits.insert_record(db, "people", values, N_("new person"))
    return record_edits.update_record(
        db, "people", person_id, values, N_("edit person"), expected=expected
    )


@dataclass(frozen=True)
class PossibleDuplicate:
    id: int
    full_name: str
    birth_year: int | None
    unit_name: str | None


def move_person_to_trash(db: Database, person_id: int) -> EditGroup:
    awards = db.execute("SELECT count(*) FROM awards WHERE person_id = ?", [person_id]).fetchone()[
        0
    ]
    if awards:
        raise KienanError(
            counted(
                "this person holds {count} award: the record cannot be deleted (merge it "
                "into the right record if it is a duplicate)",
                "this person holds {count} awards: the record cannot be deleted (merge it "
                "into the right record if it is a duplicate)",
                awards,
            )
        )
    return record_edits.move_to_trash(db, "people", person_id, N_("delete person"))


def possible_duplicates(
    db: Database, full_name: str, birth_year: int | None, exclude_id: int | None = None
) -> list[PossibleDuplicate]:
    """People whose name folds alike and whose birth year is the same (or unknown)."""
    rows = db.execute(
        """SELECT p.id, p.full_name, p.birth_year, u.name FROM people p
           LEFT JOIN units u ON u.id = p.unit_id
           WHERE p.name_folded = ? AND p.deleted_at IS NULL AND p.id IS NOT ?
             AND (? IS NULL OR p.birth_year IS NULL OR p.birth_year = ?)
           ORDER BY p.id""",
        [fold(full_name), exclude_id, birth_year, birth_year],
    ).fetchall()
    return [PossibleDuplicate(*row) for row in rows]


def merge_people(db: Database, keep_id: int, merged_id: int) -> EditGroup:
    """Fold one record into another: every award and proposal line of both stays, now under the
    kept record; blanks of the kept record are filled from the other, which goes to the trash
    with a link."""
    if keep_id == merged_id:
        raise KienanError(Message("a person cannot be merged with themselves"))
    keep = record_edits.fetch(db, "people", keep_id)
    merged = record_edits.fetch(db, "people", merged_id)
    if keep["deleted_at"] or merged["deleted_at"]:
        raise KienanError(Message("a person in the trash cannot be merged; restore them first"))
    if (
        keep["personal_id"]
        and merged["personal_id"]
        and keep["personal_id"] != merged["personal_id"]
    ):
        raise KienanError(
            Message("these two records carry different personal IDs: not the same person")
        )
    group = EditGroup(
        Message("merge {merged} into {kept}", merged=merged["full_name"], kept=keep["full_name"])
    )
    with record_edits.transaction(db):
        blanks = {
            key: merged[key]
            for key in (
                "gender",
                "birth_date",
                "birth_year",
                "position",
                "unit_id",
                "personal_id",
                "recruited_on",
                "honorific",
            )
            if keep[key] is None and merged[key] is not None
        }
        if keep["birth_year"] not in (None, merged["birth_year"]):
            blanks.pop("birth_date", None)  # a date from another year would contradict it
        if blanks.get("personal_id"):
            # The ID moves: clear it first on the merged record, as it must stay unique.
            group.extend(
                record_edits.update_record(
                    db, "people", merged_id, {"personal_id": None}, group.label
                )
            )
        if blanks:
            group.extend(record_edits.update_record(db, "people", keep_id, blanks, group.label))
        # Awards and proposal lines alike follow the person (a line under review would else
        # point at a record in the trash).
        for table in ("awards", "proposal_lines"):
            for (record_id,) in db.execute(
                f"SELECT id FROM {table} WHERE person_id = ?", [merged_id]
            ).fetchall():
                group.extend(
                    record_edits.update_record(
                        db, table, record_id, {"person_id": keep_id}, group.label
                    )
                )
        group.extend(
            record_edits.update_record(
                db,
                "people",
                merged_id,
                {"merged_into_id": keep_id, "deleted_at": record_edits.now()},
                group.label,
            )
        )
    return group


@dataclass(frozen=True)
class TimelineEntry:
    award_id: int
    year: int
    form: str
    decision_number: str
    decided_on: str
    unit_name: str | None
    position: str | None
    status: str


def timeline_of(db: Database, where: str, params: list) -> list[TimelineEntry]:
    """The awards that match ``where`` (over awards a), oldest first, with the unit and
    position written at the time."""
    rows = db.execute(
        f"""SELECT a.id, a.achievement_year, f.name_vi, d.number, d.decided_on, a.unit_name,
                   a.position, a.status
            FROM awards a JOIN award_forms f ON f.id = a.form_id
            JOIN decisions d ON d.id = a.decision_id
            WHERE {where}
            ORDER BY a.achievement_year, d.decided_on, a.id""",
        params,
    ).fetchall()
    return [TimelineEntry(*row) for row in rows]


def award_timeline(db: Database, person_id: int) -> list[TimelineEntry]:
    """A person's awards, oldest first."""
    return timeline_of(db, "a.person_id = ?", [person_id])
