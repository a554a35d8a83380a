"""Windows refuses to replace or remove a file another program holds open (a viewer, the
antivirus, the search indexer) until it lets go. Simulated here: sys.platform says win32 and
the replace or removal fails with PermissionError for a while. Every rename and removal waits
a moment for it; a backup that cannot be thinned is a warning; no cleanup undoes a step that
went through."""

import contextlib
import logging
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from kienan_awards.core import output_files
from kienan_awards.core.errors import DatabaseError, KienanError
from kienan_awards.core.output_files import BUSY_WAITS, output_file, remove_file, replace_file
from kienan_awards.core.storage import moving
from kienan_awards.core.storage.backups import back_up
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.storage.locations import (
    default_database_path,
    moved_database_path,
    remember_database_location,
    user_data_folder,
)
from kienan_awards.core.storage.moving import move_database, remove_old_database
from kienan_awards.core.storage.online_backup import list_backups

HELD = PermissionError(13, "The process cannot access the file because it is being used")


@pytest.fixture
def windows(monkeypatch):
    """sys.platform is win32 where files are replaced and removed (only there: the rest of
    the program would look for Windows' own libraries); the waits are recorded, not slept."""
    monkeypatch.setattr(output_files, "sys", SimpleNamespace(platform="win32"))
    waits: list[float] = []
    monkeypatch.setattr(output_files.time, "sleep", waits.append)
    return waits


def held_open(monkeypatch, module, name, times, *, only=lambda *args: True):
    """module.name raises as Windows does for a file held open, the first `times` calls it
    gets for which only(*args) holds (every call when times is None)."""
    real = getattr(module, name)
    refused = []

    def refusing(*args, **kwargs):
        if only(*args) and (times is None or len(refused) < times):
            refused.append(args)
            raise HELD
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, refusing)
    return refused


def test_a_file_held_open_for_a_moment_is_replaced_once_it_is_let_go(
    tmp_path, monkeypatch, windows
):
    target = tmp_path / "Quyết định.pdf"
    target.write_bytes(b"old")
    refused = held_open(monkeypatch, os, "replace", 3)
    with output_file(target) as draft:
        draft.write_bytes(b"new")
    assert target.read_bytes() == b"new" and list(tmp_path.iterdir()) == [target]
    assert len(refused) == 3 and windows == list(BUSY_WAITS[:3])


def test_a_file_held_open_longer_is_one_error_after_about_two_seconds(
    tmp_path, monkeypatch, windows
):
    target = tmp_path / "open.pdf"
    target.write_bytes(b"old")
    held_open(monkeypatch, os, "replace", None)
    with pytest.raises(KienanError, match="close it"), output_file(target) as draft:
        draft.write_bytes(b"new")
    assert 1.5 <= sum(windows) <= 2.5
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]


def test_a_draft_held_open_by_a_scanner_is_still_removed(tmp_path, monkeypatch, windows):
    target = tmp_path / "x.pdf"
    held_open(monkeypatch, Path, "unlink", 2)
    with pytest.raises(RuntimeError), output_file(target) as draft:
        draft.write_bytes(b"half")
        raise RuntimeError("the writer failed")
    assert list(tmp_path.iterdir()) == []


def test_on_posix_a_refusal_is_final_and_not_waited_for(tmp_path, monkeypatch):
    monkeypatch.setattr(output_files, "sys", SimpleNamespace(platform="linux"))
    waits: list[float] = []
    monkeypatch.setattr(output_files.time, "sleep", waits.append)
    held_open(monkeypatch, os, "replace", None)
    (tmp_path / "a").write_text("a")
    with pytest.raises(PermissionError):
        replace_file(tmp_path / "a", tmp_path / "b")
    held_open(monkeypatch, Path, "unlink", None)
    with pytest.raises(PermissionError):
        remove_file(tmp_path / "a")
    assert waits == []


def test_where_the_database_was_moved_is_written_though_the_record_is_held_open(
    tmp_path, monkeypatch, windows
):
    held_open(monkeypatch, os, "replace", 2)
    remember_database_location(tmp_path / "d" / "awards.sqlite3")
    assert moved_database_path() == (tmp_path / "d" / "awards.sqlite3").resolve()
    assert len(windows) == 2


def test_a_record_that_cannot_be_replaced_leaves_no_draft(tmp_path, monkeypatch, windows):
    held_open(monkeypatch, os, "replace", None)
    with pytest.raises(PermissionError):
        remember_database_location(tmp_path / "awards.sqlite3")
    assert list(user_data_folder().iterdir()) == []


def old_daily_backups(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for second in range(count):  # all on one day long ago: only the newest of them is kept
        path = folder / f"awards-20000101-0900{second:02d}-000000-daily.sqlite3"
        path.write_bytes(b"")
        made.append(path)
    return made


def test_a_daily_backup_stands_when_an_old_one_cannot_be_removed(
    db, tmp_path, monkeypatch, windows, caplog
):
    folder = tmp_path / "backups"
    old = old_daily_backups(folder, 14)
    held = {old[0].name, old[1].name}
    held_open(monkeypatch, Path, "unlink", None, only=lambda path, *a: path.name in held)
    with caplog.at_level(logging.WARNING):
        taken = back_up(db, "daily", folder)
    assert taken.is_file() and taken in [b.path for b in list_backups(folder, "awards")]
    # Those held open stay (they go at the next backup); every other old one went.
    assert sorted(p.name for p in folder.iterdir()) == sorted([*held, old[-1].name, taken.name])
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warned) == 2 and all("could not be removed" in text for text in warned)


def default_with_changes():
    db = open_database()
    db.execute("INSERT INTO settings (key, value) VALUES ('office.name', 'UBND phường Lãm Hà')")
    db.conn.commit()
    return db


def test_a_move_that_went_through_is_not_undone_by_an_error_after_it(tmp_path, monkeypatch):
    real = moving._sole_connection

    @contextlib.contextmanager
    def failing_on_leaving(db):
        with real(db):
            yield
        raise OSError(5, "the old connection could not be set back")

    monkeypatch.setattr(moving, "_sole_connection", failing_on_leaving)
    db = default_with_changes()
    old_path = db.path
    new_path = move_database(db, tmp_path / "D" / "KienAn")
    db.close()
    assert new_path.is_file() and default_database_path() == new_path
    assert list_backups(new_path.parent / "backups", "awards")
    remove_old_database(old_path)
    reopened = open_database()
    try:
        assert reopened.execute("SELECT value FROM settings WHERE key = 'office.name'").fetchone()
    finally:
        reopened.close()


def test_a_failed_move_reports_its_own_error_when_its_copy_is_held_open(
    tmp_path, monkeypatch, windows
):
    monkeypatch.setattr(moving, "integrity_problems", lambda connection: ["page 7 is wrong"])
    db = default_with_changes()
    try:
        target = tmp_path / "D" / "awards.sqlite3"
        held_open(monkeypatch, Path, "unlink", None, only=lambda path, *a: path == target)
        with pytest.raises(DatabaseError, match="failed its check: page 7 is wrong"):
            move_database(db, target)
        assert default_database_path() == db.path and moved_database_path() is None
    finally:
        db.close()


def test_the_old_file_is_removed_once_the_viewer_lets_go(tmp_path, monkeypatch, windows):
    db = default_with_changes()
    old_path = db.path
    move_database(db, tmp_path / "new")
    db.close()
    held_open(monkeypatch, Path, "unlink", 2, only=lambda path, *a: path == old_path)
    remove_old_database(old_path)
    assert not old_path.exists() and len(windows) == 2
