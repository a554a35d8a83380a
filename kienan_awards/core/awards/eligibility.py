"""The eligibility rules of the Law on Emulation and Commendation, read from the rules table
(each with its legal basis; the clerk may switch one off or adjust its figure) and applied
to a proposal line. A finding blocks the line unless the clerk overrides it with a reason.
The registers of the year's cycle are read too: an initiative recognised in the year stands for
the one a Grassroots Emulation Fighter needs, and a title nobody registered is flagged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from kienan_awards.core.awards.conferring import conferring_refusal
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.cycle import initiatives, registrations
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records import discipline, record_edits
from kienan_awards.core.records.office import office_period_on
from kienan_awards.core.text import name_sort_text

if TYPE_CHECKING:
    from sqlite_utils import Database

# Not a row of the rules table: the law says who confers a form, the clerk cannot switch it off.
CONFERRING_LEVEL = "CONFERRING_LEVEL"


@dataclass(frozen=True)
class Rule:
    code: str
    name_vi: str
    name_en: str
    legal_basis: str
    message: str
    enabled: bool
    parameter: str | None


@dataclass(frozen=True)
class Finding:
    rule: str
    message: str
    legal_basis: str


def rules(db: Database) -> dict[str, Rule]:
    rows = db.execute(
        "SELECT code, name_vi, name_en, legal_basis, message, enabled, parameter "
        "FROM eligibility_rules ORDER BY sort_order"
    ).fetchall()
    return {row[0]: Rule(*row[:5], bool(row[5]), row[6]) for row in rows}


def set_rule(db: Database, code: str, enabled: bool, parameter: str | None = None) -> ChangeSet:
    """Switch a rule on or off and set its figure: whole months for the service rule, a
    percentage from 0 to 100 for the shares."""
    if parameter is not None:
        try:
            value = Decimal(parameter)
        except ArithmeticError:
            raise KienanError(Message("'{value}' is not a number", value=parameter)) from None
        if code == "LDTT_SERVICE_MONTHS" and (value != value.to_integral_value() or value < 0):
            raise KienanError(Message("the service is counted in whole months"))
        if not 0 <= value <= 100:
            raise KienanError(Message("the figure lies between 0 and 100"))
    with record_edits.transaction(db):
        db.execute(
            "UPDATE eligibility_rules SET enabled = ?, parameter = coalesce(?, parameter)"
            " WHERE code = ?",
            [int(enabled), parameter, code],
        )
    # Rules are known by code, not by a number: the kind alone says what changed.
    return ChangeSet.of_kinds([RecordKind.CATALOGUE])


def _form_code(db: Database, form_id: int) -> str:
    return db.execute("SELECT code FROM award_forms WHERE id = ?", [form_id]).fetchone()[0]


def _awards_in_force(db: Database, column: str, recipient: int, form_code: str, year: int):
    return db.execute(
        f"""SELECT d.number FROM awards a JOIN award_forms f ON f.id = a.form_id
            JOIN decisions d ON d.id = a.decision_id
            WHERE a.{column} = ? AND f.code = ? AND a.achievement_year = ?
              AND a.status = 'awarded'""",
        [recipient, form_code, year],
    ).fetchall()


def _other_lines(db: Database, line: dict, form_code: str, year: int, statuses: tuple) -> int:
    marks = ", ".join("?" for _ in statuses)
    return db.execute(
        f"""SELECT count(*) FROM proposal_lines l JOIN proposals p ON p.id = l.proposal_id
            JOIN award_forms f ON f.id = l.form_id
            WHERE l.id IS NOT ? AND f.code = ? AND p.achievement_year = ?
              AND l.person_id IS ? AND l.recipient_unit_id IS ? AND l.award_id IS NULL
              AND l.review_status IN ({marks})""",
        [
            line.get("id"),
            form_code,
            year,
            line.get("person_id"),
            line.get("recipient_unit_id"),
            *statuses,
        ],
    ).fetchone()[0]


def conferring_finding(db: Database, line: dict, day: dt.date) -> Finding | None:
    """The line's form is not this office's to confer on the day: the level of the authority in
    force then (when one is recorded with its level) is not the one the law gives the form."""
    authority = office_period_on(db, day)
    if authority is None or authority.level is None:
        return None
    refusal = conferring_refusal(db, line["form_id"], authority.level, day)
    if refusal is None:
        return None
    # The basis goes beside the message, as every rule's does.
    message = Message("{name}: {problem}", name=line["recipient_name"], problem=refusal.rule)
    return Finding(CONFERRING_LEVEL, message, refusal.legal_basis)


def check_line(
    db: Database,
    line: dict,
    year: int,
    review_date: dt.date | None = None,
    decision_day: dt.date | None = None,
) -> list[Finding]:
    """Every enabled rule the line breaks. ``line`` holds a proposal line's columns. With a
    decision day, also whether the office in force that day may confer the line's form."""
    review_date = review_date or dt.date(year, 12, 31)
    active = {code: rule for code, rule in rules(db).items() if rule.enabled}
    form = _form_code(db, line["form_id"])
    findings: list[Finding] = []

    def found(code: str, members: str = "") -> None:
        rule = active[code]
        problem = Message(rule.message, parameter=rule.parameter)
        name = line["recipient_name"]
        message = (
            Message("{name} {problem}: {members}", name=name, problem=problem, members=members)
            if members
            else Message("{name} {problem}", name=name, problem=problem)
        )
        findings.append(Finding(code, message, rule.legal_basis))

    person_id, unit_id = line.get("person_id"), line.get("recipient_unit_id")
    if "ONE_ACHIEVEMENT_ONE_AWARD" in active:
        held = (
            _awards_in_force(db, "person_id", person_id, form, year)
            if person_id
            else _awards_in_force(db, "recipient_unit_id", unit_id, form, year)
            if unit_id
            else []
        )
        if held or _other_lines(db, line, form, year, ("accepted",)):
            found("ONE_ACHIEVEMENT_ONE_AWARD")
    if "NO_DISCIPLINE" in active and (
        line.get("under_discipline")
        or (person_id and discipline.under_discipline(db, person_id, year))
    ):
        found("NO_DISCIPLINE")
    if "TASKS_COMPLETED" in active and line.get("task_rating") == "not_completed":
        found("TASKS_COMPLETED")
    if form == "LDTT" and "LDTT_SERVICE_MONTHS" in active and person_id:
        recruited = db.execute(
            "SELECT recruited_on FROM people WHERE id = ?", [person_id]
        ).fetchone()[0]
        months = int(active["LDTT_SERVICE_MONTHS"].parameter or 6)
        if recruited:
            start = dt.date.fromisoformat(recruited)
            served = (
                (review_date.year - start.year) * 12
                + review_date.month
                - start.month
                - (review_date.day < start.day)
            )
            if served < months:
                found("LDTT_SERVICE_MONTHS")
    if form == "CSTDCS" and person_id:
        if "CSTDCS_NEEDS_LDTT" in active and not (
            _awards_in_force(db, "person_id", person_id, "LDTT", year)
            or _other_lines(db, {**line, "id": None}, "LDTT", year, ("accepted", "pending"))
        ):
            found("CSTDCS_NEEDS_LDTT")
        if "CSTDCS_EXCELLENCE" in active and not (
            line.get("task_rating") == "excellent"
            or line.get("has_initiative")
            or initiatives.recognised_of(db, person_id, (year,))
        ):
            found("CSTDCS_EXCELLENCE")
        if "CSTDCS_SHARE" in active and line.get("unit_id"):
            share = Decimal(active["CSTDCS_SHARE"].parameter or "15")
            ldtt, cstdcs = _unit_counts(db, line["unit_id"], year)
            # Accepted lines are already in the count; a pending one is added to it.
            mine = 0 if line.get("review_status") == "accepted" else 1
            if ldtt == 0 or Decimal(cstdcs + mine) * 100 > share * ldtt:
                found("CSTDCS_SHARE")
    if "TITLE_REGISTERED" in active and _unregistered_title(db, line, year):
        found("TITLE_REGISTERED")
    if form in COLLECTIVE_RULES and unit_id:
        for code, members in collective_breaches(db, form, unit_id, year, active):
            found(code, members=members)
    if decision_day is not None:
        conferring = conferring_finding(db, line, decision_day)
        if conferring is not None:
            findings.append(conferring)
    return findings


def _unregistered_title(db: Database, line: dict, year: int) -> bool:
    """A title proposed for a recipient who did not register it, in a year whose
    registrations are kept (a year without any is one the office did not register)."""
    (category,) = db.execute(
        "SELECT category FROM award_forms WHERE id = ?", [line["form_id"]]
    ).fetchone()
    return (
        category == "title"
        and registrations.year_has_registrations(db, year)
        and not registrations.registered(db, line, year)
    )


# The rules of each collective title (Law 2022: Art. 28 Advanced, Art. 27 Excellent).
COLLECTIVE_RULES = {
    "TTLDTT": ("COLLECTIVE_MEMBER_SHARE", "COLLECTIVE_NO_DISCIPLINE"),
    "TTLDXS": (
        "EXCELLENT_COLLECTIVE_MEMBER_SHARE",
        "EXCELLENT_COLLECTIVE_TASKS",
        "EXCELLENT_COLLECTIVE_FIGHTER",
        "EXCELLENT_COLLECTIVE_NO_DISCIPLINE",
    ),
}
# Whose review a line's ratings are: a line sent back for correction says nothing yet.
_STATED_LINE = "l.review_status <> 'returned'"


def _members_whose_lines_say(db: Database, unit_id: int, year: int, condition: str) -> set[str]:
    """The names of the unit's people with a line of the year saying so."""
    names = db.execute(
        f"""SELECT DISTINCT p.full_name, p.name_sort_key FROM people p
            JOIN proposal_lines l ON l.person_id = p.id
            JOIN proposals pr ON pr.id = l.proposal_id
            WHERE p.unit_id = ? AND p.deleted_at IS NULL AND pr.achievement_year = ?
              AND {_STATED_LINE} AND {condition}
            ORDER BY p.name_sort_key""",
        [unit_id, year],
    ).fetchall()
    return {name for name, _ in names}


def collective_breaches(
    db: Database, form: str, unit_id: int, year: int, active: dict[str, Rule]
) -> list[tuple[str, str]]:
    """(rule, the members it names) for each enabled rule of the collective title the unit's
    record breaks. The members are the unit's people; their titles of the year are those awarded
    or accepted. A member is disciplined when the register of discipline has him at warning
    level or above that year, or his own proposal line of the year says so; there is no register
    of task ratings, so those are what the members' lines say."""
    codes = [code for code in COLLECTIVE_RULES[form] if code in active]
    if not codes:
        return []
    members = db.execute(
        "SELECT count(*) FROM people WHERE unit_id = ? AND deleted_at IS NULL", [unit_id]
    ).fetchone()[0]
    ldtt, cstdcs = _unit_counts(db, unit_id, year)
    breaches = []
    for code in codes:
        rule = active[code]
        if code == "COLLECTIVE_MEMBER_SHARE":
            # Article 28: more than the share.
            share = Decimal(rule.parameter or "50")
            if members == 0 or Decimal(ldtt) * 100 <= share * members:
                breaches.append((code, ""))
        elif code == "EXCELLENT_COLLECTIVE_MEMBER_SHARE":
            # Article 27: at least the share.
            share = Decimal(rule.parameter or "70")
            if members == 0 or Decimal(ldtt) * 100 < share * members:
                breaches.append((code, ""))
        elif code == "EXCELLENT_COLLECTIVE_FIGHTER":
            if cstdcs == 0:
                breaches.append((code, ""))
        else:
            condition = (
                "l.task_rating = 'not_completed'"
                if code == "EXCELLENT_COLLECTIVE_TASKS"
                else "l.under_discipline = 1"
            )
            names = _members_whose_lines_say(db, unit_id, year, condition)
            if code != "EXCELLENT_COLLECTIVE_TASKS":
                names |= set(discipline.members_disciplined(db, unit_id, year))
            if names:
                breaches.append((code, ", ".join(sorted(names, key=name_sort_text))))
    return breaches


def _unit_counts(db: Database, unit_id: int, year: int) -> tuple[int, int]:
    """(Advanced Workers, Grassroots Emulation Fighters) of a unit's people for the year,
    decided or accepted in a proposal."""
    counts = {}
    for code in ("LDTT", "CSTDCS"):
        counts[code] = db.execute(
            """SELECT count(DISTINCT person_id) FROM (
                   SELECT a.person_id FROM awards a JOIN award_forms f ON f.id = a.form_id
                   WHERE a.unit_id = :unit AND f.code = :code AND a.achievement_year = :year
                     AND a.status = 'awarded'
                   UNION ALL
                   SELECT l.person_id FROM proposal_lines l
                   JOIN proposals p ON p.id = l.proposal_id
                   JOIN award_forms f ON f.id = l.form_id
                   WHERE l.unit_id = :unit AND f.code = :code AND p.achievement_year = :year
                     AND l.review_status = 'accepted' AND l.award_id IS NULL)""",
            {"unit": unit_id, "code": code, "year": year},
        ).fetchone()[0]
    return counts["LDTT"], counts["CSTDCS"]
