"""The whole check of a database: SQLite's integrity check, every foreign key, the search
index against the records it is made from."""

from __future__ import annotations

from kienan_awards.core.backups import integrity_problems
from kienan_awards.core.search import search_index_differences
from kienan_awards.core.storage import AwardsDatabase


def database_problems(db: AwardsDatabase) -> list[str]:
    """Everything found wrong, one sentence each; empty when the database is sound."""
    problems = [f"integrity: {problem}" for problem in integrity_problems(db.conn)]
    if problems:
        return problems  # the other checks would read damaged pages
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid} refers to a missing {parent} record")
    stale = search_index_differences(db)
    if stale:
        problems.append(
            f"the search index differs from the records for {stale} award(s); "
            "run kienan-awards reindex"
        )
    return problems
