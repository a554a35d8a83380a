"""clusters: the emulation clusters and blocks of a year, with their leader, deputy and
members."""

from __future__ import annotations

import argparse
import json
from contextlib import closing

from kienan_awards.cli import DONE
from kienan_awards.cli.arguments import year_argument
from kienan_awards.core.i18n import _
from kienan_awards.core.storage.database import open_database


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


def command_clusters(args: argparse.Namespace) -> int:
    from kienan_awards.core.clusters import clusters

    with closing(open_database(args.db, create=False)) as db:
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
