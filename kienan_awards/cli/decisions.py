"""Deciding awards: candidates (who may be proposed to the city next), decision-pack (a
decision with its lists, as .docx and PDF) and record-decision (another body's decision, the
city's Bằng khen, kept so the honour roll is whole and never printed)."""

from __future__ import annotations

import argparse
import json
from contextlib import closing
from pathlib import Path

from kienan_awards.cli import DONE
from kienan_awards.cli.arguments import count_argument, date_argument, year_argument
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, ngettext, shown
from kienan_awards.core.messages import Message
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
    add_record_decision_parser(commands)


def add_record_decision_parser(commands) -> None:
    recording = commands.add_parser(
        "record-decision",
        arguments=_record_decision_arguments,
        help=_("record another body's decision (the city's Bằng khen) for the honour roll"),
        description=_(
            "Records a decision another body made (the city, a ministry) and its awards, so "
            "the honour roll and the rules that read earlier awards see them. Its certificates "
            "and pack are that body's: they are never printed here, and the awards take no "
            "number of this office's register. Each --person and --unit is one award of the "
            "form given."
        ),
    )
    recording.set_defaults(handler=command_record_decision)


def _record_decision_arguments(recording) -> None:
    from kienan_awards.core.awards.other_decisions import LEVELS

    recording.add_argument(
        "--authority",
        required=True,
        metavar="NAME",
        help=_("the body that decided, e.g. Ủy ban nhân dân thành phố Hải Phòng"),
    )
    recording.add_argument(
        "--level",
        choices=LEVELS,
        help=_("the body's level; needed the first time the body is recorded"),
    )
    recording.add_argument("--signer-title", default="", metavar="TITLE")
    recording.add_argument("--signer-name", default="", metavar="NAME")
    recording.add_argument("--number", required=True, metavar="NUMBER")
    recording.add_argument("--date", type=date_argument, required=True, metavar="DD/MM/YYYY")
    recording.add_argument(
        "--form",
        required=True,
        metavar="FORM",
        help=_("the catalogue's code or name, e.g. BK_CITY"),
    )
    _add_recipient_arguments(recording)
    recording.add_argument("--achievement", default="", metavar="TEXT")
    recording.add_argument(
        "--year",
        type=year_argument,
        metavar="Y",
        help=_("the year of the achievement (default: the decision's year)"),
    )
    recording.add_argument(
        "--bonus",
        type=count_argument,
        metavar="AMOUNT",
        help=_("the bonus of each award in đồng, as the decision states it"),
    )


def _add_recipient_arguments(recording) -> None:
    recording.add_argument(
        "--person",
        action="append",
        default=[],
        metavar="NAME",
        help=_("a recorded person honoured (repeat for several)"),
    )
    recording.add_argument(
        "--unit",
        action="append",
        default=[],
        metavar="NAME",
        help=_("a recorded unit honoured as a collective (repeat for several)"),
    )


def command_candidates(args: argparse.Namespace) -> int:
    from kienan_awards.core.awards.candidates import candidates, described_grounds

    with closing(open_database(args.db, create=False)) as db:
        found = candidates(db, args.year)
    # The suggested form and the reason are the documents' words (Vietnamese whatever the
    # program speaks), as the proposal to the city writes them; so are the forms grounds name.
    if args.format == "json":
        rows = [
            {
                "name": c.name,
                "unit": c.unit,
                "suggested": c.suggested,
                "form_code": c.form_code,
                "path": c.path,
                "reason": c.reason,
                "years": list(c.years),
                "grounds": [
                    {
                        "year": g.year,
                        "stands_for": g.stands_for,
                        "form": g.form,
                        "decision": g.decision,
                        "decided_on": g.decided_on,
                        "proposal": g.proposal,
                        "initiatives": g.initiatives,
                    }
                    for g in c.grounds
                ],
            }
            for c in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return DONE
    if not found:
        print(_("Nobody's record meets a path ending in {year}.").format(year=args.year))
    for c in found:
        years = ", ".join(str(y) for y in c.years)
        print(f"{c.name} | {c.unit or ''} | {c.suggested} | {c.reason} ({years})")
        print("  " + _("rests on:"))
        for line in described_grounds(c.grounds):
            print("    " + shown(line))
    return DONE


def command_decision_pack(args: argparse.Namespace) -> int:
    from kienan_awards.core.awards.decisions import find_decision

    if args.out.exists() and not args.out.is_dir():
        raise KienanError(Message("{folder} is a file, not a folder", folder=args.out))
    with closing(open_database(args.db, create=False)) as db:
        decision = find_decision(db, args.number, args.date)
        # A missing folder is made, as `backup` makes its own; only once the decision is found.
        try:
            args.out.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise KienanError(
                Message(
                    "cannot make the folder {folder}: {reason}",
                    folder=args.out,
                    reason=error.strerror or error,
                )
            ) from error
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


def command_record_decision(args: argparse.Namespace) -> int:
    from kienan_awards.cli import UsageError
    from kienan_awards.core.awards.other_decisions import (
        OtherAuthority,
        OtherAward,
        find_recipient,
        record_other_decision,
    )

    if not args.person and not args.unit:
        raise UsageError(_("name the recipients with --person or --unit"))
    authority = OtherAuthority(
        body_name=args.authority,
        level=args.level,
        signer_title=args.signer_title,
        signer_name=args.signer_name,
    )
    with closing(open_database(args.db, create=False)) as db:
        recipients = [find_recipient(db, name, "person") for name in args.person] + [
            find_recipient(db, name, "unit") for name in args.unit
        ]
        awards = [
            OtherAward(
                form=args.form,
                achievement=args.achievement,
                year=args.year,
                bonus_amount=args.bonus,
                **recipient,
            )
            for recipient in recipients
        ]
        result = record_other_decision(db, authority, args.number, args.date, awards)
    print(
        ngettext(
            "Recorded decision {number} of {day} by {authority}: {count} award (not printed here).",
            "Recorded decision {number} of {day} by {authority}: {count} awards (not printed "
            "here).",
            len(result.award_ids),
        ).format(
            number=" ".join(args.number.split()),
            day=f"{args.date:%d/%m/%Y}",
            authority=" ".join(args.authority.split()),
            count=len(result.award_ids),
        )
    )
    return DONE
