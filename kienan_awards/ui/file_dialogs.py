"""Where every file dialog starts: the folder the clerk used last, else Documents. Never the
current folder: started from a shortcut on Windows, that is Program Files, where a clerk
cannot save and would not look for a list."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from kienan_awards.core.output_files import safe_file_name
from kienan_awards.core.storage.locations import user_config_folder

LAST_FOLDER_KEY = "file_dialogs/last_folder"


def _settings() -> QSettings:
    # In the program's settings folder, beside the language chosen: it follows the clerk.
    return QSettings(str(user_config_folder() / "folders.ini"), QSettings.Format.IniFormat)


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def start_folder(preferred: Path | str | None = None) -> Path:
    """preferred when it is a folder (the list's own, the backups folder), else the folder
    used last, else Documents."""
    for folder in (preferred, _settings().value(LAST_FOLDER_KEY, "")):
        if folder and Path(folder).is_absolute() and Path(folder).is_dir():
            return Path(folder)
    return documents_folder()


def remember_folder(folder: Path | str) -> None:
    settings = _settings()
    settings.setValue(LAST_FOLDER_KEY, str(folder))
    settings.sync()


def suggested_name(name: str) -> str:
    """name as a file may be called: a slash in it ("Trường Tiểu học 19/5.xlsx") is part of
    the name, not a folder."""
    stem, extension = os.path.splitext(name)
    if not re.fullmatch(r"(\.[A-Za-z0-9]+)?", extension):
        stem, extension = name, ""
    return safe_file_name(stem, suffix=extension)


def save_file_name(
    parent: QWidget | None,
    title: str,
    name: str,
    filters: str,
    folder: Path | str | None = None,
) -> str:
    """Ask where to save a file first named name; an empty string when cancelled."""
    start = start_folder(folder) / suggested_name(name)
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if path:
        remember_folder(Path(path).parent)
    return path


def open_file_name(
    parent: QWidget | None, title: str, filters: str, folder: Path | str | None = None
) -> str:
    """Ask for a file to read; an empty string when cancelled."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(start_folder(folder)), filters)
    if path:
        remember_folder(Path(path).parent)
    return path


def open_file_names(
    parent: QWidget | None, title: str, filters: str, folder: Path | str | None = None
) -> list[str]:
    """Ask for one or more files to read; an empty list when cancelled."""
    paths, _filter = QFileDialog.getOpenFileNames(parent, title, str(start_folder(folder)), filters)
    if paths:
        remember_folder(Path(paths[0]).parent)
    return paths


def existing_folder(parent: QWidget | None, title: str, folder: Path | str | None = None) -> str:
    """Ask for a folder; an empty string when cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder(folder)))
    if chosen:
        remember_folder(chosen)
    return chosen
