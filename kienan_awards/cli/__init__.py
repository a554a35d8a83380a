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


def program_name() -> str:
    """The name the clerk typed: in the Windows bundle the command line is a program of its
    own (kienan-awards-cli.exe), beside the window's."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).stem
    return PROGRAM


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
    such characters are shown as spaces and U+FFFD. Without a stderr, nothing is said."""
    if sys.stderr is None:
        return
    sys.stderr.write(" ".join(without_controls(str(text)).split()) + "\n")


def complain(text: str) -> None:
    """One line on stderr after the program's name: a refusal, a warning, a note."""
    say(f"{program_name()}: {text}")


def record_name(key: str) -> str:
    return _(RECORD_NAMES[key]) if key in RECORD_NAMES else key


class UsageError(Exception):
    """A mistake in the command's words found after parsing: one line, exit 2."""


def say_wrong_words(message: str) -> None:
    say(
        _("{program}: {message} (see {program} --help)").format(
            program=program_name(), message=message
        )
    )


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
        cluster_year,
        clusters,
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
        prog=program_name(),
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
    groups = (demo, records, office, discipline, cycle, council, clusters, cluster_year)
    groups += (imports, reports)
    for group in (*groups, decisions, dossier, certificates, storage):
        group.add_parser(commands)
    return parser


# The commands whose whole work is what they write out (a list, figures, a verdict): when that
# cannot be written, they failed. Every other command has made its change (records, a file, a
# printout) before it says so, and a failure to say so neither undoes it nor makes it a failure.
SHOWING_COMMANDS = frozenset(
    {
        "audit",
        "candidates",
        "check",
        "clusters",
        "info",
        "initiatives",
        "movements",
        "progress",
        "registrations",
        "scores",
        "search",
        "verify",
    }
)
SHOWING_COUNCIL_ACTIONS = frozenset({"members", "tally"})


def only_shows(args: argparse.Namespace) -> bool:
    """Whether the command's work is only what it writes out (office and discipline list
    unless given a step)."""
    if args.command in SHOWING_COMMANDS:
        return True
    if args.command in ("office", "discipline"):
        return getattr(args, f"{args.command}_command", None) is None
    return args.command == "council" and getattr(args, "council_action", None) in (
        SHOWING_COUNCIL_ACTIONS
    )


class GuardedStream:
    """stdout or stderr while a command runs. What cannot be written (the reader gone, a full
    disk, a letter the stream's encoding lacks) is kept as the stream's failure instead of
    raised, and what follows is dropped: saying what was done can neither stop the doing
    half-way nor undo it."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.failure: Exception | None = None

    def write(self, text: str) -> int:
        if self.failure is None:
            try:
                return self.stream.write(text)
            except (OSError, ValueError) as error:  # an encoding error and a closed file too
                self.failure = error
        return len(text)

    def flush(self) -> None:
        if self.failure is None:
            try:
                self.stream.flush()
            except (OSError, ValueError) as error:
                self.failure = error

    def __getattr__(self, name: str):
        return getattr(self.stream, name)


def run(args: argparse.Namespace) -> int:
    """Runs a parsed command; returns its exit code. Whatever stops it is said in one line."""
    out, err = GuardedStream(sys.stdout), GuardedStream(sys.stderr)
    sys.stdout, sys.stderr = out, err
    try:
        try:
            code = args.handler(args)
        except (Exception, KeyboardInterrupt) as error:
            code = stopped_by(error)
        out.flush()  # a reader that has gone is met here at the latest
        err.flush()
        if out.failure is not None and code == DONE and only_shows(args):
            code = FAILED
            if not is_closed_pipe(out.failure):
                complain(_("the output could not be written: {error}").format(error=out.failure))
    finally:
        sys.stdout, sys.stderr = out.stream, err.stream
    for stream in (out, err):
        if is_closed_pipe(stream.failure):
            # Python would complain again when it flushes the stream at exit.
            _to_devnull(stream.stream)
    return code


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
    _to_devnull(sys.stdout)
    return FAILED


def _to_devnull(stream) -> None:
    """What is still to be written to stream goes to the null device (a stream without a file
    of its own, as in the tests, is left as it is)."""
    try:
        fileno = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)
