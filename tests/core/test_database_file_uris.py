"""A database file is named to SQLite by one URI rule: a file on a network share or a mapped
drive opens read-only as one on this computer does, whatever letters its name holds."""

import sqlite3
from pathlib import PurePosixPath, PureWindowsPath

import pytest

from kienan_awards.core.storage import backups
from kienan_awards.core.storage.backups import back_up, check_database_file
from kienan_awards.core.storage.file_uris import sqlite_uri


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (r"\\server\share\db.sqlite", "file:////server/share/db.sqlite"),
        (r"\\may-chu\Hồ sơ\awards.sqlite3", "file:////may-chu/H%E1%BB%93%20s%C6%A1/awards.sqlite3"),
        (r"\\?\UNC\server\share\db.sqlite", "file:////server/share/db.sqlite"),
        (r"Z:\data\x.db", "file:///Z:/data/x.db"),
        (r"\\?\Z:\data\x.db", "file:///Z:/data/x.db"),
        (r"Z:\Thi đua 50% #1\a b.db", "file:///Z:/Thi%20%C4%91ua%2050%25%20%231/a%20b.db"),
        (
            r"C:\Đơn vị\giải?thưởng.db",
            "file:///C:/%C4%90%C6%A1n%20v%E1%BB%8B/gi%E1%BA%A3i%3Fth%C6%B0%E1%BB%9Fng.db",
        ),
    ],
)
def test_windows_paths_become_uris_with_an_empty_authority(path, uri):
    assert sqlite_uri(PureWindowsPath(path)) == uri
    assert sqlite_uri(PureWindowsPath(path), mode="ro") == uri + "?mode=ro"


def test_sqlite_takes_a_share_s_uri_that_path_as_uri_would_have_made_it_refuse():
    share = PureWindowsPath(r"\\server\share\db.sqlite")
    with pytest.raises(sqlite3.OperationalError, match="invalid uri authority"):
        sqlite3.connect(f"{share.as_uri()}?mode=ro", uri=True)
    # Here no share answers, so SQLite cannot open the file, but it read the URI.
    with pytest.raises(sqlite3.OperationalError) as raised:
        sqlite3.connect(sqlite_uri(share, mode="ro"), uri=True).execute("SELECT 1")
    assert "authority" not in str(raised.value)


def test_posix_paths_are_percent_encoded_after_an_empty_authority():
    path = PurePosixPath("/srv/Thi đua #1/50%?/a b.sqlite3")
    assert sqlite_uri(path, mode="ro") == (
        "file:///srv/Thi%20%C4%91ua%20%231/50%25%3F/a%20b.sqlite3?mode=ro"
    )


def test_a_relative_pure_path_is_refused():
    with pytest.raises(ValueError):
        sqlite_uri(PureWindowsPath(r"data\x.db"))


@pytest.mark.parametrize("folder", ["Thi đua #1 ?50% a b", "Trường Tiểu học 19-5", "a;b=c&d"])
def test_a_real_file_opens_read_only_through_its_uri(tmp_path, folder):
    path = tmp_path / folder / "giải thưởng.sqlite3"
    path.parent.mkdir()
    with sqlite3.connect(path) as writer:
        writer.execute("CREATE TABLE t (x)")
        writer.execute("INSERT INTO t VALUES ('Kiến An')")
    writer.close()
    reader = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
    try:
        assert reader.execute("SELECT x FROM t").fetchall() == [("Kiến An",)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.execute("INSERT INTO t VALUES ('x')")
    finally:
        reader.close()
    assert sorted(p.name for p in path.parent.iterdir()) == ["giải thưởng.sqlite3"]


def test_a_backup_is_checked_through_the_one_uri_rule(db, tmp_path, monkeypatch):
    kept = back_up(db, "manual", tmp_path / "Sao lưu #2 50%")
    opened = []
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        opened.append(target)
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(backups.sqlite3, "connect", connect)
    check_database_file(kept)
    assert opened[0] == sqlite_uri(kept.resolve(), mode="ro")


def test_a_database_opened_read_only_is_opened_through_the_one_uri_rule(tmp_path, monkeypatch):
    # A database on a share is opened read-only: through the URI a share's path can take.
    from kienan_awards.core.messages import Message
    from kienan_awards.core.storage import database

    path = tmp_path / "Hồ sơ #1" / "awards.sqlite3"
    database.open_database(path).close()
    opened = []
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        opened.append(target)
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(database.sqlite3, "connect", connect)
    monkeypatch.setattr(database, "read_only_reason", lambda _path: Message("on a share"))
    db = database.open_database(path, create=False)
    assert db.read_only and db.execute("SELECT count(*) FROM units").fetchone() == (0,)
    db.close()
    assert opened[0] == sqlite_uri(path.resolve(), mode="ro")
