"""Which level of authority confers each form on a day (the dated rows of conferring_levels):
until 30/06/2025 the district chairman conferred the Grassroots Emulation Fighter, from
01/07/2025 the commune chairman does; the city's forms are never the ward's to confer. A
form no row rules on for the day is left to the clerk."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.awards.catalogue import AwardForm, award_forms
from kienan_awards.core.messages import Message, joined

if TYPE_CHECKING:
    from sqlite_utils import Database


def level_name(level: str) -> Message:
    """A level as the clerk reads it ("commune" also names a ward or a town)."""
    return {
        "commune": Message("commune"),
        "district": Message("district"),
        "city": Message("city"),
        "national": Message("national"),
        "other": Message("other"),
    }.get(level) or Message("{level}", level=level)


@dataclass(frozen=True)
class ConferringRefusal:
    """Why an authority of a level may not confer a form on a day, and the law that says so."""

    rule: Message  # the rule alone, for a list that shows the basis beside it
    legal_basis: str

    @property
    def message(self) -> Message:
        """The rule and its basis in one line."""
        return Message("{rule} ({basis})", rule=self.rule, basis=self.legal_basis)


def _rules_on(db: Database, day: dt.date) -> dict[int, list[tuple[str, str | None, str]]]:
    """Form id -> (level, valid_from, legal basis) of every rule in force on the day."""
    rules: dict[int, list[tuple[str, str | None, str]]] = {}
    for form_id, level, start, basis in db.execute(
        """SELECT form_id, level, valid_from, legal_basis FROM conferring_levels
           WHERE (valid_from IS NULL OR valid_from <= :d) AND (valid_to IS NULL OR valid_to >= :d)
           ORDER BY form_id, id""",
        {"d": day.isoformat()},
    ):
        rules.setdefault(form_id, []).append((level, start, basis))
    return rules


def forms_conferred(db: Database, level: str, day: dt.date) -> list[AwardForm]:
    """The forms an authority of the level may confer on the day, in the catalogue's order:
    those a rule in force gives the level, and those no rule rules on that day."""
    rules = _rules_on(db, day)
    return [
        form
        for form in award_forms(db)
        if form.id not in rules or any(rule[0] == level for rule in rules[form.id])
    ]


def conferring_refusal(
    db: Database, form_id: int, level: str, day: dt.date
) -> ConferringRefusal | None:
    """Why an authority of the level may not confer the form on the day (the level that does,
    since when, and the basis); None when it may."""
    rules = _rules_on(db, day).get(form_id)
    if not rules or any(rule[0] == level for rule in rules):
        return None
    form = db.execute("SELECT name_vi FROM award_forms WHERE id = ?", [form_id]).fetchone()[0]
    levels = joined(list({rule[0]: level_name(rule[0]) for rule in rules}.values()), " / ")
    basis = "; ".join(dict.fromkeys(rule[2] for rule in rules))
    starts = [rule[1] for rule in rules]
    values = {
        "form": form,
        "level": level_name(level),
        "day": f"{day:%d/%m/%Y}",
        "levels": levels,
    }
    if all(starts):
        rule = Message(
            "{form} is not conferred by a {level} authority on {day}: from {start} it is "
            "conferred at {levels} level",
            start=f"{dt.date.fromisoformat(max(starts)):%d/%m/%Y}",
            **values,
        )
    else:
        rule = Message(
            "{form} is not conferred by a {level} authority on {day}: it is conferred at "
            "{levels} level",
            **values,
        )
    return ConferringRefusal(rule, basis)


def conferring_problem(db: Database, form_id: int, level: str, day: dt.date) -> Message | None:
    """What refuses an authority of the level conferring the form on the day; None when it
    may."""
    refusal = conferring_refusal(db, form_id, level, day)
    return refusal.message if refusal else None
