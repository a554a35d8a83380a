"""The whole check of a database: SQLite's integrity check, the schema its version should
have, every foreign key, the search index against the records it is made from."""

from __future__ import annotations

from kienan_awards.core.messages import Message, counted
from kienan_awards.core.search.award_search import search_index_differences
from kienan_awards.core.storage.awards_database import AwardsDatabase
from kienan_awards.core.storage.sound_checks import checked_file_problems


def database_problems(db: AwardsDatabase) -> list[str]:
    """Everything found wrong, one sentence each; empty when the database is sound. A sound
    file is recorded as such, so the next open does not check it in full again."""
    problems = checked_file_problems(db)
    if problems:
        return problems  # the other checks would read damaged pages or another schema
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(
            Message(
                "row {rowid} of {table} refers to a missing row of {parent}",
                rowid=rowid,
                table=table,
                parent=parent,
            )
        )
    # A file of a version before the search index (step 8) has none to compare.
    stale = search_index_differences(db) if db["search_index"].exists() else 0
    if stale:
        problems.append(
            counted(
                "the search index differs from the records for {count} award; run "
                "kienan-awards reindex",
                "the search index differs from the records for {count} awards; run "
                "kienan-awards reindex",
                stale,
            )
        )
    return problems
