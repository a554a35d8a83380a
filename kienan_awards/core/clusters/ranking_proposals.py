"""The one action that turns a cluster-year's ranking into a proposal: the leading members, in
rank order, each on a line of the form the cluster put them forward for (the first one for the
flag, the next ones for the Bằng khen), the achievement saying the rank and the points. A city
cluster's leading wards go up to the city's forms; a block of this office leads to this
office's own. Each line keeps the rank, the number ranked and the total it was proposed on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from kienan_awards.core.awards import catalogue
from kienan_awards.core.awards.conferring import forms_conferred
from kienan_awards.core.awards.decisions import add_line, create_proposal
from kienan_awards.core.changes import ChangeSet
from kienan_awards.core.clusters.clusters import Cluster, cluster_by_id, cluster_leader
from kienan_awards.core.clusters.review_meetings import cluster_review
from kienan_awards.core.clusters.scored_cluster import ScoredCluster, scored_cluster
from kienan_awards.core.clusters.scoring_ranking import RankedMember
from kienan_awards.core.cycle.city_forms import city_forms
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records.office import office_period_on
from kienan_awards.core.records.record_edits import transaction
from kienan_awards.core.text import format_decimal

if TYPE_CHECKING:
    from sqlite_utils import Database

# As the office writes them (documents are in Vietnamese whatever the window's language).
TITLE = "Đề nghị khen thưởng tập thể dẫn đầu {cluster} năm {year}"
ACHIEVEMENT = "Xếp thứ {rank}/{count} {cluster} năm {year}, {points} điểm"


def ranking_proposal(db: Database, cluster_id: int, year: int) -> int | None:
    """The id of the proposal made from the cluster-year's ranking, if one was made."""
    row = db.execute(
        "SELECT l.proposal_id FROM proposal_line_rankings r "
        "JOIN proposal_lines l ON l.id = r.proposal_line_id "
        "WHERE r.cluster_id = ? AND r.year = ? ORDER BY r.id LIMIT 1",
        [cluster_id, year],
    ).fetchone()
    return row[0] if row else None


def exact_points(value: Decimal) -> str:
    """A total as exact text, without trailing zeros ("102.88", "95")."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _forms(db: Database, cluster: Cluster, awards: Sequence[tuple[str, int]], day: dt.date):
    """The forms asked for, checked against the catalogue and against who decides them."""
    if not awards:
        raise KienanError(Message("say which award form each leading member is proposed for"))
    if cluster.organiser == "city":
        fitting = set(city_forms(db, day))
    else:
        period = office_period_on(db, day)
        level = (period.level if period else None) or "commune"
        fitting = {form.id for form in forms_conferred(db, level, day)}
    found = []
    for name, count in awards:
        form = catalogue.find_award_form(db, name)
        if form is None:
            raise KienanError(Message("the award form '{form}' is not in the catalogue", form=name))
        if count < 1:
            raise KienanError(
                Message(
                    "{form}: the number of leading members proposed must be at least 1, "
                    "not {count}",
                    form=form.name_vi,
                    count=count,
                )
            )
        if form.id not in fitting and cluster.organiser == "city":
            raise KienanError(
                Message(
                    "{form} is not conferred by the city on {day}: the leading members of a "
                    "city cluster are proposed for the city's forms",
                    form=form.name_vi,
                    day=f"{day:%d/%m/%Y}",
                )
            )
        if form.id not in fitting:
            raise KienanError(
                Message(
                    "{form} is not conferred by this office on {day}: the leading members of "
                    "this office's block are proposed for its own forms",
                    form=form.name_vi,
                    day=f"{day:%d/%m/%Y}",
                )
            )
        found.append((form, count))
    return found


def _in_order(scored: ScoredCluster, votes: Mapping[int, int]) -> list[RankedMember]:
    """The members that may take a leading place, in rank order; members level on points and
    every rule are ordered by the review's vote."""
    ranking = scored.ranking
    chosen = {id(result) for result in (*ranking.leaders, *ranking.to_vote)}
    pool = [ranked for ranked in ranking.members if id(ranked.result) in chosen]
    return sorted(pool, key=lambda ranked: (ranked.rank, -votes.get(_unit(ranked), 0)))


def _unit(ranked: RankedMember) -> int:
    return ranked.result.member.unit_id


def _check_cuts(
    scored: ScoredCluster, pool: list[RankedMember], cuts: list[int], votes: Mapping[int, int]
) -> None:
    """Refuse where a line would part members level on the ranking and the vote."""
    for cut in cuts:
        if cut >= len(pool):
            continue
        before, after = pool[cut - 1], pool[cut]
        level = before.rank == after.rank
        if level and votes.get(_unit(before)) == votes.get(_unit(after)):
            tied = [r.result.name for r in pool if r.rank == before.rank]
            raise KienanError(
                Message(
                    "{members} are level at rank {rank} of {cluster} for {year}, where the "
                    "proposal would part them: the vote decides; record the review meeting's "
                    "vote first",
                    members=", ".join(tied),
                    rank=before.rank,
                    cluster=scored.cluster.name,
                    year=scored.year,
                )
            )


def _leading(scored: ScoredCluster, wanted: int, cuts: list[int], votes) -> list[RankedMember]:
    ranking = scored.ranking
    stored = (r.member for r in scored.results)
    if not any(member.self_scores or member.agreed_scores for member in stored):
        raise KienanError(
            Message(
                "{cluster} has no scores for {year}: nothing to rank",
                cluster=scored.cluster.name,
                year=scored.year,
            )
        )
    places = len(ranking.leaders) + ranking.places_to_vote
    if wanted > places:
        raise KienanError(
            Message(
                "more members proposed ({wanted}) than lead {cluster} in {year} ({count}); a "
                "member that failed a must-criterion never leads",
                cluster=scored.cluster.name,
                count=places,
                year=scored.year,
                wanted=wanted,
            )
        )
    pool = _in_order(scored, votes)
    _check_cuts(scored, pool, cuts, votes)
    return pool[:wanted]


def propose_from_ranking(
    db: Database,
    cluster_id: int,
    year: int,
    awards: Sequence[tuple[str, int]],
    received_on: dt.date,
) -> ChangeSet:
    """A proposal of the cluster-year's leading members: awards are (form as named in the
    catalogue, how many of the leading members in rank order), the first ones' form first.
    Refused, nothing written, where the year has no table or no scores, fewer members lead
    than asked, a form is not in the catalogue or not the organiser's to seek, the ranking is
    proposed already, or members level on the ranking would be parted (the vote decides)."""
    with transaction(db):
        cluster = cluster_by_id(db, cluster_id)
        already = ranking_proposal(db, cluster_id, year)
        if already is not None:
            raise KienanError(
                Message(
                    "the ranking of {cluster} for {year} is proposed already (proposal {id})",
                    cluster=cluster.name,
                    year=year,
                    id=already,
                )
            )
        forms = _forms(db, cluster, awards, received_on)
        scored = scored_cluster(db, cluster_id, year)
        review = cluster_review(db, cluster_id, year)
        votes = dict(review.votes) if review else {}
        cuts = [sum(count for _form, count in forms[: n + 1]) for n in range(len(forms))]
        leading = _leading(scored, cuts[-1], cuts, votes)
        group = create_proposal(
            db,
            TITLE.format(cluster=cluster.name, year=year),
            year,
            proposed_by=cluster_leader(db, cluster_id, year) or cluster.name,
            received_on=received_on.isoformat(),
        )
        proposal_id = group.record_id
        count = len(scored.results)
        for form, ranked in zip(_form_of_each(forms), leading, strict=True):
            line = add_line(
                db,
                proposal_id,
                {
                    "form_id": form.id,
                    "recipient_unit_id": _unit(ranked),
                    "achievement": ACHIEVEMENT.format(
                        rank=ranked.rank,
                        count=count,
                        cluster=cluster.name,
                        year=year,
                        points=format_decimal(exact_points(ranked.result.total)),
                    ),
                },
            )
            db.execute(
                "INSERT INTO proposal_line_rankings (proposal_line_id, cluster_id, year, rank, "
                "member_count, total_points) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    line.record_id,
                    cluster_id,
                    year,
                    ranked.rank,
                    count,
                    exact_points(ranked.result.total),
                ],
            )
            group.extend(line)
    return group.changes


def _form_of_each(forms: list) -> list:
    """The form of each leading place in rank order: the first form's count first."""
    return [form for form, how_many in forms for _place in range(how_many)]


@dataclass(frozen=True)
class RankedLine:
    """A proposal line made from a ranking, as it was proposed."""

    id: int
    recipient_name: str
    form: str
    achievement: str
    rank: int
    member_count: int
    total_points: str  # exact text


def ranked_lines(db: Database, proposal_id: int) -> list[RankedLine]:
    """The proposal's lines made from a ranking, in the order they were added."""
    rows = db.execute(
        "SELECT l.id, l.recipient_name, f.name_vi, coalesce(l.achievement, ''), r.rank, "
        "r.member_count, r.total_points FROM proposal_line_rankings r "
        "JOIN proposal_lines l ON l.id = r.proposal_line_id "
        "JOIN award_forms f ON f.id = l.form_id WHERE l.proposal_id = ? ORDER BY l.id",
        [proposal_id],
    ).fetchall()
    return [RankedLine(*row) for row in rows]
