"""discipline: the register of discipline, which the rules on proposals read: listing it,
recording a person's discipline from its decision, and removing one entered by mistake."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from contextlib import closing
from typing import TYPE_CHECKING

from kienan_awards.cli import DONE, UsageError
from kienan_awards.cli.arguments import date_argument, record_number_argument, year_argument
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _
from kienan_awards.core.messages import Message
from kienan_awards.core.storage.database import open_database

if TYPE_CHECKING:
    from kienan_awards.core.records.discipline import Discipline


def add_parser(commands) -> None:
    register = commands.add_parser(
        "discipline",
        help=_("the register of discipline, newest first"),
        description=_(
            "Without a command, lists the disciplines recorded. Nobody is proposed in a year "
            "he is under discipline, and a collective title needs no member disciplined that "
            "year at warning level or above."
        ),
    )
    register.add_argument("--person", type=record_number_argument, metavar="ID")
    register.add_argument(
        "--year", type=year_argument, metavar="YEAR", help=_("those in effect in the year")
    )
    register.add_argument("--format", choices=("table", "json"), default="table")
    register.set_defaults(handler=command_discipline)
    steps = register.add_subparsers(dest="discipline_command", metavar="COMMAND")
    _add_adding(steps)
    removing = steps.add_parser("remove", help=_("remove a discipline entered by mistake"))
    removing.add_argument("discipline_id", type=record_number_argument, metavar="ID")
    removing.set_defaults(handler=command_discipline_remove)


def _add_adding(steps) -> None:
    adding = steps.add_parser(
        "add",
        help=_("record a person's discipline from its decision"),
        description=_(
            "FORM: reprimand, warning, salary_lowered, demotion, dismissal, removal or "
            "forced_resignation, or its Vietnamese name (Khiển trách, Cảnh cáo, ...). Without "
            "--until it counts for the year of its decision only."
        ),
    )
    adding.add_argument("person_id", type=record_number_argument, metavar="PERSON_ID")
    adding.add_argument("form", metavar="FORM")
    adding.add_argument(
        "--date", dest="decided_on", type=date_argument, required=True, metavar="DD/MM/YYYY"
    )
    adding.add_argument("--decision", metavar="NUMBER", help=_("e.g. 15/QĐ-UBND"))
    adding.add_argument("--reason", metavar="TEXT")
    adding.add_argument(
        "--until",
        dest="effect_until",
        type=date_argument,
        metavar="DD/MM/YYYY",
        help=_("the last day it has effect, as its decision says"),
    )
    adding.set_defaults(handler=command_discipline_add)


def command_discipline(args: argparse.Namespace) -> int:
    from kienan_awards.core.records import discipline

    with closing(open_database(args.db, create=False)) as db:
        entries = discipline.disciplines(db, person_id=args.person, year=args.year)
    if args.format == "json":
        print(json.dumps([_as_json(entry) for entry in entries], ensure_ascii=False, indent=1))
    else:
        for entry in entries:
            print(_line(entry))
    return DONE


def command_discipline_add(args: argparse.Namespace) -> int:
    from kienan_awards.core.records import discipline

    form = discipline.form_code(args.form)
    if form is None:
        raise UsageError(
            _("'{form}' is not a form of discipline: {forms}").format(
                form=args.form, forms=", ".join(discipline.FORM_CODES)
            )
        )
    fields = {
        "person_id": args.person_id,
        "form": form,
        "decided_on": args.decided_on,
        "decision_number": args.decision,
        "reason": args.reason,
        "effect_until": args.effect_until,
    }
    # Only writes to a database that exists: a misspelt --db is refused, never made.
    with closing(open_database(args.db, create=False)) as db:
        group = discipline.record_discipline(db, fields)
        (entry,) = [e for e in discipline.disciplines(db) if e.id == group.record_id]
    print(_line(entry))
    return DONE


def command_discipline_remove(args: argparse.Namespace) -> int:
    from kienan_awards.core.records import discipline

    with closing(open_database(args.db, create=False)) as db:
        (entry,) = [e for e in discipline.disciplines(db) if e.id == args.discipline_id] or [None]
        if entry is None:
            raise KienanError(Message("there is no discipline {id}", id=args.discipline_id))
        discipline.remove_discipline(db, args.discipline_id)
    print(_("removed: {entry}").format(entry=_line(entry)))
    return DONE


def _day(iso: str | None) -> str:
    return f"{dt.date.fromisoformat(iso):%d/%m/%Y}" if iso else ""


def _line(entry: Discipline) -> str:
    from kienan_awards.core.records import discipline

    until = (
        _("until {day}").format(day=_day(entry.effect_until))
        if entry.effect_until
        else _("for its year")
    )
    return _("#{id} {day} | {form} | {name} (#{person}), {unit} | {number} | {until}").format(
        id=entry.id,
        day=_day(entry.decided_on),
        form=_(discipline.FORM_WORDS[entry.form]),
        name=entry.person_name,
        person=entry.person_id,
        unit=entry.unit_name or "-",
        number=entry.decision_number or "-",
        until=until,
    )


def _as_json(entry: Discipline) -> dict:
    """English keys, the values as stored, ISO dates."""
    from kienan_awards.core.records import discipline

    return {
        "id": entry.id,
        "person_id": entry.person_id,
        "person": entry.person_name,
        "unit": entry.unit_name,
        "form": entry.form,
        "form_name": discipline.FORM_NAMES[entry.form],
        "decided_on": entry.decided_on,
        "decision_number": entry.decision_number,
        "reason": entry.reason,
        "effect_until": entry.effect_until,
    }
