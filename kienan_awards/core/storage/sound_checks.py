"""The full check of a database file, and the record of the files that last passed it.

SQLite's quick check, which runs at every open, does not compare an index with its table; the
full check does, and the schema check compares the file's tables, indexes and triggers with
its version's (schema_check.py). Together they read the whole file (about a second for
100,000 awards), so at open a file is checked in full only when it changed since it last passed.

The record of that pass is kept outside the database, in the user's data folder: a row in the
database itself would change the file it describes (a write moves its time, size and pages, so
the record would never match), and a file beside the database would be left behind when it
moves and cannot be written in a read-only folder. The record is a fingerprint of the file: its
inode, size, modification and change times (SQLite's change counter is left alone: it does not
move in WAL mode, and reading it would mean opening the file), and the same of its write-ahead
log when that holds anything. A wrong or lost record only costs a full check; it can never let
a changed file skip one, short of a change that keeps all of these (the quick check still runs
at every open, and `kienan-awards check` reads everything).
"""

from __future__ import annotations

import json
import tempfile
import time
from contextlib import suppress
from pathlib import Path

from kienan_awards.core.output_files import make_private_folder, remove_file, replace_file
from kienan_awards.core.storage.locations import user_data_folder
from kienan_awards.core.storage.online_backup import integrity_problems

RECORD_FILE_NAME = "sound-checks.json"
_RECORD_KEEPS = 50  # files; the oldest records go first
# A file system keeps times in steps (2 s on FAT, a clock tick on others): a write within the
# same step as the check could leave the same time, so a file written that recently is not
# recorded (as git does for its racily clean files). A big file's check itself outlasts this.
_TIME_STEP_NS = 2_000_000_000


def file_problems(db) -> list[str]:
    """What the full check of the file finds wrong (its pages, then its schema); empty when
    it is sound. The lines are those of `kienan-awards check`."""
    # The schema check takes the schema steps: imported only when a file is checked in full.
    from kienan_awards.core.storage.schema_check import schema_differences

    problems = [f"integrity: {problem}" for problem in integrity_problems(db.conn)]
    return problems or schema_differences(db)


def checked_file_problems(db) -> list[str]:
    """The full check of db's file; when it passes, it is recorded as sound as it is now."""
    before = _stamp(db.path)
    problems = file_problems(db)
    if not problems and before is not None:
        _record_sound(db.path, *before)
    return problems


def passed_unchanged(path: Path) -> bool:
    """The file passed the full check, and has not changed since."""
    now = _stamp(path)
    return now is not None and _records().get(_key(path)) == now[0]


def _stamp(path: Path) -> tuple[list, int] | None:
    """What changes whenever the file's contents do (its fingerprint), and its newest
    modification time (every write sets it; the change time is the creation time on
    Windows); None when the file cannot be read."""
    # Only stat, never open: closing a descriptor of the file would drop this process's
    # SQLite locks on it (POSIX fcntl locks belong to the process), see storage.check_header.
    try:
        stat = path.stat()
    except OSError:
        return None
    fingerprint = [stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns]
    times = [stat.st_mtime_ns]
    try:
        log = Path(f"{path}-wal").stat()
    except FileNotFoundError:
        log = None
    except OSError:
        return None
    if log is not None and log.st_size:  # an empty log holds no pages (it is there while open)
        fingerprint += [log.st_ino, log.st_size, log.st_mtime_ns, log.st_ctime_ns]
        times.append(log.st_mtime_ns)
    return fingerprint, max(times)


def _record_sound(path: Path, checked: list, newest_time: int) -> None:
    # The file must not have changed during the check, nor too recently to tell by its times.
    if _stamp(path) != (checked, newest_time) or time.time_ns() - newest_time < _TIME_STEP_NS:
        return
    records = _records()
    records.pop(_key(path), None)
    records[_key(path)] = checked
    for old in list(records)[:-_RECORD_KEEPS]:
        del records[old]
    folder = user_data_folder()
    draft = None
    try:
        make_private_folder(folder)
        # Written whole, then renamed: two programs recording at once lose a record at worst.
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=folder, prefix=RECORD_FILE_NAME, delete=False
        ) as draft:
            json.dump(records, draft)
        replace_file(draft.name, folder / RECORD_FILE_NAME)
    except OSError:  # unrecorded, the file is checked in full again at its next open
        if draft is not None:
            with suppress(OSError):
                remove_file(draft.name)


def _records() -> dict:
    try:
        records = json.loads((user_data_folder() / RECORD_FILE_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return records if isinstance(records, dict) else {}


def _key(path: Path) -> str:
    return str(Path(path).resolve())
