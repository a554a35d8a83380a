"""Every folder the program makes for the clerk's data is the owner's only, every level of it:
mkdir's own mode reaches only the last one."""

import os
import stat
import sys

import pytest

from kienan_awards.core.storage.backups import set_backups_folder
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.storage.moving import move_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows keeps the profile private")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def open_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_database_in_new_folders_makes_each_folder_private(tmp_path):
    path = tmp_path / "a" / "b" / "awards.sqlite3"
    open_database(path).close()
    assert [mode(tmp_path / "a"), mode(tmp_path / "a" / "b"), mode(path)] == [0o700, 0o700, 0o600]


def test_a_backups_folder_chosen_in_new_folders_is_private(db, tmp_path):
    set_backups_folder(db, tmp_path / "usb" / "sao-luu")
    assert [mode(tmp_path / "usb"), mode(tmp_path / "usb" / "sao-luu")] == [0o700, 0o700]


def test_moving_the_database_into_new_folders_makes_them_private(tmp_path, monkeypatch):
    db = open_database()  # the default database, in the test's own data folder
    db.execute("INSERT INTO settings (key, value) VALUES ('office.name', 'UBND xã Mẫu')")
    db.conn.commit()
    new = move_database(db, tmp_path / "o-d" / "kienan")
    db.close()
    assert [mode(tmp_path / "o-d"), mode(tmp_path / "o-d" / "kienan"), mode(new)] == [
        0o700,
        0o700,
        0o600,
    ]
