"""Target criteria scored from the figures the program already tracks.

A target criterion names one target of a movement; each member is scored on its own target of
that movement with the same indicator (the wards' "Thu ngân sách nhà nước trên địa bàn phường"),
or on a target named for it where the indicators are worded apart. Figures are the target's
latest report, read for the whole cluster in one query (core/movements/target_figures), so points
follow the figures whenever they change.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, NamedTuple

from kienan_awards.core.clusters.scoring_table import TARGET, Criterion, ScoringTable
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.movements.progress import (
    DEFAULT_ABOUT_TOLERANCE,
    Plan,
    about_tolerance,
    percent,
)
from kienan_awards.core.movements.target_figures import TargetFigure, read_target_figures

if TYPE_CHECKING:
    from sqlite_utils import Database

POINT_PLACES = Decimal("0.01")
HUNDRED = Decimal(100)


def rounded_points(points: Decimal) -> Decimal:
    return points.quantize(POINT_PLACES, rounding=ROUND_HALF_UP)


class TargetEvidence(NamedTuple):
    """What a target criterion's points rest on (minh chứng). A tuple rather than a dataclass:
    a cluster's scoring makes one for each member's target."""

    target_id: int
    indicator: str
    plan: Plan
    actual: Decimal
    percent_of_plan: Decimal  # as scored: plan / actual where lower is better
    met: bool  # the plan met or exceeded, by its own form
    reported_on: dt.date | None


def percent_of_plan(plan: Plan, actual: Decimal) -> Decimal | None:
    """The % of plan a target criterion is scored on. An indicator where lower is better
    ("dưới 3%": at most) is scored on its own terms: plan / actual, so 2,4% against at most 3%
    is 125% of plan and 4% is 75%. An actual of 0 against such a plan is taken as 100%: no
    ratio can be formed, and nothing lower can be reached. None where the plan is 0 and more
    is better (no percent of plan exists)."""
    if plan.form == "at_most":
        return Decimal("100.0") if actual == 0 else percent(plan.value, actual)
    return percent(actual, plan.value)


def target_points(criterion: Criterion, percent_of_plan: Decimal) -> Decimal:
    """maximum × min(% of plan, 100) / 100, plus bonus_per_percent for each percent above plan
    up to bonus_cap; rounded half up to two places."""
    if percent_of_plan <= HUNDRED:
        return rounded_points(criterion.maximum * percent_of_plan / HUNDRED)
    above = criterion.bonus_per_percent * (percent_of_plan - HUNDRED)
    return rounded_points(criterion.maximum + min(above, criterion.bonus_cap))


class TargetFigures:
    """The targets of a table's target criteria and of the members' own targets, read once
    for a whole cluster."""

    def __init__(
        self, db: Database, table: ScoringTable, named: dict[tuple[str, str], int]
    ) -> None:
        """named: (member name, criterion number) -> a target named for that member."""
        criteria = [c for c in table.criteria if c.method == TARGET]
        references = sorted({c.target_id for c in criteria})
        self._by_id: dict[int, TargetFigure] = {
            target.target_id: target
            for target in read_target_figures(
                db, target_ids=sorted(set(named.values())), movements_of=references
            )
        }
        for criterion in criteria:
            if criterion.target_id not in self._by_id:
                raise KienanError(
                    Message(
                        "criterion {criterion}: target {target} is not in the program",
                        criterion=criterion.number,
                        target=criterion.target_id,
                    )
                )
        # A movement over several years holds a target of each year for each unit: a member is
        # scored on its target of the criterion's target's year.
        self._by_unit: dict[tuple[int, str, int | None, int | None], TargetFigure] = {}
        for target in self._by_id.values():
            key = (target.movement_id, target.indicator, target.unit_id, target.period_year)
            self._by_unit.setdefault(key, target)
        self._named = named
        self._tolerance = about_tolerance(db) if self._by_id else DEFAULT_ABOUT_TOLERANCE

    def member_target(
        self, criterion: Criterion, member: str, unit_id: int | None
    ) -> TargetFigure | None:
        """The member's target for the criterion; None where the program has none."""
        named = self._named.get((member, criterion.number))
        if named is not None:
            if named not in self._by_id:
                raise KienanError(
                    Message(
                        "{member}, criterion {criterion}: target {target} is not in the program",
                        member=member,
                        criterion=criterion.number,
                        target=named,
                    )
                )
            return self._by_id[named]
        reference = self._by_id[criterion.target_id]
        if reference.unit_id == unit_id:
            return reference
        return self._by_unit.get(
            (reference.movement_id, reference.indicator, unit_id, reference.period_year)
        )

    def evidence(
        self, criterion: Criterion, member: str, unit_id: int | None
    ) -> tuple[Decimal, TargetEvidence] | None:
        """The computed points and their evidence; None where the member's figures are not in
        the program (no target of its own, or no report yet)."""
        target = self.member_target(criterion, member, unit_id)
        if target is None:
            return None
        plan = _plan_to_score(target, criterion)
        if plan is None:
            raise KienanError(
                Message(
                    "{member}, criterion {criterion}: target {target} has no plan to score on",
                    member=member,
                    criterion=criterion.number,
                    target=target.target_id,
                )
            )
        actual = target.actual
        if actual is None:
            return None
        share = percent_of_plan(plan, actual)
        if share is None:
            raise KienanError(
                Message(
                    "{member}, criterion {criterion}: the plan of target {target} is 0, so "
                    "no percent of plan can be formed",
                    member=member,
                    criterion=criterion.number,
                    target=target.target_id,
                )
            )
        evidence = TargetEvidence(
            target.target_id,
            target.indicator,
            plan,
            actual,
            share,
            plan.status(actual, self._tolerance) != "not_met",
            target.reported_on,
        )
        return target_points(criterion, share), evidence


def _plan_to_score(target: TargetFigure, criterion: Criterion) -> Plan | None:
    """The criterion's plan source, else the target's first plan."""
    if criterion.plan_source is None:
        return target.plans[0] if target.plans else None
    return next((p for p in target.plans if p.source == criterion.plan_source), None)
