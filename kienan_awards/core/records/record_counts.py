"""How many records of each kind a database holds (the info command, the status bar)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

COUNTED_TABLES = ("units", "people", "movements", "decisions", "awards")
# Units and people moved to the trash are kept (they can come back) but no longer counted.
_IN_TRASH_KEPT = ("units", "people")


def record_counts(db: Database) -> dict[str, int]:
    return {
        table: db.execute(
            f"SELECT count(*) FROM {table}"
            + (" WHERE deleted_at IS NULL" if table in _IN_TRASH_KEPT else "")
        ).fetchone()[0]
        for table in COUNTED_TABLES
    }


def holds_records(db: Database) -> bool:
    """True when any record a clerk enters exists (the award catalogue does not count)."""
    return any(
        db.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
        for table in (*COUNTED_TABLES, "issuing_authorities", "targets")
    )


def awards_of_years(db: Database, first: int | None, last: int | None) -> int:
    """The awards in force for achievements of the years (either end open when None)."""
    return db.execute(
        "SELECT count(*) FROM awards WHERE status = 'awarded' "
        "AND achievement_year BETWEEN coalesce(?, 0) AND coalesce(?, 9999)",
        [first, last],
    ).fetchone()[0]
