"""A second connection that only reads, for work off the GUI thread (the honour roll's
searches): SQLite connections belong to one thread, and this one may never write."""

from __future__ import annotations

from pathlib import Path

from kienan_awards.core.storage.database import AwardsDatabase, open_database


def open_read_connection(path: Path | str) -> AwardsDatabase:
    """Open the database at path to read only. The caller's own connection checked the file
    when it opened it; this is a second reader of it, so it is neither checked nor migrated."""
    db = open_database(path, migrate=False, create=False, check=False)
    db.execute("PRAGMA query_only = ON")
    return db
