"""The core's list words (titles, values, statuses) as the window shows them."""

from __future__ import annotations

from kienan_awards.core.i18n import list_label


def award_status(status: str) -> str:
    """An award's status ("awarded", "revoked") in the words the honour roll's list uses."""
    return list_label("Revoked" if status == "revoked" else "Awarded")


def sentence(text: str) -> str:
    """The text with its first letter a capital, as a line of the window starts."""
    return text[:1].upper() + text[1:]
