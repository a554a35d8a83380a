"""This database's backups: where they go (beside it, or the folder chosen in Settings), when
one is taken, and restoring one in its place. The copies themselves are written, checked and
thinned by backups.py; the file is opened by storage.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from kienan_awards.core.errors import DamagedDatabaseError, DatabaseError, ForeignDatabaseError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import (
    can_create_files_in,
    copy_into_place,
    create_private_file,
    make_private_folder,
)
from kienan_awards.core.records.settings import save_setting
from kienan_awards.core.storage import migrations
from kienan_awards.core.storage.awards_database import AwardsDatabase
from kienan_awards.core.storage.database import (
    BUSY_TIMEOUT_SECONDS,
    check_header,
    open_database,
    read_only_reason,
)
from kienan_awards.core.storage.file_uris import sqlite_uri
from kienan_awards.core.storage.locations import backups_folder
from kienan_awards.core.storage.online_backup import (
    backup_file_name,
    backup_is_due,
    integrity_problems,
    list_backups,
    write_backup,
)
from kienan_awards.core.storage.schema_check import in_one_line, schema_differences
from kienan_awards.core.storage.synced_folders import refuse_synced_folder

BACKUPS_FOLDER_SETTING = "backups.folder"


def configured_backups_folder(db: AwardsDatabase) -> Path:
    """Where backups go: the folder chosen in Settings (a USB drive, a share), else beside
    the database."""
    row = db.execute(
        "SELECT value FROM settings WHERE key = ?", [BACKUPS_FOLDER_SETTING]
    ).fetchone()
    return Path(row[0]).expanduser() if row and row[0] else backups_folder(db.path)


def set_backups_folder(db: AwardsDatabase, folder: Path | str | None) -> Path:
    """Choose where backups go (None: back beside the database); returns the folder now used.
    A folder that cannot be created or written is refused and nothing is changed."""
    if folder is not None and str(folder).strip():
        folder = Path(folder).expanduser()
        if folder.exists() and not folder.is_dir():
            raise DatabaseError(
                Message(
                    "{folder} is a file, not a folder; choose a folder for backups", folder=folder
                )
            )
        try:
            make_private_folder(folder)
        except OSError as error:
            raise DatabaseError(
                Message(
                    "cannot use {folder} for backups: {reason}",
                    folder=folder,
                    reason=error.strerror,
                )
            ) from error
        if not can_create_files_in(folder):
            raise DatabaseError(
                Message("cannot write backups to {folder}: choose another folder", folder=folder)
            )
    else:
        folder = None
    save_setting(db, BACKUPS_FOLDER_SETTING, None if folder is None else str(folder.resolve()))
    return configured_backups_folder(db)


def back_up(db: AwardsDatabase, reason: str = "manual", folder: Path | None = None) -> Path:
    """Write a checked backup now; returns its path."""
    return write_backup(db.conn, db.path, reason, folder or configured_backups_folder(db))


def back_up_if_due(db: AwardsDatabase) -> Path | None:
    """At start: a backup when the newest is over a day old and the database has changed.
    A database nobody has written to yet (no change in its audit trail) has nothing to keep."""
    folder = configured_backups_folder(db)
    if db.read_only is not None or not _holds_work(db) or not backup_is_due(db.path, folder):
        return None
    return back_up(db, "daily", folder)


def _holds_work(db: AwardsDatabase) -> bool:
    return db.execute("SELECT EXISTS (SELECT 1 FROM audit_log)").fetchone()[0] == 1


def check_database_file(path: Path) -> None:
    """Refuse a file that is not a sound database of this program (or is of a newer version,
    or lacks or adds to the tables, indexes or triggers of its own), reading it only: a
    backup to restore, or a database to use as it is."""
    if not path.is_file():
        raise DatabaseError(Message("there is no file at {path}", path=path))
    try:
        check_header(path)
    except ForeignDatabaseError:
        raise ForeignDatabaseError(Message("{path} is not a database file", path=path)) from None
    connection = sqlite3.connect(sqlite_uri(path.resolve(), mode="ro"), uri=True)
    try:
        problems = integrity_problems(connection)
        if problems:
            raise DamagedDatabaseError(
                Message("{path} is damaged ({problem})", path=path, problem=problems[0])
            )
        candidate = Database(connection)
        if not migrations.applied_step_names(candidate):
            raise ForeignDatabaseError(
                Message("{path} is not a Kien An Awards database", path=path)
            )
        migrations.check_can_open(candidate)
        differences = schema_differences(candidate)
        if differences:
            raise DamagedDatabaseError(
                Message(
                    "{path} differs from the schema of its version ({differences})",
                    path=path,
                    differences=in_one_line(differences),
                )
            )
    except sqlite3.DatabaseError as error:
        raise DatabaseError(
            Message("{path} cannot be read as a database: {error}", path=path, error=error)
        ) from error
    finally:
        connection.close()


def newest_sound_backup(database_path: Path) -> Path | None:
    """The newest backup beside the database that passes every check, for a damaged file."""
    for backup in list_backups(backups_folder(database_path), database_path.stem):
        try:
            check_database_file(backup.path)
        except DatabaseError:
            continue
        return backup.path
    return None


def restore_database(database_path: Path, backup_path: Path) -> Path:
    """Check the backup, keep a copy of the current database, then replace it with the
    backup's contents (through the backup API, so an open WAL stays consistent). Returns the
    path of the copy of the database as it was, damaged or not."""
    database_path, backup_path = Path(database_path), Path(backup_path)
    try:
        check_database_file(backup_path)
    except DatabaseError as error:
        raise type(error)(
            Message("{problem}; nothing was restored", problem=error.args[0])
        ) from error
    if database_path.exists() and backup_path.resolve() == database_path.resolve():
        raise DatabaseError(Message("a database cannot be restored from itself"))
    reason = read_only_reason(database_path) if database_path.exists() else None
    if reason is not None:
        raise DatabaseError(
            Message("{path} cannot be replaced: {reason}", path=database_path, reason=reason)
        )
    if not database_path.exists():  # created owner-only here, not by SQLite with the umask
        # A database restored into a new place is placed there as by a move; one restored
        # over itself stays where it is, so a damaged file can always be mended.
        refuse_synced_folder(database_path)
        try:
            create_private_file(database_path)
        except OSError as error:
            raise DatabaseError(
                Message("cannot create {path}: {reason}", path=database_path, reason=error.strerror)
            ) from error
    current = sqlite3.connect(database_path, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        safety = _keep_current(current, database_path)
        source = sqlite3.connect(sqlite_uri(backup_path.resolve(), mode="ro"), uri=True)
        try:
            source.backup(current)
        finally:
            source.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseError(
            Message(
                "{database_path} could not be replaced: {error}",
                database_path=database_path,
                error=error,
            )
        ) from error
    finally:
        current.close()
    open_database(database_path).close()  # an older backup's schema is brought up to date
    return safety


def _keep_current(connection: sqlite3.Connection, database_path: Path) -> Path:
    """A copy of the database about to be replaced: through the backup API when it can be
    read, byte for byte when it is too damaged for that."""
    folder = backups_folder(database_path)
    try:
        return write_backup(connection, database_path, "before-restore", folder)
    except (sqlite3.DatabaseError, DatabaseError):
        make_private_folder(folder)
        # Through a draft made owner-only: never a moment readable by others.
        return copy_into_place(database_path, folder / backup_file_name(database_path, "damaged"))
