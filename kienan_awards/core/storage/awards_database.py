"""The database as the program writes it: sqlite-utils' Database, which knows its file and its
schema version. database.open_database opens it; this module is imported only then, as
sqlite-utils takes longer to import than Python takes to start."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from kienan_awards.core.storage.open_files import OpenDatabase


class AwardsDatabase(OpenDatabase, Database):
    """A sqlite-utils Database that knows its file and its schema version."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        # No sqlite-utils plugins are used: looking for them at each open costs more than
        # Python's own start.
        super().__init__(connection, execute_plugins=False)
