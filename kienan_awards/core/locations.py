"""Where the program keeps its files unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "KienAnAwards"
DATABASE_ENV = "KIENAN_AWARDS_DB"
DATABASE_FILE_NAME = "awards.sqlite3"
# In the data folder: the path the default database was moved to, when it was.
LOCATION_FILE_NAME = "database-location.txt"


def user_data_folder() -> Path:
    """The per-user data folder (AppData on Windows, ~/.local/share on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_database_path() -> Path:
    """The database used when --db names none: KIENAN_AWARDS_DB, else where the clerk moved
    it, else the user's data folder."""
    named = os.environ.get(DATABASE_ENV, "").strip()
    if named:
        return Path(named).expanduser()
    return moved_database_path() or user_data_folder() / DATABASE_FILE_NAME


def _location_file() -> Path:
    return user_data_folder() / LOCATION_FILE_NAME


def moved_database_path() -> Path | None:
    """Where the clerk moved the default database (Settings > Move...), if anywhere."""
    try:
        text = _location_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return Path(text) if text else None


def remember_database_location(path: Path) -> None:
    """From now on the default database is the file at path (written whole, then renamed, so
    a crash leaves the old location or the new one, never half a name)."""
    target = _location_file()
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    draft = target.with_name(target.name + ".part")
    draft.write_text(str(Path(path).resolve()) + "\n", encoding="utf-8")
    os.replace(draft, target)


def backups_folder(database_path: Path) -> Path:
    """Backups live beside the database they were taken from."""
    return database_path.parent / "backups"
