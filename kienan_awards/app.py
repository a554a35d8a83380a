"""main(): the command line when a command is given, else the window."""

from __future__ import annotations

import os
import sys

from kienan_awards import cli
from kienan_awards.core import i18n


def main(argv: list[str] | None = None) -> int:
    write_output_in_utf8()
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        # The language first: the commands' help and every line they say are made in it.
        i18n.set_language(i18n.chosen_language(_given_language(argv)))
        args = cli.build_parser().parse_args(argv)
        if args.self_test:
            from kienan_awards.self_test import run_self_test

            return run_self_test()
        if args.command is None:
            # Qt is imported only when the window is wanted: commands start fast without it.
            from kienan_awards.ui.application import run_window

            # The window finds its own language: Settings, else the display language.
            return run_window(args.db, args.lang)
        return cli.run(args)
    except SystemExit:  # argparse's --help, --version and wrong words: already said
        raise
    except (Exception, KeyboardInterrupt) as error:
        return cli.stopped_by(error)


def write_output_in_utf8() -> None:
    """stdout and stderr in UTF-8, whatever the console or file. Windows gives a redirected
    stream its ANSI code page (cp1252, cp1258), which has no letter such as "ễ", and fails on
    the first name. A program started without a console (the window's) has no streams: what
    it would say goes to the null device, never raising."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (kept open)
        elif hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="backslashreplace")
            except (OSError, ValueError):  # a stream already read from, or closed: left as it is
                pass


def _given_language(argv: list[str]) -> str | None:
    """--lang as given, read before the parser is made (the parser's words depend on it)."""
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return None
