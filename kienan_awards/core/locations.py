"""Where the program keeps its files unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "KienAnAwards"
DATABASE_ENV = "KIENAN_AWARDS_DB"
DATABASE_FILE_NAME = "awards.sqlite3"


def user_data_folder() -> Path:
    """The per-user data folder (AppData on Windows, ~/.local/share on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_database_path() -> Path:
    """The database used when neither --db nor KIENAN_AWARDS_DB names one."""
    named = os.environ.get(DATABASE_ENV, "").strip()
    if named:
        return Path(named).expanduser()
    return user_data_folder() / DATABASE_FILE_NAME


def backups_folder(database_path: Path) -> Path:
    """Backups live beside the database they were taken from."""
    return database_path.parent / "backups"
