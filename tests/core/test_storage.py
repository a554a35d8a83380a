import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest

from kienan_awards.core.errors import DatabaseError, ForeignDatabaseError, SchemaTooNewError
from kienan_awards.core.storage import database, migrations
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.storage.locations import default_database_path


def file_digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_takes_every_schema_step(db):
    assert db.schema_version == migrations.latest_schema_version() >= 2
    assert db.execute("PRAGMA user_version").fetchone()[0] == db.schema_version
    assert db.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
    for table in (
        "units",
        "people",
        "issuing_authorities",
        "movements",
        "targets",
        "target_plans",
        "progress_reports",
        "award_forms",
        "bonus_rates",
        "base_salaries",
        "decisions",
        "awards",
        "print_log",
        "settings",
        "audit_log",
    ):
        assert db[table].exists(), table


def test_new_database_file_is_private_to_its_owner(db_path):
    open_database(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_the_write_ahead_log_and_a_new_folder_are_private_too(tmp_path):
    path = tmp_path / "new folder" / "awards.sqlite3"
    db = open_database(path)
    db.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    for extra in ("-wal", "-shm"):
        assert stat.S_IMODE(Path(f"{path}{extra}").stat().st_mode) == 0o600, extra
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    db.close()


def test_connection_enforces_foreign_keys_and_uses_wal(db):
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert db.execute("PRAGMA threads").fetchone()[0] == database.SORTER_THREADS >= 1
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO people (full_name, name_folded, unit_id) VALUES ('A', 'a', 999)")


def test_fold_function_is_available_in_sql(db):
    assert db.execute("SELECT fold('Nguyễn Trường Sơn')").fetchone()[0] == "nguyen truong son"


def test_reopening_a_current_database_changes_nothing(db_path):
    open_database(db_path).close()
    digest = file_digest(db_path)
    db = open_database(db_path)
    assert db.schema_version == migrations.latest_schema_version()
    db.close()
    assert file_digest(db_path) == digest
    assert not (db_path.parent / "backups").exists()


def test_database_of_a_newer_version_is_refused_and_left_untouched(db_path):
    db = open_database(db_path)
    db["_sqlite_migrations"].insert(
        {
            "migration_set": migrations.MIGRATION_SET,
            "name": "9999_from_the_future",
            "applied_at": "2030-01-01",
        }
    )
    db.close()
    digest = file_digest(db_path)
    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_database(db_path)
    assert file_digest(db_path) == digest


def test_another_programs_database_is_refused_and_left_untouched(db_path):
    other = sqlite3.connect(db_path)
    other.execute("CREATE TABLE songs (title TEXT)")
    other.commit()
    other.close()
    digest = file_digest(db_path)
    with pytest.raises(ForeignDatabaseError, match="another program"):
        open_database(db_path)
    assert file_digest(db_path) == digest


def test_a_file_that_is_not_a_database_is_refused(db_path):
    db_path.write_text("STT;Họ và tên\n1;Nguyễn Văn A\n", encoding="utf-8")
    with pytest.raises(ForeignDatabaseError, match="not a database"):
        open_database(db_path)
    assert db_path.read_text(encoding="utf-8").startswith("STT")


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseError, match="folder"):
        open_database(tmp_path)


def test_backup_is_taken_before_a_schema_step_on_an_existing_database(db_path):
    old = open_database(db_path, migrate=False)
    migrations.STEPS.apply(old, stop_before="0002_award_catalogue")
    old.close()

    db = open_database(db_path)
    assert db.schema_version == migrations.latest_schema_version()
    db.close()
    backups = list((db_path.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    applied = [row[0] for row in copy.execute("SELECT name FROM _sqlite_migrations")]
    copy.close()
    assert applied == ["0001_initial_schema"]


def test_a_failing_schema_step_leaves_the_database_as_it_was(db_path, monkeypatch):
    old = open_database(db_path, migrate=False)
    migrations.STEPS.apply(old, stop_before="0002_award_catalogue")
    old.close()
    step = next(s for s in migrations.STEPS._migrations if s.name == "0002_award_catalogue")

    def failing_step(db):
        db["award_forms"].insert(
            {
                "code": "X",
                "name_vi": "x",
                "name_en": "x",
                "category": "title",
                "recipient_kinds": "individual",
                "conferring_level": "district",
                "legal_basis": "x",
            }
        )
        raise RuntimeError("power cut")

    monkeypatch.setattr(step, "fn", failing_step)
    with pytest.raises(RuntimeError):
        open_database(db_path)
    monkeypatch.undo()
    db = open_database(db_path, migrate=False)
    assert db.schema_version == 1
    assert db["award_forms"].count == 0
    db.close()


def test_environment_variable_names_the_default_database(tmp_path, monkeypatch):
    monkeypatch.setenv("KIENAN_AWARDS_DB", str(tmp_path / "office.sqlite3"))
    assert default_database_path() == tmp_path / "office.sqlite3"


def test_default_database_lives_in_the_users_data_folder(private_user_folders):
    path = default_database_path()
    assert path.name == "awards.sqlite3"
    assert str(path).startswith(str(private_user_folders))
