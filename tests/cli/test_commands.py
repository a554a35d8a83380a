import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from kienan_awards.app import main
from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run


def command_names() -> list[str]:
    import argparse

    from kienan_awards import cli

    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(commands.choices)


@pytest.mark.parametrize("argv", [[], *([name] for name in command_names())])
def test_help_of_the_program_and_of_every_command_is_printed(capsys, argv):
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--help"])
    out, err = capsys.readouterr()
    assert stopped.value.code == 0 and err == ""
    assert out.startswith("usage: kienan-awards")


def test_info_reports_schema_version_and_counts_as_json(capsys, db_path):
    open_database(db_path).close()
    code, out, err = run(capsys, "--db", str(db_path), "info", "--format", "json")
    assert code == 0 and err == ""
    info = json.loads(out)
    assert set(info) == {
        "schema_version",
        "units",
        "people",
        "movements",
        "decisions",
        "awards",
        "office",
    }
    assert info["schema_version"] >= 2 and info["awards"] == 0 and info["office"] is None


def test_demo_fills_an_empty_database(capsys, db_path):
    code, out, _ = run(capsys, "--db", str(db_path), "demo")
    assert code == 0 and "demo data" in out
    _, out, _ = run(capsys, "--db", str(db_path), "info", "--format", "json")
    info = json.loads(out)
    assert info["units"] > 10 and info["people"] > 100 and info["awards"] > 100
    assert info["movements"] >= 2 and info["decisions"] > 0


def test_demo_refuses_a_database_with_data_and_changes_nothing(capsys, db_path):
    run(capsys, "--db", str(db_path), "demo")
    before = db_path.read_bytes()
    code, out, err = run(capsys, "--db", str(db_path), "demo")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "already holds records" in err
    assert db_path.read_bytes() == before


def test_database_of_a_newer_version_gives_one_line_and_exit_1(capsys, db_path):
    db = open_database(db_path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "kienan_awards", "name": "9999_later", "applied_at": "2030-01-01"}
    )
    db.close()
    code, out, err = run(capsys, "--db", str(db_path), "info")
    assert code == 1 and err.count("\n") == 1 and "newer version" in err


def test_a_spreadsheet_given_as_database_is_refused_in_one_line(capsys, tmp_path):
    bogus = tmp_path / "list.xlsx"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    code, _, err = run(capsys, "--db", str(bogus), "info")
    assert code == 1 and err.count("\n") == 1 and "not a database" in err
    assert bogus.read_bytes() == b"PK\x03\x04 not a database"


@pytest.mark.parametrize(
    "argv",
    [["frobnicate"], ["info", "--format", "xml"], ["--lang", "fr", "info"]],
    ids=["unknown-command", "unknown-format", "unknown-language"],
)
def test_bad_arguments_give_one_line_and_exit_2(capsys, argv):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kienan-awards: ")


def test_module_and_entry_point_run_the_same_main(db_path):
    # The entry point is found beside the interpreter, as in a virtual environment nobody
    # has activated, never by its bare name on PATH.
    entry_point = Path(sysconfig.get_path("scripts")) / "kienan-awards"
    open_database(db_path).close()
    for command in ([sys.executable, "-m", "kienan_awards"], [str(entry_point)]):
        result = subprocess.run(
            [*command, "--db", str(db_path), "info", "--format", "json"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["schema_version"] >= 2


def test_reading_commands_do_not_create_a_database_at_a_mistyped_path(capsys, tmp_path):
    missing = tmp_path / "typo" / "awards.sqlite3"
    for argv in (
        ["progress"],
        ["candidates", "--year", "2024"],
        ["verify", "AAAA-AAAA-AAAA"],
        ["export", str(tmp_path / "out.xlsx")],
    ):
        assert main(["--db", str(missing), *argv]) == 1
        assert "no database" in capsys.readouterr().err
    assert not missing.parent.exists()


def test_without_a_display_the_window_says_so_in_one_line_and_exits(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "kienan_awards", "--db", str(tmp_path / "a.sqlite3")],
        capture_output=True,
        text=True,
        timeout=60,
        env={**env, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")},
    )
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux can lack a display")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "no display" in result.stderr
    assert not (tmp_path / "a.sqlite3").exists()
