"""Moving the default database to another folder: a checked copy, the new place remembered,
the old file gone only afterwards, and nothing changed when the move is refused."""

import os

import pytest

from kienan_awards.core import demo
from kienan_awards.core.errors import DatabaseError
from kienan_awards.core.storage.backups import newest_sound_backup, set_backups_folder
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.storage.locations import (
    default_database_path,
    moved_database_path,
    remember_database_location,
)
from kienan_awards.core.storage.moving import move_database, remove_old_database, use_database
from kienan_awards.core.storage.online_backup import list_backups


@pytest.fixture
def default_db():
    db = open_database()
    demo.load_demo(db)
    yield db
    db.close()


def test_a_moved_database_is_the_default_from_then_on_with_every_record(default_db, tmp_path):
    old_path = default_db.path
    awards = default_db["awards"].count
    new_path = move_database(default_db, tmp_path / "data drive")
    assert new_path == tmp_path / "data drive" / "awards.sqlite3"
    assert default_database_path() == new_path == moved_database_path()
    assert old_path.exists()  # still open: it goes only once closed
    default_db.close()
    remove_old_database(old_path)
    assert not old_path.exists() and not old_path.with_name("awards.sqlite3-wal").exists()
    reopened = open_database()
    try:
        assert reopened.path == new_path and reopened["awards"].count == awards
    finally:
        reopened.close()


def test_a_checked_backup_taken_before_the_move_lies_beside_the_moved_database(
    default_db, tmp_path
):
    new_path = move_database(default_db, tmp_path / "new")
    kept = list_backups(new_path.parent / "backups", "awards")
    assert [backup.reason for backup in kept] == ["before-move"]
    assert newest_sound_backup(new_path) == kept[0].path


def test_backups_kept_in_a_folder_of_their_own_stay_there(default_db, tmp_path):
    set_backups_folder(default_db, tmp_path / "usb")
    move_database(default_db, tmp_path / "new")
    assert [b.reason for b in list_backups(tmp_path / "usb", "awards")] == ["before-move"]


def test_a_move_while_another_connection_has_the_file_open_is_refused(default_db, tmp_path):
    other = open_database(default_db.path)
    try:
        with pytest.raises(DatabaseError, match="another window or program"):
            move_database(default_db, tmp_path / "new" / "deeper")
        assert not (tmp_path / "new").exists() and moved_database_path() is None
        # The refused move leaves the database as it was: both go on writing.
        other.execute("UPDATE units SET note = 'x' WHERE id = 1")
        other.conn.commit()
        assert default_db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        other.close()


def test_a_copy_that_fails_its_check_is_removed_with_the_folders_made_for_it(
    default_db, tmp_path, monkeypatch
):
    from kienan_awards.core.storage import moving

    monkeypatch.setattr(moving, "integrity_problems", lambda connection: ["bad page"])
    with pytest.raises(DatabaseError, match="failed its check: bad page"):
        move_database(default_db, tmp_path / "a" / "b")
    assert not (tmp_path / "a").exists() and moved_database_path() is None
    assert default_database_path() == default_db.path


def test_an_unreadable_record_of_the_move_opens_nothing(default_db, tmp_path):
    move_database(default_db, tmp_path / "new")
    record = default_db.path.parent / "database-location.txt"
    record.write_text("")
    with pytest.raises(DatabaseError, match="empty"):
        open_database()
    record.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(DatabaseError, match="cannot read where the database was moved"):
        open_database()


def test_a_new_file_name_may_be_chosen_instead_of_a_folder(default_db, tmp_path):
    assert move_database(default_db, tmp_path / "office.sqlite3") == tmp_path / "office.sqlite3"


def test_a_taken_place_is_refused_and_nothing_changes(default_db, tmp_path):
    taken = tmp_path / "awards.sqlite3"
    taken.write_bytes(b"someone else's")
    with pytest.raises(DatabaseError, match="already exists"):
        move_database(default_db, tmp_path)
    assert taken.read_bytes() == b"someone else's"
    assert moved_database_path() is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_folder_is_refused_and_leaves_no_file(default_db, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(DatabaseError, match="cannot create"):
        move_database(default_db, locked)
    assert list(locked.iterdir()) == [] and moved_database_path() is None


def test_a_database_opened_with_db_is_not_moved(db, tmp_path):
    with pytest.raises(DatabaseError, match="only the default database"):
        move_database(db, tmp_path / "elsewhere")
    assert not (tmp_path / "elsewhere").exists()


def test_a_database_named_by_the_environment_is_not_moved(tmp_path, monkeypatch):
    monkeypatch.setenv("KIENAN_AWARDS_DB", str(tmp_path / "env.sqlite3"))
    db = open_database()
    try:
        with pytest.raises(DatabaseError, match="KIENAN_AWARDS_DB"):
            move_database(db, tmp_path / "elsewhere")
    finally:
        db.close()


def test_a_moved_database_whose_drive_is_gone_is_never_started_empty(tmp_path):
    remember_database_location(tmp_path / "usb" / "awards.sqlite3")
    with pytest.raises(DatabaseError, match="cannot be found now"):
        open_database()
    assert not (tmp_path / "usb").exists()


def test_the_old_file_is_not_removed_while_it_is_still_the_default(default_db):
    default_db.close()
    with pytest.raises(DatabaseError, match="still the default"):
        remove_old_database(default_db.path)
    assert default_db.path.exists()


def test_a_database_kept_on_a_data_drive_is_used_as_it_is_after_a_reinstall(tmp_path):
    kept = open_database(tmp_path / "D" / "awards.sqlite3")
    demo.load_demo(kept)
    kept.close()
    before = (tmp_path / "D" / "awards.sqlite3").read_bytes()
    assert use_database(tmp_path / "D") == tmp_path / "D" / "awards.sqlite3"
    assert (tmp_path / "D" / "awards.sqlite3").read_bytes() == before  # only read
    reopened = open_database()
    try:
        assert reopened.path == tmp_path / "D" / "awards.sqlite3"
        assert reopened["awards"].count == 699
    finally:
        reopened.close()


def test_a_foreign_or_missing_file_is_not_used_and_nothing_changes(tmp_path):
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_text("not a database")
    with pytest.raises(DatabaseError, match="not a database file"):
        use_database(foreign)
    with pytest.raises(DatabaseError, match="no file"):
        use_database(tmp_path / "empty folder")
    assert moved_database_path() is None
