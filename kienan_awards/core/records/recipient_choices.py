"""Who a proposal line may name: every recorded person and unit (the trash left out), with
what tells namesakes apart (birth year, position, unit and the unit above it), and the
folded text a clerk's typing is matched against (no case, no diacritics)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.text import fold

if TYPE_CHECKING:
    from sqlite_utils import Database

PERSON, UNIT = "person", "unit"


@dataclass(frozen=True)
class RecipientChoice:
    kind: str  # PERSON or UNIT
    id: int
    name: str
    birth_year: int | None  # a person's; None for a unit
    position: str | None  # a person's
    unit: str | None  # a person's unit; for a unit, the unit above it
    parent_unit: str | None  # the unit above a person's unit
    folded_name: str
    # The name, birth year, position and units folded: what the typed words are looked for in.
    folded_text: str

    def line_fields(self) -> dict[str, int]:
        """The recipient fields of a proposal line naming this choice."""
        return {"person_id" if self.kind == PERSON else "recipient_unit_id": self.id}


def _choice(kind: str, id_: int, name: str, year, position, unit, parent) -> RecipientChoice:
    words = (name, str(year) if year else "", position, unit, parent)
    return RecipientChoice(
        kind,
        id_,
        name,
        year,
        position or None,
        unit,
        parent,
        fold(name),
        " ".join(fold(word) for word in words if word),
    )


def recipient_choices(db: Database) -> list[RecipientChoice]:
    """The people in name order, then the units in name order."""
    people = db.execute(
        """SELECT p.id, p.full_name, p.birth_year, p.position, u.name, up.name
           FROM people p
           LEFT JOIN units u ON u.id = p.unit_id
           LEFT JOIN units up ON up.id = u.parent_id
           WHERE p.deleted_at IS NULL
           ORDER BY p.name_sort_key, p.full_name, p.birth_year, p.id"""
    ).fetchall()
    units = db.execute(
        """SELECT u.id, u.name, up.name
           FROM units u LEFT JOIN units up ON up.id = u.parent_id
           WHERE u.deleted_at IS NULL
           ORDER BY u.name_sort_key, u.name, u.id"""
    ).fetchall()
    return [
        *(_choice(PERSON, *row) for row in people),
        *(_choice(UNIT, id_, name, None, None, parent, None) for id_, name, parent in units),
    ]


def matching_choices(
    choices: list[RecipientChoice], typed: str, limit: int = 50
) -> list[RecipientChoice]:
    """The choices where every word typed (folded) begins a word ("van an" finds "Văn An" and
    "Văn Anh", not "Văn Thanh"): those whose name is the typed text first, then those whose
    name begins with it, then those whose name holds every word, then those found by their
    year, position or unit; at most ``limit``."""
    wanted = fold(typed)
    if not wanted:
        return []
    words = [" " + word for word in wanted.split(" ")]
    found = [c for c in choices if all(word in " " + c.folded_text for word in words)]

    def rank(choice: RecipientChoice) -> int:
        if choice.folded_name == wanted:
            return 0
        if choice.folded_name.startswith(wanted):
            return 1
        # Then the names holding every word, before those found by their unit or year.
        return 2 if all(word in " " + choice.folded_name for word in words) else 3

    # sorted() is stable: within a rank the choices keep their name order.
    return sorted(found, key=rank)[:limit]


def named(choices: list[RecipientChoice], typed: str) -> list[RecipientChoice]:
    """The choices whose name is the typed text (folded)."""
    wanted = fold(typed)
    return [c for c in choices if c.folded_name == wanted] if wanted else []
