"""The live database is never placed in a folder a cloud service synchronises (OneDrive,
Google Drive, Dropbox) nor in Documents or Desktop, which Windows hands to OneDrive: moving,
using or restoring a database there is refused with a clear error and nothing changes.
Backups may go there, and the first start's own place is none of these."""

import os
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from kienan_awards.core.errors import DatabaseError, KienanError
from kienan_awards.core.storage.backups import (
    back_up,
    configured_backups_folder,
    restore_database,
    set_backups_folder,
)
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.storage.locations import default_database_path, moved_database_path
from kienan_awards.core.storage.moving import move_database, use_database
from kienan_awards.core.storage.synced_folders import synced_folder

W = PureWindowsPath
LAN = {"OneDrive": r"C:\Users\lan\OneDrive", "OneDriveCommercial": r"C:\Users\lan\OneDrive - UBND"}
KNOWN = [W(r"C:\Users\lan\Documents"), W(r"C:\Users\lan\Desktop")]


@pytest.mark.parametrize(
    ("path", "folder"),
    [
        (r"c:\users\LAN\onedrive\Kiến An\awards.sqlite3", W(r"C:\Users\lan\OneDrive")),
        (r"C:\Users\lan\OneDrive - UBND\x.sqlite3", W(r"C:\Users\lan\OneDrive - UBND")),
        (r"E:\OneDrive - Công ty ABC\Thi đua\x.sqlite3", "OneDrive - Công ty ABC"),
        (r"G:\My Drive\Thi đua\awards.sqlite3", "My Drive"),
        (r"C:\Users\lan\Google Drive\awards.sqlite3", "Google Drive"),
        (r"D:\Dropbox\awards.sqlite3", "Dropbox"),
        (r"D:\Dropbox (UBND)\awards.sqlite3", "Dropbox (UBND)"),
        (r"C:\Users\lan\Documents\KienAn\awards.sqlite3", W(r"C:\Users\lan\Documents")),
        (r"C:\USERS\lan\desktop\awards.sqlite3", W(r"C:\Users\lan\Desktop")),
    ],
)
def test_synchronised_windows_folders_are_found_whatever_their_case(path, folder):
    assert synced_folder(W(path), environment=LAN, known_folders=KNOWN) == folder


@pytest.mark.parametrize(
    "path",
    [
        r"D:\KienAn\awards.sqlite3",
        r"C:\Users\lan\AppData\Local\KienAnAwards\awards.sqlite3",
        r"C:\Users\lan\Documents old\awards.sqlite3",
        r"C:\Users\lan\OneDriveBackup\awards.sqlite3",
        r"\\may-chu\thi-dua\awards.sqlite3",
        r"D:\KienAn\Dropbox.sqlite3",
    ],
)
def test_other_windows_folders_are_not(path):
    assert synced_folder(W(path), environment=LAN, known_folders=KNOWN) is None


def test_icloud_on_a_mac_is_found():
    icloud = PurePosixPath("/Users/lan/Library/Mobile Documents/com~apple~CloudDocs/a.sqlite3")
    assert synced_folder(icloud, environment={}, known_folders=[]) == "Mobile Documents"


def test_the_first_start_s_own_place_is_not_synchronised():
    assert synced_folder(default_database_path()) is None


def test_a_home_standing_in_for_documents_does_not_refuse_the_whole_home(monkeypatch):
    # xdg-user-dirs names the home folder for a Documents folder the system does not have.
    monkeypatch.setattr(
        "kienan_awards.core.storage.synced_folders._known_folders", lambda: [Path.home()]
    )
    assert synced_folder(default_database_path()) is None


@pytest.fixture
def default_db():
    db = open_database()
    db.execute("INSERT INTO settings (key, value) VALUES ('office.name', 'UBND phường Lãm Hà')")
    db.conn.commit()
    yield db
    db.close()


def test_moving_into_documents_is_refused_and_nothing_changes(default_db):
    documents = Path.home() / "Documents"
    with pytest.raises(DatabaseError, match="cannot be kept at .*Documents.*OneDrive"):
        move_database(default_db, documents / "KienAn")
    assert not documents.exists() and moved_database_path() is None


def test_moving_into_a_folder_onedrive_syncs_is_refused(default_db, tmp_path, monkeypatch):
    monkeypatch.setenv("OneDrive", str(tmp_path / "OD"))
    with pytest.raises(DatabaseError, match="synchronised"):
        move_database(default_db, tmp_path / "OD" / "Kiến An" / "awards.sqlite3")
    assert not (tmp_path / "OD").exists() and moved_database_path() is None


def test_moving_through_a_link_into_dropbox_is_refused(default_db, tmp_path):
    (tmp_path / "Dropbox").mkdir()
    (tmp_path / "data").symlink_to(tmp_path / "Dropbox")
    with pytest.raises(DatabaseError, match="Dropbox"):
        move_database(default_db, tmp_path / "data")
    assert list((tmp_path / "Dropbox").iterdir()) == []


def test_using_a_database_kept_in_google_drive_is_refused(default_db, tmp_path):
    kept = tmp_path / "Google Drive" / "awards.sqlite3"
    kept.parent.mkdir()
    back_up(default_db, "manual", kept.parent).rename(kept)
    with pytest.raises(KienanError, match="Google Drive"):
        use_database(kept.parent)
    assert moved_database_path() is None


def test_restoring_into_a_new_place_on_the_desktop_is_refused(default_db, tmp_path):
    backup = back_up(default_db, "manual", tmp_path / "backups")
    target = Path.home() / "Desktop" / "awards.sqlite3"
    with pytest.raises(DatabaseError, match="Desktop"):
        restore_database(target, backup)
    assert not target.exists()


def test_a_database_already_there_can_still_be_mended_from_a_backup(tmp_path, monkeypatch):
    monkeypatch.setenv("OneDrive", str(tmp_path / "OD"))
    path = tmp_path / "OD" / "awards.sqlite3"
    db = open_database(path)
    try:
        backup = back_up(db, "manual", tmp_path / "backups")
    finally:
        db.close()
    restore_database(path, backup)
    assert os.path.getsize(path) > 0


def test_backups_may_go_to_a_synchronised_folder(default_db, tmp_path, monkeypatch):
    monkeypatch.setenv("OneDrive", str(tmp_path / "OD"))
    chosen = set_backups_folder(default_db, tmp_path / "OD" / "Sao lưu")
    assert chosen == configured_backups_folder(default_db)
    assert back_up(default_db).parent == tmp_path / "OD" / "Sao lưu"
