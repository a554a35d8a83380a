"""Keeping the search index (schema steps 16 and 20) in step: awards written in bulk indexed
together, the whole index written again, and how far it stands from the records."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from kienan_awards.core.search.search_text import EntryWords
from kienan_awards.core.storage.bulk_indexes import indexes_made_after
from kienan_awards.core.storage.bulk_triggers import triggers_set_aside
from kienan_awards.core.storage.database import write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

_ENTRY_COLUMNS = (
    "award_id, recency, name_folded, name_spelled, names, others, spelled_names, spelled_others"
)
# The same columns as the view award_search_text names them.
_VIEW_COLUMNS = _ENTRY_COLUMNS.replace("award_id", "id")
_TEXT_COLUMNS = "names, others, spelled_names, spelled_others"
# An award's texts, as the view award_search_source gives them (schema step 20).
_SOURCE_COLUMNS = (
    "id, recency, recipient_name, person_name, recipient_unit_name, recipient_unit_later, "
    "unit_name, unit_now, unit_later, achievement, decision_number"
)


@contextmanager
def indexed_in_bulk(db: Database) -> Iterator[None]:
    """Inside a write transaction: the awards inserted in the block are indexed together at
    its end instead of row by row (a 100,000-row import saves seconds)."""
    first_new = db.execute("SELECT coalesce(max(id), 0) FROM awards").fetchone()[0]
    with triggers_set_aside(db, "awards_search_insert"):
        yield
    # An award of the block that was changed in it was indexed by the trigger already.
    indexed = json.dumps(
        [
            row[0]
            for row in db.execute(
                "SELECT award_id FROM search_index_entries WHERE award_id > ?", [first_new]
            )
        ]
    )
    new_awards = "{id} > ? AND {id} NOT IN (SELECT value FROM json_each(?))"
    params = [first_new, indexed]
    count = db.execute(f"SELECT count(*) FROM awards WHERE {new_awards.format(id='id')}", params)
    with _larger_cache(db, _IMPORT_CACHE_KIB):
        with indexes_made_after(db, "search_index_entries", count.fetchone()[0]):
            _write_entries(db, new_awards.format(id="id"), params)
        _index_entries(db, new_awards.format(id="award_id"), params)


def rebuild_search_index(db: Database) -> int:
    """Write the whole index again from the records; returns the number of awards indexed."""
    with write_transaction(db), _larger_cache(db):
        db.execute("DELETE FROM search_index_entries")
        db.execute("DELETE FROM search_index_words")
        db.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
        (awards,) = db.execute("SELECT count(*) FROM awards").fetchone()
        # The entries go in by award, at the end of the table; the indexes over them are
        # sorted once afterwards instead of entry by entry.
        with indexes_made_after(db, "search_index_entries", awards):
            _write_entries(db, "1", [])
        _index_entries(db, "1", [])
        count = db.execute("SELECT count(*) FROM search_index_entries").fetchone()[0]
    db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    return count


# While many entries are written: the pages of the indexes over them and of the words being
# sorted stay in memory instead of going to and from the file (SQLite keeps 2 MB). An import
# keeps less: its memory counts against the import's (at most 150 MB over the bare read).
_REBUILD_CACHE_KIB = 32 * 1024
_IMPORT_CACHE_KIB = 16 * 1024


@contextmanager
def _larger_cache(db: Database, kib: int = _REBUILD_CACHE_KIB) -> Iterator[None]:
    before = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{kib}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")


def _write_entries(db: Database, where: str, params: list) -> None:
    """The entries of the awards the condition (over award_search_source) picks, in the order
    of their ids, and their words listed. The words are the ones the view award_search_text
    makes, one SQL function call a column; here each name's words are worked out once."""
    rows = db.conn.execute(
        f"SELECT {_SOURCE_COLUMNS} FROM award_search_source WHERE {where} ORDER BY id", params
    )
    words = EntryWords()
    db.conn.executemany(
        f"INSERT INTO search_index_entries ({_ENTRY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        map(words.entry, rows),
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO search_index_words (word) VALUES (?)",
        ((word,) for word in words.words),
    )


def _index_entries(db: Database, where: str, params: list) -> None:
    """The entries the condition picks into the full-text index, in the order of its key: it
    writes its pending words out whenever a key comes lower than the one before, and would
    do so entry by entry."""
    db.execute(
        f"INSERT INTO search_index (rowid, {_TEXT_COLUMNS}) SELECT recency, {_TEXT_COLUMNS} "
        f"FROM search_index_entries WHERE {where} ORDER BY recency",
        params,
    )


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
                   SELECT {_VIEW_COLUMNS} FROM award_search_text
                   UNION ALL SELECT {_ENTRY_COLUMNS} FROM search_index_entries)
               GROUP BY {_VIEW_COLUMNS} HAVING count(*) = 1)"""
    ).fetchone()[0]
    if db["search_index_words"].exists():
        differences += _entries_with_unlisted_words(db)
    try:
        db.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError:
        return differences + db.execute("SELECT count(*) FROM search_index_entries").fetchone()[0]
    return differences


def _entries_with_unlisted_words(db: Database) -> int:
    """Entries holding a word missing from search_index_words: a search for a word still
    being typed would not find them."""
    listed = {row[0] for row in db.execute("SELECT word FROM search_index_words")}
    entries = db.execute(f"SELECT {_TEXT_COLUMNS} FROM search_index_entries")
    return sum(
        1
        for texts in entries
        if any(word not in listed for text in texts if text for word in text.split(" "))
    )


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
