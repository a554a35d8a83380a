"""office: the issuing authorities with the days each is in force, and adding one from a day."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from contextlib import closing
from typing import TYPE_CHECKING

from kienan_awards.cli import DONE, CommandParsers
from kienan_awards.cli.arguments import date_argument
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.messages import Message
from kienan_awards.core.storage.database import open_database

if TYPE_CHECKING:
    from kienan_awards.core.records.office import OfficePeriod

# The --capacity words and the capacity each records.
CAPACITY_CHOICES = {"chairman": "", "kt": "KT.", "tm": "TM.", "q": "Q."}


def add_parser(commands) -> None:
    office = commands.add_parser(
        "office",
        help=_("the issuing authorities and the days each is in force, newest first"),
        description=_(
            "Without a command, lists the authorities that sign decisions and certificates. "
            "Each decision is signed by the authority in force on its date."
        ),
    )
    office.add_argument("--format", choices=("table", "json"), default="table")
    office.set_defaults(handler=command_office)
    steps = office.add_subparsers(action=CommandParsers, dest="office_command", metavar="COMMAND")
    adding = steps.add_parser(
        "add",
        arguments=_add_office_arguments,
        help=_("record the authority in force from a day"),
        description=_(
            "The authority in force before that day, when it has no end, ends the day before. "
            "A day on which another authority is already in force is refused. The office's "
            "level says which forms it may confer on a day and at what rate."
        ),
    )
    adding.set_defaults(handler=command_office_add)
    _add_set_level_parser(steps)


def _add_office_arguments(adding) -> None:
    """What `office add` takes: the authority, its signer, how he signs, its level."""
    from kienan_awards.core.records.office import OFFICE_LEVELS

    adding.add_argument(
        "--from", dest="valid_from", type=date_argument, required=True, metavar="DD/MM/YYYY"
    )
    adding.add_argument(
        "--authority",
        required=True,
        metavar="NAME",
        help=_("the office, e.g. Ủy ban nhân dân phường Kiến An"),
    )
    adding.add_argument("--signer-title", required=True, metavar="TITLE", help=_("e.g. Chủ tịch"))
    adding.add_argument("--signer-name", required=True, metavar="NAME")
    adding.add_argument(
        "--place", required=True, metavar="PLACE", help=_("written before the date: Kiến An")
    )
    adding.add_argument(
        "--capacity",
        choices=tuple(CAPACITY_CHOICES),
        help=_(
            "how the signer signs: chairman (himself), kt (a deputy, on the chairman's "
            "behalf), tm (for the committee as a body) or q (acting chairman); read from the "
            "signer's title when not given (a Phó Chủ tịch signs kt)"
        ),
    )
    adding.add_argument(
        "--level",
        choices=OFFICE_LEVELS,
        help=_(
            "the office's level: commune (also a ward or a town), district or city; read from "
            "its name when not given"
        ),
    )


def _add_set_level_parser(steps) -> None:
    leveling = steps.add_parser(
        "set-level",
        arguments=_set_level_arguments,
        help=_("record the level of the authority in force on a day"),
        description=_(
            "For an authority recorded before levels were kept, or whose name does not say "
            "it: the level says which forms it may confer on a day and at what rate."
        ),
    )
    leveling.set_defaults(handler=command_office_set_level)


def _set_level_arguments(leveling) -> None:
    from kienan_awards.core.records.office import OFFICE_LEVELS

    leveling.add_argument("level", choices=OFFICE_LEVELS)
    leveling.add_argument(
        "--on", dest="day", type=date_argument, metavar="DD/MM/YYYY", help=_("default: today")
    )


def command_office(args: argparse.Namespace) -> int:
    from kienan_awards.core.records.office import office_periods

    with closing(open_database(args.db, create=False)) as db:
        periods = office_periods(db)
    if args.format == "json":
        print(json.dumps([office_json(period) for period in periods], ensure_ascii=False, indent=1))
    else:
        for period in periods:
            print(_office_line(period))
    return DONE


def command_office_add(args: argparse.Namespace) -> int:
    from kienan_awards.core.records.office import add_office, level_of_office

    values = {
        "body_name": args.authority,
        "place": args.place,
        "signer_title": args.signer_title,
        "signer_name": args.signer_name,
        "level": args.level,
        "signing_capacity": None if args.capacity is None else CAPACITY_CHOICES[args.capacity],
    }
    if args.level is None and level_of_office(args.authority) is None:
        raise KienanError(
            Message(
                "the name {authority} does not say the office's level: give --level commune, "
                "district or city",
                authority=" ".join(args.authority.split()),
            )
        )
    # Only writes to a database that exists: a misspelt --db is refused, never made.
    with closing(open_database(args.db, create=False)) as db:
        add_office(db, values, args.valid_from)
    print(
        _("{authority} recorded from {day}").format(
            authority=" ".join(args.authority.split()), day=f"{args.valid_from:%d/%m/%Y}"
        )
    )
    return DONE


def command_office_set_level(args: argparse.Namespace) -> int:
    from kienan_awards.core.records.office import office_period_on, set_office_level

    day = args.day or dt.date.today()
    with closing(open_database(args.db, create=False)) as db:
        set_office_level(db, day, args.level)
        period = office_period_on(db, day)
    print(_office_line(period))
    return DONE


def office_json(period: OfficePeriod | None, with_end: bool = True) -> dict | None:
    """An authority as JSON: English keys, the values as stored, ISO dates."""
    if period is None:
        return None
    office = {
        "authority": period.office.body_name,
        "signer_title": period.office.signer_title,
        "signer_name": period.office.signer_name,
        "signing_capacity": period.office.signing_capacity,
        "place": period.office.place,
        "valid_from": period.valid_from.isoformat() if period.valid_from else None,
        "level": period.level,
    }
    if with_end:
        office["valid_to"] = period.valid_to.isoformat() if period.valid_to else None
    return office


def office_line(period: OfficePeriod) -> str:
    """An authority in one line, as the clerk reads it."""
    return _("{authority} | {title} {name} | {place}").format(
        authority=period.office.body_name,
        # "KT. Phó Chủ tịch": how he signs before his own title.
        title=" ".join(filter(None, (period.office.signing_capacity, period.office.signer_title))),
        name=period.office.signer_name,
        place=period.office.place,
    )


def _office_line(period: OfficePeriod) -> str:
    from kienan_awards.core.awards.conferring import level_name

    start = f"{period.valid_from:%d/%m/%Y}" if period.valid_from else "-"
    end = f"{period.valid_to:%d/%m/%Y}" if period.valid_to else _("open")
    level = shown(level_name(period.level)) if period.level else _("level not recorded")
    return _("{start} - {end} | {office} | {level}").format(
        start=start, end=end, office=office_line(period), level=level
    )
