"""demo: fill an empty database with the demo data."""

from __future__ import annotations

import argparse

from kienan_awards.cli import DONE, complain, record_name
from kienan_awards.core.i18n import _
from kienan_awards.core.storage.database import database_made_if_missing


def add_parser(commands) -> None:
    demo = commands.add_parser("demo", help=_("fill an empty database with the demo data"))
    demo.set_defaults(handler=command_demo)


def command_demo(args: argparse.Namespace) -> int:
    from kienan_awards.core import demo

    with database_made_if_missing(args.db) as (db, made):
        created = demo.load_demo(db)
        if made:
            complain(_("made a new database at {path}").format(path=db.path))
    summary = ", ".join(f"{count} {record_name(name)}" for name, count in created.items())
    print(_("Loaded the demo data into {path}: {summary}.").format(path=db.path, summary=summary))
    return DONE
