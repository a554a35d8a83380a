"""CSV out. A spreadsheet opens a cell that starts with =, +, -, @, a tab or a carriage return
as a formula, so a name or an achievement typed that way (or planted in a list) could run
when the clerk opens the file; each such text cell is written with a leading apostrophe, as
OWASP recommends for CSV injection."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import TextIO

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value):
    """The value as a spreadsheet shows it as text; numbers and empty cells stay as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(stream: TextIO, fields: Iterable[str], rows: Iterable[Mapping]) -> None:
    """A header line and one line per row, every text cell neutralised."""
    fields = list(fields)
    writer = csv.writer(stream)
    writer.writerow(fields)
    for row in rows:
        writer.writerow([neutralised(row.get(name)) for name in fields])
