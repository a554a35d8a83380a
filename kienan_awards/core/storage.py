"""The one place that opens the database: pragmas, the folding function, schema steps.

Everything else receives the ``AwardsDatabase`` this module returns.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from kienan_awards.core import migrations
from kienan_awards.core.audit_log import os_user
from kienan_awards.core.backups import (
    backup_file_name,
    backup_is_due,
    integrity_problems,
    list_backups,
    write_backup,
)
from kienan_awards.core.errors import DamagedDatabaseError, DatabaseError, ForeignDatabaseError
from kienan_awards.core.locations import backups_folder, default_database_path
from kienan_awards.core.messages import Message
from kienan_awards.core.search_text import search_words, spelled_words, spelling_score
from kienan_awards.core.text import fold

BUSY_TIMEOUT_SECONDS = 10.0
SORTER_THREADS = min(4, os.cpu_count() or 1)
_SQLITE_HEADER = b"SQLite format 3\x00"


class AwardsDatabase(Database):
    """A sqlite-utils Database that knows its file and its schema version."""

    path: Path
    # While true, new awards wait to be indexed in one statement (see search.indexed_in_bulk).
    search_index_deferred: bool = False
    # Tables whose new rows are audited in one statement at the end (audit_triggers).
    audit_deferred: set[str]
    read_only: str | None = None  # why the file is open read-only; None when it can be written

    @property
    def schema_version(self) -> int:
        return migrations.schema_version(self)


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One transaction that holds the write lock from its start (BEGIN IMMEDIATE), so ids read
    inside it stay free until it commits, whoever else has the file open."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _create_private_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _check_header(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise DatabaseError(
            Message("cannot read {path}: {reason}", path=path, reason=error.strerror)
        ) from error
    if header and header != _SQLITE_HEADER:
        raise ForeignDatabaseError(
            Message("{path} is not a database file; it was not changed", path=path)
        )


def _connect(path: Path, read_only: bool = False) -> AwardsDatabase:
    if read_only:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS
        )
    else:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
    connection.create_function("fold", 1, fold, deterministic=True)
    # The search index's triggers call these in the same transaction as every award change.
    connection.create_function("search_words", -1, search_words, deterministic=True)
    connection.create_function("spelled_words", -1, spelled_words, deterministic=True)
    connection.create_function("spelling_score", 2, spelling_score, deterministic=True)
    # The audit triggers record who wrote each change.
    connection.create_function("os_user", 0, os_user, deterministic=True)
    db = AwardsDatabase(connection)
    db.path = path
    db.audit_deferred = set()
    connection.create_function(
        "audit_deferred", 1, lambda table: table in db.audit_deferred, deterministic=False
    )
    connection.create_function(
        "search_index_deferred", 0, lambda: db.search_index_deferred, deterministic=False
    )
    return db


def open_database(
    path: Path | str | None = None,
    *,
    migrate: bool = True,
    create: bool = True,
    check: bool = True,
) -> AwardsDatabase:
    """Open (creating if needed and allowed) the database and bring its schema up to date.

    A file written by a newer version or by another program, or one that fails SQLite's quick
    check, is refused before anything is written to it. Before schema steps run on a file that
    already has data, a backup is taken. A file this user cannot write, or one on a network
    share (where SQLite's locking is unreliable), opens read-only: ``db.read_only`` says why.
    """
    path = Path(path).expanduser() if path else default_database_path()
    if path.is_dir():
        raise DatabaseError(Message("{path} is a folder, not a database file", path=path))
    if path.exists():
        _check_header(path)
    elif not create:
        raise DatabaseError(Message("there is no database at {path}", path=path))
    else:
        try:
            _create_private_file(path)
        except OSError as error:
            raise DatabaseError(
                Message("cannot create {path}: {reason}", path=path, reason=error.strerror)
            ) from error
    read_only = read_only_reason(path)
    db = _connect(path, read_only=read_only is not None)
    db.read_only = read_only
    try:
        migrations.check_can_open(db)
        if check:
            problems = integrity_problems(db.conn, quick=True)
            if problems:
                raise DamagedDatabaseError(
                    Message(
                        "{path} is damaged ({problem}); it was not changed. Restore a backup: "
                        "kienan-awards restore FILE",
                        path=path,
                        problem=problems[0],
                    )
                )
        db.execute("PRAGMA foreign_keys = ON")
        # Large groupings (the reports over every year) may sort on more than one core.
        db.execute(f"PRAGMA threads = {SORTER_THREADS}")
        if read_only is None:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            if migrate and migrations.pending_step_names(db):
                if migrations.schema_version(db) > 0:
                    write_backup(db.conn, path, "before-schema-step")
                migrations.apply_pending(db)
        elif migrations.pending_step_names(db):
            raise DatabaseError(
                Message(
                    "{path} needs a schema upgrade, which cannot be written: {reason}",
                    path=path,
                    reason=read_only,
                )
            )
    except sqlite3.DatabaseError as error:
        db.close()
        raise DatabaseError(
            Message("cannot use {path}: {reason}", path=path, reason=error)
        ) from error
    except BaseException:
        db.close()
        raise
    return db


# File systems whose locks SQLite cannot rely on (its documentation warns against them).
_NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "sshfs", "9p"}


def _file_system_type(path: Path) -> str:
    """The type of the file system holding path, from /proc/mounts (Linux); "" elsewhere."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    resolved, best, kind = str(path.resolve()), "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3:
            point = parts[1].replace("\\040", " ")
            inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
            if inside and len(point) > len(best):
                best, kind = point, parts[2]
    return kind


def read_only_reason(path: Path) -> str | None:
    """Why this database must be opened read-only, or None when it can be written."""
    if str(path).startswith(("\\\\", "//")) or _file_system_type(path) in _NETWORK_FILE_SYSTEMS:
        return Message(
            "the database is on a network share, where SQLite cannot lock it safely; copy it "
            "to this computer to make changes"
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return Message("this user may not write the database file or its folder")
    return None


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
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(
                Message(
                    "cannot use {folder} for backups: {reason}",
                    folder=folder,
                    reason=error.strerror,
                )
            ) from error
        if not os.access(folder, os.W_OK):
            raise DatabaseError(
                Message("cannot write backups to {folder}: choose another folder", folder=folder)
            )
    else:
        folder = None
    with write_transaction(db):
        if folder is None:
            db.execute("DELETE FROM settings WHERE key = ?", [BACKUPS_FOLDER_SETTING])
        else:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [BACKUPS_FOLDER_SETTING, str(folder.resolve())],
            )
    return configured_backups_folder(db)


def back_up(db: AwardsDatabase, reason: str = "manual", folder: Path | None = None) -> Path:
    """Write a checked backup now; returns its path."""
    return write_backup(db.conn, db.path, reason, folder or configured_backups_folder(db))


def back_up_if_due(db: AwardsDatabase) -> Path | None:
    """At start: a backup when the newest is over a day old and the database has changed."""
    folder = configured_backups_folder(db)
    if db.read_only is not None or not backup_is_due(db.path, folder):
        return None
    return back_up(db, "daily", folder)


def check_backup_file(path: Path) -> None:
    """Refuse a file that is not a sound database of this program (or of a newer version)."""
    if not path.is_file():
        raise DatabaseError(Message("there is no file at {path}", path=path))
    try:
        _check_header(path)
    except ForeignDatabaseError:
        raise ForeignDatabaseError(
            Message("{path} is not a database file; nothing was restored", path=path)
        ) from None
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        problems = integrity_problems(connection)
        if problems:
            raise DamagedDatabaseError(
                Message(
                    "{path} is damaged ({problem}); nothing was restored",
                    path=path,
                    problem=problems[0],
                )
            )
        candidate = Database(connection)
        if not migrations.applied_step_names(candidate):
            raise ForeignDatabaseError(
                Message("{path} is not a Kien An Awards database", path=path)
            )
        migrations.check_can_open(candidate)
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
            check_backup_file(backup.path)
        except DatabaseError:
            continue
        return backup.path
    return None


def restore_database(database_path: Path, backup_path: Path) -> Path:
    """Check the backup, keep a copy of the current database, then replace it with the
    backup's contents (through the backup API, so an open WAL stays consistent). Returns the
    path of the copy of the database as it was, damaged or not."""
    database_path, backup_path = Path(database_path), Path(backup_path)
    check_backup_file(backup_path)
    if database_path.exists() and backup_path.resolve() == database_path.resolve():
        raise DatabaseError(Message("a database cannot be restored from itself"))
    reason = read_only_reason(database_path) if database_path.exists() else None
    if reason is not None:
        raise DatabaseError(
            Message("{path} cannot be replaced: {reason}", path=database_path, reason=reason)
        )
    current = sqlite3.connect(database_path, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        safety = _keep_current(current, database_path)
        source = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
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
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / backup_file_name(database_path, "damaged")
        shutil.copyfile(database_path, target)
        target.chmod(0o600)
        return target
