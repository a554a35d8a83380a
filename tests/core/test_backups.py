import datetime as dt
import os
import sqlite3

import pytest

from kienan_awards.core import demo
from kienan_awards.core.errors import DamagedDatabaseError, DatabaseError, ForeignDatabaseError
from kienan_awards.core.storage.backups import (
    back_up,
    back_up_if_due,
    configured_backups_folder,
    restore_database,
    set_backups_folder,
)
from kienan_awards.core.storage.database import open_database, read_only_reason
from kienan_awards.core.storage.integrity import database_problems
from kienan_awards.core.storage.online_backup import (
    backup_is_due,
    backups_to_keep,
    list_backups,
    thin_backups,
    write_backup,
)


def test_a_backup_is_a_sound_owner_only_copy(db, tmp_path):
    demo.load_demo(db)
    path = back_up(db, folder=tmp_path / "usb")
    assert path.parent == tmp_path / "usb" and oct(path.stat().st_mode & 0o777) == "0o600"
    copy = sqlite3.connect(path)
    assert copy.execute("SELECT count(*) FROM awards").fetchone()[0] == 699
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_backups_folder_can_be_chosen_in_settings(db, tmp_path):
    assert set_backups_folder(db, tmp_path / "share") == tmp_path / "share"
    assert back_up(db).parent == tmp_path / "share"
    assert set_backups_folder(db, None) == db.path.parent / "backups"
    assert back_up(db).parent == db.path.parent / "backups"


def test_a_backups_folder_that_cannot_be_written_is_refused_and_nothing_changes(
    db, tmp_path, monkeypatch
):
    from kienan_awards.core import output_files

    set_backups_folder(db, tmp_path / "share")
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    with pytest.raises(DatabaseError, match="is a file, not a folder"):
        set_backups_folder(db, a_file)
    with pytest.raises(DatabaseError, match="cannot use .*not-a-folder/backups for backups"):
        set_backups_folder(db, a_file / "backups")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # A folder that cannot be written is known by trying to create a file in it.
    monkeypatch.setattr(output_files.tempfile, "mkstemp", refuse)
    with pytest.raises(DatabaseError, match="cannot write backups to .*locked"):
        set_backups_folder(db, tmp_path / "locked")
    assert configured_backups_folder(db) == tmp_path / "share"


def test_thinning_keeps_seven_daily_four_weekly_and_twelve_monthly(tmp_path):
    start = dt.datetime(2026, 11, 25, 9, 0)
    for days in range(0, 400, 1):  # two copies a day for 400 days
        for hour in (9, 17):
            now = start - dt.timedelta(days=days) + dt.timedelta(hours=hour - 9)
            name = f"awards-{now:%Y%m%d-%H%M%S-%f}-daily.sqlite3"
            (tmp_path / "backups").mkdir(exist_ok=True)
            (tmp_path / "backups" / name).write_bytes(b"")  # thinning reads names only
    removed = thin_backups(tmp_path / "backups", "awards")
    kept = list_backups(tmp_path / "backups", "awards")
    assert len(removed) + len(kept) == 800
    days = {b.taken_at.date() for b in kept}
    # The 7 newest days, the newest of 4 weeks and 12 months: at most 7 + 4 + 12 copies.
    assert len(kept) <= 23 and len(kept) == len(days)
    newest_days = sorted(days, reverse=True)[:7]
    assert newest_days == [start.date() - dt.timedelta(days=n) for n in range(7)]
    assert kept[0].taken_at.hour == 17  # the newest copy of a day is the one kept
    months = {(b.taken_at.year, b.taken_at.month) for b in kept}
    assert len(months) == 12
    assert backups_to_keep([]) == set()


def test_copies_kept_before_a_restore_or_a_schema_step_are_never_thinned(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    old = dt.datetime(2024, 1, 1, 9, 0)
    for reason in ("before-restore", "before-schema-step", "damaged"):
        (folder / f"awards-{old:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3").write_bytes(b"")
    for days in range(40):
        now = dt.datetime(2026, 11, 25, 9, 0) - dt.timedelta(days=days)
        (folder / f"awards-{now:%Y%m%d-%H%M%S-%f}-daily.sqlite3").write_bytes(b"")
    removed = thin_backups(folder, "awards")
    assert removed and all(path.name.endswith("-daily.sqlite3") for path in removed)
    reasons = {b.reason for b in list_backups(folder, "awards")}
    assert reasons == {"daily", "before-restore", "before-schema-step", "damaged"}


def test_a_backup_is_due_after_a_day_only_when_something_changed(db, tmp_path):
    folder = tmp_path / "b"
    assert backup_is_due(db.path, folder)  # never backed up
    write_backup(db.conn, db.path, "daily", folder, now=dt.datetime.now() - dt.timedelta(days=2))
    old = (dt.datetime.now() - dt.timedelta(days=3)).timestamp()
    for path in (db.path, tmp_path / "awards.sqlite3-wal"):
        if path.exists():
            os.utime(path, (old, old))
    assert not backup_is_due(db.path, folder)  # nothing changed since
    db.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    db.conn.commit()
    assert backup_is_due(db.path, folder)
    db.execute("INSERT INTO settings (key, value) VALUES ('backups.folder', ?)", [str(folder)])
    db.conn.commit()
    assert back_up_if_due(db) is not None
    assert back_up_if_due(db) is None  # the newest is now under a day old


def test_restore_backs_up_the_current_database_then_replaces_it(db, db_path, tmp_path):
    demo.load_demo(db)
    saved = back_up(db, folder=tmp_path / "saved")
    db.execute("DELETE FROM print_log")
    db.execute("UPDATE people SET full_name = 'Đã Sửa' WHERE id = 1")
    db.conn.commit()
    db.close()
    safety = restore_database(db_path, saved)
    restored = open_database(db_path)
    assert restored.execute("SELECT full_name FROM people WHERE id = 1").fetchone()[0] != "Đã Sửa"
    assert database_problems(restored) == []
    restored.close()
    kept = sqlite3.connect(safety)
    assert kept.execute("SELECT full_name FROM people WHERE id = 1").fetchone()[0] == "Đã Sửa"


@pytest.mark.parametrize("content", [b"not a database at all", b""])
def test_restore_refuses_a_file_that_is_not_our_database_and_changes_nothing(
    db, db_path, tmp_path, content
):
    demo.load_demo(db)
    db.close()
    before = db_path.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(DatabaseError):
        restore_database(db_path, bad)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE notes (x)").connection.commit()
    with pytest.raises(ForeignDatabaseError):
        restore_database(db_path, other)
    assert db_path.read_bytes() == before
    assert not (db_path.parent / "backups").exists()


def damage(path):
    """Overwrite the middle of the file's pages, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * 3, len(data) - page, page * 2):
        data[start + 100 : start + 400] = b"\xff" * 300
    path.write_bytes(bytes(data))


def test_a_damaged_file_opens_nothing_and_a_damaged_backup_is_not_restored(db, db_path, tmp_path):
    demo.load_demo(db)
    copy = back_up(db, folder=tmp_path / "copies")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    damage(copy)
    with pytest.raises(DamagedDatabaseError):
        restore_database(db_path, copy)
    damage(db_path)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="damaged|malformed|cannot use"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_check_finds_a_broken_foreign_key_and_a_stale_search_index(db):
    demo.load_demo(db)
    assert database_problems(db) == []
    db.execute("PRAGMA foreign_keys = OFF")
    db.execute("UPDATE awards SET unit_id = 99999 WHERE id = 1")
    db.execute(
        "DELETE FROM search_index WHERE rowid = "
        "(SELECT recency FROM search_index_entries WHERE award_id = 2)"
    )
    db.conn.commit()
    problems = database_problems(db)
    assert any("row 1 of awards refers to a missing row of units" in p for p in problems)
    assert any("search index" in p for p in problems)


def test_a_file_this_user_cannot_write_opens_read_only(db, db_path, monkeypatch):
    from kienan_awards.core.storage import database

    demo.load_demo(db)
    db.close()
    before = db_path.read_bytes()
    # Root may write any file, so the permission is taken away where the program asks for it.
    monkeypatch.setattr(database.os, "access", lambda path, mode: False)
    opened = open_database(db_path)
    assert opened.read_only == "this user may not write the database file or its folder"
    assert opened.execute("SELECT count(*) FROM awards").fetchone()[0] == 699
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        opened.execute("DELETE FROM awards")
    opened.close()
    assert db_path.read_bytes() == before


def test_a_database_on_a_network_share_is_read_only_with_a_reason(monkeypatch, db_path):
    from kienan_awards.core.storage import database

    db_path.touch()
    monkeypatch.setattr(database, "_file_system_type", lambda path: "cifs")
    assert "network share" in read_only_reason(db_path)
    monkeypatch.setattr(database, "_file_system_type", lambda path: "ext4")
    assert read_only_reason(db_path) is None


def test_a_damaged_database_is_replaced_by_the_newest_sound_backup_and_kept(db, db_path):
    from kienan_awards.core.storage.backups import newest_sound_backup

    demo.load_demo(db)
    back_up(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    damage(db_path)
    damaged = db_path.read_bytes()
    backup = newest_sound_backup(db_path)
    assert backup is not None
    kept = restore_database(db_path, backup)
    assert kept.read_bytes() == damaged or "before-restore" in kept.name
    restored = open_database(db_path)
    assert database_problems(restored) == []
    assert restored.execute("SELECT count(*) FROM awards").fetchone()[0] == 699
    restored.close()


def test_a_database_nobody_has_written_to_is_never_backed_up(db):
    """The first start makes the database before the welcome is answered: no 'daily' copy of
    an empty file, which the thinning would then keep for a year."""
    assert back_up_if_due(db) is None
    assert not (db.path.parent / "backups").exists()
    db.execute("INSERT INTO settings (key, value) VALUES ('office.name', 'UBND phường Mẫu')")
    db.conn.commit()
    assert back_up_if_due(db) is not None
