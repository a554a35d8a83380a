"""registrations, initiatives: the registers of the year's cycle. What each unit registered
for the year and what became of it; the initiatives recognised, by author or year."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from contextlib import closing

from kienan_awards.cli import DONE
from kienan_awards.cli.arguments import year_argument
from kienan_awards.core.i18n import _
from kienan_awards.core.storage.read_connections import open_read_connection


def add_parser(commands) -> None:
    listing = commands.add_parser(
        "registrations",
        help=_("what each unit registered for the year, and what became of it"),
        description=_(
            "One line a title registered: unit, name, kind, title and outcome (achieved, "
            "proposed, not achieved, or open while the year runs). A list is imported with "
            "'import registrations FILE --year YEAR'."
        ),
    )
    listing.add_argument("--year", type=year_argument, required=True, metavar="YEAR")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=command_registrations)
    register = commands.add_parser(
        "initiatives",
        help=_("the register of initiatives, newest first"),
        description=_(
            "Each initiative with its authors and shares, unit, year, recognising decision and "
            "scope of effect. A list is imported with 'import initiatives FILE'."
        ),
    )
    register.add_argument("--person", metavar="NAME", help=_("those of an author"))
    register.add_argument("--year", type=year_argument, metavar="YEAR")
    register.add_argument("--format", choices=("table", "json"), default="table")
    register.set_defaults(handler=command_initiatives)


def command_registrations(args: argparse.Namespace) -> int:
    from kienan_awards.core.cycle import registrations

    with closing(open_read_connection(args.db, check=True)) as db:
        entries = registrations.registrations(db, args.year)
    if args.format == "json":
        rows = [
            {
                "id": entry.id,
                "year": entry.year,
                "unit": entry.unit_name,
                "unit_id": entry.unit_id,
                "name": entry.name,
                "person_id": entry.person_id,
                "kind": entry.recipient_kind,
                "title": entry.form_name,
                "title_code": entry.form_code,
                "registered_on": entry.registered_on,
                "outcome": entry.outcome,
            }
            for entry in entries
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1, sort_keys=True))
        return DONE
    kinds = {"individual": _("individual"), "collective": _("collective")}
    for entry in entries:
        print(
            _("{unit} | {name} | {kind} | {title} | {outcome}").format(
                unit=entry.unit_name,
                name=entry.name,
                kind=kinds[entry.recipient_kind],
                title=entry.form_name,
                outcome=_(registrations.OUTCOME_WORDS[entry.outcome]),
            )
        )
    return DONE


def command_initiatives(args: argparse.Namespace) -> int:
    from kienan_awards.core.cycle import initiatives

    with closing(open_read_connection(args.db, check=True)) as db:
        entries = initiatives.initiatives(db, year=args.year, person_name=args.person)
    if args.format == "json":
        print(
            json.dumps(
                [_as_json(entry) for entry in entries], ensure_ascii=False, indent=1, sort_keys=True
            )
        )
        return DONE
    for entry in entries:
        authors = ", ".join(
            f"{author.name} ({author.share:g}%)" if author.share else author.name
            for author in entry.authors
        )
        decision = (
            _("{number} of {day}").format(number=entry.decision_number or "-", day=_day(entry))
            if entry.recognised
            else _("not recognised yet")
        )
        print(
            _("#{id} {year} | {title} | {authors} | {unit} | {decision} | {scope}").format(
                id=entry.id,
                year=entry.year,
                title=entry.title,
                authors=authors,
                unit=entry.unit_name or "-",
                decision=decision,
                scope=_(initiatives.SCOPE_WORDS[entry.scope]),
            )
        )
    return DONE


def _day(entry) -> str:
    return f"{dt.date.fromisoformat(entry.decided_on):%d/%m/%Y}" if entry.decided_on else "-"


def _as_json(entry) -> dict:
    """English keys, the values as stored, ISO dates."""
    return {
        "id": entry.id,
        "title": entry.title,
        "unit": entry.unit_name,
        "unit_id": entry.unit_id,
        "year": entry.year,
        "decision_number": entry.decision_number,
        "decided_on": entry.decided_on,
        "authority": entry.authority,
        "scope": entry.scope,
        "effect": entry.effect,
        "authors": [
            {"person_id": author.person_id, "name": author.name, "share": author.share}
            for author in entry.authors
        ],
    }
