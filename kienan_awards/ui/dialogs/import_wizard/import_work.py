"""The wizard's long work, each a `work(progress, cancelled)` for a BackgroundTask. Work
that needs the database opens its own connection: one belongs to one thread."""

from __future__ import annotations

from pathlib import Path

from kienan_awards.core.lists.list_files import read_list_file
from kienan_awards.core.lists.list_import import (
    ImportOptions,
    ImportPlan,
    commit_import,
    prepare_import,
)
from kienan_awards.core.lists.list_layout import detect_layout
from kienan_awards.core.lists.spreadsheet_reading import Sheet
from kienan_awards.core.storage.database import open_database


def reading(path: Path, list_kind: str):
    """The workbook's sheets, and how each is laid out for this kind of list."""

    def work(progress, cancelled):
        sheets = read_list_file(path)
        return sheets, {sheet.name: detect_layout(sheet, list_kind) for sheet in sheets}

    return work


def checking(db_path: Path, path: Path, options: ImportOptions, sheets: list[Sheet]):
    """Every row checked: the plan, nothing written."""

    def work(progress, cancelled):
        db = open_database(db_path)
        try:
            return prepare_import(db, path, options, progress, cancelled, sheets=sheets)
        finally:
            db.close()

    return work


def importing(db_path: Path, plan: ImportPlan):
    """The plan written, all or nothing: its summary, with what changed."""

    def work(progress, cancelled):
        db = open_database(db_path)
        try:
            return commit_import(db, plan, progress, cancelled)
        finally:
            db.close()

    return work
