"""dossier: the dossier sent up to the city for a proposal's lines the city decides, as one ZIP
(the submission, the list of candidates as .xlsx, each achievement report as .docx and PDF,
the council's minutes when a counted meeting reviewed the proposal, a manifest with every
file's sha256)."""

from __future__ import annotations

import argparse
import datetime as dt
from contextlib import closing
from pathlib import Path

from kienan_awards.cli import DONE
from kienan_awards.cli.arguments import date_argument, record_number_argument
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, ngettext
from kienan_awards.core.messages import Message
from kienan_awards.core.storage.database import open_database


def add_parser(commands) -> None:
    dossier = commands.add_parser(
        "dossier",
        help=_("write the dossier sent up to the city for a proposal, as one ZIP"),
        description=_(
            "For the proposal's lines the city decides (its Bằng khen, its Emulation Fighter, "
            "Tập thể lao động xuất sắc): the submission signed by this office, the list of "
            "candidates as .xlsx, each candidate's achievement report prefilled from the "
            "records, as .docx to edit and PDF to send, the minutes of the council's meeting "
            "that reviewed the proposal and of its count (from the records, when one was "
            "counted), and a manifest of every file's sha256. "
            "Exit 1 when the proposal has no such line or the folder cannot be written."
        ),
    )
    dossier.add_argument("--proposal", type=record_number_argument, required=True, metavar="ID")
    dossier.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    dossier.add_argument(
        "--number",
        default="",
        metavar="NUMBER",
        help=_("the submission's number, e.g. 25/TTr-UBND (default: left to number by hand)"),
    )
    dossier.add_argument(
        "--date",
        type=date_argument,
        metavar="DD/MM/YYYY",
        help=_("the submission's date (default: today)"),
    )
    dossier.set_defaults(handler=command_dossier)


def _made_folder(folder: Path) -> None:
    """A missing folder is made, as decision-pack makes its own."""
    if folder.exists() and not folder.is_dir():
        raise KienanError(Message("{folder} is a file, not a folder", folder=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KienanError(
            Message(
                "cannot make the folder {folder}: {reason}",
                folder=folder,
                reason=error.strerror or error,
            )
        ) from error


def command_dossier(args: argparse.Namespace) -> int:
    from kienan_awards.core.cycle.dossier_data import proposal_dossier, write_proposal_dossier

    dated = args.date or dt.date.today()
    with closing(open_database(args.db, create=False)) as db:
        # Refused before any folder is made.
        dossier = proposal_dossier(db, args.proposal, dated, args.number)
        count = len(dossier.candidates)
        _made_folder(args.out)
        # Qt is loaded only here, to lay the PDFs out.
        from kienan_awards.printing import offscreen_application
        from kienan_awards.printing.council_pdf import write_council_pdf
        from kienan_awards.printing.dossier_pdf import write_dossier_pdf

        offscreen_application()
        package = write_proposal_dossier(
            db,
            args.proposal,
            args.out,
            dated,
            args.number,
            pdf_writer=write_dossier_pdf,
            minutes_pdf_writer=write_council_pdf,
        )
    print(
        ngettext(
            "Wrote {path} ({count} candidate, {files} files).",
            "Wrote {path} ({count} candidates, {files} files).",
            count,
        ).format(path=package.path, count=count, files=len(package.members) + 1)
    )
    if dossier.council_met_on is not None:
        print(
            _("With the minutes of the council's meeting of {day}.").format(
                day=f"{dossier.council_met_on:%d/%m/%Y}"
            )
        )
    return DONE
