"""A cluster-year's scoring table (bảng tiêu chí chấm điểm thi đua), as data.

Every formula parameter is a field of its criterion (maximum, bonus per percent above plan and
its cap, points per event and cap), and the tie-break rules are a list of codes stored with the
table: a table is edited, never programmed. A table is usually last year's, copied and edited.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import N_, NC_
from kienan_awards.core.messages import Message

TARGET, YES_NO, JUDGED, BONUS, PENALTY = "target", "yesno", "judged", "bonus", "penalty"
# How the window and the printed table call each method.
METHODS = {
    TARGET: NC_("scoring method", "target"),
    YES_NO: NC_("scoring method", "yes/no"),
    JUDGED: NC_("scoring method", "judged"),
    BONUS: NC_("scoring method", "bonus"),
    PENALTY: NC_("scoring method", "penalty"),
}
# Items counted in events (a late report, a model the city recognised), capped per item.
COUNTED = (BONUS, PENALTY)
# The rules that break a tie in total points, in the order a table lists them; what each rule
# compares is in scoring_ranking. Past the last rule the members share the rank: the vote decides.
TIE_BREAKS = {
    "more_musts_met": N_("more must-criteria met"),
    "higher_target_points": N_("higher target points"),
    "higher_self_total": N_("higher self total"),
    "higher_bonus_points": N_("higher bonus points"),
    "fewer_penalty_points": N_("fewer penalty points"),
}
DEFAULT_TIE_BREAKS = ("more_musts_met", "higher_target_points", "higher_self_total")
ZERO = Decimal(0)


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Criterion:
    """One row of the table.

    target: tied to a target of a movement by its id; each member is scored on its own target
    of the same movement and indicator (see scoring_targets). Points are maximum × min(% of
    plan, 100) / 100, plus bonus_per_percent for each percent above plan, at most bonus_cap.
    An indicator where lower is better ("dưới 3%") is scored on its own terms: its % of plan
    is plan / actual (2,4% against at most 3% is 125%).
    yesno: 0 or the maximum. judged: entered by the reviewers, 0 to the maximum.
    bonus, penalty: points_per_event for each event, at most cap (a penalty's both negative:
    -5 per late report, cap -20). must: a member that fails it cannot lead the cluster.
    """

    number: str  # "I.1"
    text: str
    method: str
    maximum: Decimal = ZERO
    group: str = ""
    must: bool = False
    target_id: int | None = None
    plan_source: str | None = None  # which of the target's plans; None: its first
    bonus_per_percent: Decimal = ZERO
    bonus_cap: Decimal = ZERO
    points_per_event: Decimal = ZERO
    cap: Decimal = ZERO
    id: str = field(default_factory=new_id)

    @property
    def counted(self) -> bool:
        return self.method in COUNTED

    @property
    def most_entered(self) -> Decimal:
        """The most points a score may have: the maximum, a target's bonus above plan too."""
        return self.maximum + (self.bonus_cap if self.method == TARGET else ZERO)


@dataclass(frozen=True)
class ScoringTable:
    year: int
    criteria: tuple[Criterion, ...]
    tie_breaks: tuple[str, ...] = DEFAULT_TIE_BREAKS
    source_document: str = ""  # the decision that issued the table
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        check_table(self)

    def criterion(self, number: str) -> Criterion | None:
        return next((c for c in self.criteria if c.number == number), None)

    @property
    def most_points(self) -> Decimal:
        """The points of a member that meets everything (điểm chuẩn), bonuses aside."""
        return sum((c.maximum for c in self.criteria if not c.counted), ZERO)


def check_criterion(criterion: Criterion) -> None:
    if criterion.method not in METHODS:
        raise KienanError(
            Message(
                "criterion {criterion}: the method {method} is not one of target, yesno, judged, "
                "bonus, penalty",
                criterion=criterion.number,
                method=criterion.method,
            )
        )
    if criterion.maximum < 0:
        raise KienanError(
            Message(
                "criterion {criterion}: the maximum cannot be negative", criterion=criterion.number
            )
        )
    if criterion.method == TARGET and criterion.target_id is None:
        raise KienanError(
            Message(
                "criterion {criterion}: a target criterion needs a target",
                criterion=criterion.number,
            )
        )
    if criterion.bonus_per_percent < 0 or criterion.bonus_cap < 0:
        raise KienanError(
            Message(
                "criterion {criterion}: the bonus above plan and its cap cannot be negative",
                criterion=criterion.number,
            )
        )
    if criterion.method == PENALTY and (criterion.points_per_event > 0 or criterion.cap > 0):
        raise KienanError(
            Message(
                "criterion {criterion}: a penalty's points per event and its cap are negative",
                criterion=criterion.number,
            )
        )
    if criterion.method == BONUS and (criterion.points_per_event < 0 or criterion.cap < 0):
        raise KienanError(
            Message(
                "criterion {criterion}: a bonus's points per event and its cap are positive",
                criterion=criterion.number,
            )
        )


def check_table(table: ScoringTable) -> None:
    seen: set[str] = set()
    for criterion in table.criteria:
        check_criterion(criterion)
        if criterion.number in seen:
            raise KienanError(
                Message(
                    "criterion {criterion}: the number is used twice in the table",
                    criterion=criterion.number,
                )
            )
        seen.add(criterion.number)
    for rule in table.tie_breaks:
        if rule not in TIE_BREAKS:
            raise KienanError(Message("the tie-break rule {rule} is unknown", rule=rule))


def copy_table(
    table: ScoringTable,
    year: int,
    targets: Mapping[int, int] | None = None,
    source_document: str = "",
) -> ScoringTable:
    """Last year's table for a new year: the same criteria under new ids. targets maps last
    year's target ids to this year's; a target criterion not in it keeps its target until
    edited."""
    targets = targets or {}
    return ScoringTable(
        year=year,
        criteria=tuple(
            replace(
                criterion,
                id=new_id(),
                target_id=targets.get(criterion.target_id, criterion.target_id),
            )
            for criterion in table.criteria
        ),
        tie_breaks=table.tie_breaks,
        source_document=source_document,
    )
