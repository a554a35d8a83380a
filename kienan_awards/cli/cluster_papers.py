"""cluster papers: a cluster-year's papers written to a folder: the score summary (.docx and
.xlsx) and the minutes of the review meeting (.docx), with a PDF beside each .docx on request.

The `cluster` group adds the command with add_papers_parser(actions) on its subparsers; the
parser it adds carries its own handler (args.handler), and papers_action(db, args) serves a
group that dispatches its actions with the database it opened."""

from __future__ import annotations

import argparse
from contextlib import closing

from kienan_awards.cli import DONE
from kienan_awards.cli.arguments import year_argument
from kienan_awards.core.i18n import _


def add_papers_parser(actions) -> argparse.ArgumentParser:
    papers = actions.add_parser(
        "papers",
        help=_("a cluster's or block's score summary and the minutes of its review meeting"),
        description=_(
            "Writes to the folder the score summary of the cluster or block for the year as "
            ".docx and .xlsx, and the minutes of its review meeting as .docx, in the Decree "
            "30/2020 layout; with --pdf, a PDF beside each .docx. Refused when no review "
            "meeting is recorded for the year, unless --summary-only."
        ),
    )
    papers.add_argument("--cluster", required=True, metavar="NAME")
    papers.add_argument("--year", type=year_argument, required=True, metavar="YEAR")
    papers.add_argument("--out", required=True, metavar="FOLDER")
    papers.add_argument("--pdf", action="store_true", help=_("PDF beside each .docx"))
    papers.add_argument(
        "--summary-only",
        action="store_true",
        help=_("the score summary alone, without the minutes of the review meeting"),
    )
    papers.set_defaults(handler=command_cluster_papers)
    return papers


def command_cluster_papers(args: argparse.Namespace) -> int:
    from kienan_awards.core.storage.read_connections import open_read_connection

    with closing(open_read_connection(args.db, check=True)) as db:
        papers_action(db, args)
    return DONE


def papers_action(db, args: argparse.Namespace) -> None:
    from kienan_awards.core.clusters.cluster_papers import write_cluster_papers
    from kienan_awards.core.clusters.clusters import cluster_named

    cluster = cluster_named(db, args.cluster)
    pdf_writer = None
    if args.pdf:
        # Qt is loaded only when a PDF is asked for.
        from kienan_awards.printing import offscreen_application
        from kienan_awards.printing.council_pdf import write_council_pdf

        offscreen_application()
        pdf_writer = write_council_pdf
    written = write_cluster_papers(
        db, cluster.id, args.year, args.out, pdf_writer, minutes=not args.summary_only
    )
    for path in written:
        print(path)
