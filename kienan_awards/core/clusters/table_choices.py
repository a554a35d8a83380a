"""What a clerk chooses from when editing a cluster-year's scoring table: the year's targets of
movements a target criterion may be tied to (the members' own and those of the whole area),
each with the plans it can be scored on, and whether the year before has a table to copy."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

# A target's year: its own, else the year its movement starts (as copy_previous_table reads it).
_TARGET_YEAR = "coalesce(t.period_year, CAST(strftime('%Y', m.starts_on) AS INTEGER))"


@dataclass(frozen=True)
class TargetChoice:
    target_id: int
    indicator: str
    measure_unit: str
    unit_name: str | None  # None: the whole area's target
    movement_name: str
    year: int | None
    plan_sources: tuple[str, ...]  # in the order entered; the first is scored when none is named


def _plan_sources(db: Database, target_ids: list[int]) -> dict[int, list[str]]:
    sources: dict[int, list[str]] = {target_id: [] for target_id in target_ids}
    if not target_ids:
        return sources
    marks = ", ".join("?" for _ in target_ids)
    for target_id, source in db.execute(
        f"SELECT target_id, source FROM target_plans WHERE target_id IN ({marks}) ORDER BY id",
        target_ids,
    ):
        sources[target_id].append(source)
    return sources


def target_choices(
    db: Database, cluster_id: int, year: int, keep: Iterable[int | None] = ()
) -> list[TargetChoice]:
    """The targets of the year held by the cluster's members that year or by the whole area,
    by movement, indicator and unit; and the targets in keep whatever their year (a table
    copied keeps last year's target until edited, and the clerk must see which it is)."""
    kept = sorted({target_id for target_id in keep if target_id is not None})
    marks = ", ".join("?" for _ in kept) or "NULL"
    rows = db.execute(
        "SELECT t.id, t.indicator, t.measure_unit, u.name, m.name, "
        f"{_TARGET_YEAR} FROM targets t JOIN movements m ON m.id = t.movement_id "
        "LEFT JOIN units u ON u.id = t.unit_id "
        f"WHERE ({_TARGET_YEAR} = ? AND (t.unit_id IS NULL OR t.unit_id IN "
        "(SELECT unit_id FROM cluster_members WHERE cluster_id = ? AND year = ?))) "
        f"OR t.id IN ({marks}) "
        "ORDER BY m.starts_on, m.id, t.sort_order, t.indicator, u.name, t.id",
        [year, cluster_id, year, *kept],
    ).fetchall()
    sources = _plan_sources(db, [row[0] for row in rows])
    return [
        TargetChoice(
            target_id=target_id,
            indicator=indicator,
            measure_unit=measure or "",
            unit_name=unit,
            movement_name=movement,
            year=target_year,
            plan_sources=tuple(sources[target_id]),
        )
        for target_id, indicator, measure, unit, movement, target_year in rows
    ]


def has_table(db: Database, cluster_id: int, year: int) -> bool:
    """Whether the cluster has a scoring table saved for the year (one to copy, or to edit)."""
    return (
        db.execute(
            "SELECT 1 FROM cluster_scoring_tables WHERE cluster_id = ? AND year = ?",
            [cluster_id, year],
        ).fetchone()
        is not None
    )


def scored_numbers(db: Database, cluster_id: int, year: int) -> frozenset[str]:
    """The numbers of the year's criteria that have scores entered: they cannot be taken out."""
    return frozenset(
        number
        for (number,) in db.execute(
            "SELECT DISTINCT c.number FROM scoring_criteria c "
            "JOIN cluster_scoring_tables t ON t.id = c.scoring_table_id "
            "JOIN cluster_scores s ON s.criterion_id = c.id "
            "WHERE t.cluster_id = ? AND t.year = ?",
            [cluster_id, year],
        )
    )
