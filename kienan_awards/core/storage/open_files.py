"""What the program keeps of each database it has open, however it reads it (the writing
AwardsDatabase, the plain reader), and how many connections this process holds to each file:
database.py opens them, and both kinds are built on OpenDatabase."""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from pathlib import Path
from typing import TypeVar

from kienan_awards.core.storage import schema_steps

# The database files this process has open, resolved, with how many connections each.
OPEN_HERE: Counter[str] = Counter()
OPEN_HERE_LOCK = threading.Lock()


class OpenDatabase:
    """What the program keeps of a database it opened, however it reads it: its file, why it
    is read-only, what its writes defer. It counts among the files open here until closed."""

    path: Path
    conn: sqlite3.Connection
    # While true, new awards wait to be indexed in one statement (see search.indexed_in_bulk).
    search_index_deferred: bool = False
    # Tables whose new rows are audited in one statement at the end (audit_triggers).
    audit_deferred: set[str]
    read_only: str | None = None  # why the file is open read-only; None when it can be written
    _open_key: str | None = None

    @property
    def schema_version(self) -> int:
        return schema_steps.schema_version(self.conn)

    def close(self) -> None:
        if self._open_key:
            with OPEN_HERE_LOCK:  # the window's threads open and close their own
                OPEN_HERE[self._open_key] -= 1
            self._open_key = None
        self.conn.close()


Opened = TypeVar("Opened", bound=OpenDatabase)
