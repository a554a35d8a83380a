"""Triggers a bulk writer does the work of itself, set aside while its rows go in.

A trigger that runs for every row costs SQLite a trigger program and, through its WHEN clause,
a call into Python: about 40% of inserting 100,000 awards. A bulk writer that writes those
triggers' rows together at its end drops them for the block and creates them again, word for
word, in the same transaction. (The WHEN clauses' flags, ``audit_deferred`` and
``search_index_deferred``, are part of the released schema's triggers; nothing sets them now.)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


@contextmanager
def triggers_set_aside(db: Database, *names: str) -> Iterator[None]:
    """Inside a write transaction: the named triggers are dropped for the block and made
    again from their own text at its end, also when the block fails (a rolled-back
    transaction has them back already, so only a missing one is made)."""
    kept = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' for _ in names)}) ORDER BY name",
        list(names),
    ).fetchall()
    for name, _sql in kept:
        db.execute(f"DROP TRIGGER [{name}]")
    try:
        yield
    finally:
        there = {
            row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        for name, sql in kept:
            if name not in there:
                db.execute(sql)
