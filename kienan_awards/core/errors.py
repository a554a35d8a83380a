"""Errors a user can act on. Front ends show their message as it is, never a traceback."""


class KienanError(Exception):
    """Something the user can fix or must know; the message says what and where."""


class DatabaseError(KienanError):
    """The database file cannot be opened or used as it is."""


class SchemaTooNewError(DatabaseError):
    """The file was written by a newer version of the program; it is left untouched."""


class DamagedDatabaseError(DatabaseError):
    """The file fails SQLite's integrity check; nothing is written to it."""


class ForeignDatabaseError(DatabaseError):
    """The file is not a database of this program."""


class DataPresentError(KienanError):
    """An operation that needs an empty database found records in it."""
