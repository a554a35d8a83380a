"""main(): the command line when a command is given, else the window."""

from __future__ import annotations

import sqlite3
import sys

from kienan_awards import cli
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
        return cli.run(args)
    except cli.UsageError as error:
        sys.stderr.write(f"{cli.PROGRAM}: {error} (see {cli.PROGRAM} --help)\n")
        return 2
    except KienanError as error:
        sys.stderr.write(f"{cli.PROGRAM}: {error}\n")
        return 1
    except sqlite3.DatabaseError as error:  # damaged or read-only file, met after opening
        sys.stderr.write(f"{cli.PROGRAM}: the database cannot be used: {error}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write(f"{cli.PROGRAM}: interrupted\n")
        return 130
    except Exception as error:  # the last line of defence: never a traceback on screen
        sys.stderr.write(f"{cli.PROGRAM}: {describe_unexpected(error)}\n")
        return 3
