"""A cluster-year scored and ranked from what is stored: its table, every member of the year
with its self and agreed scores, target criteria computed from today's figures."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from kienan_awards.core.clusters.clusters import Cluster, cluster_by_id
from kienan_awards.core.clusters.scoring import Events, MemberResult, MemberScores, score_cluster
from kienan_awards.core.clusters.scoring_ranking import Ranking, rank_members
from kienan_awards.core.clusters.scoring_store import StoredTable, stored_table
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class ScoredCluster:
    cluster: Cluster
    year: int
    stored: StoredTable
    results: tuple[MemberResult, ...]  # in the members' order
    ranking: Ranking


def _value(points: str | None, events: int | None) -> object:
    if events is not None:
        return Events(events)
    return Decimal(points) if points is not None else None


def member_scores(db: Database, cluster_id: int, year: int, stored: StoredTable) -> list:
    """Every member of the cluster-year (the leader first, then in the order recorded) with
    its stored scores by criterion number."""
    numbers = {criterion_id: number for number, criterion_id in stored.criterion_ids.items()}
    own: dict[int, dict[str, object]] = {}
    agreed: dict[int, dict[str, object]] = {}
    reasons: dict[int, dict[str, str]] = {}
    for (
        criterion_id,
        unit_id,
        self_points,
        self_events,
        agreed_points,
        agreed_events,
        reason,
    ) in db.execute(
        "SELECT s.criterion_id, s.unit_id, s.self_points, s.self_events, s.agreed_points, "
        "s.agreed_events, s.agreed_reason FROM cluster_scores s JOIN scoring_criteria c "
        "ON c.id = s.criterion_id WHERE c.scoring_table_id = ?",
        [stored.table_id],
    ):
        number = numbers[criterion_id]
        if reason:
            reasons.setdefault(unit_id, {})[number] = reason
        value = _value(self_points, self_events)
        if value is not None:
            own.setdefault(unit_id, {})[number] = value
        value = _value(agreed_points, agreed_events)
        if value is not None:
            agreed.setdefault(unit_id, {})[number] = value
    members = db.execute(
        "SELECT m.unit_id, u.name FROM cluster_members m JOIN units u ON u.id = m.unit_id "
        "WHERE m.cluster_id = ? AND m.year = ? "
        "ORDER BY CASE m.cluster_role WHEN 'leader' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END, m.id",
        [cluster_id, year],
    ).fetchall()
    return [
        MemberScores(
            name=name,
            unit_id=unit_id,
            self_scores=own.get(unit_id, {}),
            agreed_scores=agreed.get(unit_id, {}),
            reasons=reasons.get(unit_id, {}),
        )
        for unit_id, name in members
    ]


def scored_cluster(db: Database, cluster_id: int, year: int) -> ScoredCluster:
    """The cluster-year's members scored on its table and ranked by its rules; refused where
    the year has no table."""
    cluster = cluster_by_id(db, cluster_id)
    stored = stored_table(db, cluster_id, year)
    if stored is None:
        raise KienanError(
            Message("{cluster} has no scoring table for {year}", cluster=cluster.name, year=year)
        )
    results = score_cluster(db, stored.table, member_scores(db, cluster_id, year, stored))
    ranking = rank_members(results, stored.table.tie_breaks, stored.leading_count)
    return ScoredCluster(cluster, year, stored, tuple(results), ranking)
