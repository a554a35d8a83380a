"""Dates as Decree 30/2020 writes them in administrative documents: the day and the months
January and February with a leading zero, the other months without ("ngày 05 tháng 7 năm
2025", "ngày 15 tháng 02 năm 2026"), so a "1" or "2" cannot be lengthened into "11" or "12"."""

from __future__ import annotations

import datetime as dt

from kienan_awards.core import vocabulary as words


def date_parts(day: dt.date) -> dict[str, str]:
    """The day, month and year of a date as a document writes them."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return {"day": f"{day.day:02d}", "month": month, "year": str(day.year)}


def date_in_words(day: dt.date) -> str:
    """ "ngày 05 tháng 7 năm 2025"."""
    return words.DATE_IN_WORDS.format(**date_parts(day))


def place_and_date(place: str, day: dt.date) -> str:
    """ "Kiến An, ngày 05 tháng 7 năm 2025": the line under a document's number."""
    return words.PLACE_AND_DATE.format(place=place, date=date_in_words(day))


def decision_of(number: str, day: dt.date) -> str:
    """ "Quyết định số 15/QĐ-UBND ngày 05 tháng 7 năm 2025"."""
    return words.DECISION_OF.format(number=number, date=date_in_words(day))
