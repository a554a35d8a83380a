"""Certificates of Merit: print (a decision's certificates, to PDF or a printer) and verify (a
certificate's verification code)."""

from __future__ import annotations

import argparse
from contextlib import closing
from pathlib import Path

from kienan_awards.cli import DONE, FAILED, complain
from kienan_awards.cli.arguments import date_argument
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, ngettext
from kienan_awards.core.lists import cell_values
from kienan_awards.core.messages import Message
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.storage.read_connections import open_read_connection


def add_parser(commands) -> None:
    verifying = commands.add_parser("verify", help=_("check a certificate's verification code"))
    verifying.add_argument("code", metavar="CODE")
    verifying.set_defaults(handler=command_verify)
    printing = commands.add_parser("print", help=_("print a decision's certificates"))
    printing.add_argument("--decision", required=True, metavar="NUMBER")
    printing.add_argument(
        "--date",
        type=date_argument,
        metavar="DD/MM/YYYY",
        help=_("the decision's date, needed when its number recurs"),
    )
    target = printing.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--pdf",
        type=Path,
        metavar="FILE",
        help=_("one PDF, one page per award (a .zip gives one PDF per award)"),
    )
    target.add_argument("--printer", metavar="NAME")
    printing.add_argument("--mode", choices=("full", "preprinted"), default="full")
    printing.add_argument("--paper", choices=("A4", "A3"), default="A4")
    printing.add_argument("--profile", metavar="NAME", help=_("calibration profile"))
    printing.add_argument(
        "--reissue-reason",
        metavar="TEXT",
        help=_("required when certificates are printed again"),
    )
    printing.set_defaults(handler=command_print)


def command_verify(args: argparse.Namespace) -> int:
    from kienan_awards.core.documents.certificates import verify

    with closing(open_read_connection(args.db, check=True)) as db:
        result = verify(db, args.code)
    if result.status == "unknown":
        complain(_("unknown: no certificate has the code {code}").format(code=args.code))
        return FAILED
    data = result.data
    line = _(
        "{name} | {form} ({year}) | decision {decision} of {date} | register no. {register}"
    ).format(
        name=data.recipient_name,
        form=data.form_name,
        year=data.achievement_year,
        decision=data.decision_number,
        date=cell_values.dmy(data.decided_on),
        register=data.register_number,
    )
    if result.status == "revoked":
        complain(
            _("revoked: {certificate} | reason: {reason}").format(
                certificate=line, reason=result.reason
            )
        )
        return FAILED
    print(_("valid: {certificate}").format(certificate=line))
    return DONE


def _print(out, db, ids: list[int], args: argparse.Namespace, options: dict) -> str:
    """Print to the printer, the ZIP or the PDF asked for; returns where."""
    if args.printer:
        out.print_to_printer(db, ids, args.printer, **options)
        return _("printer {name}").format(name=args.printer)
    if args.pdf.suffix.lower() == ".zip":
        out.print_to_zip(db, ids, args.pdf, **options)
    else:
        out.print_to_pdf(db, ids, args.pdf, **options)
    return str(args.pdf)


def command_print(args: argparse.Namespace) -> int:
    if args.pdf and args.pdf.suffix.lower() not in (".pdf", ".zip"):
        raise KienanError(
            _("{file}: name it .pdf (one file) or .zip (one PDF per award)").format(
                file=args.pdf.name
            )
        )
    from kienan_awards.core.documents.certificate_prints import (
        ReissueReasonNeeded,
        calibration_profile,
        decision_award_ids,
    )
    from kienan_awards.printing import certificate_printing as out
    from kienan_awards.printing import offscreen_application

    offscreen_application()
    with closing(open_database(args.db, create=False)) as db:
        ids = decision_award_ids(db, args.decision, args.date.isoformat() if args.date else None)
        options = {
            "mode": args.mode,
            "paper": args.paper,
            "calibration": calibration_profile(db, args.profile),
            "reissue_reason": args.reissue_reason,
        }
        try:
            where = _print(out, db, ids, args, options)
        except ReissueReasonNeeded as refused:
            raise KienanError(
                Message(
                    "{count} of these certificates were printed before: give the reason for "
                    "the reissue with --reissue-reason TEXT",
                    count=refused.count,
                )
            ) from None
    printed = ngettext(
        "Printed {count} certificate of decision {decision} to {where}.",
        "Printed {count} certificates of decision {decision} to {where}.",
        len(ids),
    )
    print(printed.format(count=len(ids), decision=args.decision, where=where))
    return DONE
