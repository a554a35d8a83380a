"""A database opened to read only, on plain sqlite3: it reads what the program wrote, writes
nothing, and refuses what open_database refuses; a file that needs more than reading (schema
steps to take, the full check since it changed) is first opened in full."""

import os
import sqlite3
import time

import pytest

from kienan_awards.core.errors import DamagedDatabaseError, DatabaseError
from kienan_awards.core.storage import database, migrations, open_files, schema_steps
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.storage.locations import backups_folder
from kienan_awards.core.storage.online_backup import list_backups
from kienan_awards.core.storage.read_connections import open_read_connection


@pytest.fixture
def checks_run(monkeypatch):
    """Every quick or full check SQLite is asked for from now on, whoever connects."""
    seen = []
    connect = sqlite3.connect

    def traced_connect(*args, **kwargs):
        connection = connect(*args, **kwargs)
        connection.set_trace_callback(lambda sql: seen.append(sql) if "_check" in sql else None)
        return connection

    monkeypatch.setattr(sqlite3, "connect", traced_connect)
    return seen


def checked_long_ago(path):
    """The file dated back, as one last written long before, then opened (and so checked in
    full, and recorded as sound) by the program."""
    then = time.time() - 3600
    os.utime(path, (then, then))
    open_database(path).close()


def test_a_reader_reads_what_the_program_wrote_and_writes_nothing(db_path):
    db = open_database(db_path)
    db.execute("INSERT INTO settings (key, value) VALUES ('note', 'kept')")
    db.close()
    reader = open_read_connection(db_path, check=True)
    try:
        assert reader.execute("SELECT value FROM settings WHERE key = ?", ["note"]).fetchone() == (
            "kept",
        )
        assert reader.schema_version == len(schema_steps.STEP_NAMES)
        assert reader.execute("SELECT fold('Nguyễn')").fetchone() == ("nguyen",)
        with pytest.raises(sqlite3.OperationalError):
            reader.execute("UPDATE settings SET value = 'changed' WHERE key = 'note'")
    finally:
        reader.close()
    assert open_files.OPEN_HERE[str(db_path.resolve())] == 0


def test_a_file_that_is_not_there_is_refused_and_not_made(tmp_path):
    missing = tmp_path / "typo" / "awards.sqlite3"
    with pytest.raises(DatabaseError, match="there is no database at"):
        open_read_connection(missing, check=True)
    assert not missing.parent.exists()


def test_a_file_of_an_older_version_takes_its_steps_after_a_backup_before_it_is_read(db_path):
    older = open_database(db_path, migrate=False)
    migrations.STEPS.apply(older, stop_before="0020_search_prefixes")
    older.close()
    reader = open_read_connection(db_path, check=True)
    assert reader.schema_version == len(schema_steps.STEP_NAMES)
    reader.close()
    backups = list_backups(backups_folder(db_path), db_path.stem)
    assert [backup.reason for backup in backups] == ["before-schema-step"]


def test_a_file_that_cannot_be_written_and_needs_its_steps_is_refused(db_path, monkeypatch):
    older = open_database(db_path, migrate=False)
    migrations.STEPS.apply(older, stop_before="0020_search_prefixes")
    older.close()
    monkeypatch.setattr(database.os, "access", lambda path, mode: False)
    with pytest.raises(DatabaseError, match="needs a schema upgrade, which cannot be written"):
        open_read_connection(db_path, check=True)


def test_a_file_changed_since_its_full_check_is_checked_in_full_before_it_is_read(db_path):
    open_database(db_path).close()
    checked_long_ago(db_path)
    connection = sqlite3.connect(db_path)
    connection.execute("DROP TRIGGER audit_people_update")  # the quick check sees nothing
    connection.commit()
    connection.close()
    with pytest.raises(DamagedDatabaseError, match="audit_people_update"):
        open_read_connection(db_path, check=True)


def test_a_file_unchanged_since_its_full_check_gets_only_the_quick_check(db_path, checks_run):
    open_database(db_path).close()
    checked_long_ago(db_path)
    checks_run.clear()
    open_read_connection(db_path, check=True).close()
    assert checks_run == ["PRAGMA quick_check"]


def test_a_second_reader_of_a_file_open_here_is_not_checked_again(db_path, checks_run):
    db = open_database(db_path)
    checks_run.clear()
    reader = open_read_connection(db_path)
    reader.close()
    db.close()
    assert checks_run == []
