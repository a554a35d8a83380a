import os

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlite3  # noqa: E402
from contextlib import closing  # noqa: E402

import pytest  # noqa: E402

from kienan_awards.core import demo  # noqa: E402
from kienan_awards.core.records.record_counts import holds_records  # noqa: E402
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


@pytest.fixture(autouse=True, scope="session")
def demo_built_once(tmp_path_factory):
    """The demo is built once a session; every later empty database that asks for it (through
    demo.load_demo, as the command, the window and the fixtures do) gets a copy of that one by
    SQLite's backup, 12 ms against 480 ms for building it. A database that holds records, or is
    inside a transaction, goes to the real loader, which refuses or builds as it always does;
    tests of the loader itself import it before this runs and keep the real one."""
    real_load = demo.load_demo
    template = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    built: dict[str, int] = {}

    def load_demo(db):
        copyable = COPIED_DEMO["allowed"] and not db.conn.in_transaction and not holds_records(db)
        if built and copyable:
            with closing(sqlite3.connect(template)) as source:
                source.backup(db.conn)
            return dict(built)
        counts = real_load(db)
        if not built and copyable:
            with closing(sqlite3.connect(template)) as copy:
                db.conn.backup(copy)
            built.update(counts)
        return counts

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(demo, "load_demo", load_demo)
        yield


# A copy carries the database's secret, so the verification codes are the same in each copy.
COPIED_DEMO = {"allowed": True}


@pytest.fixture(autouse=True)
def demo_built_each_time(request):
    """Under the mark of the same name the demo is built for each database, as the program
    does: each database then has its own secret and its own verification codes."""
    COPIED_DEMO["allowed"] = request.node.get_closest_marker("demo_built_each_time") is None
    yield
    COPIED_DEMO["allowed"] = True


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "awards.sqlite3"


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    """A database holding the demo data (a copy of the session's: see demo_built_once)."""
    demo.load_demo(db)
    return db
