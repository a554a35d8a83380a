"""Careless words on the command line: numbers too large for SQLite, a closed pipe, and
cells that a spreadsheet would run as formulas. Each is one line and the right exit code,
never an unexpected error."""

import csv
import io
import os
import subprocess
import sys

import pytest

from kienan_awards.core.lists.csv_output import neutralised
from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "x", "--year", HUGE],
        ["search", "x", "--from-year", HUGE],
        ["search", "x", "--to-year", f"-{HUGE}"],
        ["search", "x", "--limit", HUGE],
        ["search", "x", "--limit", "1e23"],
        ["progress", "--year", HUGE],
        ["progress", "--movement", HUGE],
        ["candidates", "--year", HUGE],
        ["report", "annual", "--year", HUGE, "--out", "r.pdf"],
        ["report", "movement", "--year", "2024", "--movement", HUGE, "--out", "r.pdf"],
        ["report", "multi-year", "--year", "2020", "--to-year", HUGE, "--out", "r.pdf"],
        ["audit", "--limit", HUGE],
    ],
    ids=lambda argv: " ".join(argv[:3]),
)
def test_a_number_too_large_is_a_usage_error_in_one_line(capsys, demo_path, argv):
    code, out, err = run(capsys, "--db", str(demo_path), *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "unexpected" not in err


def test_years_a_register_can_hold_are_taken(capsys, demo_path):
    code, _, err = run(capsys, "--db", str(demo_path), "search", "", "--year", "2100")
    assert code == 0 and err == ""
    code, _, err = run(capsys, "--db", str(demo_path), "search", "", "--year", "2101")
    assert code == 2 and "2101" in err


def test_search_into_a_pipe_closed_early_ends_quietly(demo_path, tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    search = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kienan_awards",
            "--db",
            str(demo_path),
            "search",
            "",
            "--limit",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    search.stdout.readline()
    search.stdout.close()  # as `| head -1` does
    _, err = search.communicate(timeout=60)
    assert search.returncode in (0, 141, 120, 1) and b"unexpected" not in err
    assert err == b""
    assert not (tmp_path / "data" / "KienAnAwards" / "logs" / "errors.log").exists()


FORMULAS = [
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1)",
    "\tTab",
    "\rReturn",
]


@pytest.mark.parametrize("text", FORMULAS)
def test_a_cell_a_spreadsheet_would_run_gets_a_leading_apostrophe(text):
    assert neutralised(text) == "'" + text
    assert neutralised("Nguyễn Văn An") == "Nguyễn Văn An"
    assert neutralised(2024) == 2024 and neutralised(None) is None


def test_search_csv_writes_formulas_as_text(capsys, demo_path):
    db = open_database(demo_path)
    person_id = db.execute("SELECT person_id FROM awards WHERE person_id IS NOT NULL").fetchone()[0]
    db.execute("UPDATE awards SET achievement = ? WHERE person_id = ?", [FORMULAS[0], person_id])
    db.execute("UPDATE awards SET position = ? WHERE person_id = ?", [FORMULAS[1], person_id])
    db.conn.commit()
    db.close()

    code, out, _ = run(
        capsys, "--db", str(demo_path), "search", "", "--limit", "0", "--format", "csv"
    )

    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    cells = [value for row in rows for value in row.values() if value]
    assert not any(cell[0] in "=+-@\t\r" for cell in cells)
    assert any(cell == "'" + FORMULAS[0] for cell in cells)


def test_a_pipe_closed_on_windows_ends_quietly_too(monkeypatch, capsys, demo_path):
    import errno

    from kienan_awards import cli

    def closed(_args):
        raise OSError(errno.EINVAL, "Invalid argument")

    silenced = []
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(cli, "run", closed)
    monkeypatch.setattr(cli, "reader_gone", lambda: silenced.append(True) or 1)
    code, out, err = run(capsys, "--db", str(demo_path), "search", "x")
    assert (code, err, silenced) == (1, "", [True])


def test_info_on_a_misspelt_database_is_refused_and_creates_nothing(capsys, tmp_path):
    code, out, err = run(capsys, "--db", str(tmp_path / "awrads.sqlite3"), "info")
    assert code == 1 and out == "" and err.count("\n") == 1 and "no database" in err
    assert not (tmp_path / "awrads.sqlite3").exists()
