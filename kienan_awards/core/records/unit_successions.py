"""The line of succession between units: which units took over from which, from what day, and
whether wholly or in part (a ward of the 2025 reform was often split between two new wards).

A link is a row of unit_successions (schema step 14). The doors that make links are
units.merge_units and unit_splits.split_unit; this module reads the links and checks and
writes one link for them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.cell_values import dmy
from kienan_awards.core.messages import Message, joined
from kienan_awards.core.records import record_edits
from kienan_awards.core.records.record_edits import EditGroup

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Succession:
    id: int
    predecessor_id: int
    predecessor_name: str
    successor_id: int
    successor_name: str
    valid_from: str | None  # the first day the successor holds it
    whole: bool  # False: the successor holds part of the predecessor
    confirmed: bool  # False: as reported, not yet confirmed
    note: str | None


_LINKS = """SELECT s.id, s.predecessor_id, p.name, s.successor_id, n.name, s.valid_from,
                   s.whole, s.confirmed, s.note
            FROM unit_successions s
            JOIN units p ON p.id = s.predecessor_id JOIN units n ON n.id = s.successor_id"""
_ORDER = "ORDER BY s.valid_from, p.name_sort_key, n.name_sort_key, s.id"


def _links(db: Database, where: str = "1", params: list | None = None) -> list[Succession]:
    rows = db.execute(f"{_LINKS} WHERE {where} {_ORDER}", params or []).fetchall()
    return [
        Succession(
            row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), bool(row[7]), row[8]
        )
        for row in rows
    ]


def all_successions(db: Database) -> list[Succession]:
    """Every link, oldest first: the units page shows them all in its tree."""
    return _links(db)


def successors_of(db: Database, unit_id: int) -> list[Succession]:
    """The units that took over from the unit directly."""
    return _links(db, "s.predecessor_id = ?", [unit_id])


def predecessors_of(db: Database, unit_id: int) -> list[Succession]:
    """The units the unit took over from directly."""
    return _links(db, "s.successor_id = ?", [unit_id])


def earlier_units(db: Database, unit_id: int) -> list[int]:
    """The unit and every unit it came from, wholly or in part, however many changes back."""
    return _walk(db, unit_id, step="predecessor_id", joined_on="successor_id")


def later_units(db: Database, unit_id: int) -> list[int]:
    """The unit and every unit that took it over, wholly or in part, however many changes on."""
    return _walk(db, unit_id, step="successor_id", joined_on="predecessor_id")


def _walk(db: Database, unit_id: int, step: str, joined_on: str) -> list[int]:
    # Walked from the unit itself (the view unit_later_units would close over every link first).
    rows = db.execute(
        f"""WITH RECURSIVE walked(id) AS (
               SELECT ? UNION
               SELECT s.{step} FROM unit_successions s JOIN walked w ON s.{joined_on} = w.id)
           SELECT id FROM walked""",
        [unit_id],
    ).fetchall()
    return [row[0] for row in rows]


def check_link(db: Database, predecessor: dict, successor: dict, day: dt.date, whole: bool) -> None:
    """Refuse a link that cannot be: to itself, twice, round in a circle, to a unit in the
    trash, before the predecessor began or outside the successor's own dates, or a second
    successor of a unit that went wholly to one."""
    names = {"unit": predecessor["name"], "successor": successor["name"]}
    if predecessor["id"] == successor["id"]:
        raise KienanError(Message("{unit} cannot succeed itself", unit=predecessor["name"]))
    for unit in (predecessor, successor):
        if unit["deleted_at"]:
            raise KienanError(Message("{unit} is in the trash", unit=unit["name"]))
    if predecessor["id"] in later_units(db, successor["id"]):
        raise KienanError(
            Message(
                "{successor} came from {unit}: it cannot also be one of its successors", **names
            )
        )
    existing = successors_of(db, predecessor["id"])
    if any(link.successor_id == successor["id"] for link in existing):
        raise KienanError(Message("{successor} already succeeds {unit}", **names))
    if any(link.whole for link in existing):
        taken = next(link for link in existing if link.whole)
        raise KienanError(
            Message(
                "{unit} already went wholly to {successor}",
                unit=predecessor["name"],
                successor=taken.successor_name,
            )
        )
    if whole and existing:
        raise KienanError(
            Message(
                "parts of {unit} already went to {successors}: it cannot also go wholly to one",
                unit=predecessor["name"],
                successors=", ".join(link.successor_name for link in existing),
            )
        )
    if predecessor["valid_from"] and predecessor["valid_from"] >= day.isoformat():
        raise KienanError(
            Message(
                "{unit} only began on {opened}: a successor takes over after that",
                unit=predecessor["name"],
                opened=predecessor["valid_from"],
            )
        )
    if successor["valid_from"] and successor["valid_from"] > day.isoformat():
        raise KienanError(
            Message(
                "{successor} only begins on {opened}, after the day it takes over",
                successor=successor["name"],
                opened=successor["valid_from"],
            )
        )
    if successor["valid_to"] and successor["valid_to"] < day.isoformat():
        raise KienanError(
            Message(
                "{successor} had already closed on {closed}",
                successor=successor["name"],
                closed=successor["valid_to"],
            )
        )


def add_link(
    db: Database,
    predecessor_id: int,
    successor_id: int,
    day: dt.date,
    label: str,
    *,
    whole: bool,
    confirmed: bool,
    note: str | None = None,
) -> EditGroup:
    """Write one link (checked by the caller with check_link), undoable with the rest."""
    return record_edits.insert_record(
        db,
        "unit_successions",
        {
            "predecessor_id": predecessor_id,
            "successor_id": successor_id,
            "valid_from": day.isoformat(),
            "whole": int(whole),
            "confirmed": int(confirmed),
            "note": note,
        },
        label,
    )


def _terms(link: Succession, known_day: str | None) -> Message | None:
    # Whole templates rather than pieces put together, so each reads right when translated.
    day = dmy(link.valid_from)
    if not link.valid_from or link.valid_from == known_day:
        if link.whole:
            return None if link.confirmed else Message("unconfirmed")
        return Message("part") if link.confirmed else Message("part; unconfirmed")
    if link.whole:
        if link.confirmed:
            return Message("from {day}", day=day)
        return Message("from {day}; unconfirmed", day=day)
    if link.confirmed:
        return Message("from {day}, part", day=day)
    return Message("from {day}, part; unconfirmed", day=day)


def _line(links: list[Succession], name_of, known_day: str | None) -> Message | str:
    if not links:
        return ""  # not an empty Message: a catalogue's translation of "" is its header
    groups: dict[Message | None, list[str]] = {}
    for link in links:
        groups.setdefault(_terms(link, known_day), []).append(name_of(link))
    return joined(
        [
            Message("{names} ({terms})", names=", ".join(names), terms=terms)
            if terms
            else ", ".join(names)
            for terms, names in groups.items()
        ]
    )


def successors_line(links: list[Succession], known_day: str | None = None) -> Message | str:
    """The units that took over from a unit, in words: "Phường Kiến An, Phường Phù Liễn (from
    01/07/2025, part; unconfirmed)"; links of the same day and kind share one bracket, and the
    day is left out where it is ``known_day`` (a list that shows it in a column of its own)."""
    return _line(links, lambda link: link.successor_name, known_day)


def predecessors_line(links: list[Succession], known_day: str | None = None) -> Message | str:
    """The units a unit took over from, in words, as successors_line."""
    return _line(links, lambda link: link.predecessor_name, known_day)
