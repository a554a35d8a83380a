"""Folders on Windows: made without a mode (Python 3.12.4 and later would turn 0o700 into an
owner-only ACL there), and asked whether they can be written by writing in them (os.access
reads only the read-only flag there, never who may write)."""

import os
import tempfile
from pathlib import Path

import pytest

from kienan_awards.core import output_files
from kienan_awards.core.errors import DatabaseError
from kienan_awards.core.output_files import can_create_files_in, make_private_folder
from kienan_awards.core.storage.backups import configured_backups_folder, set_backups_folder


def record_mkdir(monkeypatch) -> list[dict]:
    calls = []
    real = Path.mkdir

    def mkdir(self, *args, **kwargs):
        calls.append({"path": self, "args": args, **kwargs})
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", mkdir)
    return calls


def test_on_windows_folders_are_made_without_a_mode(tmp_path, monkeypatch):
    monkeypatch.setattr(output_files, "_POSIX", False)
    calls = record_mkdir(monkeypatch)
    make_private_folder(tmp_path / "Sao lưu" / "2026")
    assert [call["path"] for call in calls] == [tmp_path / "Sao lưu", tmp_path / "Sao lưu" / "2026"]
    assert all(not call["args"] and "mode" not in call for call in calls)


def test_on_posix_every_level_made_is_owner_only(tmp_path, monkeypatch):
    monkeypatch.setattr(output_files, "_POSIX", True)
    calls = record_mkdir(monkeypatch)
    make_private_folder(tmp_path / "a" / "b")
    assert [call.get("mode") for call in calls] == [0o700, 0o700]


def test_a_folder_is_writable_when_a_file_can_be_made_and_removed_in_it(tmp_path):
    assert can_create_files_in(tmp_path)
    assert list(tmp_path.iterdir()) == []
    assert not can_create_files_in(tmp_path / "missing")
    (tmp_path / "a-file").write_text("x")
    assert not can_create_files_in(tmp_path / "a-file")


def refuse_files_in(monkeypatch, folder: Path) -> None:
    """As Windows does for a folder whose permissions deny this user: os.access still says
    yes (the folder has no read-only flag), making a file there is refused."""
    real = tempfile.mkstemp

    def mkstemp(*args, dir=None, **kwargs):
        if dir is not None and Path(dir) == folder:
            raise PermissionError(13, "Access is denied", str(folder))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(os, "access", lambda path, mode, **kwargs: True)


def test_a_folder_windows_says_yes_to_but_refuses_files_in_is_not_writable(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    refuse_files_in(monkeypatch, locked)
    assert not can_create_files_in(locked)


def test_such_a_folder_is_refused_for_backups_and_nothing_changes(db, tmp_path, monkeypatch):
    set_backups_folder(db, tmp_path / "usb")
    locked = tmp_path / "share" / "locked"
    locked.mkdir(parents=True)
    refuse_files_in(monkeypatch, locked)
    with pytest.raises(DatabaseError, match="cannot write backups to .*locked"):
        set_backups_folder(db, locked)
    assert configured_backups_folder(db) == tmp_path / "usb"
