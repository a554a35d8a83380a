"""The bare figures of many targets in one read: each target's plans and its latest report.

For a reader that needs only the figures of many targets at once (a cluster's scoring reads
some 1,500 of them): one query returns what progress.target_progress would give those targets
as plans, actual and report date, without the names, percentages and pace it adds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from kienan_awards.core.movements.progress import Plan

if TYPE_CHECKING:
    from sqlite_utils import Database

LATEST_DAY = "9999-12-31"


class TargetFigure(NamedTuple):
    """A target's figures. A tuple rather than a dataclass: a cluster builds thousands at once."""

    target_id: int
    movement_id: int
    unit_id: int | None
    indicator: str
    plans: tuple[Plan, ...]  # in the order they were entered: the first is the one quoted
    actual: Decimal | None  # the latest report on or before the day asked for
    reported_on: dt.date | None
    period_year: int | None = None  # the year a target of a movement over years is for


def read_target_figures(
    db: Database,
    target_ids: Iterable[int] = (),
    movement_ids: Iterable[int] = (),
    movements_of: Iterable[int] = (),
    year: int | None = None,
    as_of: dt.date | None = None,
) -> list[TargetFigure]:
    """The given targets, every target of the given movements and every target of the
    movements that the targets in movements_of belong to (of the year, where one is
    given: its own period year, else its movement's starting year), with the latest report on
    or before as_of (default: the latest of all). In sort order, then as entered."""
    target_ids, movement_ids = list(target_ids), list(movement_ids)
    movements_of = list(movements_of)
    if not target_ids and not movement_ids and not movements_of:
        return []
    chosen = []
    if target_ids:
        chosen.append(f"t.id IN ({', '.join('?' for _ in target_ids)})")
    if movement_ids:
        chosen.append(f"t.movement_id IN ({', '.join('?' for _ in movement_ids)})")
    if movements_of:
        chosen.append(
            f"t.movement_id IN (SELECT movement_id FROM targets "
            f"WHERE id IN ({', '.join('?' for _ in movements_of)}))"
        )
    where = [f"({' OR '.join(chosen)})"]
    params: list[object] = [*target_ids, *movement_ids, *movements_of]
    if year is not None:
        where.append(
            "(t.period_year = ? OR (t.period_year IS NULL AND "
            "CAST(strftime('%Y', m.starts_on) AS INTEGER) = ?))"
        )
        params += [year, year]
    rows = db.execute(
        f"""SELECT t.id, t.movement_id, t.unit_id, t.indicator,
                   p.source, p.plan_form, p.value, p.value_high, r.reported_on, r.actual_value,
                   t.period_year
            FROM targets t{" JOIN movements m ON m.id = t.movement_id" if year is not None else ""}
            LEFT JOIN target_plans p ON p.target_id = t.id
            LEFT JOIN progress_reports r ON r.id = (
                SELECT id FROM progress_reports WHERE target_id = t.id AND reported_on <= ?
                ORDER BY reported_on DESC, id DESC LIMIT 1)
            WHERE {" AND ".join(where)}
            ORDER BY t.sort_order, t.id, p.id""",
        [as_of.isoformat() if as_of else LATEST_DAY, *params],
    ).fetchall()
    figures: list[TargetFigure] = []
    for row in rows:
        high = None if row[7] is None else Decimal(row[7])
        plans = () if row[4] is None else (Plan(row[4], row[5], Decimal(row[6]), high),)
        if figures and figures[-1].target_id == row[0]:  # the same target's next plan
            figures[-1] = figures[-1]._replace(plans=figures[-1].plans + plans)
            continue
        figures.append(
            TargetFigure(
                row[0],
                row[1],
                row[2],
                row[3],
                plans,
                None if row[9] is None else Decimal(row[9]),
                None if row[8] is None else dt.date.fromisoformat(row[8]),
                row[10],
            )
        )
    return figures
