"""CSV out. A spreadsheet opens a cell that starts with =, +, -, @, a tab or a carriage return
as a formula, so a name or an achievement typed that way (or planted in a list) could run
when the clerk opens the file; each such text cell is written with a leading apostrophe, as
OWASP recommends for CSV injection."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TextIO

from kienan_awards.core.output_files import output_file

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value):
    """The value as a spreadsheet shows it as text; numbers and empty cells stay as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(stream: TextIO, fields: Iterable[str], rows: Iterable[Mapping]) -> None:
    """A header line and one line per row, every text cell neutralised, to a text stream such
    as stdout. Lines end in "\\n", which the stream turns into the system's line ending: csv's
    own "\\r\\n" would reach a Windows console or file as "\\r\\r\\n"."""
    _write_rows(stream, fields, rows, "\n")


def write_csv_file(path: Path | str, fields: Iterable[str], rows: Iterable[Mapping]) -> None:
    """The same as a file Excel opens in columns: UTF-8 with a byte-order mark (without it
    Excel reads the ANSI code page and garbles every Vietnamese letter), each line ended by
    "\\r\\n" as written (newline=""). The file is whole or left as it was."""
    with output_file(path) as draft, open(draft, "w", encoding="utf-8-sig", newline="") as stream:
        _write_rows(stream, fields, rows, "\r\n")


def _write_rows(stream: TextIO, fields: Iterable[str], rows: Iterable[Mapping], end: str) -> None:
    fields = list(fields)
    writer = csv.writer(stream, lineterminator=end)
    writer.writerow(fields)
    for row in rows:
        writer.writerow([neutralised(row.get(name)) for name in fields])
