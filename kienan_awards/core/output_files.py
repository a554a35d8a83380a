"""Files out: the one rule that turns a record's text into a file name, and the one writer
that puts every document, workbook and archive in place.

A name from a recipient, a decision number or a list must be readable (Vietnamese letters
kept), must not leave its folder (no separator, no "..") and must open on Windows, macOS and
Linux alike. A file is written to a hidden draft beside its target and renamed over it only
when complete: a failed or interrupted job never leaves half a document under the clerk's
name, and a link planted at that name is replaced, never written through. Files hold personal
data, so on POSIX they are owner-only (0600) and the folders the program makes 0700; Windows
keeps them in the user's profile and needs nothing more (a mode there would become an
owner-only ACL on Python 3.12.4 and later, shutting out a shared backups folder's readers).

On Windows a file another program holds open (a viewer, the antivirus, the search indexer)
cannot be replaced or removed until it lets go: every rename and removal here is tried again
for a moment (replace_file, remove_file) before it is reported.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TypeVar

from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
NAME_MAX_BYTES = 255  # the most one name may hold on the usual file systems
_POSIX = os.name == "posix"

# Separators become "-" so "10/1" stays readable as "10-1"; the other characters Windows
# refuses become spaces.
_FORBIDDEN = str.maketrans({"/": "-", "\\": "-"} | dict.fromkeys('<>:"|?*', " "))
# Control, format (bidi overrides, zero-width, BOM), surrogate and line-separator characters:
# invisible, able to disguise a name ("abc\u202egpj.exe"), or not encodable.
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Cs", "Zl", "Zp"}
_DOTS = re.compile(r"\.{2,}")
_SUFFIX = re.compile(r"(\.[A-Za-z0-9]+)*")
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{device}{digit}" for device in ("COM", "LPT") for digit in "0123456789¹²³"
}


def _cut(text: str, max_bytes: int) -> str:
    """The longest start of text within max_bytes of UTF-8, never half a character."""
    # surrogateescape: a name read from the disk may carry bytes that are not UTF-8.
    return text.encode("utf-8", "surrogateescape")[:max_bytes].decode("utf-8", "ignore")


def _visible_text(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_FORBIDDEN)
    text = "".join(
        " " if unicodedata.category(char) in _INVISIBLE_CATEGORIES else char for char in text
    )
    return _DOTS.sub(".", " ".join(text.split()))


def _is_reserved(name: str) -> bool:
    # Windows reads "CON.txt" and "con .pdf" as the console too.
    return name.split(".", 1)[0].rstrip(" ").upper() in _RESERVED


def _fitted(text: str, max_bytes: int) -> str:
    """text (already visible) as a name of at most max_bytes; empty when nothing is left."""
    while True:
        # Cutting may leave a dot or space at the end; normalising may lengthen a little.
        name = unicodedata.normalize("NFC", text).strip(" .")
        if _is_reserved(name):
            name = "_" + name
        if len(name.encode("utf-8")) <= max_bytes:
            return name
        text = _cut(name, max_bytes)


def safe_file_name(
    text: str, *, max_bytes: int = 180, fallback: str = "file", suffix: str = ""
) -> str:
    """text as one portable file name of at most max_bytes of UTF-8, ending with suffix (an
    extension such as ".pdf", kept whole); fallback when nothing of text is left.

    180 bytes leave room for a folder's name in a ZIP and for the writer's draft name."""
    if not _SUFFIX.fullmatch(suffix):
        raise ValueError(f"not a file extension: {suffix!r}")
    room = max_bytes - len(suffix.encode("utf-8"))
    if room < 1:
        raise ValueError(f"{max_bytes} bytes leave no room for a name before {suffix!r}")
    for candidate in (text, fallback, "file"):
        name = _fitted(_visible_text(candidate), room)
        if name:
            return name + suffix
    raise AssertionError("unreachable: 'file' is a name")


def name_key(name: str) -> str:
    """What two names share when Windows or macOS take them for one file: Windows compares
    names letter by letter in capitals ("ı" and "i" are both "I"), macOS without case or
    composition. Folding both ways keeps apart every pair either could confuse."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).upper().casefold())


def unique_file_name(
    text: str,
    taken: set[str],
    *,
    suffix: str = "",
    max_bytes: int = 180,
    fallback: str = "file",
    also: Iterable[str] = (),
) -> str:
    """A safe name for text not yet in taken (the name_key of each name in the folder), which
    it joins: "name (2).pdf" after "name.pdf". Compared as Windows and macOS do when the names
    land in one folder, whatever their case. also: the other extensions the same stem is
    written with (a paper as .docx and .pdf): those names must be free too, are taken with it
    and fit max_bytes as well."""
    also = tuple(also)
    for extension in also:
        if not _SUFFIX.fullmatch(extension):
            raise ValueError(f"not a file extension: {extension!r}")
    # The stem must fit before the longest of the extensions it is written with.
    longest = max((len(e.encode("utf-8")) for e in also), default=0)
    room = max_bytes - max(0, longest - len(suffix.encode("utf-8")))
    stem = safe_file_name(text, max_bytes=room, fallback=fallback, suffix=suffix)
    stem = stem.removesuffix(suffix) if suffix else stem
    count = 1
    while any(name_key(stem + tail) in taken for tail in (suffix, *also)):
        count += 1
        number = f" ({count})"
        stem_room = room - len(number.encode("utf-8")) - len(suffix.encode("utf-8"))
        stem = safe_file_name(text, max_bytes=stem_room, fallback=fallback) + number
    taken.update(name_key(stem + tail) for tail in (suffix, *also))
    return stem + suffix


EXCEL_SHEET_NAME_MAX = 31  # characters, as Excel allows
_EXCEL_SHEET_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", "-"))


def unique_sheet_name(text: str, taken: set[str]) -> str:
    """A name Excel accepts for a sheet, not yet in taken (compared without case, as Excel
    does), which it joins: a list's own sheet may be named anything (.ods allows "DS:2025",
    two names may agree in their first 31 characters)."""
    visible = _visible_text(str(text)).translate(_EXCEL_SHEET_FORBIDDEN).strip("' ")
    base = visible[:EXCEL_SHEET_NAME_MAX].rstrip("' ") or "Sheet"
    name, count = base, 1
    while name.casefold() in taken:
        count += 1
        tail = f" ({count})"
        name = base[: EXCEL_SHEET_NAME_MAX - len(tail)].rstrip("' ") + tail
    taken.add(name.casefold())
    return name


# --- replacing and removing files, which Windows refuses while another program has them open --

_T = TypeVar("_T")
# Seconds between tries: about two in all, enough for a scan or an indexer to let go.
BUSY_WAITS = (0.05, 0.1, 0.15, 0.25, 0.35, 0.5, 0.6)


def retried_while_busy(action: Callable[[], _T]) -> _T:
    """action's result, tried again for about two seconds while it raises PermissionError on
    Windows, where that is what a file held open by another program gives. On POSIX the error
    is final (the permissions say no) and is raised at once."""
    waits = iter(BUSY_WAITS if sys.platform == "win32" else ())
    while True:
        try:
            return action()
        except PermissionError:
            wait = next(waits, None)
            if wait is None:
                raise
            time.sleep(wait)


def replace_file(source: Path | str, target: Path | str) -> None:
    """os.replace, waiting a moment for a target another program holds open on Windows."""
    retried_while_busy(lambda: os.replace(source, target))


def remove_file(path: Path | str) -> None:
    """Remove the file at path if there is one, waiting a moment for a file another program
    holds open on Windows."""
    retried_while_busy(lambda: Path(path).unlink(missing_ok=True))


def made_folder(folder: Path | str) -> Path:
    """The folder papers are written into, made where it is not yet; refused in words where it
    cannot be (a file of that name, no right to write)."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KienanError(
            Message("cannot write {path}: {reason}", path=folder, reason=error.strerror or error)
        ) from error
    return folder


def can_create_files_in(folder: Path | str) -> bool:
    """Whether a file can be made in folder, found by making one and removing it. os.access
    cannot tell: on Windows it reads only the read-only flag, never who may write (the ACL)."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".kienan-write-check-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    with suppress(OSError):  # a scanner holding it open longer leaves a hidden empty file
        remove_file(probe)
    return True


# --- folders and files of the program's own ------------------------------------------------------


def make_private_folder(folder: Path | str) -> Path:
    """Create folder and any missing parents, each owner-only on POSIX (mkdir's own mode
    would reach only the last one); folders already there are left as they are."""
    folder = Path(folder)
    missing, level = [], folder
    while not level.exists() and level.parent != level:
        missing.append(level)
        level = level.parent
    for new in reversed(missing):
        with suppress(FileExistsError):  # another process made it meanwhile
            if _POSIX:
                new.mkdir(mode=PRIVATE_FOLDER_MODE)
            else:  # the profile's own permissions, inherited as every folder's there
                new.mkdir()
    return folder


def create_private_file(path: Path | str) -> Path:
    """A new empty file, owner-only from its first moment; its folder is made if missing.
    Raises FileExistsError when something is already there."""
    path = Path(path)
    make_private_folder(path.parent)
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE))
    return path


def append_to_private_file(path: Path | str, text: str) -> Path:
    """Add text at the end of a log kept owner-only (one left readable by an older version is
    made owner-only too)."""
    path = Path(path)
    make_private_folder(path.parent)
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    with open(fd, "a", encoding="utf-8") as log:
        if _POSIX:
            os.fchmod(log.fileno(), PRIVATE_FILE_MODE)
        log.write(text)
    return path


# --- the one writer -------------------------------------------------------------------------------


def _new_draft(path: Path) -> Path:
    # Hidden, beside the target (so the rename stays on one file system), named with the
    # process id (two copies of the program writing one name stay apart) and made owner-only
    # by mkstemp before a byte is written. A name near the limit is shortened for the draft.
    tail = f".{os.getpid()}."
    room = NAME_MAX_BYTES - len(tail) - len(".part") - 1 - 8 - 8  # "." + mkstemp's letters
    try:
        fd, draft = tempfile.mkstemp(
            prefix=f".{_cut(path.name, room)}{tail}", suffix=".part", dir=path.parent
        )
    except OSError as error:
        raise KienanError(
            Message("cannot write {path}: {reason}", path=path, reason=error.strerror or error)
        ) from error
    os.close(fd)
    return Path(draft)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR if path.is_file() else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _put_in_place(draft: Path, path: Path) -> None:
    if draft.stat().st_size == 0:  # the writer could not open it (Qt says nothing)
        raise KienanError(Message("cannot write {path}", path=path))
    try:
        if _POSIX:
            os.chmod(draft, PRIVATE_FILE_MODE)  # in case a writer made the file again
        # On disk before the rename, so a power cut leaves the old file or the new, whole.
        _fsync(draft)
        # Replaces whatever is at path (a link included, never what it points at).
        replace_file(draft, path)
    except PermissionError as error:  # e.g. the old file is open in a viewer on Windows
        raise KienanError(
            Message(
                "cannot write {path}: {reason}; if it is open in another program, close it "
                "and try again",
                path=path,
                reason=error.strerror or error,
            )
        ) from error
    except OSError as error:
        raise KienanError(
            Message("cannot write {path}: {reason}", path=path, reason=error.strerror or error)
        ) from error
    if _POSIX:
        with suppress(OSError):  # the rename itself reaches the disk; best effort
            _fsync(path.parent)


@contextmanager
def output_file(path: Path | str) -> Iterator[Path]:
    """A draft to write the file into; when the block ends without an error it becomes the
    file at path (owner-only on POSIX). On any error the draft is removed and whatever was
    at path stays as it was. The writer must have closed the draft by the end of the block."""
    path = Path(path)
    draft = _new_draft(path)
    try:
        yield draft
        _put_in_place(draft, path)
    finally:
        with suppress(OSError):
            remove_file(draft)


def copy_into_place(source: Path | str, path: Path | str) -> Path:
    """Put a finished file made elsewhere (a scratch folder) at path, through a draft."""
    path = Path(path)
    with output_file(path) as draft:
        try:
            shutil.copyfile(source, draft)
        except OSError as error:
            raise KienanError(
                Message("cannot write {path}: {reason}", path=path, reason=error.strerror or error)
            ) from error
    return path
