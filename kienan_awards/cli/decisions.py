"""Deciding awards: candidates (who may be proposed to the city next) and decision-pack (a
decision with its lists, as .docx and PDF)."""

from __future__ import annotations

import argparse
import json
from contextlib import closing
from pathlib import Path

from kienan_awards.cli import DONE
from kienan_awards.cli.arguments import date_argument, year_argument
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _
from kienan_awards.core.storage.database import open_database


def add_parser(commands) -> None:
    proposing = commands.add_parser(
        "candidates", help=_("who may be proposed to the city next (consecutive-year paths)")
    )
    proposing.add_argument("--year", type=year_argument, required=True, metavar="Y")
    proposing.add_argument("--format", choices=("table", "json"), default="table")
    proposing.set_defaults(handler=command_candidates)
    pack = commands.add_parser(
        "decision-pack",
        help=_("write a decision with its list, receipt sheet and bonus sheet as .docx and PDF"),
    )
    pack.add_argument("number", metavar="NUMBER", help=_("decision number, e.g. 15/QĐ-UBND"))
    pack.add_argument("--date", type=date_argument, required=True, metavar="DD/MM/YYYY")
    pack.add_argument("--out", type=Path, default=Path("."), metavar="FOLDER")
    pack.set_defaults(handler=command_decision_pack)


def command_candidates(args: argparse.Namespace) -> int:
    from kienan_awards.core.awards.candidates import candidates

    with closing(open_database(args.db, create=False)) as db:
        found = candidates(db, args.year)
    # The suggested form and the reason are the documents' words (Vietnamese whatever the
    # program speaks), as the proposal to the city writes them.
    rows = [
        {
            "name": c.name,
            "unit": c.unit,
            "suggested": c.suggested,
            "reason": c.reason,
            "years": list(c.years),
        }
        for c in found
    ]
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return DONE
    for row in rows:
        years = ", ".join(str(y) for y in row["years"])
        print(
            f"{row['name']} | {row['unit'] or ''} | {row['suggested']} | {row['reason']} ({years})"
        )
    return DONE


def command_decision_pack(args: argparse.Namespace) -> int:
    from kienan_awards.core.awards.decisions import find_decision

    if not args.out.is_dir():
        raise KienanError(_("{folder}: no such folder").format(folder=args.out))
    with closing(open_database(args.db, create=False)) as db:
        decision = find_decision(db, args.number, args.date)
        # Qt is loaded only for this command, which lays the PDF out.
        from kienan_awards.printing import offscreen_application
        from kienan_awards.printing.decision_pack import write_decision_pack

        offscreen_application()
        pack = write_decision_pack(db, decision.id, args.out)
    content = pack.content
    total = f"{content.total_amount:,}".replace(",", ".")
    files = _(" and ").join(str(path) for path in pack.files)
    print(
        _("Wrote {files} ({count} recipients, bonus total {total} đồng).").format(
            files=files, count=len(content.lines), total=total
        )
    )
    return DONE
