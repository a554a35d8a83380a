"""The database opened to read only, on plain sqlite3: the commands that only read (info, search,
audit, verify) and the window's work off the GUI thread (the honour roll's searches; SQLite
connections belong to one thread). What reading uses of sqlite-utils' Database is execute and
conn, so the reader offers those and no more: sqlite-utils takes longer to import than Python
takes to start, and such a command would pay for it at every start."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path

from kienan_awards.core.storage import schema_steps
from kienan_awards.core.storage.database import (
    closed_if_refused,
    connect,
    database_file,
    full_check_due,
    open_database,
    refuse_damaged,
)
from kienan_awards.core.storage.open_files import OpenDatabase


class DatabaseReader(OpenDatabase):
    """A database open to read only: it may never write."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.conn = connection

    def execute(self, sql: str, parameters: Sequence | Mapping = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)


def open_read_connection(path: Path | str | None, *, check: bool = False) -> DatabaseReader:
    """Open the database at path (None: the user's) to read only; a file that is not there
    is refused, never made.

    Without check, it is a second reader of a file that this process opened and checked
    already (the honour roll's search thread). With check, the file is refused as
    open_database refuses it; one that needs more than reading, schema steps to take or the
    full check since it changed, is first opened by open_database, which does that."""
    path = database_file(path, create=False)
    reader = _reader(path)
    if check:
        with closed_if_refused(reader):
            needs_opening_in_full = schema_steps.pending_step_names(reader.conn) or (
                full_check_due(reader)
            )
            if not needs_opening_in_full:
                refuse_damaged(reader, in_full=False)
        if needs_opening_in_full:
            reader.close()
            open_database(path, create=False).close()
            reader = _reader(path)
    return reader


def _reader(path: Path) -> DatabaseReader:
    reader = connect(path, DatabaseReader)
    with closed_if_refused(reader):
        schema_steps.check_can_open(reader.conn)
        reader.execute("PRAGMA query_only = ON")
    return reader
