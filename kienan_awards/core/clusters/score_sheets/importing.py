"""A filled score sheet read back, all or nothing (reading reads and checks it):
the scores that changed are entered through the scoring store, in one transaction with the
import batch that remembers the file; an agreed score apart from the points computed from the
figures needs its reason on the sheet; the same file twice is refused."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from kienan_awards.core.changes import NOTHING, ChangeSet, RecordKind
from kienan_awards.core.clusters.score_sheets import layout
from kienan_awards.core.clusters.score_sheets.reading import (
    MemberSheet,
    ScoresRefused,
    cell_place,
    read_score_sheets,
)
from kienan_awards.core.clusters.scored_cluster import scored_cluster
from kienan_awards.core.clusters.scoring import Events, entered_points
from kienan_awards.core.clusters.scoring_store import (
    decimal_text,
    enter_agreed_scores,
    enter_self_scores,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.list_import import refuse_a_second_import
from kienan_awards.core.messages import Message
from kienan_awards.core.records.audit_log import os_user
from kienan_awards.core.records.record_edits import transaction

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class ScoresImport:
    changes: ChangeSet
    summary: Message  # one line a person reads
    members: tuple[MemberSheet, ...]
    written: bool


def _stored_points(db: Database, member: MemberSheet) -> tuple[dict, dict]:
    """The member's scores as stored, in points (bonus and penalty times counted out)."""
    numbers = {i: n for n, i in member.stored.criterion_ids.items()}
    own, agreed = {}, {}
    for criterion_id, *values in db.execute(
        "SELECT criterion_id, self_points, self_events, agreed_points, agreed_events "
        "FROM cluster_scores WHERE unit_id = ? AND criterion_id IN "
        "(SELECT id FROM scoring_criteria WHERE scoring_table_id = ?)",
        [member.unit_id, member.stored.table_id],
    ):
        criterion = member.stored.table.criterion(numbers[criterion_id])
        for kept, (points, events) in ((own, values[:2]), (agreed, values[2:])):
            if events is not None:
                kept[criterion.number] = entered_points(criterion, member.member, Events(events))
            elif points is not None:
                kept[criterion.number] = Decimal(points)
    return own, agreed


@dataclass
class _Entry:
    member: MemberSheet
    own: dict[str, Decimal | Events]
    agreed: dict[str, Decimal | Events]
    unchanged: int


def _points(member: MemberSheet, number: str, score: Decimal | Events) -> Decimal:
    """A score read from the sheet in points, a number of times counted out."""
    if isinstance(score, Events):
        return entered_points(member.stored.table.criterion(number), member.member, score)
    return score


def _computed_points(db: Database, cluster_id: int, year: int) -> dict[int, dict[str, Decimal]]:
    """By member unit: the points the program computes for the target criteria from the
    figures."""
    return {
        result.member.unit_id: {
            score.criterion.number: score.computed_points
            for score in result.criteria
            if score.computed_points is not None
        }
        for result in scored_cluster(db, cluster_id, year).results
    }


def _entries(db: Database, members: list[MemberSheet], path: Path) -> list[_Entry]:
    """What each sheet changes: a score equal to the one stored is left as entered (with who
    entered it and when, and a bonus or penalty kept as times); a self-score equal to the
    points computed from the figures (the sheet's own proposal) is the program's, not
    entered."""
    entries, problems = [], []
    computed_by_year: dict[tuple[int, int], dict] = {}
    for member in members:
        own, agreed = _stored_points(db, member)
        year = (member.cluster.id, member.year)
        if year not in computed_by_year:  # a workbook of many members' sheets: scored once
            computed_by_year[year] = _computed_points(db, member.cluster.id, member.year)
        computed = computed_by_year[year].get(member.unit_id, {})
        new_own = {
            n: p
            for n, p in member.own.items()
            if _points(member, n, p) not in (own.get(n), computed.get(n))
        }
        new_agreed = {
            n: p for n, p in member.agreed.items() if agreed.get(n) != _points(member, n, p)
        }
        unchanged = len(member.own) + len(member.agreed) - len(new_own) - len(new_agreed)
        entries.append(_Entry(member, new_own, new_agreed, unchanged))
        problems += _overrides_without_reason(member, new_agreed, computed)
    if problems:
        raise ScoresRefused(path.name, problems)
    return entries


def _overrides_without_reason(
    member: MemberSheet, agreed: dict[str, Decimal], computed: dict[str, Decimal]
) -> list[Message]:
    """An agreed score on a target criterion that stands apart from the points computed from
    the program's figures needs its reason on the same row."""
    problems = []
    for number, points in agreed.items():
        figures = computed.get(number)
        if figures is None or points == figures or member.reasons.get(number):
            continue
        row, column = member.agreed_cells[number]
        problems.append(
            cell_place(
                member.sheet,
                row,
                column,
                Message(
                    "the agreed {points} points differ from the {computed} computed from the "
                    "program's figures; write why in the column '{column}'",
                    points=decimal_text(points),
                    computed=decimal_text(figures),
                    column=layout.REASON,
                ),
            )
        )
    return problems


def _digest(members: list[MemberSheet]) -> str:
    said = [
        (
            m.cluster.id,
            m.year,
            m.unit_id,
            sorted((n, str(p)) for n, p in m.own.items()),
            sorted((n, str(p)) for n, p in m.agreed.items()),
            sorted(m.reasons.items()),
        )
        for m in members
    ]
    return hashlib.sha256(repr(("scores", said)).encode()).hexdigest()


def _summary(path: Path, entries: list[_Entry], dry_run: bool) -> Message:
    values = {
        "file": path.name,
        "members": "; ".join(
            f"{e.member.member} ({e.member.cluster.name}, {e.member.year})" for e in entries
        ),
        "own": sum(len(e.own) for e in entries),
        "agreed": sum(len(e.agreed) for e in entries),
        "unchanged": sum(e.unchanged for e in entries),
    }
    if dry_run:
        return Message(
            "{file}: {members}; self-scores to write: {own}, agreed scores to write: {agreed}, "
            "unchanged: {unchanged}; dry run, nothing was written",
            **values,
        )
    return Message(
        "{file}: {members}; self-scores written: {own}, agreed scores written: {agreed}, "
        "unchanged: {unchanged}",
        **values,
    )


def import_scores(db: Database, path: Path, dry_run: bool = False) -> ScoresImport:
    """The scores of a filled sheet (or a workbook of members' sheets) entered, all or
    nothing: ScoresRefused names every wrong cell and heading. A score left blank is not
    entered; one equal to the stored score is left as it was."""
    return import_score_files(db, [path], dry_run)[0]


def import_score_files(
    db: Database, paths: Sequence[Path], dry_run: bool = False
) -> list[ScoresImport]:
    """Several filled sheets (the members send theirs apart) entered together, all or
    nothing: every file is read and checked before anything is written, one member's sheet in
    two of the files is refused, and the files are entered in one transaction."""
    read = [(Path(path), read_score_sheets(db, Path(path))) for path in paths]
    _refuse_one_member_twice(read)
    if dry_run:
        return [_looked_at(db, path, members) for path, members in read]
    with transaction(db):
        return [_entered(db, path, members) for path, members in read]


def _refuse_one_member_twice(read: list[tuple[Path, list[MemberSheet]]]) -> None:
    """Two sheets of one member chosen together: which should stand is the clerk's to say."""
    seen: dict[tuple[int, int, int], Path] = {}
    for path, members in read:
        for member in members:
            key = (member.cluster.id, member.year, member.unit_id)
            if key in seen:
                raise KienanError(
                    Message(
                        "{member} ({cluster}, {year}) has a sheet in '{first}' and in "
                        "'{second}': choose one; nothing was written",
                        member=member.member,
                        cluster=member.cluster.name,
                        year=member.year,
                        first=seen[key].name,
                        second=path.name,
                    )
                )
            seen[key] = path


def _looked_at(db: Database, path: Path, members: list[MemberSheet]) -> ScoresImport:
    refuse_a_second_import(db, path, _digest(members))
    entries = _entries(db, members, path)
    return ScoresImport(NOTHING, _summary(path, entries, True), tuple(members), False)


def _entered(db: Database, path: Path, members: list[MemberSheet]) -> ScoresImport:
    """Inside the caller's transaction: the file's changed scores entered with the batch that
    remembers it."""
    digest = _digest(members)
    refuse_a_second_import(db, path, digest)
    entries = _entries(db, members, path)
    summary = _summary(path, entries, False)
    changes = NOTHING
    if any(e.own or e.agreed for e in entries):
        batch = _record_batch(db, path, digest, entries)
        changes |= ChangeSet.of(RecordKind.IMPORTS, batch)
    for entry in entries:
        member = entry.member
        if entry.own:
            changes |= enter_self_scores(
                db, member.cluster.id, member.year, member.unit_id, entry.own
            )
        if entry.agreed:
            changes |= enter_agreed_scores(
                db,
                member.cluster.id,
                member.year,
                member.unit_id,
                entry.agreed,
                {n: member.reasons[n] for n in entry.agreed if n in member.reasons},
            )
    return ScoresImport(changes, summary, tuple(members), bool(changes))


def _record_batch(db: Database, path: Path, digest: str, entries: list[_Entry]) -> int:
    counts = {
        "members": len(entries),
        "self_scores": sum(len(e.own) for e in entries),
        "agreed_scores": sum(len(e.agreed) for e in entries),
        "unchanged": sum(e.unchanged for e in entries),
    }
    return db.execute(
        "INSERT INTO import_batches (list_kind, file_name, content_digest, os_user, "
        "rows_read, summary) VALUES ('scores', ?, ?, ?, ?, ?)",
        [
            cell_values.shown(path.name),
            digest,
            os_user(),
            sum(e.member.rows_read for e in entries),
            json.dumps(counts),
        ],
    ).lastrowid
