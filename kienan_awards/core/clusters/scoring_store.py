"""A cluster-year's scoring table and its members' scores, as the clerk keeps them: the table
saved from its criteria (or copied from the year before and edited), each member's self-scores
and the scores agreed after the review. Each door is one transaction; a score that cannot be
right is refused with the member and the criterion named, and nothing of the entry is kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.clusters.clusters import Cluster, cluster_by_id
from kienan_awards.core.clusters.scoring import (
    Events,
    MemberScores,
    entered_points,
    score_cluster,
)
from kienan_awards.core.clusters.scoring_table import (
    DEFAULT_TIE_BREAKS,
    TARGET,
    Criterion,
    ScoringTable,
    copy_table,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_edits import transaction
from kienan_awards.core.text import clean

if TYPE_CHECKING:
    from sqlite_utils import Database

# The criterion's fields as its columns are named, in the order stored.
_CRITERION_COLUMNS = (
    "number, text, method, criterion_group, maximum, must, target_id, plan_source, "
    "bonus_per_percent, bonus_cap, points_per_event, cap"
)
_DECIMALS = ("maximum", "bonus_per_percent", "bonus_cap", "points_per_event", "cap")
# Which of a score's columns an entry writes: the member's own, or the reviewers'.
SELF, AGREED = "self", "agreed"


@dataclass(frozen=True)
class StoredTable:
    """A cluster-year's table with what the cluster settles beside it: how many members lead
    (1 for the flag, 2 when a Bằng khen goes with it) and on what basis."""

    table: ScoringTable
    leading_count: int
    leading_basis: str
    table_id: int
    criterion_ids: Mapping[str, int]  # by criterion number


def decimal_text(number: Decimal) -> str:
    """Exact text without trailing zeros (25.50 -> '25.5'), as a score is kept."""
    return format(Decimal(number).normalize(), "f")


def _changed(cluster_id: int) -> ChangeSet:
    return ChangeSet.of(RecordKind.CLUSTERS, cluster_id)


def _criterion(row) -> Criterion:
    values = dict(zip([c.strip() for c in _CRITERION_COLUMNS.split(",")], row[1:], strict=True))
    for name in _DECIMALS:
        values[name] = Decimal(values[name])
    return Criterion(
        number=values["number"],
        text=values["text"],
        method=values["method"],
        maximum=values["maximum"],
        group=values["criterion_group"],
        must=bool(values["must"]),
        target_id=values["target_id"],
        plan_source=values["plan_source"],
        bonus_per_percent=values["bonus_per_percent"],
        bonus_cap=values["bonus_cap"],
        points_per_event=values["points_per_event"],
        cap=values["cap"],
        id=str(row[0]),
    )


def stored_table(db: Database, cluster_id: int, year: int) -> StoredTable | None:
    """The cluster-year's table as saved; None where it has none."""
    row = db.execute(
        "SELECT id, tie_breaks, leading_count, leading_basis, source_document "
        "FROM cluster_scoring_tables WHERE cluster_id = ? AND year = ?",
        [cluster_id, year],
    ).fetchone()
    if row is None:
        return None
    table_id, tie_breaks, leading_count, basis, source = row
    criteria = [
        _criterion(found)
        for found in db.execute(
            f"SELECT id, {_CRITERION_COLUMNS} FROM scoring_criteria "
            "WHERE scoring_table_id = ? ORDER BY sort_order, id",
            [table_id],
        )
    ]
    table = ScoringTable(
        year=year,
        criteria=tuple(criteria),
        tie_breaks=tuple(rule for rule in tie_breaks.split(",") if rule),
        source_document=source or "",
        id=str(table_id),
    )
    ids = {criterion.number: int(criterion.id) for criterion in criteria}
    return StoredTable(table, leading_count, basis or "", table_id, ids)


def _check_targets(db: Database, criteria: Sequence[Criterion]) -> None:
    """A target criterion's target must be in the program and have a plan to score on (the
    one named, where a plan is named)."""
    for criterion in criteria:
        if criterion.method != TARGET:
            continue
        found = db.execute("SELECT 1 FROM targets WHERE id = ?", [criterion.target_id]).fetchone()
        if found is None:
            raise KienanError(
                Message(
                    "criterion {criterion}, target: target {target} is not in the program",
                    criterion=criterion.number,
                    target=criterion.target_id,
                )
            )
        sources = [
            source
            for (source,) in db.execute(
                "SELECT source FROM target_plans WHERE target_id = ?", [criterion.target_id]
            )
        ]
        if not sources or (
            criterion.plan_source is not None and criterion.plan_source not in sources
        ):
            raise KienanError(
                Message(
                    "criterion {criterion}, target: target {target} has no plan to score on",
                    criterion=criterion.number,
                    target=criterion.target_id,
                )
            )


def _check_criteria_text(criteria: Sequence[Criterion]) -> None:
    for criterion in criteria:
        if not clean(criterion.number):
            raise KienanError(Message("a criterion of the scoring table needs a number"))
        if not clean(criterion.text):
            raise KienanError(
                Message(
                    "criterion {criterion}, text: the criterion says nothing",
                    criterion=criterion.number,
                )
            )


def _criterion_values(criterion: Criterion) -> list:
    return [
        clean(criterion.number),
        clean(criterion.text),
        criterion.method,
        clean(criterion.group),
        decimal_text(criterion.maximum),
        int(criterion.must),
        criterion.target_id if criterion.method == TARGET else None,
        criterion.plan_source if criterion.method == TARGET else None,
        decimal_text(criterion.bonus_per_percent),
        decimal_text(criterion.bonus_cap),
        decimal_text(criterion.points_per_event),
        decimal_text(criterion.cap),
    ]


def write_table(
    db: Database,
    cluster: Cluster,
    table: ScoringTable,
    leading_count: int,
    leading_basis: str,
) -> None:
    """Inside the caller's transaction: the table in place of the one saved for its year. A
    criterion keeps its row (and its scores) by its number; one taken out that has scores is
    refused."""
    if leading_count < 0:
        raise KienanError(Message("the number of leading members cannot be negative"))
    _check_criteria_text(table.criteria)
    _check_targets(db, table.criteria)
    held = stored_table(db, cluster.id, table.year)
    values = [
        ",".join(table.tie_breaks),
        leading_count,
        clean(leading_basis) or None,
        clean(table.source_document) or None,
    ]
    if held is None:
        table_id = db.execute(
            "INSERT INTO cluster_scoring_tables (cluster_id, year, tie_breaks, leading_count, "
            "leading_basis, source_document) VALUES (?, ?, ?, ?, ?, ?)",
            [cluster.id, table.year, *values],
        ).lastrowid
        kept: dict[str, int] = {}
    else:
        table_id, kept = held.table_id, dict(held.criterion_ids)
        db.execute(
            "UPDATE cluster_scoring_tables SET tie_breaks = ?, leading_count = ?, "
            "leading_basis = ?, source_document = ? WHERE id = ?",
            [*values, table_id],
        )
    wanted = {clean(criterion.number) for criterion in table.criteria}
    for number, criterion_id in kept.items():
        if number in wanted:
            continue
        if db.execute(
            "SELECT 1 FROM cluster_scores WHERE criterion_id = ?", [criterion_id]
        ).fetchone():
            raise KienanError(
                Message(
                    "criterion {criterion} has scores entered for {year}: it cannot be taken "
                    "out of the table",
                    criterion=number,
                    year=table.year,
                )
            )
        db.execute("DELETE FROM scoring_criteria WHERE id = ?", [criterion_id])
    for position, criterion in enumerate(table.criteria, start=1):
        row = _criterion_values(criterion)
        if row[0] in kept:
            db.execute(
                "UPDATE scoring_criteria SET sort_order = ?, number = ?, text = ?, method = ?, "
                "criterion_group = ?, maximum = ?, must = ?, target_id = ?, plan_source = ?, "
                "bonus_per_percent = ?, bonus_cap = ?, points_per_event = ?, cap = ? "
                "WHERE id = ?",
                [position, *row, kept[row[0]]],
            )
        else:
            db.execute(
                "INSERT INTO scoring_criteria (scoring_table_id, sort_order, "
                f"{_CRITERION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [table_id, position, *row],
            )
    _check_entered_scores(db, table_id, {clean(c.number): c for c in table.criteria})


def _check_entered_scores(db: Database, table_id: int, criteria: Mapping[str, Criterion]) -> None:
    """Every score entered still fits its criterion as now written: a maximum lowered under a
    score, or a method changed under it, is refused naming the member and the criterion."""
    for number, member, *entered in db.execute(
        "SELECT c.number, u.name, s.self_points, s.self_events, s.agreed_points, "
        "s.agreed_events FROM cluster_scores s JOIN scoring_criteria c ON c.id = s.criterion_id "
        "JOIN units u ON u.id = s.unit_id WHERE c.scoring_table_id = ? ORDER BY c.sort_order, u.id",
        [table_id],
    ):
        for points, events in (entered[:2], entered[2:]):
            value = Events(events) if events is not None else points
            try:
                entered_points(criteria[number], member, value)
            except KienanError as refused:
                # The criterion named among the values too: the table's editor chooses its row.
                raise KienanError(
                    Message(
                        "the table does not fit a score already entered: {problem}",
                        problem=refused.args[0],
                        criterion=number,
                        member=member,
                    )
                ) from None


def save_table(
    db: Database,
    cluster_id: int,
    year: int,
    criteria: Sequence[Criterion],
    tie_breaks: Sequence[str] = DEFAULT_TIE_BREAKS,
    leading_count: int = 1,
    leading_basis: str = "",
    source_document: str = "",
) -> ChangeSet:
    """The cluster-year's scoring table from its criteria, in place of the one saved; the
    rules that break a tie in their order; how many members lead and on what basis."""
    with transaction(db):
        cluster = cluster_by_id(db, cluster_id)
        table = ScoringTable(
            year=year,
            criteria=tuple(criteria),
            tie_breaks=tuple(tie_breaks),
            source_document=source_document,
        )
        write_table(db, cluster, table, leading_count, leading_basis)
    return _changed(cluster_id)


def _this_years_targets(db: Database, table: ScoringTable, year: int) -> dict[int, int]:
    """Last year's targets of the table's target criteria mapped to this year's target of the
    same indicator and unit, where one exists."""
    moved = {}
    for criterion in table.criteria:
        if criterion.method != TARGET:
            continue
        found = db.execute(
            "SELECT n.id FROM targets o JOIN targets n ON n.indicator = o.indicator "
            "AND n.unit_id IS o.unit_id AND n.id != o.id "
            "JOIN movements m ON m.id = n.movement_id WHERE o.id = ? AND "
            "coalesce(n.period_year, CAST(strftime('%Y', m.starts_on) AS INTEGER)) = ? "
            "ORDER BY m.starts_on, n.id LIMIT 1",
            [criterion.target_id, year],
        ).fetchone()
        if found is not None:
            moved[criterion.target_id] = found[0]
    return moved


def previous_table_copy(
    db: Database, cluster_id: int, year: int, source_document: str = ""
) -> StoredTable:
    """The year before's table as it would be this year's, nothing written: the same criteria,
    each target criterion on this year's target of the same indicator where there is one.
    Refused where this year has a table or the year before has none. Its ids are new (the
    table and criteria ids 0: not saved)."""
    cluster = cluster_by_id(db, cluster_id)
    if stored_table(db, cluster_id, year) is not None:
        raise KienanError(
            Message(
                "{cluster} already has a scoring table for {year}: edit that one",
                cluster=cluster.name,
                year=year,
            )
        )
    before = stored_table(db, cluster_id, year - 1)
    if before is None:
        raise KienanError(
            Message(
                "{cluster} has no scoring table for {year} to copy",
                cluster=cluster.name,
                year=year - 1,
            )
        )
    targets = _this_years_targets(db, before.table, year)
    table = copy_table(before.table, year, targets, source_document)
    return StoredTable(table, before.leading_count, before.leading_basis, 0, {})


def copy_previous_table(
    db: Database, cluster_id: int, year: int, source_document: str = ""
) -> ChangeSet:
    """The year before's table saved as this year's, to be edited (previous_table_copy)."""
    with transaction(db):
        copy = previous_table_copy(db, cluster_id, year, source_document)
        cluster = cluster_by_id(db, cluster_id)
        write_table(db, cluster, copy.table, copy.leading_count, copy.leading_basis)
    return _changed(cluster_id)


def member_name(db: Database, cluster: Cluster, year: int, unit_id: int) -> str:
    """The unit's name, refused where it is not a member of the cluster that year."""
    row = db.execute(
        "SELECT u.name FROM cluster_members m JOIN units u ON u.id = m.unit_id "
        "WHERE m.cluster_id = ? AND m.year = ? AND m.unit_id = ?",
        [cluster.id, year, unit_id],
    ).fetchone()
    if row is None:
        named = db.execute("SELECT name FROM units WHERE id = ?", [unit_id]).fetchone()
        raise KienanError(
            Message(
                "'{unit}' is not a member of {cluster} for {year}: it cannot be scored there",
                unit=named[0] if named else unit_id,
                cluster=cluster.name,
                year=year,
            )
        )
    return row[0]


def _reasons_for(
    db: Database,
    stored: StoredTable,
    member: str,
    unit_id: int,
    entered: Mapping[str, Decimal | None],
    reasons: Mapping[str, str],
) -> dict[str, str | None]:
    """Why each agreed score stands apart from the points computed from the program's
    figures; refused where one does and no reason is given (an override needs a reason)."""
    computed = {
        score.criterion.number: score.computed_points
        for score in score_cluster(db, stored.table, [MemberScores(member, unit_id)])[0].criteria
    }
    found: dict[str, str | None] = {}
    for number, points in entered.items():
        reason = clean(reasons.get(number)) or None
        figures = computed.get(number)
        if points is not None and figures is not None and points != figures and not reason:
            raise KienanError(
                Message(
                    "{member}, criterion {criterion}: the agreed {points} points differ from the "
                    "{computed} computed from the program's figures; say why",
                    member=member,
                    criterion=number,
                    points=decimal_text(points),
                    computed=decimal_text(figures),
                )
            )
        found[number] = reason if points is not None else None
    return found


def _enter(
    db: Database,
    cluster_id: int,
    year: int,
    unit_id: int,
    scores: Mapping[str, object],
    which: str,
    reasons: Mapping[str, str] | None = None,
) -> ChangeSet:
    with transaction(db):
        cluster = cluster_by_id(db, cluster_id)
        stored = stored_table(db, cluster_id, year)
        if stored is None:
            raise KienanError(
                Message(
                    "{cluster} has no scoring table for {year}", cluster=cluster.name, year=year
                )
            )
        member = member_name(db, cluster, year, unit_id)
        rows = []
        for number, value in scores.items():
            criterion = stored.table.criterion(number)
            if criterion is None:
                raise KienanError(
                    Message(
                        "{member}: the scoring table has no criterion {criterion}",
                        member=member,
                        criterion=number,
                    )
                )
            # Checked now, for the message to name the member and the criterion.
            points = entered_points(criterion, member, value)
            events = value.count if isinstance(value, Events) else None
            text = None if points is None or events is not None else decimal_text(points)
            rows.append((number, text, events, points))
        why = {}
        if which == AGREED:
            entered = {number: points for number, _text, _events, points in rows}
            why = _reasons_for(db, stored, member, unit_id, entered, reasons or {})
        for number, text, events, points in rows:
            criterion_id, cleared = stored.criterion_ids[number], points is None
            db.execute(
                "INSERT INTO cluster_scores (criterion_id, unit_id) VALUES (?, ?) "
                "ON CONFLICT (criterion_id, unit_id) DO NOTHING",
                [criterion_id, unit_id],
            )
            # Column names come from the two fixed words above, never from the caller.
            db.execute(
                f"UPDATE cluster_scores SET {which}_points = ?, {which}_events = ?, "
                f"{which}_entered_by = CASE WHEN ? THEN NULL ELSE os_user() END, "
                f"{which}_entered_at = CASE WHEN ? THEN NULL "
                "ELSE strftime('%Y-%m-%dT%H:%M:%S', 'now') END "
                "WHERE criterion_id = ? AND unit_id = ?",
                [text, events, cleared, cleared, criterion_id, unit_id],
            )
            if which == AGREED:
                db.execute(
                    "UPDATE cluster_scores SET agreed_reason = ? "
                    "WHERE criterion_id = ? AND unit_id = ?",
                    [why.get(number), criterion_id, unit_id],
                )
        db.execute(
            "DELETE FROM cluster_scores WHERE unit_id = ? AND self_points IS NULL "
            "AND self_events IS NULL AND agreed_points IS NULL AND agreed_events IS NULL",
            [unit_id],
        )
    return _changed(cluster_id)


def enter_self_scores(
    db: Database, cluster_id: int, year: int, unit_id: int, scores: Mapping[str, object]
) -> ChangeSet:
    """A member's self-scores (tự chấm) by criterion number: points, Events for a bonus or
    penalty item counted in times, None to clear one. Criteria not named keep theirs."""
    return _enter(db, cluster_id, year, unit_id, scores, SELF)


def enter_agreed_scores(
    db: Database,
    cluster_id: int,
    year: int,
    unit_id: int,
    scores: Mapping[str, object],
    reasons: Mapping[str, str] | None = None,
) -> ChangeSet:
    """The scores agreed for a member after the cross-review (cụm chấm), as self-scores are
    entered. An agreed score on a target criterion that differs from the points computed from
    the program's figures needs a reason, by criterion number in reasons. The program never
    changes them: where the figures move afterwards, the reader marks the agreed score that no
    longer matches."""
    return _enter(db, cluster_id, year, unit_id, scores, AGREED, reasons)
