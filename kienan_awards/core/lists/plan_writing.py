"""Writes a checked import plan: the records it makes, in the order they refer to one
another, inside the transaction of list_import.commit_import. The new records' ids are given
here (one past the table's largest), so later rows can name them before SQLite has."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from kienan_awards.core.changes import NOTHING, ChangeSet, RecordKind
from kienan_awards.core.clusters import clusters
from kienan_awards.core.cycle import city_answer
from kienan_awards.core.cycle.initiatives import insert_initiative
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.import_plan import (
    AwardToWrite,
    ClusterToWrite,
    ImportPlan,
    ImportSummary,
)
from kienan_awards.core.lists.record_matching import NewDecision, NewPerson, NewUnit
from kienan_awards.core.movements.award_evidence import (
    awards_with_possible_evidence,
    store_award_evidence,
)
from kienan_awards.core.records.audit_log import os_user
from kienan_awards.core.search.award_search import indexed_in_bulk
from kienan_awards.core.storage.audit_triggers import audited_in_bulk
from kienan_awards.core.storage.bulk_indexes import indexes_made_after
from kienan_awards.core.text import fold, name_sort_text, text_sort_text

if TYPE_CHECKING:
    from sqlite_utils import Database

Report = Callable[[int, int], None]


def _ref(value) -> int | None:
    """The id of an existing record, or of a new one once it is written."""
    if isinstance(value, (NewUnit, NewPerson, NewDecision, ClusterToWrite)):
        return value.id
    return value


def _next_id(db: Database, table: str) -> int:
    return db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]


def write_plan(db: Database, plan: ImportPlan, report: Report) -> ImportSummary:
    """Inside the caller's write transaction: every record the plan makes, in the order
    they refer to one another (units, people, decisions, then awards, proposals,
    registrations or initiatives). ``report(done, total)`` is told the progress and may
    raise to stop."""
    summary = plan.summary()
    total = len(plan.new_units) + len(plan.new_people) + len(plan.awards) or 1
    batch_id = db.execute(
        "INSERT INTO import_batches (list_kind, file_name, content_digest, os_user, "
        "rows_read, summary) VALUES (?, ?, ?, ?, ?, ?)",
        [
            plan.list_kind,
            cell_values.shown(plan.path.name),  # as a cell would be: no hidden characters
            plan.digest,
            os_user(),
            plan.rows_read,
            json.dumps(summary),
        ],
    ).lastrowid
    next_unit = _next_id(db, "units")
    for offset, unit in enumerate(plan.new_units):
        unit.id = next_unit + offset
    db.conn.executemany(
        "INSERT INTO units (id, name, name_folded, name_sort_key, kind, valid_from, "
        "valid_to, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                u.id,
                u.name,
                fold(u.name),
                text_sort_text(u.name),
                u.kind,
                u.valid_from,
                u.valid_to,
                batch_id,
            )
            for u in plan.new_units
        ],
    )
    db.conn.executemany(
        "UPDATE units SET parent_id = ? WHERE id = ?",
        [(_ref(u.parent), u.id) for u in plan.new_units if u.parent is not None],
    )
    report(len(plan.new_units), total)
    next_person = _next_id(db, "people")
    for offset, person in enumerate(plan.new_people):
        person.id = next_person + offset
    people_indexes = indexes_made_after(db, "people", len(plan.new_people))
    with people_indexes, audited_in_bulk(db, "people"):
        db.conn.executemany(
            "INSERT INTO people (id, full_name, name_folded, name_sort_key, gender, "
            "birth_date, birth_year, position, unit_id, personal_id, honorific, "
            "import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    p.id,
                    p.full_name,
                    fold(p.full_name),
                    name_sort_text(p.full_name),
                    p.gender,
                    p.birth_date,
                    p.birth_year,
                    p.position,
                    _ref(p.unit),
                    p.personal_id,
                    p.honorific,
                    batch_id,
                )
                for p in plan.new_people
            ],
        )
    # Only blanks are filled in: what the register already says is never overwritten.
    for table, updates_by_id in (("people", plan.person_updates), ("units", plan.unit_updates)):
        for record_id, updates in updates_by_id.items():
            for column, value in updates.items():
                db.execute(
                    f"UPDATE {table} SET {column} = ? WHERE id = ? AND {column} IS NULL",
                    [_ref(value), record_id],
                )
    report(len(plan.new_units) + len(plan.new_people), total)
    next_decision = _next_id(db, "decisions")
    for offset, decision in enumerate(plan.new_decisions):
        decision.id = next_decision + offset
    db.conn.executemany(
        "INSERT INTO decisions (id, number, decided_on, authority_id, signer_title, "
        "signer_name, movement_id, status, import_batch_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'signed', ?)",
        [
            (
                d.id,
                d.number,
                d.decided_on.isoformat(),
                d.authority_id,
                d.signer_title,
                d.signer_name,
                d.movement_id,
                batch_id,
            )
            for d in plan.new_decisions
        ],
    )
    # Proposed, not awarded: a proposal's rows go to review, not to the register; a
    # registration's to the year's registrations.
    awards = plan.awards if plan.list_kind == "awards" else []
    proposals = _write_proposals(db, plan) if plan.list_kind == "proposals" else []
    if plan.list_kind == "registrations":
        _write_registrations(db, plan, batch_id)
    _write_initiatives(db, plan, batch_id)
    answered = _write_city_answer(db, plan) if plan.list_kind == "city_answer" else NOTHING
    if plan.list_kind == "clusters":
        answered = _write_clusters(db, plan, batch_id)
    award_indexes = indexes_made_after(db, "awards", len(awards))
    with indexed_in_bulk(db), audited_in_bulk(db, "awards"), award_indexes:
        _insert_awards(db, awards, batch_id)
    store_award_evidence(db, awards_with_possible_evidence(db, batch_id))
    report(total, total)
    return ImportSummary(summary, _changes(plan, batch_id, proposals) | answered)


def _changes(plan: ImportPlan, batch_id: int, proposals: list[int]) -> ChangeSet:
    """What the plan wrote: the ids it gave or updated; the awards by kind alone, since
    thousands go in by one statement that does not hand their ids back."""
    people = [person.id for person in plan.new_people] + list(plan.person_updates)
    written = {
        RecordKind.IMPORTS: [batch_id],
        RecordKind.UNITS: [unit.id for unit in plan.new_units] + list(plan.unit_updates),
        RecordKind.PEOPLE: people,
        RecordKind.DECISIONS: [decision.id for decision in plan.new_decisions],
        RecordKind.PROPOSALS: proposals,
    }
    changes = ChangeSet({kind: frozenset(ids) for kind, ids in written.items() if ids})
    if plan.awards and plan.list_kind == "awards":
        changes |= ChangeSet.of(RecordKind.AWARDS)
    if plan.list_kind == "registrations":
        changes |= ChangeSet.of(RecordKind.REGISTRATIONS)
    if plan.initiatives:
        changes |= ChangeSet.of(RecordKind.INITIATIVES)
    return changes


def _write_city_answer(db: Database, plan: ImportPlan) -> ChangeSet:
    """The city's decision and its awards, through the one door of other bodies' decisions
    (each award indexed and audited as it is written), and the proposal's lines answered."""
    options = plan.options
    return city_answer.record_city_answer(
        db,
        options.proposal_id,
        city_answer.OtherAuthority(options.authority_name, city_answer.CITY),
        options.decision_number,
        options.decision_date,
        [city_answer.ChosenLine(item.line_id, item.achievement) for item in plan.city_answers],
    ).changes


def _write_clusters(db: Database, plan: ImportPlan, batch_id: int) -> ChangeSet:
    """The clusters the list makes, then each cluster-year's members in place of those
    recorded, checked as the clerk's own change of them is (a unit that signed the year's
    pact stays)."""
    for cluster in plan.new_clusters:
        cluster.id = clusters.insert_cluster(
            db, cluster.name, cluster.kind, cluster.organiser, import_batch_id=batch_id
        )
    by_year: dict[tuple[int, int], list] = {}
    for member in plan.cluster_members:
        by_year.setdefault((_ref(member.cluster), member.year), []).append(member)
    for (cluster_id, year), members in by_year.items():
        units = [member.unit for member in members]
        leader = next((m.unit for m in members if m.role == "leader"), None)
        deputy = next((m.unit for m in members if m.role == "deputy"), None)
        cluster = clusters.cluster_by_id(db, cluster_id)
        clusters.check_members(db, cluster, year, units, leader, deputy)
        clusters.write_members(db, cluster_id, year, units, leader, deputy, batch_id)
    touched = {cluster_id for cluster_id, _year in by_year}
    return ChangeSet.of(RecordKind.CLUSTERS, *touched) if by_year else NOTHING


def _insert_awards(db: Database, awards: list[AwardToWrite], batch_id: int) -> None:
    db.conn.executemany(
        "INSERT INTO awards (decision_id, form_id, recipient_kind, person_id, "
        "recipient_unit_id, recipient_name, unit_id, unit_name, position, achievement, "
        "achievement_year, bonus_amount, status, import_batch_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'awarded', ?)",
        [
            (
                _ref(a.decision),
                a.form.id,
                a.recipient_kind,
                a.person.id if a.person is not None else None,
                _ref(a.recipient_unit),
                a.recipient_name,
                _ref(a.unit),
                a.unit_name,
                a.position,
                a.achievement,
                a.year,
                a.bonus,
                batch_id,
            )
            for a in awards
        ],
    )


def _write_proposals(db: Database, plan: ImportPlan) -> list[int]:
    """A unit's proposal becomes one proposal a year, its rows the lines to review. Returns
    the proposals' ids."""
    written = []
    by_year: dict[int, list[AwardToWrite]] = {}
    for line in plan.awards:
        by_year.setdefault(line.year, []).append(line)
    for year, lines in sorted(by_year.items()):
        proposal_id = db.execute(
            "INSERT INTO proposals (title, achievement_year, received_on) VALUES (?, ?, ?)",
            [f"{cell_values.shown(plan.path.stem)} ({year})", year, dt.date.today().isoformat()],
        ).lastrowid
        written.append(proposal_id)
        db.conn.executemany(
            "INSERT INTO proposal_lines (proposal_id, form_id, recipient_kind, person_id, "
            "recipient_unit_id, recipient_name, unit_id, position, achievement) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    proposal_id,
                    line.form.id,
                    line.recipient_kind,
                    line.person.id if line.person is not None else None,
                    _ref(line.recipient_unit),
                    line.recipient_name,
                    _ref(line.unit),
                    line.position,
                    line.achievement,
                )
                for line in lines
            ],
        )
    return written


def _write_registrations(db: Database, plan: ImportPlan, batch_id: int) -> None:
    """A unit's registration: each title registered for the year, by the unit for itself or
    for one of its people."""
    db.conn.executemany(
        "INSERT INTO registrations (year, unit_id, recipient_kind, person_id, form_id, "
        "registered_on, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                line.year,
                _ref(line.unit),
                line.recipient_kind,
                line.person.id if line.person is not None else None,
                line.form.id,
                dt.date.today().isoformat(),
                batch_id,
            )
            for line in plan.awards
        ],
    )


def _write_initiatives(db: Database, plan: ImportPlan, batch_id: int) -> None:
    for item in plan.initiatives:
        insert_initiative(
            db,
            {
                "title": item.title,
                "unit_id": _ref(item.unit),
                "year": item.year,
                "decision_number": item.decision_number,
                "decided_on": item.decided_on.isoformat() if item.decided_on else None,
                "authority": item.authority,
                "scope": item.scope,
                "effect": item.effect,
                "authors": [(person.id, share) for person, share in item.authors],
            },
            import_batch_id=batch_id,
        )
