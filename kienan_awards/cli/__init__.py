"""The command line: a second front over the same core as the window.

This module holds what every command shares: the program's name, its exit codes, the one-line
messages on stderr, the parser and running a parsed command. Each group of commands is a module
of its own (records, imports, decisions, certificates, reports, storage, demo) that adds its
commands to the parser and handles them.

A command's own core modules (the demo, .docx, workbooks, reports, certificates, the search)
are imported inside it, and arguments whose choices come from the core are added only when
their command is named (CommandParsers): every command starts without paying for the others,
and only a command that lays pages out loads Qt."""

from __future__ import annotations

import argparse
import errno
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from kienan_awards import __version__
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import N_, _, shown
from kienan_awards.core.text import without_controls

PROGRAM = "kienan-awards"

# Exit codes.
DONE = 0
FAILED = 1  # refused or failed: one line on stderr, no traceback
WRONG_WORDS = 2  # a mistake in the command's words, as argparse's own
UNEXPECTED = 3  # a fault of the program; its details go to the error log
INTERRUPTED = 130  # Ctrl+C, as a shell counts it

# The kinds of record as the command line names them (info, demo): the same words as the
# JSON keys, in the language spoken.
RECORD_NAMES = {
    "schema_version": N_("schema_version"),
    "units": N_("units"),
    "people": N_("people"),
    "movements": N_("movements"),
    "targets": N_("targets"),
    "decisions": N_("decisions"),
    "awards": N_("awards"),
}


def say(text: str) -> None:
    """One line on stderr. What it quotes (a file or sheet name, a cell) may hold a new line,
    which would split it, or a direction override, which would disguise it on the terminal:
    such characters are shown as spaces and U+FFFD."""
    sys.stderr.write(" ".join(without_controls(str(text)).split()) + "\n")


def complain(text: str) -> None:
    """One line on stderr after the program's name: a refusal, a warning, a note."""
    say(f"{PROGRAM}: {text}")


def record_name(key: str) -> str:
    return _(RECORD_NAMES[key]) if key in RECORD_NAMES else key


class UsageError(Exception):
    """A mistake in the command's words found after parsing: one line, exit 2."""


def say_wrong_words(message: str) -> None:
    say(_("{program}: {message} (see {program} --help)").format(program=PROGRAM, message=message))


class OneLineErrorParser(argparse.ArgumentParser):
    """argparse, but a mistake is reported in one line on stderr (exit 2), without the usage,
    and the help option speaks the program's language."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", help=_("show this help message and exit"))

    def error(self, message: str):
        say_wrong_words(message)
        raise SystemExit(WRONG_WORDS)


# Adds a command's arguments to its parser.
AddArguments = Callable[[argparse.ArgumentParser], None]


class CommandParsers(argparse._SubParsersAction):
    """The commands. A command whose arguments need a core module (its choices are the
    core's) gives them as `arguments`, a function that adds them, called only when the
    command is named: building the parser then imports none of them, and each command
    starts without paying for the others' modules."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._arguments_to_add: dict[str, AddArguments] = {}

    def add_parser(
        self, name: str, *, arguments: AddArguments | None = None, **kwargs
    ) -> argparse.ArgumentParser:
        parser = super().add_parser(name, **kwargs)
        if arguments is not None:
            self._arguments_to_add[name] = arguments
        return parser

    def command_parser(self, name: str) -> argparse.ArgumentParser:
        """The parser of the command name, with every argument it takes."""
        parser = self.choices[name]
        arguments = self._arguments_to_add.pop(name, None)
        if arguments is not None:
            arguments(parser)
        return parser

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        if values and values[0] in self.choices:  # an unknown one is refused by argparse
            self.command_parser(values[0])
        super().__call__(parser, namespace, values, option_string)


def command_parsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """Every command of the program's parser by its name, each with all its arguments."""
    commands = next(a for a in parser._actions if isinstance(a, CommandParsers))
    return {name: commands.command_parser(name) for name in commands.choices}


def build_parser() -> argparse.ArgumentParser:
    # The groups import this module for what they share: they are imported once it is whole.
    from kienan_awards.cli import (
        certificates,
        council,
        cycle,
        decisions,
        demo,
        discipline,
        dossier,
        imports,
        office,
        records,
        reports,
        storage,
    )

    parser = OneLineErrorParser(
        prog=PROGRAM,
        description=_(
            "Emulation and commendation records, award decisions and Certificates of "
            "Merit. Without a command, opens the window."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show program's version number and exit"),
    )
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help=_("the database file (default: $KIENAN_AWARDS_DB, else the user's data folder)"),
    )
    parser.add_argument(
        "--lang",
        choices=("vi", "en", "pseudo"),
        help=_(
            "language of the window (default: the one chosen in Settings, else the system's; "
            "pseudo: every string longer, to find text cut off)"
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_(
            "check that the program works on this computer (window offscreen, a certificate "
            "and a report to PDF, on a temporary database), then exit"
        ),
    )
    commands = parser.add_subparsers(action=CommandParsers, dest="command", metavar="COMMAND")
    groups = (demo, records, office, discipline, cycle, council, imports, reports, decisions)
    for group in (*groups, dossier, certificates, storage):
        group.add_parser(commands)
    return parser


def run(args: argparse.Namespace) -> int:
    """Runs a parsed command; returns its exit code. Whatever stops it is said in one line."""
    try:
        code = args.handler(args)
        sys.stdout.flush()  # inside the try: a reader that has gone is met here
        return code
    except (Exception, KeyboardInterrupt) as error:
        return stopped_by(error)


def stopped_by(error: BaseException) -> int:
    """Says in one line what stopped the program, and returns its exit code."""
    if isinstance(error, UsageError):
        say_wrong_words(str(error))
        return WRONG_WORDS
    if isinstance(error, KienanError):
        complain(shown(error))
        return FAILED
    if isinstance(error, sqlite3.DatabaseError):  # damaged or read-only file, met after opening
        complain(_("the database cannot be used: {error}").format(error=error))
        return FAILED
    if isinstance(error, KeyboardInterrupt):
        complain(_("interrupted"))
        return INTERRUPTED
    if is_closed_pipe(error):
        return reader_gone()
    # The last line of defence: never a traceback on screen.
    from kienan_awards.error_log import describe_unexpected

    complain(shown(describe_unexpected(error)))
    return UNEXPECTED


def is_closed_pipe(error: BaseException) -> bool:
    # Windows reports a pipe closed by its reader as EINVAL, not EPIPE (CPython issue 79935).
    return isinstance(error, BrokenPipeError) or (
        sys.platform == "win32" and isinstance(error, OSError) and error.errno == errno.EINVAL
    )


def reader_gone() -> int:
    """The program reading our output stopped early (`... | head`): that is not an error.
    Python would complain again when it flushes stdout at exit, so stdout goes to devnull."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return FAILED
