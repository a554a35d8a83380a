"""The one place that opens the database: pragmas, the SQL functions, schema steps, read-only
detection. Backups of it and restoring one live in backups.py.

Everything else receives the ``AwardsDatabase`` this module returns, or the reader of
read_connections.py, which opens the file through the same steps to read only. This module
imports neither sqlite-utils nor the schema steps, which take longer to import than Python
takes to start: a command that only reads never needs them.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from kienan_awards.core.errors import DamagedDatabaseError, DatabaseError, ForeignDatabaseError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import can_create_files_in, create_private_file, remove_file
from kienan_awards.core.storage import schema_steps, sound_checks
from kienan_awards.core.storage.file_uris import sqlite_uri
from kienan_awards.core.storage.locations import default_database_path, moved_database_path
from kienan_awards.core.storage.online_backup import (
    integrity_problems,
    write_backup,
)
from kienan_awards.core.storage.open_files import OPEN_HERE, OPEN_HERE_LOCK, OpenDatabase, Opened
from kienan_awards.core.storage.sql_functions import add_program_functions

if TYPE_CHECKING:
    from sqlite_utils import Database

    from kienan_awards.core.storage.awards_database import AwardsDatabase

BUSY_TIMEOUT_SECONDS = 10.0
SORTER_THREADS = min(4, os.cpu_count() or 1)
_SQLITE_HEADER = b"SQLite format 3\x00"


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
    create_private_file(path)  # owner-only, and so is every folder made for it


def check_header(path: Path) -> None:
    """Refuse a file that is not an SQLite database, before SQLite touches it.

    Not done again on a file this process already has open: POSIX drops all of a process's
    fcntl locks on a file when it closes any descriptor of it, and SQLite's locks are such
    locks. Another program would then take this one's connections for gone, fold the
    write-ahead log into the file and delete it, and what is committed here next is lost."""
    if OPEN_HERE[str(path.resolve())]:
        return
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


def database_file(path: Path | str | None, *, create: bool) -> Path:
    """The database file at path (default: the user's), made when there is none and create
    allows; refused when it is a folder, missing or not an SQLite file."""
    if path:
        path = Path(path).expanduser()
    else:
        path = default_database_path()
        if not path.exists() and path == moved_database_path():
            # A moved database on a drive not connected now: never start an empty one there.
            raise DatabaseError(
                Message(
                    "the database was moved to {path}, which cannot be found now; connect "
                    "its drive, or open another file with --db",
                    path=path,
                )
            )
    if path.is_dir():
        raise DatabaseError(Message("{path} is a folder, not a database file", path=path))
    if path.exists():
        check_header(path)
    elif not create:
        raise DatabaseError(Message("there is no database at {path}", path=path))
    else:
        try:
            _create_private_file(path)
        except OSError as error:
            raise DatabaseError(
                Message("cannot create {path}: {reason}", path=path, reason=error.strerror)
            ) from error
    return path


def connect(path: Path, opened: type[Opened]) -> Opened:
    """A connection to the file, as an `opened` (AwardsDatabase, DatabaseReader) made from it,
    read-only when the file cannot be written here; with the program's SQL functions."""
    read_only = read_only_reason(path)
    if read_only is not None:
        # A share's path as Path.as_uri() writes it (file://server/...) is refused by SQLite.
        connection = sqlite3.connect(
            sqlite_uri(path.resolve(), mode="ro"), uri=True, timeout=BUSY_TIMEOUT_SECONDS
        )
    else:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
    db = opened(connection)
    db.path = path
    db.read_only = read_only
    db._open_key = str(path.resolve())
    with OPEN_HERE_LOCK:
        OPEN_HERE[db._open_key] += 1
    db.audit_deferred = set()
    add_program_functions(db)
    # Large groupings (the reports over every year) may sort on more than one core.
    db.conn.execute(f"PRAGMA threads = {SORTER_THREADS}")
    return db


@contextmanager
def closed_if_refused(db: OpenDatabase) -> Iterator[None]:
    """Closes db when what runs inside stops; an error of SQLite's is said as the file's."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        db.close()
        raise DatabaseError(
            Message("cannot use {path}: {reason}", path=db.path, reason=error)
        ) from error
    except BaseException:
        db.close()
        raise


def open_database(
    path: Path | str | None = None,
    *,
    migrate: bool = True,
    create: bool = True,
    check: bool = True,
) -> AwardsDatabase:
    """Open (creating if needed and allowed) the database and bring its schema up to date.

    A file written by a newer version or by another program, or one that fails SQLite's quick
    check or (when it changed since it last passed) the full check of its pages and schema,
    is refused before anything is written to it. Before schema steps run on a file that
    already has data, a backup is taken. A file this user cannot write, or one on a network
    share (where SQLite's locking is unreliable), opens read-only: ``db.read_only`` says why.
    """
    from kienan_awards.core.storage.awards_database import AwardsDatabase

    path = database_file(path, create=create)
    db = connect(path, AwardsDatabase)
    with closed_if_refused(db):
        schema_steps.check_can_open(db.conn)
        if check:
            refuse_damaged(db, in_full=full_check_due(db))
        db.execute("PRAGMA foreign_keys = ON")
        pending = schema_steps.pending_step_names(db.conn)
        if db.read_only is None:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            if migrate and pending:
                from kienan_awards.core.storage import migrations

                if db.schema_version > 0:
                    write_backup(db.conn, path, "before-schema-step")
                migrations.apply_pending(db)
        elif pending:
            raise DatabaseError(
                Message(
                    "{path} needs a schema upgrade, which cannot be written: {reason}",
                    path=path,
                    reason=db.read_only,
                )
            )
    return db


@contextmanager
def database_made_if_missing(
    path: Path | str | None = None,
) -> Iterator[tuple[AwardsDatabase, bool]]:
    """The database at path, made when there is none (only an import or the demo may make
    one), and whether it was made. A database made here that is left without a single audited
    change (a refused import, a dry run, an error) is removed again with the folders made for
    it, so a mistyped path leaves nothing behind."""
    target = Path(path).expanduser() if path else default_database_path()
    made = not target.exists()
    missing_folders = [folder for folder in target.parents if not folder.exists()]
    db = open_database(target)
    try:
        yield db, made
    finally:
        unused = made and db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0
        db.close()
        if unused:
            for suffix in ("", "-wal", "-shm", "-journal"):
                with suppress(OSError):  # a file held open must not hide the first error
                    remove_file(Path(f"{target}{suffix}"))
            for folder in missing_folders:  # innermost first
                try:
                    folder.rmdir()
                except OSError:
                    break


def full_check_due(db: OpenDatabase) -> bool:
    """The file changed since it last passed the full check (see sound_checks.py). A second
    connection of this process (the window's search thread, an import's worker) opens a file
    checked in full when the first one opened it, and changed since only by this program: it
    does not pay the full check again."""
    opened_here_before = OPEN_HERE[db._open_key] > 1
    return not opened_here_before and not sound_checks.passed_unchanged(db.path)


def refuse_damaged(db: OpenDatabase, *, in_full: bool) -> None:
    """Refuse a file that fails SQLite's quick check, or (in_full) the full check. The quick
    check misses an index that no longer matches its table, and a schema that is not its
    version's (the audit trail dropped): the full check finds them, and is due at the first
    open after the file changed (full_check_due). Its words are those of `check`."""
    problems = integrity_problems(db.conn, quick=True)
    if not problems and in_full:
        problems = sound_checks.checked_file_problems(db)
    if problems:
        raise DamagedDatabaseError(
            Message(
                "{path} is damaged ({problem}); it was not changed. Restore a backup: "
                "kienan-awards restore FILE",
                path=db.path,
                problem=problems[0],
            )
        )


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


def _on_mapped_network_drive(path: Path) -> bool:
    """On Windows: a drive letter (Z:) that names a network share."""
    if sys.platform != "win32":
        return False
    import ctypes

    root = os.path.splitdrive(str(path.resolve()))[0] + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(root) == 4  # DRIVE_REMOTE


def read_only_reason(path: Path) -> str | None:
    """Why this database must be opened read-only, or None when it can be written."""
    if (
        str(path).startswith(("\\\\", "//"))
        or _file_system_type(path) in _NETWORK_FILE_SYSTEMS
        or _on_mapped_network_drive(path)
    ):
        return Message(
            "the database is on a network share, where SQLite cannot lock it safely; copy it "
            "to this computer to make changes"
        )
    # The file's own flag is asked; a folder's, only by making a file in it (Windows answers
    # os.access for a folder from its read-only flag alone).
    if not os.access(path, os.W_OK) or not can_create_files_in(path.parent):
        return Message("this user may not write the database file or its folder")
    return None
