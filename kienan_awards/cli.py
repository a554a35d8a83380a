"""The command line: a second front over the same core as the window."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kienan_awards import __version__
from kienan_awards.core import demo
from kienan_awards.core.record_counts import record_counts
from kienan_awards.core.storage import open_database

PROGRAM = "kienan-awards"


class OneLineErrorParser(argparse.ArgumentParser):
    """argparse, but a mistake is reported in one line on stderr (exit 2), without the usage."""

    def error(self, message: str):
        sys.stderr.write(f"{PROGRAM}: {message} (see {PROGRAM} --help)\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineErrorParser(
        prog=PROGRAM,
        description="Emulation and commendation records, award decisions and Certificates of "
        "Merit. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="the database file (default: $KIENAN_AWARDS_DB, else the user's data folder)",
    )
    parser.add_argument(
        "--lang", choices=("vi", "en"), help="language of the window (default: the system's)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo", help="fill an empty database with the demo data")
    info = commands.add_parser("info", help="schema version and record counts")
    info.add_argument("--format", choices=("table", "json"), default="table")
    return parser


def _command_demo(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        created = demo.load_demo(db)
    finally:
        db.close()
    summary = ", ".join(f"{count} {name}" for name, count in created.items())
    print(f"Loaded the demo data into {db.path}: {summary}.")
    return 0


def _command_info(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        info = {"schema_version": db.schema_version, **record_counts(db)}
    finally:
        db.close()
    if args.format == "json":
        print(json.dumps(info))
    else:
        print(f"database: {db.path}")
        for key, value in info.items():
            print(f"{key}: {value}")
    return 0


COMMANDS = {"demo": _command_demo, "info": _command_info}


def run(args: argparse.Namespace) -> int:
    return COMMANDS[args.command](args)
