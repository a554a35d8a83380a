"""clusters: the emulation clusters and blocks of a year, with their leader, deputy and
members; scores: a cluster-year's members scored on its table and ranked; cluster: a
cluster-year's review meeting, the proposal made from its ranking and its papers."""

from __future__ import annotations

import argparse
import json
from contextlib import closing

from kienan_awards.cli import DONE
from kienan_awards.cli.arguments import year_argument
from kienan_awards.core import i18n
from kienan_awards.core.i18n import _
from kienan_awards.core.storage.read_connections import open_read_connection
from kienan_awards.core.text import ENGLISH_MARKS, VIETNAMESE_MARKS, format_decimal


def add_parser(commands) -> None:
    listing = commands.add_parser(
        "clusters",
        help=_("the emulation clusters and blocks of a year, with their leader and members"),
        description=_(
            "One line a cluster or block with members in the year: name, kind (cụm or khối), "
            "who organises it (city or office), leader, deputy and members. A list is "
            "imported with 'import clusters FILE --year YEAR'."
        ),
    )
    listing.add_argument("--year", type=year_argument, required=True, metavar="YEAR")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=command_clusters)
    scores = commands.add_parser(
        "scores",
        help=_("a cluster's or block's scores for a year, ranked, with its leading members"),
        description=_(
            "One block a member, in the order ranked: its self total, agreed total, the total "
            "that counts, whether it leads or failed a must-criterion, and each criterion's "
            "self, agreed and computed points with a target's evidence (target, plan, actual, "
            "% of plan). Marks: * the agreed score differs from the points computed from "
            "today's figures; ~ the member's figures are not in the program, its self-score "
            "stands."
        ),
    )
    scores.add_argument("--cluster", required=True, metavar="NAME")
    scores.add_argument("--year", type=year_argument, required=True, metavar="YEAR")
    scores.add_argument("--format", choices=("table", "json"), default="table")
    scores.set_defaults(handler=command_scores)


def command_clusters(args: argparse.Namespace) -> int:
    from kienan_awards.core.clusters import clusters

    with closing(open_read_connection(args.db, check=True)) as db:
        years = clusters.cluster_years(db, args.year)
    if args.format == "json":
        print(
            json.dumps(
                [_as_json(year, clusters.KIND_WORDS) for year in years],
                ensure_ascii=False,
                indent=1,
                sort_keys=True,
            )
        )
        return DONE
    organisers = {"city": _("city"), "office": _("office")}
    for year in years:
        print(
            _(
                "{name} | {kind} | {organiser} | leader: {leader} | deputy: {deputy} | {members}"
            ).format(
                name=year.cluster.name,
                kind=clusters.KIND_WORDS[year.cluster.kind],
                organiser=organisers[year.cluster.organiser],
                leader=year.leader or "-",
                deputy=year.deputy or "-",
                members=", ".join(year.members),
            )
        )
    return DONE


def _as_json(year, kind_words: dict[str, str]) -> dict:
    return {
        "name": year.cluster.name,
        "kind": kind_words[year.cluster.kind],
        "organiser": year.cluster.organiser,
        "leader": year.leader,
        "deputy": year.deputy,
        "members": list(year.members),
    }


def _number(value):
    """Exact decimals as JSON numbers: whole ones as integers."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def find_named_cluster(db, name: str):
    from kienan_awards.core.clusters.clusters import cluster_named

    return cluster_named(db, name)


def command_scores(args: argparse.Namespace) -> int:
    from kienan_awards.core.clusters.scored_cluster import scored_cluster

    with closing(open_read_connection(args.db, check=True)) as db:
        scored = scored_cluster(db, find_named_cluster(db, args.cluster).id, args.year)
    if args.format == "json":
        rows = [_member_json(ranked) for ranked in scored.ranking.members]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return DONE
    marks = VIETNAMESE_MARKS if i18n.language() == "vi" else ENGLISH_MARKS
    for ranked in scored.ranking.members:
        _print_member(ranked, marks)
    return DONE


def _member_json(ranked) -> dict:
    """A ranked member as JSON: the keys are the program's, never translated."""
    result = ranked.result
    return {
        "unit": result.name,
        "self_total": _number(result.self_total),
        "agreed_total": _number(result.agreed_total),
        "total": _number(result.total),
        "rank": ranked.rank,
        "leading": ranked.leads,
        "must_failed": bool(result.musts_failed),
        "criteria": [_criterion_json(score) for score in result.criteria],
    }


def _criterion_json(score) -> dict:
    evidence = score.evidence
    return {
        "number": score.criterion.number,
        "method": score.criterion.method,
        "max": _number(score.criterion.maximum),
        "self": _number(score.self_points),
        "agreed": _number(score.agreed_points),
        "computed": _number(score.computed_points),
        "evidence": None
        if evidence is None
        else {
            "target": evidence.indicator,
            "plan": _number(evidence.plan.value),
            "actual": _number(evidence.actual),
            "percent": _number(evidence.percent_of_plan),
        },
    }


def _figure(value, marks: tuple[str, str]) -> str:
    return "-" if value is None else format_decimal(str(_number(value)), marks)


def _print_member(ranked, marks: tuple[str, str]) -> None:
    result = ranked.result
    standing = []
    if ranked.leads:
        standing.append(_("leading"))
    if result.musts_failed:
        standing.append(
            _("failed must-criteria: {numbers}").format(numbers=", ".join(result.musts_failed))
        )
    print(
        _("{rank}. {unit} | self {self_total} | agreed {agreed_total} | total {total}").format(
            rank=ranked.rank,
            unit=result.name,
            self_total=_figure(result.self_total, marks),
            agreed_total=_figure(result.agreed_total, marks),
            total=_figure(result.total, marks),
        )
        + "".join(f" | {word}" for word in standing)
    )
    for score in result.criteria:
        mark = "*" if score.agreed_differs else "~" if score.self_score_stands else ""
        line = "   " + _(
            "{number}{mark} | self {own} | agreed {agreed} | computed {computed}"
        ).format(
            number=score.criterion.number,
            mark=mark,
            own=_figure(score.self_points, marks),
            agreed=_figure(score.agreed_points, marks),
            computed=_figure(score.computed_points, marks),
        )
        evidence = score.evidence
        if evidence is not None:
            line += " | " + _("{target}: plan {plan}, actual {actual}, {percent}% of plan").format(
                target=evidence.indicator,
                plan=_figure(evidence.plan.value, marks),
                actual=_figure(evidence.actual, marks),
                percent=_figure(evidence.percent_of_plan, marks),
            )
        print(line)


# --- cluster review | propose | papers --------------------------------------------------------
