"""Keeping the search index (schema step 16) in step: awards written in bulk indexed together,
the whole index written again, and how far it stands from the records."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from kienan_awards.core.storage.database import write_transaction

_ENTRY_COLUMNS = (
    "recency, id, name_folded, name_spelled, names, others, spelled_names, spelled_others"
)
_TEXT_COLUMNS = "names, others, spelled_names, spelled_others"
# The entries as the view award_search_text makes them from the records.
_ENTRIES_FROM_RECORDS = (
    f"INSERT INTO search_index_entries SELECT {_ENTRY_COLUMNS} FROM award_search_text"
)


@contextmanager
def indexed_in_bulk(db: Database) -> Iterator[None]:
    """Inside a write transaction: the awards inserted in the block are indexed together at
    its end, in two statements, instead of row by row (a 100,000-row import saves seconds)."""
    first_new = db.execute("SELECT coalesce(max(id), 0) FROM awards").fetchone()[0]
    db.search_index_deferred = True
    try:
        yield
    finally:
        db.search_index_deferred = False
    # An award of the block that was changed in it was indexed by the trigger already.
    indexed = json.dumps(
        [
            row[0]
            for row in db.execute(
                "SELECT award_id FROM search_index_entries WHERE award_id > ?", [first_new]
            )
        ]
    )
    new_awards = "award_id > ? AND award_id NOT IN (SELECT value FROM json_each(?))"
    # In the order of the key: the full-text index writes its pending words out whenever a
    # key comes lower than the one before, and would do so row by row.
    db.execute(
        f"{_ENTRIES_FROM_RECORDS} WHERE id > ? AND id NOT IN (SELECT value FROM json_each(?)) "
        "ORDER BY recency",
        [first_new, indexed],
    )
    db.execute(
        f"INSERT INTO search_index (rowid, {_TEXT_COLUMNS}) SELECT recency, {_TEXT_COLUMNS} "
        f"FROM search_index_entries WHERE {new_awards} ORDER BY recency",
        [first_new, indexed],
    )


def rebuild_search_index(db: Database) -> int:
    """Write the whole index again from the records; returns the number of awards indexed."""
    with write_transaction(db):
        db.execute("DELETE FROM search_index_entries")
        db.execute(f"{_ENTRIES_FROM_RECORDS} ORDER BY recency")
        db.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")
        count = db.execute("SELECT count(*) FROM search_index_entries").fetchone()[0]
    db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    return count


def search_index_differences(db: Database) -> int:
    """How many awards the index holds wrongly (missing, stale or left over); 0 when in step.
    An index that no longer matches its entries counts every entry."""
    if not db["search_index_entries"].exists():
        return _differences_before_tiers(db)
    # One pass over the view (its text is made by Python functions, award by award): a row
    # that stands on one side only is a difference.
    differences = db.execute(
        f"""SELECT count(*) FROM (
               SELECT id FROM (
                   SELECT {_ENTRY_COLUMNS} FROM award_search_text
                   UNION ALL SELECT recency, award_id, name_folded, name_spelled, names, others,
                                    spelled_names, spelled_others FROM search_index_entries)
               GROUP BY {_ENTRY_COLUMNS} HAVING count(*) = 1)"""
    ).fetchone()[0]
    try:
        db.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError:
        return differences + db.execute("SELECT count(*) FROM search_index_entries").fetchone()[0]
    return differences


def _differences_before_tiers(db: Database) -> int:
    """The same for a file not yet upgraded to schema step 16: its index holds the view's
    columns, one row per award."""
    columns = ", ".join(
        row[1] for row in db.execute("PRAGMA table_info(award_search_text)") if row[1] != "id"
    )
    return db.execute(
        f"""SELECT count(*) FROM (
               SELECT id FROM (
                   SELECT id, {columns} FROM award_search_text
                   UNION ALL SELECT rowid, {columns} FROM search_index)
               GROUP BY id, {columns} HAVING count(*) = 1)"""
    ).fetchone()[0]
