"""The schema steps by name, and what a file's record of the steps it took says: its version,
the steps it still needs, whether this program may open it at all. All read with plain SQL, so
that opening a database to read needs neither sqlite-utils nor the steps themselves (those are
in migrations.py, which registers them under these names in this order; a test holds the two
lists equal, so a new step is named here too).
"""

from __future__ import annotations

import sqlite3

from kienan_awards.core.errors import ForeignDatabaseError, SchemaTooNewError
from kienan_awards.core.messages import Message

MIGRATION_SET = "kienan_awards"
# Where sqlite-utils' Migrations records each step a file took, one row per step.
STEPS_TABLE = "_sqlite_migrations"
# Stamped in the file header so a foreign SQLite file is told apart from ours: "KAAW".
APPLICATION_ID = 0x4B414157

STEP_NAMES = (
    "0001_initial_schema",
    "0002_award_catalogue",
    "0003_import_batches",
    "0004_record_keeping",
    "0005_progress_evidence",
    "0006_decisions",
    "0007_certificates",
    "0008_search_index",
    "0009_audit_trail",
    "0010_report_indexes",
    "0011_refold_names",
    "0012_bonus_rates_2025",
    "0013_law_by_date",
    "0014_unit_successions",
    "0015_identity_cards_and_honorifics",
    "0016_search_tiers",
    "0017_collective_rules",
    "0018_signing_capacity",
    "0019_discipline_register",
    "0020_search_prefixes",
    "0021_year_cycle_registers",
    "0022_council_review",
    "0023_city_answer",
    "0024_clusters",
    "0025_cluster_scoring",
    "0026_cluster_reviews",
)


def applied_step_names(connection: sqlite3.Connection) -> list[str]:
    """The steps of this program the file took, in the order it took them."""
    (recorded,) = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", [STEPS_TABLE]
    ).fetchone()
    if not recorded:
        return []
    rows = connection.execute(
        f"SELECT name FROM {STEPS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    )
    return [name for (name,) in rows]


def schema_version(connection: sqlite3.Connection) -> int:
    """How many of this program's schema steps the file has taken (0 for a new file)."""
    return len(applied_step_names(connection))


def pending_step_names(connection: sqlite3.Connection) -> list[str]:
    applied = set(applied_step_names(connection))
    return [name for name in STEP_NAMES if name not in applied]


def check_can_open(connection: sqlite3.Connection) -> None:
    """Refuse a file written by a newer version, or by another program, before touching it."""
    applied = applied_step_names(connection)
    unknown = [name for name in applied if name not in STEP_NAMES]
    if unknown or len(applied) > len(STEP_NAMES):
        raise SchemaTooNewError(
            Message(
                "this database has schema version {version}, written by a newer version of "
                "the program (this one knows up to {latest}); it was not changed",
                version=len(applied),
                latest=len(STEP_NAMES),
            )
        )
    (application_id,) = connection.execute("PRAGMA application_id").fetchone()
    if application_id not in (0, APPLICATION_ID) or (
        not applied and application_id == 0 and _holds_tables(connection)
    ):
        raise ForeignDatabaseError(
            Message(
                "this file is another program's database, not a Kien An Awards database; "
                "it was not changed"
            )
        )


def _holds_tables(connection: sqlite3.Connection) -> bool:
    return connection.execute(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table')"
    ).fetchone()[0]
