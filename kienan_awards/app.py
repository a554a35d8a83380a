"""main(): the command line when a command is given, else the window."""

from __future__ import annotations

import errno
import os
import sqlite3
import sys

from kienan_awards import cli
from kienan_awards.cli import say
from kienan_awards.core.errors import KienanError
from kienan_awards.error_log import describe_unexpected


def main(argv: list[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    try:
        if args.self_test:
            from kienan_awards.self_test import run_self_test

            return run_self_test()
        if args.command is None:
            # Qt is imported only when the window is wanted: commands start fast without it.
            from kienan_awards.ui.application import run_window

            return run_window(args.db, args.lang)
        code = cli.run(args)
        sys.stdout.flush()  # inside the try: a reader that has gone is met here
        return code
    except cli.UsageError as error:
        say(f"{cli.PROGRAM}: {error} (see {cli.PROGRAM} --help)")
        return 2
    except KienanError as error:
        say(f"{cli.PROGRAM}: {error}")
        return 1
    except sqlite3.DatabaseError as error:  # damaged or read-only file, met after opening
        say(f"{cli.PROGRAM}: the database cannot be used: {error}")
        return 1
    except KeyboardInterrupt:
        say(f"{cli.PROGRAM}: interrupted")
        return 130
    except Exception as error:  # the last line of defence: never a traceback on screen
        if _is_closed_pipe(error):
            return _reader_gone()
        say(f"{cli.PROGRAM}: {describe_unexpected(error)}")
        return 3


def _is_closed_pipe(error: Exception) -> bool:
    # Windows reports a pipe closed by its reader as EINVAL, not EPIPE (CPython issue 79935).
    return isinstance(error, BrokenPipeError) or (
        sys.platform == "win32" and isinstance(error, OSError) and error.errno == errno.EINVAL
    )


def _reader_gone() -> int:
    """The program reading our output stopped early (`... | head`): that is not an error.
    Python would complain again when it flushes stdout at exit, so stdout goes to devnull."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 1
