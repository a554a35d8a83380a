"""Copies of the database taken with SQLite's online-backup API (safe while it is in use),
each checked right after it is written; the scheduled and manual ones are thinned to the last
7 daily, 4 weekly and 12 monthly copies. Where they go and restoring one: database_backups.py."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kienan_awards.core.errors import DatabaseError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import PRIVATE_FILE_MODE, make_private_folder, remove_file
from kienan_awards.core.storage.locations import backups_folder

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
DUE_AFTER = dt.timedelta(days=1)
_STAMP = re.compile(r"-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.sqlite3$")
# The copies taken on a schedule or on request are thinned; those kept before a schema step or
# a restore (and the raw copy of a damaged file) stay until the clerk removes them.
THINNED_REASONS = {"daily", "manual"}


def _warn(message: Message) -> None:
    """Said in the program's log (stderr): what failed did not stop the work. logging is
    loaded only then, so that it stays out of every quick start."""
    import logging

    logging.getLogger(__name__).warning("%s", message)


def backup_file_name(database_path: Path, reason: str, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"{database_path.stem}-{stamp}-{reason}.sqlite3"


def integrity_problems(connection: sqlite3.Connection, quick: bool = False) -> list[str]:
    """What SQLite's own check finds wrong with a database; empty when it is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if rows == [("ok",)] else [row[0] for row in rows]


def write_backup(
    connection: sqlite3.Connection,
    database_path: Path,
    reason: str,
    folder: Path | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Copy the open database to the backups folder, check the copy, thin the folder; returns
    the new file's path. A copy that fails its check is removed and reported."""
    folder = folder or backups_folder(database_path)
    try:
        make_private_folder(folder)
        target = folder / backup_file_name(database_path, reason, now)
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
        os.close(fd)
    except OSError as error:
        raise DatabaseError(
            Message(
                "cannot write a backup in {folder}: {strerror}",
                folder=folder,
                strerror=error.strerror,
            )
        ) from error
    try:
        destination = sqlite3.connect(target)
        try:
            connection.backup(destination)
            problems = integrity_problems(destination)
        finally:
            destination.close()
    except BaseException:
        _remove_unfinished(target)
        raise
    if problems:
        _remove_unfinished(target)
        raise DatabaseError(
            Message(
                "the backup written to {target} failed its check: {problem}",
                target=target,
                problem=problems[0],
            )
        )
    # The new copy is written and sound: thinning the old ones can no longer undo it.
    thin_backups(folder, database_path.stem)
    return target


def _remove_unfinished(target: Path) -> None:
    try:
        remove_file(target)
    except OSError as error:  # the failure being reported matters more than this one
        _warn(Message("cannot remove {path}: {reason}", path=target, reason=error))


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime
    reason: str


def list_backups(folder: Path, stem: str) -> list[Backup]:
    """The backups of one database in a folder, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{stem}-*.sqlite3"):
        match = _STAMP.search(path.name)
        if match:
            taken_at = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
            found.append(Backup(path, taken_at, match.group(2)))
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def backups_to_keep(backups: list[Backup]) -> set[Path]:
    """The newest copy of each of the last 7 days, 4 weeks and 12 months that have one."""
    keep: set[Path] = set()
    for period, count in (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    ):
        seen: list = []
        for backup in backups:  # newest first: the first of a period is its newest
            key = period(backup.taken_at)
            if key not in seen:
                if len(seen) == count:
                    break
                seen.append(key)
                keep.add(backup.path)
    return keep


def thin_backups(folder: Path, stem: str) -> list[Path]:
    """Remove the scheduled copies no longer kept; returns what was removed. A copy that
    cannot be removed (open in another program on Windows, a read-only drive) is only a
    warning: it is tried again at the next backup, and the backup just taken stands."""
    backups = [b for b in list_backups(folder, stem) if b.reason in THINNED_REASONS]
    keep = backups_to_keep(backups)
    removed = []
    for backup in backups:
        if backup.path in keep:
            continue
        try:
            remove_file(backup.path)
        except OSError as error:
            _warn(
                Message(
                    "the old backup {path} could not be removed: {reason}",
                    path=backup.path,
                    reason=error.strerror or error,
                )
            )
            continue
        removed.append(backup.path)
    return removed


def backup_is_due(database_path: Path, folder: Path, now: dt.datetime | None = None) -> bool:
    """At start: the newest copy is over a day old (or there is none) and the database has
    changed since it was taken."""
    now = now or dt.datetime.now()
    backups = list_backups(folder, database_path.stem)
    if backups and now - backups[0].taken_at < DUE_AFTER:
        return False
    changed = max(
        (p.stat().st_mtime for p in (database_path, Path(f"{database_path}-wal")) if p.exists()),
        default=0,
    )
    return not backups or dt.datetime.fromtimestamp(changed) > backups[0].taken_at
