"""A cluster-year's scores: each member's self-score (tự chấm) and the score agreed after the
cross-review (cụm chấm, thẩm định), per criterion of the table, and the totals they make.

Target criteria are computed from the program's own figures (scoring_targets), with the target
record as evidence; where a member's figures are not in the program its self-score stands and
is marked so. An agreed score is never changed by the program: when the figures move after the
review, the computed points follow and the agreed score that no longer matches is marked.
Scores that cannot be right (over the maximum, negative outside penalties, a penalty past its
cap) are refused with the member and the criterion named, never clipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cached_property
from typing import TYPE_CHECKING

from kienan_awards.core.clusters.scoring_table import (
    BONUS,
    PENALTY,
    TARGET,
    YES_NO,
    ZERO,
    Criterion,
    ScoringTable,
)
from kienan_awards.core.clusters.scoring_targets import Measurement, TargetEvidence, TargetFigures
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import N_
from kienan_awards.core.messages import Message

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Events:
    """A bonus or penalty item given as how many times it happened (3 late reports); the
    points are the criterion's points per event, held at its cap."""

    count: int


@dataclass(frozen=True)
class MemberScores:
    """What a member of the cluster brings to the scoring: by criterion number, its self-scores
    and the agreed scores (points, or Events for bonus and penalty items); targets names the
    member's own target for a criterion where it is not found by the indicator."""

    name: str
    unit_id: int | None = None
    self_scores: Mapping[str, object] = field(default_factory=dict)
    agreed_scores: Mapping[str, object] = field(default_factory=dict)
    targets: Mapping[str, int] = field(default_factory=dict)
    reasons: Mapping[str, str] = field(default_factory=dict)  # why an agreed score differs


# Not frozen, with slots: a cluster makes one for each member and criterion (2,000 for 50 x 40)
# and a frozen dataclass takes four times as long to build; nothing changes one once built.
@dataclass(slots=True)
class CriterionScore:
    criterion: Criterion
    self_points: Decimal | None
    agreed_points: Decimal | None
    computed_points: Decimal | None = None
    measurement: Measurement | None = None  # the member's target, where points were computed
    self_score_stands: bool = False  # a target criterion whose figures are not in the program
    agreed_reason: str = ""  # why the agreed score stands apart from the computed one

    @property
    def evidence(self) -> TargetEvidence | None:
        """What the computed points rest on (minh chứng)."""
        return None if self.measurement is None else self.measurement.evidence()

    @property
    def proposed(self) -> Decimal:
        """The member's own score: computed from the figures where they are in the program."""
        if self.computed_points is not None:
            return self.computed_points
        return self.self_points if self.self_points is not None else ZERO

    @property
    def points(self) -> Decimal:
        """What counts: the agreed score once agreed, else the proposed one."""
        return self.agreed_points if self.agreed_points is not None else self.proposed

    @property
    def agreed_differs(self) -> bool:
        """The agreed score no longer matches the points computed from today's figures."""
        return (
            self.agreed_points is not None
            and self.computed_points is not None
            and self.agreed_points != self.computed_points
        )

    @property
    def met(self) -> bool:
        """Met, for a must-criterion: a target's plan met by its own form; yes or full marks;
        no penalty; some bonus."""
        if self.measurement is not None:
            return self.measurement.met
        if self.criterion.method == PENALTY:
            return self.points == 0
        if self.criterion.method == BONUS:
            return self.points > 0
        return self.points >= self.criterion.maximum


@dataclass(frozen=True)
class MemberResult:
    member: MemberScores
    criteria: tuple[CriterionScore, ...]

    @property
    def name(self) -> str:
        return self.member.name

    @cached_property
    def _sums(self) -> dict[str, object]:
        """Every total in one pass over the criteria: a cluster ranks on several of them for
        each member."""
        own = counted = ZERO
        by_method = {TARGET: ZERO, BONUS: ZERO, PENALTY: ZERO}
        reviewed, failed, met = False, [], 0
        for score in self.criteria:
            proposed = score.proposed
            points = score.agreed_points if score.agreed_points is not None else proposed
            own += proposed
            counted += points
            reviewed = reviewed or score.agreed_points is not None
            method = score.criterion.method
            if method in by_method:
                by_method[method] += points
            if score.criterion.must:
                if score.met:
                    met += 1
                else:
                    failed.append(score.criterion.number)
        return {
            "own": own,
            "counted": counted,
            "reviewed": reviewed,
            "by_method": by_method,
            "failed": tuple(failed),
            "met": met,
        }

    @property
    def reviewed(self) -> bool:
        return self._sums["reviewed"]

    @property
    def self_total(self) -> Decimal:
        return self._sums["own"]

    @property
    def agreed_total(self) -> Decimal | None:
        """Only once reviewed; a criterion the review left alone counts as proposed."""
        return self._sums["counted"] if self.reviewed else None

    @property
    def total(self) -> Decimal:
        """The agreed total where reviewed, else the self total; bonus and penalty included."""
        return self._sums["counted"]

    @property
    def target_points(self) -> Decimal:
        return self._sums["by_method"][TARGET]

    @property
    def bonus_points(self) -> Decimal:
        return self._sums["by_method"][BONUS]

    @property
    def penalty_points(self) -> Decimal:
        """Zero or negative."""
        return self._sums["by_method"][PENALTY]

    @property
    def musts_failed(self) -> tuple[str, ...]:
        return self._sums["failed"]

    @property
    def musts_met(self) -> int:
        return self._sums["met"]

    @property
    def may_lead(self) -> bool:
        return not self.musts_failed

    @property
    def agreed_differs(self) -> tuple[str, ...]:
        return tuple(s.criterion.number for s in self.criteria if s.agreed_differs)

    @property
    def self_score_stands(self) -> tuple[str, ...]:
        return tuple(s.criterion.number for s in self.criteria if s.self_score_stands)

    def score(self, number: str) -> CriterionScore:
        return next(s for s in self.criteria if s.criterion.number == number)


def _counted_points(criterion: Criterion, member: str, events: Events) -> Decimal:
    if not criterion.counted:
        raise KienanError(
            Message(
                "{member}, criterion {criterion}: a number of times is given for a criterion "
                "scored in points",
                member=member,
                criterion=criterion.number,
            )
        )
    if events.count < 0:
        raise KienanError(
            Message(
                "{member}, criterion {criterion}: the number of times cannot be negative",
                member=member,
                criterion=criterion.number,
            )
        )
    points = criterion.points_per_event * events.count
    # The cap is the item's rule: six late reports at -5 are still -20.
    return max(points, criterion.cap) if criterion.method == PENALTY else min(points, criterion.cap)


def entered_points(criterion: Criterion, member: str, value: object) -> Decimal | None:
    """The points of one entered score, refused where they cannot be right."""
    if value is None:
        return None
    if isinstance(value, Events):
        return _counted_points(criterion, member, value)
    try:
        points = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        points = None
    if points is None or not points.is_finite() or isinstance(value, bool):
        raise KienanError(
            Message(
                "{member}, criterion {criterion}: {value} is not a number of points",
                member=member,
                criterion=criterion.number,
                value=value,
            )
        )
    refusal = _refusal(criterion, points)
    if refusal is not None:
        raise KienanError(
            Message(
                refusal,
                member=member,
                criterion=criterion.number,
                **_shown(refusal, criterion, points),
            )
        )
    return points


def _shown(refusal: str, criterion: Criterion, points: Decimal) -> dict[str, str]:
    """The figures the refusal quotes, formatted only when one is made."""
    most = criterion.most_entered
    figures = {"points": points, "maximum": most, "cap": criterion.cap}
    return {name: f"{figure:f}" for name, figure in figures.items() if f"{{{name}}}" in refusal}


def _refusal(criterion: Criterion, points: Decimal) -> str | None:
    """Why the points cannot be right for the criterion, as a message; None where they can."""
    if criterion.method == PENALTY:
        if points > 0:
            return N_(
                "{member}, criterion {criterion}: a penalty counts as negative points, not {points}"
            )
        if points < criterion.cap:
            return N_(
                "{member}, criterion {criterion}: the penalty {points} is over its cap of {cap}"
            )
        return None
    if points < 0:
        return N_("{member}, criterion {criterion}: a score cannot be negative ({points})")
    if criterion.method == BONUS:
        if points > criterion.cap:
            return N_(
                "{member}, criterion {criterion}: the bonus {points} is over its cap of {cap}"
            )
        return None
    most = criterion.most_entered
    if points > most:
        return N_(
            "{member}, criterion {criterion}: {points} points is over the maximum of {maximum}"
        )
    if criterion.method == YES_NO and points not in (ZERO, criterion.maximum):
        return N_("{member}, criterion {criterion}: yes or no scores 0 or {maximum}, not {points}")
    return None


def _check_numbers(table: ScoringTable, member: MemberScores) -> None:
    numbers = {c.number for c in table.criteria}
    for scores in (member.self_scores, member.agreed_scores, member.targets):
        for number in scores:
            if number not in numbers:
                raise KienanError(
                    Message(
                        "{member}: the scoring table has no criterion {criterion}",
                        member=member.name,
                        criterion=number,
                    )
                )


def score_member(
    table: ScoringTable,
    member: MemberScores,
    measured: Mapping[str, Sequence[Measurement | None]],
    place: int,
) -> MemberResult:
    """The member's scores; measured holds each target criterion's measurements of the
    cluster's members, this member's at place."""
    _check_numbers(table, member)
    scores = []
    name, own_scores, agreed_scores = member.name, member.self_scores, member.agreed_scores
    for criterion in table.criteria:
        number = criterion.number
        # Most criteria of most members are not entered: no call for those.
        own = entered_points(criterion, name, own_scores[number]) if number in own_scores else None
        agreed = None
        if number in agreed_scores:
            agreed = entered_points(criterion, name, agreed_scores[number])
        if criterion.method != TARGET:
            scores.append(CriterionScore(criterion, own, agreed))
            continue
        why = member.reasons.get(number, "") if member.reasons else ""
        found = measured[number][place]
        # By position, as the fields are declared: keywords cost more, 2,000 times over.
        if found is None:
            scores.append(CriterionScore(criterion, own, agreed, None, None, True, why))
        else:
            scores.append(CriterionScore(criterion, own, agreed, found.points, found, False, why))
    return MemberResult(member, tuple(scores))


def score_cluster(
    db: Database, table: ScoringTable, members: Iterable[MemberScores]
) -> list[MemberResult]:
    """Every member's scores on the table, target criteria from today's figures."""
    members = list(members)
    named = {
        (member.name, number): target_id
        for member in members
        for number, target_id in member.targets.items()
    }
    figures = TargetFigures(db, table, named)
    names = [(member.name, member.unit_id) for member in members]
    measured = {
        criterion.number: figures.measure_members(criterion, names)
        for criterion in table.criteria
        if criterion.method == TARGET
    }
    return [score_member(table, member, measured, n) for n, member in enumerate(members)]
