"""Folders a live database must not be kept in: those a cloud service copies while the program
writes (OneDrive, Google Drive, Dropbox, iCloud), and Documents and Desktop, which Windows
hands to OneDrive and macOS to iCloud at a click. Such a service uploads the database and its
write-ahead log one at a time and in the middle of a change, and when two computers touch
them it leaves "conflicted copies": records go missing or the file is damaged. Backups are
closed, finished files and may go there; the first start's own place (AppData, ~/.local)
is none of these.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePath

import platformdirs

from kienan_awards.core.errors import DatabaseError
from kienan_awards.core.messages import Message

# Set by the OneDrive client to the folders it synchronises.
SYNC_ENVIRONMENT = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
# The folders the clients make, compared without case: "OneDrive - Công ty ABC" is a work
# account's; "My Drive" is inside Google Drive's; "iCloudDrive" is iCloud's on Windows.
_SYNCED_NAMES = {"onedrive", "google drive", "my drive", "dropbox", "iclouddrive", "icloud drive"}
_SYNCED_PREFIXES = ("onedrive - ", "dropbox (")  # a work account's: "Dropbox (Công ty)"
# On macOS: iCloud Drive, and the place the other clients keep their folders now.
_MAC_CLOUD_FOLDERS = (("library", "mobile documents"), ("library", "cloudstorage"))


def _known_folders() -> list[Path]:
    """Documents and Desktop where this user's system keeps them (moved into OneDrive when
    Windows was told to back them up)."""
    return [Path(platformdirs.user_documents_dir()), Path(platformdirs.user_desktop_dir())]


def _synced_by_name(parts: tuple[str, ...]) -> str | None:
    folded = [part.casefold() for part in parts]
    for index, name in enumerate(folded):
        if name in _SYNCED_NAMES or name.startswith(_SYNCED_PREFIXES):
            return parts[index]
        if tuple(folded[index : index + 2]) in _MAC_CLOUD_FOLDERS:
            return parts[index + 1]
    return None


def _inside(path: PurePath, folder: PurePath) -> bool:
    # Windows paths compare without case, POSIX ones with it, as the systems do.
    return path == folder or folder in path.parents


def synced_folder(
    file: PurePath,
    *,
    environment: Mapping[str, str] | None = None,
    known_folders: Iterable[PurePath] | None = None,
) -> PurePath | str | None:
    """The synchronised folder (or Documents or Desktop) the file would be kept in, or None
    when it is in none. A real path is resolved first: a link into Dropbox is in it."""
    if isinstance(file, Path):
        file = file.expanduser().resolve()
    folder = file.parent
    environment = os.environ if environment is None else environment
    places = [type(file)(environment[name]) for name in SYNC_ENVIRONMENT if environment.get(name)]
    places += list(_known_folders() if known_folders is None else known_folders)
    for place in places:
        if isinstance(place, Path):
            place = place.expanduser().resolve()
            # A system without a Documents folder of its own names the home folder instead.
            if _inside(Path.home().resolve(), place):
                continue
        if place.is_absolute() and _inside(folder, type(file)(place)):
            return place
    return _synced_by_name(folder.parts)


def refuse_synced_folder(file: Path) -> None:
    """Raise a DatabaseError naming the folder when the database at file would be kept in a
    synchronised folder, or in Documents or Desktop."""
    folder = synced_folder(file)
    if folder is not None:
        raise DatabaseError(
            Message(
                "the database cannot be kept at {path}: {folder} may be synchronised by "
                "OneDrive, Google Drive, Dropbox or iCloud, which copy a database in use in "
                "pieces and leave conflicting copies; choose a folder of its own, such as one on "
                "drive D: (backups may still go there)",
                path=file,
                folder=folder,
            )
        )
