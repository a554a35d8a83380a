"""From proposals to a decision: lines are checked against the rules and reviewed (accepted,
returned or rejected with a reason), then a decision turns the accepted lines into awards,
numbered in the register, with their bonus and the evidence of the targets. A decided award
is never edited in place: a correction or a revocation is a new act with its reason."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.awards import award_register, catalogue
from kienan_awards.core.awards.conferring import conferring_problem
from kienan_awards.core.awards.decision_issuer import (
    authority_to_decide,
)
from kienan_awards.core.awards.eligibility import Finding, check_line
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.cycle.council import council_shortfall
from kienan_awards.core.documents.certificates import freeze_certificates
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import N_
from kienan_awards.core.messages import Message, joined
from kienan_awards.core.movements.award_evidence import store_award_evidence
from kienan_awards.core.records import record_edits
from kienan_awards.core.records.audit_log import os_user
from kienan_awards.core.records.office import OfficePeriod
from kienan_awards.core.records.record_lists import recipient_kind_word
from kienan_awards.core.text import clean

if TYPE_CHECKING:
    from sqlite_utils import Database

REVIEW_STATUSES = ("pending", "accepted", "returned", "rejected")
CORRECTABLE = ("recipient_name", "position", "unit_name", "achievement")


def create_proposal(
    db: Database,
    title: str,
    achievement_year: int,
    proposed_by: str = "",
    received_on: str | None = None,
    movement_id: int | None = None,
) -> record_edits.EditGroup:
    """A new proposal; its id is the group's record_id."""
    if not clean(title):
        raise KienanError(Message("title: the proposal needs a title"))
    return record_edits.insert_record(
        db,
        "proposals",
        {
            "title": clean(title),
            "achievement_year": achievement_year,
            "proposed_by": clean(proposed_by) or None,
            "received_on": received_on,
            "movement_id": movement_id,
        },
        N_("new proposal"),
    )


def add_line(db: Database, proposal_id: int, fields: dict) -> record_edits.EditGroup:
    """A recipient proposed for a form: a person (person_id) or a unit (recipient_unit_id).
    The new line's id is the group's record_id."""
    form = db.execute(
        "SELECT id, name_vi, recipient_kinds FROM award_forms WHERE id = ?", [fields.get("form_id")]
    ).fetchone()
    if form is None:
        raise KienanError(Message("form: choose an award form"))
    values = {
        key: fields.get(key)
        for key in (
            "person_id",
            "recipient_unit_id",
            "unit_id",
            "position",
            "achievement",
            "task_rating",
        )
    }
    values["has_initiative"] = int(bool(fields.get("has_initiative")))
    values["under_discipline"] = int(bool(fields.get("under_discipline")))
    if values["person_id"]:
        person = record_edits.fetch(db, "people", values["person_id"])
        kind, name = "individual", person["full_name"]
        values["unit_id"] = values["unit_id"] or person["unit_id"]
        values["position"] = values["position"] or person["position"]
    elif values["recipient_unit_id"]:
        kind = "collective"
        name = record_edits.fetch(db, "units", values["recipient_unit_id"])["name"]
        values["unit_id"] = values["recipient_unit_id"]
    else:
        raise KienanError(Message("recipient: choose a person or a unit"))
    if kind not in form[2].split(","):
        raise KienanError(
            Message(
                "{form} is not given to a {kind} recipient",
                form=form[1],
                kind=recipient_kind_word(kind),
            )
        )
    values.update(
        {
            "proposal_id": proposal_id,
            "form_id": form[0],
            "recipient_kind": kind,
            "recipient_name": name,
        }
    )
    return record_edits.insert_record(db, "proposal_lines", values, N_("proposal line"))


def _line(db: Database, line_id: int) -> dict:
    cursor = db.execute("SELECT * FROM proposal_lines WHERE id = ?", [line_id])
    row = cursor.fetchone()
    if row is None:
        raise KienanError(Message("proposal line {line_id} does not exist", line_id=line_id))
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


def line_findings(db: Database, line_id: int, decision_day: dt.date | None = None) -> list[Finding]:
    """The rules the line breaks, and whether the office in force on the decision day (default
    today) may confer its form."""
    line = _line(db, line_id)
    year = db.execute(
        "SELECT achievement_year FROM proposals WHERE id = ?", [line["proposal_id"]]
    ).fetchone()[0]
    return check_line(db, line, year, decision_day=decision_day or dt.date.today())


def review_line(
    db: Database,
    line_id: int,
    status: str,
    reason: str | None = None,
    override_reason: str | None = None,
) -> record_edits.EditGroup:
    """Accept, return or reject a line. Accepting a line that breaks a rule needs an override
    reason; returning or rejecting needs a reason. A decided line keeps its review."""
    if status not in REVIEW_STATUSES:
        raise KienanError(Message("unknown review status {status}", status=status))
    if status in ("returned", "rejected") and not clean(reason):
        raise KienanError(Message("give the reason for returning or rejecting the line"))
    # Read and written in one transaction: a decision saved meanwhile is seen, not undone.
    with record_edits.transaction(db):
        if _line(db, line_id)["award_id"] is not None:
            raise KienanError(
                Message("this line is already decided: correct or revoke its award instead")
            )
        problems = [f.message for f in line_findings(db, line_id)]
        # Below the council's threshold is one more problem an override reason answers.
        problems += filter(None, [council_shortfall(db, line_id)])
        if status == "accepted" and problems and not clean(override_reason):
            raise KienanError(
                Message(
                    "{problems} — give a reason to accept it anyway",
                    problems=joined(problems),
                )
            )
        return record_edits.update_record(
            db,
            "proposal_lines",
            line_id,
            {
                "review_status": status,
                "review_reason": clean(reason) or None,
                "override_reason": clean(override_reason) or None,
            },
            {
                "pending": N_("review: pending"),
                "accepted": N_("review: accepted"),
                "returned": N_("review: returned"),
                "rejected": N_("review: rejected"),
            }[status],
        )


@dataclass(frozen=True)
class DecisionResult:
    decision_id: int
    award_ids: list[int]
    register_numbers: list[int]
    bonus_total: int
    # The decision, its awards (with their evidence and frozen certificates), the proposal
    # and its decided lines: a decision is not undone, so this is no edit group.
    changes: ChangeSet


def decide(
    db: Database,
    proposal_id: int,
    number: str,
    decided_on: dt.date,
    title: str | None = None,
    legal_bases: str | None = None,
) -> DecisionResult:
    """Save the decision for a proposal's accepted lines, in one write transaction; refused
    when no issuing authority is in force on its date, when its level is not recorded, or when
    that level may not confer a line's form on the date. The bonuses are the rates of that
    level."""
    if not clean(number):
        raise KienanError(Message("number: the decision needs a number, e.g. 15/QĐ-UBND"))
    # Everything is read inside the write transaction: two clerks deciding the same proposal
    # at once make one decision, not two.
    with record_edits.transaction(db):
        proposal = record_edits.fetch(db, "proposals", proposal_id)
        lines = [
            _line(db, row[0])
            for row in db.execute(
                "SELECT id FROM proposal_lines WHERE proposal_id = ? "
                "AND review_status = 'accepted' AND award_id IS NULL ORDER BY id",
                [proposal_id],
            )
        ]
        if not lines:
            raise KienanError(Message("no accepted line in this proposal: nothing to decide"))
        if db.execute(
            "SELECT 1 FROM decisions WHERE number = ? AND decided_on = ?",
            [clean(number), decided_on.isoformat()],
        ).fetchone():
            raise KienanError(
                Message(
                    "decision {number} of {day} already exists",
                    number=number,
                    day=f"{decided_on:%d/%m/%Y}",
                )
            )
        # The rules are checked again at the decision: a line accepted earlier may no longer
        # pass (its LĐTT line rejected since); only a recorded override lets it through.
        for line in lines:
            if not line["override_reason"]:
                problems = [f.message for f in check_line(db, line, proposal["achievement_year"])]
                problems += filter(None, [council_shortfall(db, line["id"])])
                if problems:
                    raise KienanError(
                        Message(
                            "{problems} — review the line again before deciding",
                            problems=joined(problems),
                        )
                    )
        # Never unsigned: a decision is made only under the authority in force on its date,
        # and only for the forms the law gives that authority's level on that date (no
        # override: the office has no power to confer the others).
        authority = authority_to_decide(db, decided_on)
        _check_conferring(db, authority, lines, decided_on)
        decision_id = record_edits.insert_record(
            db,
            "decisions",
            {
                "number": clean(number),
                "decided_on": decided_on.isoformat(),
                "authority_id": authority.id,
                "signer_title": authority.office.signer_title,
                "signer_name": authority.office.signer_name,
                # Kept as signed: a later change of how the office signs leaves it be.
                "signing_capacity": authority.office.signing_capacity,
                "movement_id": proposal["movement_id"],
                "title": clean(title) or proposal["title"],
                # One basis a line, as the decision prints them.
                "legal_bases": "\n".join(
                    filter(None, (clean(line) for line in (legal_bases or "").splitlines()))
                )
                or None,
                "proposed_by": proposal["proposed_by"],
                "status": "signed",
            },
            N_("decision"),
        ).record_id
        award_ids, total = [], 0
        for line in lines:
            unit_name = (
                db.execute("SELECT name FROM units WHERE id = ?", [line["unit_id"]]).fetchone()
                or [None]
            )[0]
            bonus = catalogue.bonus_amount(
                db, line["form_id"], line["recipient_kind"], decided_on, level=authority.level
            )
            award_id = record_edits.insert_record(
                db,
                "awards",
                {
                    "decision_id": decision_id,
                    "form_id": line["form_id"],
                    "recipient_kind": line["recipient_kind"],
                    "person_id": line["person_id"],
                    "recipient_unit_id": line["recipient_unit_id"],
                    "recipient_name": line["recipient_name"],
                    "unit_id": line["unit_id"],
                    "unit_name": unit_name,
                    "position": line["position"],
                    "achievement": line["achievement"],
                    "achievement_year": proposal["achievement_year"],
                    "bonus_amount": bonus,
                    "status": "awarded",
                },
                N_("award"),
            ).record_id
            db.execute(
                "UPDATE proposal_lines SET award_id = ? WHERE id = ?", [award_id, line["id"]]
            )
            award_ids.append(award_id)
            total += bonus or 0
        numbers = award_register.assign_numbers(db, award_ids, decided_on.year)
        store_award_evidence(db, award_ids)
        freeze_certificates(db, award_ids)
        db.execute("UPDATE proposals SET status = 'decided' WHERE id = ?", [proposal_id])
    changes = ChangeSet.of_tables(
        [
            ("decisions", decision_id),
            ("proposals", proposal_id),
            *(("proposal_lines", line["id"]) for line in lines),
            *(("awards", award_id) for award_id in award_ids),
            ("certificates", None),
        ]
    )
    return DecisionResult(decision_id, award_ids, [numbers[a] for a in award_ids], total, changes)


def _check_conferring(
    db: Database, authority: OfficePeriod, lines: list[dict], decided_on: dt.date
) -> None:
    """Refuse the decision when its authority's level is not recorded, or when it may not
    confer a line's form on the day (naming the first such line)."""
    if authority.level is None:
        raise KienanError(
            Message(
                "the office in force on {day} ({authority}) has no level recorded: record "
                "its level (commune, district or city) with kienan-awards office set-level "
                "LEVEL --on {day}, or in the office dialog on the day it began, before deciding",
                day=f"{decided_on:%d/%m/%Y}",
                authority=authority.office.body_name,
            )
        )
    for line in lines:
        problem = conferring_problem(db, line["form_id"], authority.level, decided_on)
        if problem is not None:
            raise KienanError(
                Message(
                    "{name}: {problem}; nothing was decided",
                    name=line["recipient_name"],
                    problem=problem,
                )
            )


def _act(
    db: Database, award_id: int, act: str, reason: str, changes: dict | None, acted_on: dt.date
) -> None:
    if not clean(reason):
        if act == "revocation":
            raise KienanError(Message("a revocation needs its reason"))
        raise KienanError(Message("a correction needs its reason"))
    db.execute(
        "INSERT INTO award_acts (award_id, act, reason, changes_json, acted_on, os_user) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            award_id,
            act,
            clean(reason),
            json.dumps(changes, ensure_ascii=False) if changes else None,
            acted_on.isoformat(),
            os_user(),
        ],
    )


def revoke_award(db: Database, award_id: int, reason: str, acted_on: dt.date) -> ChangeSet:
    """The award stays in the register, shown as revoked; the act keeps why and when."""
    award = record_edits.fetch(db, "awards", award_id)
    if award["status"] == "revoked":
        raise KienanError(Message("this award is already revoked"))
    with record_edits.transaction(db):
        _act(db, award_id, "revocation", reason, None, acted_on)
        record_edits.update_record(db, "awards", award_id, {"status": "revoked"}, N_("revocation"))
    return ChangeSet.of(RecordKind.AWARDS, award_id)


def correct_award(
    db: Database, award_id: int, changes: dict, reason: str, acted_on: dt.date
) -> ChangeSet:
    """Correct a written detail (name, position, unit, achievement) with a logged act that
    keeps the text before and after; register number, form and decision never change."""
    wrong = set(changes) - set(CORRECTABLE)
    if wrong:
        raise KienanError(
            Message(
                "{fields} cannot be corrected; revoke and decide again instead",
                fields=", ".join(sorted(wrong)),
            )
        )
    award = record_edits.fetch(db, "awards", award_id)
    cleaned = {key: clean(value) for key, value in changes.items()}
    before = {key: award[key] for key in cleaned}
    with record_edits.transaction(db):
        _act(db, award_id, "correction", reason, {"before": before, "after": cleaned}, acted_on)
        record_edits.update_record(db, "awards", award_id, cleaned, N_("correction"))
    return ChangeSet.of(RecordKind.AWARDS, award_id)


@dataclass(frozen=True)
class DecisionHeading:
    id: int
    number: str
    decided_on: dt.date


def decision_heading(db: Database, decision_id: int) -> DecisionHeading:
    row = db.execute("SELECT number, decided_on FROM decisions WHERE id = ?", [decision_id])
    found = row.fetchone()
    if found is None:
        raise KienanError(Message("there is no decision {decision_id}", decision_id=decision_id))
    return DecisionHeading(decision_id, found[0], dt.date.fromisoformat(found[1]))


def find_decision(db: Database, number: str, decided_on: dt.date) -> DecisionHeading:
    """The decision with this number of this day (a number recurs from year to year)."""
    row = db.execute(
        "SELECT id FROM decisions WHERE number = ? AND decided_on = ?",
        [clean(number), decided_on.isoformat()],
    ).fetchone()
    if row is None:
        raise KienanError(
            Message(
                "there is no decision {number} of {day}",
                number=number,
                day=f"{decided_on:%d/%m/%Y}",
            )
        )
    return DecisionHeading(row[0], clean(number), decided_on)


def award_acts(db: Database, award_id: int) -> list[tuple]:
    return db.execute(
        "SELECT act, reason, changes_json, acted_on FROM award_acts WHERE award_id = ? ORDER BY id",
        [award_id],
    ).fetchall()
