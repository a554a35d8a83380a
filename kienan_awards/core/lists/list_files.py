"""Which reader reads a list file: Word documents by their tables, the rest as workbooks."""

from __future__ import annotations

from pathlib import Path

from kienan_awards.core.lists.document_reading import (
    DOCUMENT_SUFFIXES,
    LEGACY_SUFFIXES,
    read_document,
    refuse_legacy_document,
)
from kienan_awards.core.lists.spreadsheet_reading import Sheet, read_workbook


def read_list_file(path: Path | str) -> list[Sheet]:
    """The sheets of a workbook, or the tables of a Word document as sheets; a .doc or .rtf
    is refused with what to do instead. One clear KienanError otherwise."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in LEGACY_SUFFIXES and path.is_file():
        raise refuse_legacy_document(path)
    if suffix in DOCUMENT_SUFFIXES:
        return read_document(path)
    return read_workbook(path)
