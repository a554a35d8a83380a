"""The command line is a package of command groups: each module adds its commands to the one
parser and handles them; what they share (exit codes, one-line messages) is the package's."""

import argparse
import ast
import errno
import subprocess
import sys
from pathlib import Path

import pytest

from kienan_awards import cli
from tests.cli.conftest import run

CLI = Path(cli.__file__).parent
GROUPS = (
    "certificates",
    "cluster_year",
    "clusters",
    "council",
    "cycle",
    "decisions",
    "demo",
    "discipline",
    "dossier",
    "imports",
    "office",
    "records",
    "reports",
    "storage",
)


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_command_is_handled_by_the_group_that_adds_it():
    commands = subcommands()
    assert len(commands) == 29
    for name, command in commands.items():
        handler = command.get_default("handler")
        group = handler.__module__.rsplit(".", 1)[-1]
        assert group in GROUPS, name
        assert handler.__name__ == "command_" + name.replace("-", "_")


def test_building_the_parser_and_every_group_loads_no_qt():
    script = (
        "import sys\n"
        "from kienan_awards import cli\n"
        "cli.build_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_no_function_of_the_command_line_runs_past_sixty_lines():
    long = [
        f"{path.name}: {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for path in sorted(CLI.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > 60
    ]
    assert long == []


@pytest.mark.parametrize(
    ("platform", "error"),
    [
        ("linux", BrokenPipeError(errno.EPIPE, "Broken pipe")),
        ("win32", OSError(errno.EINVAL, "Invalid argument")),  # CPython issue 79935
    ],
    ids=["broken-pipe", "windows-einval"],
)
def test_a_pipe_closed_while_a_command_writes_ends_quietly(
    monkeypatch, capsys, demo_path, platform, error
):
    from kienan_awards.cli import records

    def reader_gone_midway(_args):
        raise error

    silenced = []
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(records, "command_search", reader_gone_midway)
    monkeypatch.setattr(cli, "reader_gone", lambda: silenced.append(True) or cli.FAILED)
    code, out, err = run(capsys, "--db", demo_path, "search", "x")
    assert (code, err, silenced) == (1, "", [True])


def test_an_unexpected_error_in_a_command_is_one_line_and_exit_3(monkeypatch, capsys, demo_path):
    from kienan_awards.core.search import award_search

    def broken(_db):
        raise ZeroDivisionError("division by zero")

    # The command imports the core's function when it runs: the core's is the one replaced.
    monkeypatch.setattr(award_search, "rebuild_search_index", broken)
    code, out, err = run(capsys, "--db", demo_path, "reindex")
    assert code == cli.UNEXPECTED and out == "" and err.count("\n") == 1
    assert err.startswith("kienan-awards: unexpected error (ZeroDivisionError")


def test_a_mistake_found_after_parsing_is_exit_2_and_names_the_help(capsys, demo_path):
    code, out, err = run(
        capsys, "--db", demo_path, "report", "annual", "--year", "2024", "--out", "x.txt"
    )
    assert (code, out) == (cli.WRONG_WORDS, "")
    assert err == "kienan-awards: x.txt: name the report .pdf or .xlsx (see kienan-awards --help)\n"
