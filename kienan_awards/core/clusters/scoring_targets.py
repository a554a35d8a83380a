"""Target criteria scored from the figures the program already tracks.

A target criterion names one target of a movement; each member is scored on its own target of
that movement with the same indicator (the wards' "Thu ngân sách nhà nước trên địa bàn phường"),
or on a target named for it where the indicators are worded apart. Figures are the target's
latest report, read for the whole cluster in one query (core/movements/target_figures), so points
follow the figures whenever they change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, NamedTuple

from kienan_awards.core.clusters.scoring_table import TARGET, Criterion, ScoringTable
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.movements.progress import (
    DEFAULT_ABOUT_TOLERANCE,
    Plan,
    about_tolerance,
    exact_percent,
    plan_status,
    shown_percent,
)
from kienan_awards.core.movements.target_figures import (
    PLAN_FORM,
    PLAN_VALUE_HIGH,
    TargetFigure,
    read_target_figures,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

POINT_PLACES = Decimal("0.01")
HUNDRED = Decimal(100)


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


class Measurement(NamedTuple):
    """A member's target as its criterion scored it; the evidence is built from it only when
    shown (the grid shows one cell's, a cluster scores thousands)."""

    points: Decimal  # computed
    target: TargetFigure
    plan_index: int  # which of the target's stored plans
    actual: Decimal
    percent_of_plan: Decimal  # to two places
    met: bool

    def evidence(self) -> TargetEvidence:
        return TargetEvidence(
            self.target.target_id,
            self.target.indicator,
            self.target.stored_plans[self.plan_index].plan(),
            self.actual,
            shown_percent(self.percent_of_plan),
            self.met,
            self.target.reported_on,
        )


def percent_of_plan(plan: Plan, actual: Decimal) -> Decimal | None:
    """The % of plan a target criterion is scored on, as the office writes it."""
    share = _percent_of_plan(plan.form, plan.value, actual)
    return None if share is None else shown_percent(share)


def _percent_of_plan(form: str, value: Decimal, actual: Decimal) -> Decimal | None:
    """An indicator where lower is better ("dưới 3%": at most) is scored on its own terms:
    plan / actual, so 2,4% against at most 3% is 125% of plan and 4% is 75%. An actual of 0
    against such a plan is taken as 100%: no ratio can be formed, and nothing lower can be
    reached. None where the plan is 0 and more is better (no percent of plan exists)."""
    if form == "at_most":
        return HUNDRED if actual == 0 else exact_percent(value, actual)
    return None if value == 0 else exact_percent(actual, value)


def target_points(criterion: Criterion, percent_of_plan: Decimal) -> Decimal:
    """maximum × min(% of plan, 100) / 100, plus bonus_per_percent for each percent above plan
    up to bonus_cap; rounded half up to two places."""
    if percent_of_plan <= HUNDRED:
        points = criterion.maximum * percent_of_plan / HUNDRED
    else:
        above = criterion.bonus_per_percent * (percent_of_plan - HUNDRED)
        points = criterion.maximum + min(above, criterion.bonus_cap)
    return points.quantize(POINT_PLACES, ROUND_HALF_UP)  # by position: a keyword costs more


class TargetFigures:
    """The targets of a table's target criteria and of the members' own targets, read once
    for a whole cluster."""

    def __init__(
        self, db: Database, table: ScoringTable, named: dict[tuple[str, str], int]
    ) -> None:
        """named: (member name, criterion number) -> a target named for that member."""
        criteria = [c for c in table.criteria if c.method == TARGET]
        references = sorted({c.target_id for c in criteria})
        # A movement over several years holds a target of each year for each unit: a member is
        # scored on its target of the criterion's target's year. Grouped so that a member's
        # target is two lookups (a cluster looks up some 1,500), in the one pass that reads them.
        self._by_id: dict[int, TargetFigure] = {}
        groups: dict[tuple[int, str, int | None], dict[int | None, TargetFigure]] = {}
        for target in read_target_figures(
            db, target_ids=sorted(set(named.values())), movements_of=references
        ):
            self._by_id[target.target_id] = target
            group = groups.setdefault(_group_key(target), {})
            if target.unit_id not in group:
                group[target.unit_id] = target
        for criterion in criteria:
            if criterion.target_id not in self._by_id:
                raise KienanError(
                    Message(
                        "criterion {criterion}: target {target} is not in the program",
                        criterion=criterion.number,
                        target=criterion.target_id,
                    )
                )
        self._peers = {
            criterion.target_id: groups[_group_key(self._by_id[criterion.target_id])]
            for criterion in criteria
        }
        self._named = named
        self._tolerance = about_tolerance(db) if self._by_id else DEFAULT_ABOUT_TOLERANCE

    def measure_members(
        self, criterion: Criterion, members: Sequence[tuple[str, int | None]]
    ) -> list[Measurement | None]:
        """Each member's (name, unit) computed points on the criterion and what they rest on,
        in the members' order; None where a member's figures are not in the program (no target
        of its own, or no report yet). A criterion at a time: a cluster measures some 1,500."""
        reference = self._by_id[criterion.target_id]
        peers = self._peers[criterion.target_id]
        measured: list[Measurement | None] = []
        for member, unit_id in members:
            target = self._named_target(criterion, member) if self._named else None
            if target is None:
                target = reference if reference.unit_id == unit_id else peers.get(unit_id)
            measured.append(None if target is None else self._measure(criterion, member, target))
        return measured

    def _named_target(self, criterion: Criterion, member: str) -> TargetFigure | None:
        named = self._named.get((member, criterion.number))
        if named is not None and named not in self._by_id:
            raise KienanError(
                Message(
                    "{member}, criterion {criterion}: target {target} is not in the program",
                    member=member,
                    criterion=criterion.number,
                    target=named,
                )
            )
        return None if named is None else self._by_id[named]

    def _measure(
        self, criterion: Criterion, member: str, target: TargetFigure
    ) -> Measurement | None:
        index = _plan_to_score(target, criterion)
        if index is None:
            raise KienanError(
                Message(
                    "{member}, criterion {criterion}: target {target} has no plan to score on",
                    member=member,
                    criterion=criterion.number,
                    target=target.target_id,
                )
            )
        if target.actual_text is None:
            return None
        if index == 0:  # as a rule: read from the figure's own fields, no plan built
            form, value_text, high_text = target[PLAN_FORM : PLAN_VALUE_HIGH + 1]
        else:
            _, form, value_text, high_text = target.stored_plans[index]
        # Only the figures scored on become numbers.
        actual, value = Decimal(target.actual_text), Decimal(value_text)
        share = _percent_of_plan(form, value, actual)
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
        high = None if high_text is None else Decimal(high_text)
        met = plan_status(form, value, high, actual, self._tolerance) != "not_met"
        return Measurement(target_points(criterion, share), target, index, actual, share, met)


def _group_key(target: TargetFigure) -> tuple[int, str, int | None]:
    return (target.movement_id, target.indicator, target.period_year)


def _plan_to_score(target: TargetFigure, criterion: Criterion) -> int | None:
    """Which of the target's plans the criterion scores on: the one of its plan source, else
    the first; None where there is none."""
    if criterion.plan_source is None:
        return None if target.plan_form is None else 0
    return next(
        (n for n, p in enumerate(target.stored_plans) if p.source == criterion.plan_source), None
    )
