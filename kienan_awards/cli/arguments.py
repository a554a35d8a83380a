"""The kinds of word a command takes (a year, a count, a record's number, a date), each checked
as argparse reads it, so a wrong one is refused in one line with exit 2."""

from __future__ import annotations

import argparse
import datetime as dt

from kienan_awards.core.i18n import _, shown
from kienan_awards.core.lists import cell_values

# Checked here: SQLite holds at most 64-bit integers and fails on larger ones mid-query.
LARGEST_RECORD_NUMBER = 2**63 - 1
LARGEST_COUNT = 1_000_000_000


def _whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a whole number").format(text=text)
        ) from None


def year_argument(text: str) -> int:
    number = _whole_number(text)
    lowest, highest = cell_values.EARLIEST_DATE.year, cell_values.LATEST_DATE.year
    if not lowest <= number <= highest:
        raise argparse.ArgumentTypeError(
            _("the year {value} lies outside {lowest} - {highest}").format(
                value=text, lowest=lowest, highest=highest
            )
        )
    return number


def count_argument(text: str) -> int:
    number = _whole_number(text)
    if not 0 <= number <= LARGEST_COUNT:
        raise argparse.ArgumentTypeError(
            _("the count {value} lies outside {lowest} - {highest}").format(
                value=text, lowest=0, highest=LARGEST_COUNT
            )
        )
    return number


def record_number_argument(text: str) -> int:
    number = _whole_number(text)
    if not 1 <= number <= LARGEST_RECORD_NUMBER:
        raise argparse.ArgumentTypeError(
            _("the number {value} lies outside {lowest} - {highest}").format(
                value=text, lowest=1, highest=LARGEST_RECORD_NUMBER
            )
        )
    return number


def date_argument(text: str) -> dt.date:
    try:
        return cell_values.date(text)
    except cell_values.CellError as error:
        raise argparse.ArgumentTypeError(shown(error)) from None
