"""main(): the command line when a command is given, else the window."""

from __future__ import annotations

import sys

from kienan_awards import cli
from kienan_awards.core import i18n


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # The language first: the commands' help and every line they say are made in it.
    language = i18n.set_language(i18n.chosen_language(_given_language(argv)))
    try:
        args = cli.build_parser().parse_args(argv)
        if args.self_test:
            from kienan_awards.self_test import run_self_test

            return run_self_test()
        if args.command is None:
            # Qt is imported only when the window is wanted: commands start fast without it.
            from kienan_awards.ui.application import run_window

            return run_window(args.db, args.lang or language)
        return cli.run(args)
    except SystemExit:  # argparse's --help, --version and wrong words: already said
        raise
    except (Exception, KeyboardInterrupt) as error:
        return cli.stopped_by(error)


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
