"""The database's own settings (the register's books, the backups folder, the office's edits
of the certificate templates): one row per key, read and written here only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.records import record_edits

if TYPE_CHECKING:
    from sqlite_utils import Database

# A template the office edited is kept as a setting, but it is a template that changed.
TEMPLATE_PREFIX = "certificate_template."


def read_setting(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def save_setting(db: Database, key: str, value: str | None) -> ChangeSet:
    """Set the key's value (None: forget it, so its default applies), in one transaction (or
    in the caller's) with its audit row."""
    with record_edits.transaction(db):
        if value is None:
            db.execute("DELETE FROM settings WHERE key = ?", [key])
        else:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
    kind = RecordKind.TEMPLATES if key.startswith(TEMPLATE_PREFIX) else RecordKind.SETTINGS
    return ChangeSet.of(kind)
