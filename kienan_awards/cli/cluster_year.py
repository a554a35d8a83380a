"""cluster: a cluster-year's review meeting (members present, the vote to propose), the
proposal made from its ranking, and its papers (the score summary and the minutes)."""

from __future__ import annotations

import argparse
import datetime as dt
from contextlib import closing

from kienan_awards.cli import DONE, UsageError
from kienan_awards.cli.arguments import count_argument, date_argument, year_argument
from kienan_awards.cli.clusters import find_named_cluster
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _
from kienan_awards.core.messages import Message
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.text import clean, fold


def _pair_argument(text: str) -> tuple[str, str]:
    name, _equals, value = text.partition("=")
    if not name.strip():
        raise argparse.ArgumentTypeError(_("'{text}' names no unit").format(text=text))
    return name.strip(), value.strip()


def _vote_argument(text: str) -> tuple[str, int]:
    name, equals, votes = text.partition("=")
    if not equals or not name.strip():
        raise argparse.ArgumentTypeError(
            _("'{text}' is not UNIT=VOTES, e.g. \"Phường Kiến An=5\"").format(text=text)
        )
    return name.strip(), count_argument(votes.strip())


def _award_argument(text: str) -> tuple[str, int]:
    form, equals, count = text.rpartition("=")
    if not equals or not form.strip():
        raise argparse.ArgumentTypeError(
            _("'{text}' is not FORM=COUNT, e.g. \"Giấy khen=1\"").format(text=text)
        )
    return form.strip(), count_argument(count.strip())


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "cluster",
        help=_("a cluster-year's review meeting, the proposal from its ranking, its papers"),
        description=_(
            "The review meeting of a cluster or block for a year (the members present, who "
            "came for each, the chair, the secretary, the vote to propose each member), the "
            "proposal made from its ranking, and its papers."
        ),
    )
    actions = parser.add_subparsers(dest="cluster_action", metavar="ACTION", required=True)
    _add_review_parser(actions)
    _add_propose_parser(actions)
    from kienan_awards.cli import cluster_papers, cluster_table

    cluster_papers.add_papers_parser(actions)
    cluster_table.add_table_parser(actions)
    parser.set_defaults(handler=command_cluster)


def _add_review_parser(actions) -> None:
    review = actions.add_parser("review", help=_("record the review meeting of a cluster-year"))
    review.add_argument("--cluster", required=True, metavar="NAME")
    review.add_argument("--year", type=year_argument, required=True, metavar="YEAR")
    review.add_argument(
        "--on", dest="held_on", type=date_argument, required=True, metavar="DD/MM/YYYY"
    )
    review.add_argument(
        "--present",
        type=_pair_argument,
        nargs="+",
        action="extend",
        required=True,
        metavar="UNIT[=WHO]",
        help=_("a member present, and who came for it"),
    )
    review.add_argument(
        "--vote",
        type=_vote_argument,
        nargs="+",
        action="extend",
        default=[],
        metavar="UNIT=VOTES",
        help=_("how many of those present voted to propose the member"),
    )
    review.add_argument("--place", default="", metavar="TEXT")
    review.add_argument("--chair", default="", metavar="NAME")
    review.add_argument("--secretary", default="", metavar="NAME")


def _add_propose_parser(actions) -> None:
    propose = actions.add_parser(
        "propose",
        help=_("a proposal of the leading members of a cluster-year, from its ranking"),
        description=_(
            "One line a leading member, in rank order: the first COUNT of the first --award "
            "get its form, the next ones the next form's. A city cluster's leading members go "
            "up to the city's forms, a block of this office's to its own."
        ),
    )
    propose.add_argument("--cluster", required=True, metavar="NAME")
    propose.add_argument("--year", type=year_argument, required=True, metavar="YEAR")
    propose.add_argument(
        "--award", type=_award_argument, action="append", required=True, metavar="FORM=COUNT"
    )
    propose.add_argument(
        "--on",
        dest="received_on",
        type=date_argument,
        metavar="DD/MM/YYYY",
        help=_("the proposal's date (today)"),
    )


def command_cluster(args: argparse.Namespace) -> int:
    if args.cluster_action == "table":  # as papers: its parser names its own handler
        from kienan_awards.cli.cluster_table import command_cluster_table

        return command_cluster_table(args)
    if args.cluster_action == "papers":  # its parser names its own handler, which wins
        from kienan_awards.cli.cluster_papers import command_cluster_papers

        return command_cluster_papers(args)
    action = {"review": _review, "propose": _propose}[args.cluster_action]
    with closing(open_database(args.db, create=False)) as db:
        action(db, args)
    return DONE


def _member_ids(db, cluster, year: int, names) -> list[int]:
    """The members of the cluster-year named, matched with or without diacritics."""
    from kienan_awards.core.clusters.clusters import cluster_years

    found = next((y for y in cluster_years(db, year) if y.cluster.id == cluster.id), None)
    members = dict(zip(found.members, found.member_ids, strict=True)) if found else {}
    by_folded = {fold(name): unit_id for name, unit_id in members.items()}
    ids = []
    for name in names:
        unit_id = by_folded.get(fold(clean(name)))
        if unit_id is None:
            raise KienanError(
                Message(
                    "'{unit}' is not a member of {cluster} for {year}",
                    unit=name,
                    cluster=cluster.name,
                    year=year,
                )
            )
        ids.append(unit_id)
    return ids


def _review(db, args) -> None:
    from kienan_awards.core.clusters.review_meetings import record_review

    cluster = find_named_cluster(db, args.cluster)
    present = _member_ids(db, cluster, args.year, [name for name, _who in args.present])
    voted = _member_ids(db, cluster, args.year, [name for name, _count in args.vote])
    if len(set(voted)) < len(voted):
        raise UsageError(_("a member is given votes twice"))
    record_review(
        db,
        cluster.id,
        args.year,
        args.held_on,
        [(unit_id, who) for unit_id, (_name, who) in zip(present, args.present, strict=True)],
        {unit_id: count for unit_id, (_name, count) in zip(voted, args.vote, strict=True)},
        place=args.place,
        chaired_by=args.chair,
        recorded_by=args.secretary,
    )
    print(
        _(
            "Recorded the review of {cluster} for {year} on {day}; members present: {present}."
        ).format(
            cluster=cluster.name,
            year=args.year,
            day=f"{args.held_on:%d/%m/%Y}",
            present=len(present),
        )
    )


def _propose(db, args) -> None:
    from kienan_awards.core.clusters.ranking_proposals import (
        propose_from_ranking,
        ranked_lines,
        ranking_proposal,
    )

    cluster = find_named_cluster(db, args.cluster)
    day = args.received_on or dt.date.today()
    propose_from_ranking(db, cluster.id, args.year, args.award, day)
    proposal_id = ranking_proposal(db, cluster.id, args.year)
    lines = ranked_lines(db, proposal_id)
    print(
        _("Proposal #{id}: the leading members of {cluster} for {year}; lines: {lines}.").format(
            id=proposal_id, cluster=cluster.name, year=args.year, lines=len(lines)
        )
    )
    for line in lines:
        print(
            "  "
            + _("line #{id} | {recipient} | {form} | {achievement}").format(
                id=line.id,
                recipient=line.recipient_name,
                form=line.form,
                achievement=line.achievement,
            )
        )
