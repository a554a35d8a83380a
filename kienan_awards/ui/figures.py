"""Figures as the window's language writes them: 1.234.567,5 in Vietnamese, 1,234,567.5 in
English. Documents (certificates, decisions, reports, charts) stay Vietnamese whatever the
window speaks; these are for what the window itself shows."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QLocale

from kienan_awards.core.text import format_decimal

# A figure as documents write it: 754.505 and 6,6.
_DOCUMENT_FIGURE = re.compile(r"-?\d{1,3}(?:\.\d{3})*(?:,\d+)?")


def window_marks() -> tuple[str, str]:
    """The marks between thousands and before decimals of the window's language."""
    locale = QLocale()
    return locale.groupSeparator(), locale.decimalPoint()


def figure(value: int | float | Decimal | str | None) -> str:
    """A count, an amount or a measured value, written out whole ("" for none)."""
    if value is None or value == "":
        return ""
    if isinstance(value, float):
        value = repr(value)
    return format_decimal(str(value), window_marks())


def percent(value: Decimal | float | str | None) -> str:
    return "" if value is None or value == "" else figure(value) + "%"


def from_document(text: str) -> str:
    """A figure written the documents' (Vietnamese) way, written the window's way; other text
    as it is."""
    if not _DOCUMENT_FIGURE.fullmatch(text):
        return text
    return figure(text.replace(".", "").replace(",", "."))
