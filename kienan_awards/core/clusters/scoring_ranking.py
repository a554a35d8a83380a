"""The cluster's ranking (xếp hạng) and the members it may put forward as leading (dẫn đầu).

Members rank by total points; a tie is broken by the table's own list of rules, in its order
(TIE_BREAKS); members still level after the last rule share the rank, and where they compete for
the last leading place the vote decides (bình xét, suy tôn). A member that fails a
must-criterion keeps its rank but cannot lead. The number of leading members is the
cluster-year's (1 for the flag, 2 when a Bằng khen goes with it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby

from kienan_awards.core.clusters.scoring import MemberResult
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.text import text_sort_text

# What each tie-break rule compares; higher wins (penalties are negative: fewer is higher).
RULE_VALUES: dict[str, Callable[[MemberResult], Decimal | int]] = {
    "more_musts_met": lambda result: result.musts_met,
    "higher_target_points": lambda result: result.target_points,
    "higher_self_total": lambda result: result.self_total,
    "higher_bonus_points": lambda result: result.bonus_points,
    "fewer_penalty_points": lambda result: result.penalty_points,
}


@dataclass(frozen=True)
class RankedMember:
    rank: int  # shared by members level after every rule
    result: MemberResult
    leads: bool


@dataclass(frozen=True)
class Ranking:
    members: tuple[RankedMember, ...]
    leaders: tuple[MemberResult, ...]  # settled by points and the rules
    to_vote: tuple[MemberResult, ...] = ()  # level for the last leading places
    places_to_vote: int = 0

    def rank_of(self, name: str) -> int:
        return next(m.rank for m in self.members if m.result.name == name)


def rank_members(
    results: Iterable[MemberResult], tie_breaks: Iterable[str], leading_count: int
) -> Ranking:
    rules = list(tie_breaks)
    for rule in rules:
        if rule not in RULE_VALUES:
            raise KienanError(Message("the tie-break rule {rule} is unknown", rule=rule))
    if leading_count < 0:
        raise KienanError(Message("the number of leading members cannot be negative"))

    def standing(result: MemberResult) -> tuple:
        return (result.total, *(RULE_VALUES[rule](result) for rule in rules))

    results = list(results)
    standings = {id(result): standing(result) for result in results}

    def level(result: MemberResult) -> tuple:
        return standings[id(result)]

    # Members level after every rule share the rank, listed by name: only those are keyed by
    # name (a Vietnamese name's sort key costs more than a standing).
    ordered: list[MemberResult] = []
    for _level, tied in groupby(sorted(results, key=level, reverse=True), key=level):
        tied = list(tied)
        if len(tied) > 1:
            tied.sort(key=lambda result: text_sort_text(result.name))
        ordered += tied
    ranks, previous = [], None
    for place, result in enumerate(ordered, start=1):
        key = level(result)
        ranks.append(ranks[-1] if key == previous else place)
        previous = key
    eligible = [result for result in ordered if result.may_lead]
    leaders, to_vote = eligible[:leading_count], []
    if 0 < leading_count < len(eligible):
        level = standing(eligible[leading_count - 1])
        if standing(eligible[leading_count]) == level:
            to_vote = [result for result in eligible if standing(result) == level]
            leaders = [result for result in leaders if standing(result) != level]
    chosen = {id(result) for result in leaders}
    return Ranking(
        members=tuple(
            RankedMember(rank, result, id(result) in chosen)
            for rank, result in zip(ranks, ordered, strict=True)
        ),
        leaders=tuple(leaders),
        to_vote=tuple(to_vote),
        places_to_vote=leading_count - len(leaders) if to_vote else 0,
    )
