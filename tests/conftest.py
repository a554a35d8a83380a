import os

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from kienan_awards.core.storage.database import open_database  # noqa: E402


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's data, settings or default database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("KIENAN_AWARDS_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "awards.sqlite3"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()
