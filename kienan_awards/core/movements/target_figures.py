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


class StoredPlan(NamedTuple):
    """A plan as stored, its figures as their exact text."""

    source: str
    form: str  # at_least, at_most, range, about
    value: str
    value_high: str | None

    def plan(self) -> Plan:
        high = None if self.value_high is None else Decimal(self.value_high)
        return Plan(self.source, self.form, Decimal(self.value), high)


class TargetFigure(NamedTuple):
    """A target's figures as stored, numbers and dates as their text, its first plan in fields
    of its own: a row read is a figure as it stands, and only the figures scored on become
    numbers (a cluster reads some 1,500 targets at once). plans, actual and reported_on give
    them as numbers and dates."""

    target_id: int
    movement_id: int
    unit_id: int | None
    indicator: str
    period_year: int | None  # the year a target of a movement over years is for
    actual_text: str | None  # the latest report on or before the day asked for
    reported_on_text: str | None
    plan_source: str | None  # the first plan entered, the one quoted; None without a plan
    plan_form: str | None
    plan_value: str | None
    plan_value_high: str | None
    later_plans: tuple[StoredPlan, ...] | None  # the plans entered after it, in order

    @property
    def first_plan(self) -> StoredPlan | None:
        if self.plan_form is None:
            return None
        return StoredPlan(self.plan_source, self.plan_form, self.plan_value, self.plan_value_high)

    @property
    def stored_plans(self) -> tuple[StoredPlan, ...]:
        first = self.first_plan
        return () if first is None else (first, *(self.later_plans or ()))

    @property
    def plans(self) -> tuple[Plan, ...]:
        return tuple(stored.plan() for stored in self.stored_plans)

    @property
    def actual(self) -> Decimal | None:
        return None if self.actual_text is None else Decimal(self.actual_text)

    @property
    def reported_on(self) -> dt.date | None:
        text = self.reported_on_text
        return None if text is None else dt.date.fromisoformat(text)


# Where the first plan's form, value and high end sit in a figure, to read the three at once.
PLAN_FORM = TargetFigure._fields.index("plan_form")
PLAN_VALUE_HIGH = TargetFigure._fields.index("plan_value_high")


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
    on_or_before = " AND reported_on <= ?" if as_of else ""
    rows = db.execute(
        f"""SELECT t.id, t.movement_id, t.unit_id, t.indicator, t.period_year,
                   r.actual_value, r.reported_on, p.source, p.plan_form, p.value, p.value_high, NULL
            FROM targets t{" JOIN movements m ON m.id = t.movement_id" if year is not None else ""}
            LEFT JOIN target_plans p ON p.target_id = t.id
            LEFT JOIN progress_reports r ON r.id = (
                SELECT id FROM progress_reports WHERE target_id = t.id{on_or_before}
                ORDER BY reported_on DESC, id DESC LIMIT 1)
            WHERE {" AND ".join(where)}
            ORDER BY t.sort_order, t.id, p.id""",
        [*([as_of.isoformat()] if as_of else []), *params],
    ).fetchall()
    # A row is a figure with its first plan: a target's later plans come on rows of their own.
    figures: list[TargetFigure] = []
    last = None
    for row in rows:
        if row[0] != last:
            figures.append(TargetFigure._make(row))
            last = row[0]
        elif row[8] is not None:  # the same target's next plan
            later = (*(figures[-1].later_plans or ()), StoredPlan._make(row[7:11]))
            figures[-1] = figures[-1]._replace(later_plans=later)
    return figures
