"""check, restore and every other command on files that are damaged only where SQLite's full
check looks, or whose schema is not the one of their version."""

import sqlite3
from pathlib import Path

import pytest

from kienan_awards.core.storage import migrations
from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run
from tests.support.database_damage import damage_an_index


def backup_of(capsys, demo_path, folder):
    code, out, _ = run(capsys, "--db", str(demo_path), "backup", str(folder))
    assert code == 0
    return Path(out.strip())


def test_index_damage_fails_check_and_every_command_refuses_with_its_words(capsys, demo_path):
    index = damage_an_index(demo_path)
    code, out, err = run(capsys, "--db", str(demo_path), "check")
    assert code == 1 and out == "" and "integrity: row" in err and index in err
    first_problem = err.splitlines()[0].removeprefix("kienan-awards: ")
    before = demo_path.read_bytes()
    for command in ("reindex", "info"):
        code, out, err = run(capsys, "--db", str(demo_path), command)
        assert code == 1 and out == "" and err.count("\n") == 1, command
        assert "damaged" in err and first_problem in err and "restore" in err, command
    assert demo_path.read_bytes() == before


SCHEMA_CHANGES = {
    "audit_log dropped": ["DROP TABLE audit_log"],
    "certificates dropped": ["DROP TABLE print_log", "DROP TABLE certificates"],
    "audit_people_update dropped": ["DROP TRIGGER audit_people_update"],
    "nickname added": ["ALTER TABLE people ADD COLUMN nickname TEXT"],
    "awards_unit dropped": ["DROP INDEX awards_unit"],
}


@pytest.mark.parametrize("change", SCHEMA_CHANGES)
def test_a_file_with_a_changed_schema_is_not_restored_and_fails_check(
    capsys, demo_path, tmp_path, change
):
    copy = backup_of(capsys, demo_path, tmp_path / "copies")
    connection = sqlite3.connect(copy)
    for statement in SCHEMA_CHANGES[change]:
        connection.execute(statement)
    connection.commit()
    connection.close()
    name = change.split()[0]
    before = demo_path.read_bytes()
    code, out, err = run(capsys, "--db", str(demo_path), "restore", str(copy))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert name in err and "nothing was restored" in err
    assert demo_path.read_bytes() == before
    code, out, err = run(capsys, "--db", str(copy), "check")
    assert code == 1 and out == "" and name in err


def test_a_sound_backup_still_restores(capsys, demo_path, tmp_path):
    copy = backup_of(capsys, demo_path, tmp_path / "copies")
    code, out, err = run(capsys, "--db", str(demo_path), "restore", str(copy))
    assert code == 0 and "kept in" in out
    code, out, err = run(capsys, "--db", str(demo_path), "check")
    assert code == 0 and "sound" in out


def test_an_older_file_checks_sound_against_its_own_version_and_restores(
    capsys, demo_path, tmp_path
):
    older = tmp_path / "older.sqlite3"
    db = open_database(older, migrate=False)
    migrations.STEPS.apply(db, stop_before="0006_decisions")
    db.close()
    code, out, err = run(capsys, "--db", str(older), "check")
    assert (code, err) == (0, "") and "sound" in out
    code, out, err = run(capsys, "--db", str(demo_path), "restore", str(older))
    assert code == 0 and "kept in" in out
    db = open_database(demo_path)
    assert db.schema_version == migrations.latest_schema_version()
    db.close()
