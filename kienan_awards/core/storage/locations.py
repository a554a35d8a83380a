"""Where the program keeps its files unless told otherwise."""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

import platformdirs

from kienan_awards.core.errors import DatabaseError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import make_private_folder, remove_file, replace_file

APP_NAME = "KienAnAwards"
DATABASE_ENV = "KIENAN_AWARDS_DB"
DATABASE_FILE_NAME = "awards.sqlite3"
# In the data folder: the path the default database was moved to, when it was.
LOCATION_FILE_NAME = "database-location.txt"


def user_data_folder() -> Path:
    """The per-user data folder (AppData on Windows, ~/.local/share on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def user_config_folder() -> Path:
    """The per-user settings folder (AppData\\Roaming on Windows, ~/.config on Linux): it
    follows the clerk from computer to computer where the office roams profiles."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True))


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
    """Where the clerk moved the default database (Settings > Move...), if anywhere. A record
    of the move that cannot be read is an error, never "not moved": starting an empty
    database in its place would hide the clerk's records."""
    record = _location_file()
    try:
        text = record.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise DatabaseError(
            Message(
                "cannot read where the database was moved ({file}): {error}",
                file=record,
                error=error,
            )
        ) from error
    if not text:
        raise DatabaseError(
            Message(
                "{file} should name where the database was moved, but it is empty; write the "
                "database file's path in it, or start with --db",
                file=record,
            )
        )
    return Path(text)


def remember_database_location(path: Path) -> None:
    """From now on the default database is the file at path (written whole and flushed to the
    disk, then renamed, so a crash leaves the old location or the new one, never half)."""
    target = _location_file()
    make_private_folder(target.parent)
    draft = target.with_name(target.name + ".part")
    try:
        with open(draft, "w", encoding="utf-8") as handle:
            handle.write(str(Path(path).resolve()) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        replace_file(draft, target)
    except BaseException:
        with suppress(OSError):  # the old record stands; the error said why
            remove_file(draft)
        raise


def backups_folder(database_path: Path) -> Path:
    """Backups live beside the database they were taken from."""
    return database_path.parent / "backups"
