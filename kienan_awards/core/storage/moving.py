"""Where the default database lives: moving it to another folder (a data drive that survives a
reinstall of Windows, say) - a backup of it where its backups go, a checked copy at the new
place, the new place remembered as the default, and only then the old file removed - or using
a database already kept there."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager, suppress
from pathlib import Path

from kienan_awards.core.errors import DatabaseError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import create_private_file, remove_file
from kienan_awards.core.storage.awards_database import AwardsDatabase
from kienan_awards.core.storage.backups import (
    back_up,
    check_database_file,
    configured_backups_folder,
)
from kienan_awards.core.storage.database import (
    BUSY_TIMEOUT_SECONDS,
    read_only_reason,
)
from kienan_awards.core.storage.locations import (
    DATABASE_ENV,
    DATABASE_FILE_NAME,
    backups_folder,
    default_database_path,
    remember_database_location,
)
from kienan_awards.core.storage.online_backup import integrity_problems
from kienan_awards.core.storage.synced_folders import refuse_synced_folder

_COMPANIONS = ("", "-wal", "-shm")  # the database file and SQLite's files beside it


def _named_by_environment() -> Message | None:
    if os.environ.get(DATABASE_ENV, "").strip():
        return Message(
            "the database is named by {variable}; move the file and change the variable",
            variable=DATABASE_ENV,
        )
    return None


def move_problem(db: AwardsDatabase) -> Message | None:
    """Why this open database cannot be moved from the program, or None when it can."""
    named = _named_by_environment()
    if named is not None:
        return named
    try:
        default = default_database_path()
    except DatabaseError as error:
        return error.args[0]
    if Path(db.path).resolve() != default.resolve():
        return Message("only the default database can be moved; this one was opened with --db")
    if db.read_only is not None:
        return db.read_only
    return None


_DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def target_file(chosen: Path | str) -> Path:
    """The file the database would become: a file name when it ends like a database file's,
    else a folder (made if need be), which gets the usual file name."""
    chosen = Path(chosen).expanduser()
    if chosen.suffix.lower() in _DATABASE_SUFFIXES and not chosen.is_dir():
        return chosen
    return chosen / DATABASE_FILE_NAME


def move_database(db: AwardsDatabase, chosen: Path | str) -> Path:
    """Copy the open default database to the chosen folder or file, check the copy and make it
    the default database. Returns the new file's path; the old file stays until the caller has
    closed db and called remove_old_database. Refused, with nothing changed, when the database
    may not be moved, another window or program has it open (its later changes would be lost),
    or the place is taken, unwritable, on a network share or in a synchronised folder."""
    problem = move_problem(db)
    if problem is not None:
        raise DatabaseError(Message("the database cannot be moved: {problem}", problem=problem))
    target = target_file(chosen)
    refuse_synced_folder(target)
    if target.exists():
        raise DatabaseError(
            Message("{path} already exists; choose an empty folder or a new name", path=target)
        )
    made_folders = _missing_folders(target.parent)
    kept = None  # the backup taken before the move
    remembered = False  # from then on the new file is the database: nothing undoes the move
    try:
        create_private_file(target)
    except OSError as error:
        _remove_empty(made_folders)
        raise DatabaseError(
            Message("cannot create {path}: {reason}", path=target, reason=error.strerror)
        ) from error
    try:
        reason = read_only_reason(target)
        if reason is not None:
            raise DatabaseError(
                Message("the database cannot live at {path}: {reason}", path=target, reason=reason)
            )
        with _sole_connection(db):
            # The copy made before the move goes where the moved database's backups will be
            # looked for (beside it, unless Settings chose a folder of their own).
            backups = configured_backups_folder(db)
            if backups == backups_folder(db.path):
                backups = backups_folder(target)
                made_folders.insert(0, backups)
            kept = back_up(db, "before-move", backups)
            destination = sqlite3.connect(target)
            try:
                db.conn.backup(destination)
                problems = integrity_problems(destination)
            finally:
                destination.close()
            if problems:
                raise DatabaseError(
                    Message(
                        "the copy written to {path} failed its check: {problem}",
                        path=target,
                        problem=problems[0],
                    )
                )
            remember_database_location(target)
            remembered = True
    except BaseException as error:
        if remembered and isinstance(error, (sqlite3.Error, OSError)):
            # Only setting the old connection back failed, and the caller closes it next.
            return target
        if not remembered:
            _undo_copy(target, kept, made_folders)
        if isinstance(error, (sqlite3.Error, OSError)):
            raise DatabaseError(
                Message("the database was not moved to {path}: {reason}", path=target, reason=error)
            ) from error
        raise
    return target


def _undo_copy(target: Path, kept: Path | None, made_folders: list[Path]) -> None:
    """Remove what a move that failed made, as far as it can: an error here (a file held open
    on Windows) must not hide the one that stopped the move."""
    for leftover in [target.with_name(target.name + s) for s in (*_COMPANIONS, "-journal")]:
        with suppress(OSError):
            remove_file(leftover)
    if kept is not None:
        with suppress(OSError):
            remove_file(kept)
    _remove_empty(made_folders)


@contextmanager
def _sole_connection(db: AwardsDatabase):
    """While the copy is made, no other connection may have the file open: a window or a
    command still using the old file after the move would write where nobody looks again.
    SQLite leaves WAL mode only when no other connection is open, and then its exclusive
    locking mode keeps everyone else out until the copy is done."""
    connection = db.conn
    connection.execute("PRAGMA busy_timeout = 500")
    try:
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError:
        mode = "wal"
    finally:
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    if mode != "delete":
        raise DatabaseError(
            Message("another window or program has the database open; close it and move again")
        )
    try:
        connection.execute("PRAGMA locking_mode = EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("COMMIT")  # the exclusive lock stays, in this locking mode
        yield
    finally:
        connection.execute("PRAGMA locking_mode = NORMAL")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # lets the lock go
        connection.execute("PRAGMA journal_mode = WAL")


def _missing_folders(folder: Path) -> list[Path]:
    """The folders mkdir(parents=True) would make for folder, innermost first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    return missing


def _remove_empty(folders: list[Path]) -> None:
    """Remove the folders made for a move that failed, innermost first, while empty."""
    for folder in folders:
        try:
            folder.rmdir()
        except FileNotFoundError:
            continue
        except OSError:
            return


def existing_database(chosen: Path | str) -> Path | None:
    """The database file already at the chosen place (a data drive kept through a reinstall of
    the computer), or None when there is none."""
    target = target_file(chosen)
    return target if target.exists() else None


def use_database(chosen: Path | str) -> Path:
    """Make the database already at the chosen place the default one, as it is. It is read
    and checked first: a damaged or foreign file, one of a newer version, or one in a
    synchronised folder is refused and nothing changes. Returns its path."""
    named = _named_by_environment()
    if named is not None:
        raise DatabaseError(named)
    target = target_file(chosen)
    refuse_synced_folder(target)
    check_database_file(target)
    remember_database_location(target)
    return target


def remove_old_database(old_path: Path | str) -> None:
    """After a move, once no connection is open on it: the old file and SQLite's files beside
    it go (a checked backup of it stays in its backups folder)."""
    old_path = Path(old_path)
    if old_path.resolve() == default_database_path().resolve():
        raise DatabaseError(Message("{path} is still the default database", path=old_path))
    for suffix in _COMPANIONS:
        remove_file(old_path.with_name(old_path.name + suffix))
