"""The triggers that write the audit log: one insert, update and delete trigger on every
record table, so whatever writes a record (the window, an import, a decision, the command
line) leaves its audit row in the same transaction, and the log itself cannot be changed.

A bulk writer (a list import) may write a table's audit rows for its new records in one
statement instead, inside the same transaction: see ``audited_in_bulk``.

The triggers list each table's columns, so a schema step that adds a column or a table
calls ``create_audit_triggers`` again for it (a test checks that every column is covered).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from kienan_awards.core.storage.bulk_triggers import triggers_set_aside

if TYPE_CHECKING:
    from sqlite_utils import Database

# Not records: the log itself, the schema bookkeeping and the search index (made from records).
_NOT_AUDITED = ("audit_log", "_sqlite_migrations")
_NOT_AUDITED_PREFIXES = ("sqlite_", "search_index")


def audited_table_names(db: Database) -> list[str]:
    return [
        name
        for (name,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        if name not in _NOT_AUDITED and not name.startswith(_NOT_AUDITED_PREFIXES)
    ]


def _columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({_quoted(table)})").fetchall()]


def _record_key(db: Database, table: str) -> str:
    """The expression (without old./new.) that names one record: its own single-column key,
    else the rowid (the before/after values hold the whole composite key)."""
    keys = [row[1] for row in db.execute(f"PRAGMA table_info({_quoted(table)})") if row[5]]
    return _quoted(keys[0]) if len(keys) == 1 else "rowid"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _object(columns: list[str], row: str) -> str:
    """The record's values as a JSON object; json_patch leaves out the empty (NULL) ones."""
    pairs = ", ".join(f"{_literal(c)}, {row}.{_quoted(c)}" for c in columns)
    return f"json_patch('{{}}', json_object({pairs}))"


_INSERT_INTO_LOG = (
    "INSERT INTO audit_log (os_user, table_name, record_id, action, before_json, after_json)"
)


def audit_trigger_statements(db: Database, table: str) -> list[str]:
    columns = _columns(db, table)
    key = _record_key(db, table)
    name = _literal(table)
    target = _quoted(table)
    insert_into = _INSERT_INTO_LOG
    changed = " OR ".join(f"old.{_quoted(c)} IS NOT new.{_quoted(c)}" for c in columns)
    # Only the columns that changed go into an update's before and after.
    # (A VALUES list would be shorter, but its columns cannot be named inside a trigger.)
    pairs = " UNION ALL ".join(
        f"SELECT {_literal(c)} AS name, old.{_quoted(c)} AS was, new.{_quoted(c)} AS now"
        for c in columns
    )
    return [
        f"DROP TRIGGER IF EXISTS {_quoted('audit_' + table + '_insert')}",
        f"DROP TRIGGER IF EXISTS {_quoted('audit_' + table + '_update')}",
        f"DROP TRIGGER IF EXISTS {_quoted('audit_' + table + '_delete')}",
        f"CREATE TRIGGER {_quoted('audit_' + table + '_insert')} AFTER INSERT ON {target} "
        f"WHEN NOT audit_deferred({name}) BEGIN "
        f"{insert_into} VALUES (os_user(), {name}, new.{key}, 'insert', NULL, "
        f"{_object(columns, 'new')}); END",
        f"CREATE TRIGGER {_quoted('audit_' + table + '_update')} AFTER UPDATE ON {target} "
        f"WHEN {changed} BEGIN "
        f"{insert_into} SELECT os_user(), {name}, new.{key}, 'update', "
        "json_group_object(name, was), json_group_object(name, now) "
        f"FROM ({pairs}) WHERE was IS NOT now; END",
        f"CREATE TRIGGER {_quoted('audit_' + table + '_delete')} AFTER DELETE ON {target} BEGIN "
        f"{insert_into} VALUES (os_user(), {name}, old.{key}, 'delete', "
        f"{_object(columns, 'old')}, NULL); END",
    ]


@contextmanager
def audited_in_bulk(db, table: str) -> Iterator[None]:
    """Inside a write transaction: the rows inserted into ``table`` in the block get their
    audit rows together at its end, in one statement (three times faster than a trigger a
    row). Only inserts wait; any other change in the block is audited as it happens."""
    columns = _columns(db, table)
    key = _record_key(db, table)
    first_new = db.execute(f"SELECT coalesce(max(rowid), 0) FROM {_quoted(table)}").fetchone()[0]
    with triggers_set_aside(db, "audit_" + table + "_insert"):
        yield
    db.execute(
        f"{_INSERT_INTO_LOG} SELECT os_user(), {_literal(table)}, {key}, 'insert', NULL, "
        f"{_object(columns, _quoted(table))} FROM {_quoted(table)} WHERE rowid > ? "
        "ORDER BY rowid",
        [first_new],
    )


def create_audit_triggers(db: Database, table: str) -> None:
    for statement in audit_trigger_statements(db, table):
        db.execute(statement)


AUDIT_LOG_GUARD = (
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
    "SELECT RAISE(ABORT, 'the audit log cannot be changed'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
    "SELECT RAISE(ABORT, 'the audit log cannot be changed'); END",
)


def create_audit_trail(db: Database) -> None:
    """Audit every record table and make the log append-only."""
    for table in audited_table_names(db):
        create_audit_triggers(db, table)
    for statement in AUDIT_LOG_GUARD:
        db.execute(statement)
