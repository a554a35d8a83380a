"""Copies of the database taken with SQLite's online-backup API (safe while it is in use)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from kienan_awards.core.locations import backups_folder


def backup_file_name(database_path: Path, reason: str, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"{database_path.stem}-{stamp}-{reason}.sqlite3"


def write_backup(
    connection: sqlite3.Connection, database_path: Path, reason: str, folder: Path | None = None
) -> Path:
    """Copy the open database to the backups folder; returns the new file's path."""
    folder = folder or backups_folder(database_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup_file_name(database_path, reason)
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    destination = sqlite3.connect(target)
    try:
        connection.backup(destination)
    finally:
        destination.close()
    return target
