"""A large insert into a small table, with the table's indexes made afresh after it.

SQLite keeps each index sorted as rows go in, one row at a time: 100,000 awards through the
six indexes of awards take about three times as long as the same rows into the bare table
and the six indexes made afresh from them, in one sort each. For a table already large, the
sort over all its rows costs more than it saves, so the indexes stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

# Made afresh only when the rows coming are at least this share of those there, and many.
REBUILT_FROM_SHARE = 0.25
REBUILT_FROM_ROWS = 10_000


@contextmanager
def indexes_made_after(db: Database, table: str, rows_coming: int) -> Iterator[None]:
    """Inside a write transaction: the table's own indexes (not those that keep a value
    unique: they must refuse a duplicate as it comes) are dropped for the block and made
    again at its end, when the rows coming make that quicker. The whole happens in the
    caller's transaction: a failure leaves every index as it was."""
    (count,) = db.execute(f"SELECT count(*) FROM [{table}]").fetchone()
    if rows_coming < REBUILT_FROM_ROWS or rows_coming < count * REBUILT_FROM_SHARE:
        yield
        return
    indexes = db.execute(
        "SELECT m.name, m.sql FROM sqlite_master m "
        "JOIN pragma_index_list(?) l ON l.name = m.name "
        "WHERE m.type = 'index' AND m.sql IS NOT NULL AND l.[unique] = 0 ORDER BY m.name",
        [table],
    ).fetchall()
    for name, _sql in indexes:
        db.execute(f"DROP INDEX [{name}]")
    yield
    for _name, sql in indexes:
        db.execute(sql)
