"""The one place that opens the database: pragmas, the folding function, schema steps.

Everything else receives the ``AwardsDatabase`` this module returns.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from kienan_awards.core import migrations
from kienan_awards.core.backups import write_backup
from kienan_awards.core.errors import DatabaseError, ForeignDatabaseError
from kienan_awards.core.locations import default_database_path
from kienan_awards.core.search_text import search_words, spelled_words, spelling_score
from kienan_awards.core.text import fold

BUSY_TIMEOUT_SECONDS = 10.0
_SQLITE_HEADER = b"SQLite format 3\x00"


class AwardsDatabase(Database):
    """A sqlite-utils Database that knows its file and its schema version."""

    path: Path
    # While true, new awards wait to be indexed in one statement (see search.indexed_in_bulk).
    search_index_deferred: bool = False

    @property
    def schema_version(self) -> int:
        return migrations.schema_version(self)


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One transaction that holds the write lock from its start (BEGIN IMMEDIATE), so ids read
    inside it stay free until it commits, whoever else has the file open."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _create_private_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise DatabaseError(f"cannot read {path}: {error.strerror}") from error
    if header and header != _SQLITE_HEADER:
        raise ForeignDatabaseError(f"{path} is not a database file; it was not changed")


def _connect(path: Path) -> AwardsDatabase:
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
    connection.create_function("fold", 1, fold, deterministic=True)
    # The search index's triggers call these in the same transaction as every award change.
    connection.create_function("search_words", -1, search_words, deterministic=True)
    connection.create_function("spelled_words", -1, spelled_words, deterministic=True)
    connection.create_function("spelling_score", 2, spelling_score, deterministic=True)
    db = AwardsDatabase(connection)
    db.path = path
    connection.create_function(
        "search_index_deferred", 0, lambda: db.search_index_deferred, deterministic=False
    )
    return db


def open_database(
    path: Path | str | None = None, *, migrate: bool = True, create: bool = True
) -> AwardsDatabase:
    """Open (creating if needed and allowed) the database and bring its schema up to date.

    A file written by a newer version or by another program is refused before anything is
    written to it. Before schema steps run on a file that already has data, a backup is taken.
    """
    path = Path(path).expanduser() if path else default_database_path()
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file")
    if path.exists():
        _check_header(path)
    elif not create:
        raise DatabaseError(f"there is no database at {path}")
    else:
        try:
            _create_private_file(path)
        except OSError as error:
            raise DatabaseError(f"cannot create {path}: {error.strerror}") from error
    db = _connect(path)
    try:
        migrations.check_can_open(db)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        if migrate and migrations.pending_step_names(db):
            if migrations.schema_version(db) > 0:
                write_backup(db.conn, path, "before-schema-step")
            migrations.apply_pending(db)
    except sqlite3.DatabaseError as error:
        db.close()
        raise DatabaseError(f"cannot use {path}: {error}") from error
    except BaseException:
        db.close()
        raise
    return db
