"""Damage only SQLite's full check finds, and files whose schema is not their version's: both
are found when the file is opened, restored or checked."""

import hashlib
import os
import sqlite3
import sys
import time

import pytest

from kienan_awards.core import demo
from kienan_awards.core.errors import DamagedDatabaseError
from kienan_awards.core.storage import migrations
from kienan_awards.core.storage.backups import check_database_file, restore_database
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.storage.integrity import database_problems
from tests.support.database_damage import damage_an_index


@pytest.fixture
def demo_file(db_path):
    db = open_database(db_path)
    demo.load_demo(db)
    db.close()
    return db_path


@pytest.fixture
def full_checks(monkeypatch):
    """Every PRAGMA integrity_check run from now on, whoever opens the connection."""
    seen = []
    connect = sqlite3.connect

    def traced_connect(*args, **kwargs):
        connection = connect(*args, **kwargs)
        connection.set_trace_callback(
            lambda sql: seen.append(sql) if "integrity_check" in sql else None
        )
        return connection

    monkeypatch.setattr(sqlite3, "connect", traced_connect)
    return seen


def age(path, seconds=3600):
    """Date the file back, as one last written long before it is opened."""
    then = time.time() - seconds
    os.utime(path, (then, then))


def database_at_version(path, version):
    db = open_database(path, migrate=False)
    names = migrations.known_step_names()
    if version < len(names):
        migrations.STEPS.apply(db, stop_before=names[version])
    else:
        migrations.apply_pending(db)
    db.close()
    return path


def change_schema(path, *statements):
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def problems_of(path):
    db = open_database(path, migrate=False, check=False)
    try:
        return database_problems(db)
    finally:
        db.close()


def test_index_damage_the_quick_check_misses_opens_nothing(demo_file):
    index = damage_an_index(demo_file)
    connection = sqlite3.connect(demo_file)
    assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    connection.close()
    problems = problems_of(demo_file)
    assert problems and index in problems[0]
    before = demo_file.read_bytes()
    with pytest.raises(DamagedDatabaseError) as refused:
        open_database(demo_file)
    assert problems[0] in str(refused.value)
    assert demo_file.read_bytes() == before


def test_damage_after_a_sound_check_is_found_at_the_next_open(demo_file):
    age(demo_file)
    open_database(demo_file).close()
    damage_an_index(demo_file)
    with pytest.raises(DamagedDatabaseError, match="missing from index"):
        open_database(demo_file)


@pytest.mark.skipif(sys.platform == "win32", reason="the change time is the creation time there")
def test_damage_is_found_even_when_the_file_keeps_its_size_and_time(demo_file):
    age(demo_file)
    open_database(demo_file).close()
    stat = demo_file.stat()
    damage_an_index(demo_file)
    os.utime(demo_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert demo_file.stat().st_size == stat.st_size
    with pytest.raises(DamagedDatabaseError):
        open_database(demo_file)


def test_a_sound_unchanged_file_is_checked_in_full_once(demo_file, full_checks):
    age(demo_file)
    open_database(demo_file).close()
    assert len(full_checks) == 1
    open_database(demo_file).close()
    assert len(full_checks) == 1
    db = open_database(demo_file)
    db.execute("UPDATE settings SET value = 'x' WHERE key = 'register.books'")
    db.conn.commit()
    db.close()
    age(demo_file)
    open_database(demo_file).close()
    assert len(full_checks) == 2


def test_a_file_whose_time_is_too_recent_to_trust_is_checked_at_every_open(demo_file, full_checks):
    # A write within the file system's time step of the check could leave the same time.
    soon = time.time() + 60
    os.utime(demo_file, (soon, soon))
    open_database(demo_file).close()
    open_database(demo_file).close()
    assert len(full_checks) == 2


def test_check_records_a_sound_file_so_the_next_open_does_not_check_it_again(
    demo_file, full_checks
):
    age(demo_file)
    assert problems_of(demo_file) == []
    open_database(demo_file).close()
    assert len(full_checks) == 1


@pytest.mark.parametrize("version", range(1, migrations.latest_schema_version() + 1))
def test_each_schema_version_is_sound_against_its_own_steps(db_path, version):
    database_at_version(db_path, version)
    check_database_file(db_path)
    assert problems_of(db_path) == []


SCHEMA_CHANGES = {
    "audit trail and certificates dropped": (
        ["DROP TABLE audit_log", "DROP TABLE print_log", "DROP TABLE certificates"],
        ["table audit_log", "table certificates", "trigger audit_log_no_update"],
    ),
    "a trigger dropped": (["DROP TRIGGER audit_people_update"], ["audit_people_update"]),
    "a column added": (["ALTER TABLE people ADD COLUMN nickname TEXT"], ["nickname"]),
    "an index dropped": (["DROP INDEX awards_unit"], ["awards_unit"]),
    "a table added": (["CREATE TABLE notes (id INTEGER PRIMARY KEY)"], ["notes"]),
    "a trigger changed": (
        [
            "DROP TRIGGER audit_log_no_delete",
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END",
        ],
        ["audit_log_no_delete"],
    ),
}


@pytest.mark.parametrize("change", SCHEMA_CHANGES)
def test_a_schema_that_differs_from_its_version_is_reported_and_refused(
    demo_file, tmp_path, change
):
    statements, named = SCHEMA_CHANGES[change]
    changed = tmp_path / "changed.sqlite3"
    changed.write_bytes(demo_file.read_bytes())
    change_schema(changed, *statements)
    problems = problems_of(changed)
    for name in named:
        assert any(name in problem for problem in problems), (name, problems)
    with pytest.raises(DamagedDatabaseError, match=named[0]):
        check_database_file(changed)
    before = demo_file.read_bytes()
    with pytest.raises(DamagedDatabaseError, match="nothing was restored"):
        restore_database(demo_file, changed)
    assert demo_file.read_bytes() == before
    with pytest.raises(DamagedDatabaseError, match=named[0]):
        open_database(changed)


def test_statistics_and_a_vacuum_are_not_schema_differences(demo_file):
    connection = sqlite3.connect(demo_file)
    connection.execute("ANALYZE")
    connection.execute("VACUUM")
    connection.close()
    assert problems_of(demo_file) == []
    check_database_file(demo_file)


def test_an_older_file_is_compared_with_its_own_version(db_path):
    database_at_version(db_path, 5)
    change_schema(db_path, "DROP TABLE award_evidence")
    problems = problems_of(db_path)
    assert any("award_evidence" in problem for problem in problems)
    # What later versions have (rules came in step 6, audit triggers in 9) is not expected.
    assert not any("eligibility_rules" in p or "audit_people" in p for p in problems)
    with pytest.raises(DamagedDatabaseError, match="award_evidence"):
        check_database_file(db_path)


# What each released version's schema steps make, as schema_check compares it. Files in use
# were made by these steps: if a released step (or the audit triggers it makes) changed, every
# such file would differ from its version. Change the schema by adding a step instead.
RELEASED_SCHEMAS = {
    1: "cfc1f96915b8f808",
    2: "cfc1f96915b8f808",
    3: "20044abefb6d2baa",
    4: "ee3eb3a173ac3de1",
    5: "d2a66aa9449264b9",
    6: "1b6fbf7704513019",
    7: "8adb33e74cf13a5d",
    8: "310b486260ee2c59",
    9: "0ffe2ad9bf281756",
    10: "d866ec2a1574890e",
    11: "d866ec2a1574890e",  # names folded again: data only
}


@pytest.mark.parametrize("version", RELEASED_SCHEMAS)
def test_what_a_released_version_should_have_never_changes(version):
    from kienan_awards.core.storage.schema_check import expected_schema

    schema = expected_schema(version)
    text = repr((sorted(schema.objects.items()), sorted(schema.columns.items())))
    assert hashlib.sha256(text.encode()).hexdigest()[:16] == RELEASED_SCHEMAS[version]
