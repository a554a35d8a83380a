"""Does a database file have the schema its version should have? What a version should have is
learnt by taking this program's schema steps up to it on an empty database in memory (once per
version per process); then every table and its columns, index, trigger and view of the file is
compared with it. A table, trigger or index dropped or added by another tool (the audit trail
gone, a trigger that no longer audits) is found this way; SQLite's own checks do not look.

The audit triggers are made by audit_triggers.py from the columns of each table, so what they
make is part of every released version: changing it means a new schema step that makes them
again, or every existing file would differ (a test pins each version's schema).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache

from sqlite_utils import Database

from kienan_awards.core.messages import Message, joined
from kienan_awards.core.storage import migrations
from kienan_awards.core.storage.sql_functions import add_program_functions

# SQLite makes these itself when it needs them: ANALYZE's statistics, AUTOINCREMENT's counters,
# the indexes behind UNIQUE and PRIMARY KEY (compared through their table's statement).
_SQLITE_OWN_PREFIX = "sqlite_"
# An FTS5 table keeps its data in tables of these suffixes, which SQLite makes and shapes (its
# version decides which exist); the virtual table's own statement is compared instead.
_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
# sqlite-utils keeps the steps taken here; its version words the table and adds an index, so
# only the table and its column names are compared.
_STEPS_TABLE = migrations.STEPS.migrations_table
_KIND_ORDER = {"table": 0, "view": 1, "index": 2, "trigger": 3}
_SHOWN_IN_ONE_LINE = 3


@dataclass(frozen=True)
class Schema:
    # (kind, name) -> (the table it belongs to, its statement with the spacing evened out)
    objects: dict[tuple[str, str], tuple[str, str]]
    # ordinary table -> its columns as PRAGMA table_xinfo gives them (without their number)
    columns: dict[str, tuple[tuple, ...]]


def _normalised(sql: str | None) -> str:
    """The statement with its spacing evened out: how it was indented is no difference."""
    text = re.sub(r"\s+", " ", sql or "").strip()
    return re.sub(r" ?([(),;]) ?", r"\1", text)


def schema_of(connection: sqlite3.Connection) -> Schema:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_master").fetchall()
    virtual = {
        name
        for kind, name, _, sql in rows
        if kind == "table" and _normalised(sql).upper().startswith("CREATE VIRTUAL TABLE")
    }
    shadows = {table + suffix for table in virtual for suffix in _SHADOW_SUFFIXES}
    objects, columns = {}, {}
    for kind, name, table, sql in rows:
        if name.startswith(_SQLITE_OWN_PREFIX) or name in shadows:
            continue
        if table == _STEPS_TABLE:
            if kind == "table":
                objects[(kind, name)] = (table, "")
                columns[name] = tuple((row[1],) for row in _table_xinfo(connection, name))
            continue
        objects[(kind, name)] = (table, _normalised(sql))
        if kind == "table" and name not in virtual:
            columns[name] = tuple(tuple(row[1:]) for row in _table_xinfo(connection, name))
    return Schema(objects, columns)


def _table_xinfo(connection: sqlite3.Connection, table: str) -> list[tuple]:
    quoted = '"' + table.replace('"', '""') + '"'
    return connection.execute(f"PRAGMA main.table_xinfo({quoted})").fetchall()


@cache
def expected_schema(version: int) -> Schema:
    """What a file that took the first ``version`` schema steps has."""
    db = Database(sqlite3.connect(":memory:"))
    db.audit_deferred, db.search_index_deferred = set(), False
    add_program_functions(db)  # a step that fills a table may run the search words
    try:
        names = migrations.known_step_names()
        if version:
            stop_before = names[version] if version < len(names) else None
            migrations.STEPS.apply(db, stop_before=stop_before)
        return schema_of(db.conn)
    finally:
        db.close()


def schema_differences(db: Database) -> list[Message]:
    """Every way the file's schema differs from its version's, one sentence each."""
    applied = migrations.applied_step_names(db)
    known = migrations.known_step_names()
    if applied != known[: len(applied)]:
        return [
            Message(
                "schema: the steps taken ({steps}) are not those of any version of this program",
                steps=", ".join(applied),
            )
        ]
    version = len(applied)
    return differences(expected_schema(version), schema_of(db.conn), version)


def differences(expected: Schema, found: Schema, version: int) -> list[Message]:
    problems = []
    for kind, name in sorted(
        expected.objects.keys() | found.objects.keys(),
        key=lambda key: (_KIND_ORDER.get(key[0], 9), key[1]),
    ):
        if (kind, name) not in found.objects:
            problems.append(Message("schema: {kind} {name} is missing", kind=kind, name=name))
        elif (kind, name) not in expected.objects:
            problems.append(
                Message(
                    "schema: {kind} {name} is not part of schema version {version}",
                    kind=kind,
                    name=name,
                    version=version,
                )
            )
        else:
            column_problems = _column_differences(expected, found, name, version)
            problems.extend(column_problems)
            if not column_problems and expected.objects[kind, name] != found.objects[kind, name]:
                problems.append(
                    Message(
                        "schema: {kind} {name} differs from schema version {version}",
                        kind=kind,
                        name=name,
                        version=version,
                    )
                )
    return problems


def _column_differences(expected: Schema, found: Schema, table: str, version: int) -> list:
    expected_columns = {column[0]: column for column in expected.columns.get(table, ())}
    found_columns = {column[0]: column for column in found.columns.get(table, ())}
    problems = []
    for column, shape in expected_columns.items():
        if column not in found_columns:
            problems.append(
                Message(
                    "schema: column {column} of table {table} is missing",
                    column=column,
                    table=table,
                )
            )
        elif found_columns[column] != shape:
            problems.append(
                Message(
                    "schema: column {column} of table {table} differs from schema version "
                    "{version}",
                    column=column,
                    table=table,
                    version=version,
                )
            )
    for column in found_columns.keys() - expected_columns.keys():
        problems.append(
            Message(
                "schema: table {table} has a column {column} that schema version {version} "
                "does not have",
                table=table,
                column=column,
                version=version,
            )
        )
    return problems


def in_one_line(problems: list[Message]) -> Message:
    """The first few differences, and how many more there are."""
    shown = joined(problems[:_SHOWN_IN_ONE_LINE])
    hidden = len(problems) - _SHOWN_IN_ONE_LINE
    if hidden <= 0:
        return shown
    return Message("{shown}; and {count} more", shown=shown, count=hidden)
