"""A score as a clerk types it or writes it in a sheet's cell, read into what the scoring doors
take: points ("2,5" or "2.5"), a number of times for a bonus or penalty item ("3 lần", "x3",
"×3", "3 times"), nothing to clear. Whether the value fits the criterion is the doors' to say,
with the member and the criterion named."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from kienan_awards.core.clusters.scoring import Events

# "×3", "x 3", "3x", "3 lần" (with or without its accents), "3 times".
_TIMES = re.compile(
    r"^(?:[x×*]\s*(?P<before>\d+)|(?P<after>\d+)\s*(?:[x×]|lần|lan|times?))$", re.IGNORECASE
)


def read_score(text: str | None) -> Decimal | Events | str | None:
    """The score the text says: None where it is empty, Events for a number of times, points
    as a Decimal; text that says neither is handed back as it is, for the door to refuse."""
    said = " ".join((text or "").replace("\u2212", "-").split())  # a typographic minus too
    if not said:
        return None
    times = _TIMES.match(said)
    if times:
        return Events(int(times.group("before") or times.group("after")))
    try:
        points = Decimal(said.replace(" ", "").replace(",", "."))
    except InvalidOperation:
        return said
    return points if points.is_finite() else said


def score_text(value: object) -> str:
    """A stored score as the clerk would type it back: points with a decimal comma, a number
    of times as "×3"."""
    if value is None:
        return ""
    if isinstance(value, Events):
        return f"×{value.count}"
    points = Decimal(str(value)).normalize()
    if points == points.to_integral():
        points = points.quantize(Decimal(1))
    return format(points, "f").replace(".", ",")
