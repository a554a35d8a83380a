"""Finds the existing record a row of a list means: units by name (and, in a list of units,
the unit above), people by name and whatever else the row gives, decisions by number and date.

A match is never guessed and two records are never merged: names are the same only when
spelt the same (see same_name), and two candidates make an ambiguity the caller reports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kienan_awards.core.lists.cell_values import unit_kind_of_name
from kienan_awards.core.lists.collective_names import kind_by_name
from kienan_awards.core.messages import Message
from kienan_awards.core.text import fold, has_diacritics, spelling_key

if TYPE_CHECKING:
    from sqlite_utils import Database

NEW_RECORD = 0  # the clerk's choice for an ambiguous name: none of the records, a new one


@dataclass(frozen=True)
class Ambiguity:
    """A name that fits several records: which kind, as the row typed it, and the recorded
    ones the clerk may choose from, each (id, described). Records planned by earlier rows of
    the same list are named in the message only: they have no id to choose by yet."""

    record_kind: str  # "person" or "unit"
    typed: str
    candidates: tuple[tuple[int, str], ...]

    def key(self, sheet_name: str, row_number: int) -> tuple[str, int, str, str]:
        """Where a clerk's choice for it is kept (ImportOptions.choices)."""
        return (sheet_name, row_number, self.record_kind, fold(self.typed))


class Ambiguous(ValueError):
    """More than one record fits: args[0] says so, `ambiguity` lets the clerk choose, and
    `records` are the fitting records themselves."""

    def __init__(self, message: Message, ambiguity: Ambiguity | None = None, records=()):
        super().__init__(message)
        self.ambiguity = ambiguity
        self.records = list(records)


@dataclass(eq=False, slots=True)
class NewUnit:
    name: str
    kind: str
    parent: int | NewUnit | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    id: int | None = None  # given when written


@dataclass(eq=False, slots=True)
class NewPerson:
    full_name: str
    gender: str | None
    birth_date: str | None
    birth_year: int | None
    position: str | None
    unit: int | NewUnit | None
    personal_id: str | None
    honorific: str | None = None  # typed before the name in the list ("Đại tá", "Bà")
    id: int | None = None


@dataclass(eq=False, slots=True)
class NewDecision:
    number: str
    decided_on: dt.date
    authority_id: int | None
    signer_title: str | None
    signer_name: str | None
    movement_id: int | None
    id: int | None = None


_KIND_PREFIXES = (
    ("to dan pho", "residential_group"),
    ("phuong", "ward"),
    ("xa", "ward"),
    ("thi tran", "ward"),
    ("quan", "district"),
    ("huyen", "district"),
    ("phong", "department"),
)


def guess_unit_kind(name: str) -> str:
    """The kind a unit's name says ('Thị xã …' -> district), else as the first words hint."""
    said = unit_kind_of_name(name)
    if said:
        return said
    folded = fold(name)
    for prefix, kind in _KIND_PREFIXES:
        if folded == prefix or folded.startswith(prefix + " "):
            return kind
    return "agency" if folded.split(" ")[0] in {"van", "thanh", "ban", "trung", "cong"} else "other"


def looks_like_collective(name: str) -> bool:
    """Whether the name begins as a collective's does (the words live in collective_names)."""
    return kind_by_name(name) == "collective"


def same_name(recorded: str, typed: str) -> bool:
    """Whether typed text names a record: the same spelling once NFC, case, spaces and the
    tone's place ("hòa", "hoà") are set aside, so "Cẩm Giàng" is not "Cẩm Giang"; text typed
    without any diacritics fits every spelling it folds to, and the caller then needs exactly
    one candidate."""
    if not has_diacritics(typed):
        return fold(recorded) == fold(typed)
    return spelling_key(recorded) == spelling_key(typed)


class UnitIndex:
    """Units by name; a name may be shared by units under different parents."""

    def __init__(self) -> None:
        self.by_name: dict[str, list[int | NewUnit]] = {}  # by folded name
        self.names: dict[int, str] = {}
        self.parents: dict[int, int | None] = {}
        self.most_words = 0  # in any unit's name: no longer tail of a cell can name a unit
        # What find said of a name and parent: a list names the same few units on thousands
        # of rows. Forgotten whenever a unit is added.
        self._found: dict[tuple, int | NewUnit | None] = {}

    @classmethod
    def load(cls, db: Database) -> UnitIndex:
        index = cls()
        for unit_id, name, folded, parent_id in db.execute(
            "SELECT id, name, name_folded, parent_id FROM units WHERE deleted_at IS NULL"
        ):
            index.by_name.setdefault(folded, []).append(unit_id)
            index.names[unit_id] = name
            index.parents[unit_id] = parent_id
            index.most_words = max(index.most_words, folded.count(" ") + 1)
        return index

    def candidates(self, name: str) -> list[int | NewUnit]:
        return [u for u in self.by_name.get(fold(name), []) if same_name(self.name_of(u), name)]

    def find(self, name: str, parent: int | NewUnit | None = None) -> int | NewUnit | None:
        """The one unit of the name; of several, the one under the parent the row names. A
        unit is its name and its parent: when the row names a parent, a unit of the name
        under another parent is another unit (None: a new one), and one whose parent is not
        recorded may be it."""
        key = (name, id(parent) if isinstance(parent, NewUnit) else parent)
        try:
            return self._found[key]
        except KeyError:
            found = self._found[key] = self._find(name, parent)
            return found

    def _find(self, name: str, parent: int | NewUnit | None) -> int | NewUnit | None:
        candidates = self.candidates(name)
        if parent is not None:
            under = [u for u in candidates if _same_unit(self.parent_of(u), parent)]
            # Only units placed nowhere yet may be the one under the parent named.
            candidates = under or [u for u in candidates if self.parent_of(u) is None]
        if len(candidates) > 1:
            raise self.ambiguity(name, candidates)
        return candidates[0] if candidates else None

    def ambiguity(self, name: str, candidates: list[int | NewUnit]) -> Ambiguous:
        message = Message(
            "'{name}' fits {count} units ({candidates}); give its full name with diacritics "
            "or the unit above it",
            name=name,
            count=len(candidates),
            candidates="; ".join(self.described(unit) for unit in candidates),
        )
        recorded = tuple((u, self.described(u)) for u in candidates if isinstance(u, int))
        return Ambiguous(message, Ambiguity("unit", name, recorded), candidates)

    def described(self, unit: int | NewUnit) -> str:
        """The unit's name, and the name of the unit above it when there is one."""
        parent = self.parent_of(unit)
        if parent is None:
            return self.name_of(unit)
        return f"{self.name_of(unit)} - {self.name_of(parent)}"

    def parent_of(self, unit: int | NewUnit) -> int | NewUnit | None:
        return unit.parent if isinstance(unit, NewUnit) else self.parents.get(unit)

    def place_under(self, unit: NewUnit, parent: int | NewUnit | None) -> None:
        """A planned unit's parent, once a later row names it."""
        unit.parent = parent
        self._found.clear()

    def add(self, unit: NewUnit) -> NewUnit:
        folded = fold(unit.name)
        self._found.clear()
        self.by_name.setdefault(folded, []).append(unit)
        self.most_words = max(self.most_words, folded.count(" ") + 1)
        return unit

    def name_of(self, unit: int | NewUnit | None) -> str | None:
        if unit is None:
            return None
        return unit.name if isinstance(unit, NewUnit) else self.names[unit]

    def longest_suffix(self, text: str) -> tuple[str, int | NewUnit] | None:
        """The known unit whose name ends the text ("Chuyên viên Phòng Nội vụ"), with the text
        before it."""
        words = text.split(" ")
        # Only tails as long as a unit's name are tried: linear in the cell, however long.
        for start in range(max(1, len(words) - self.most_words), len(words)):
            candidates = self.candidates(" ".join(words[start:]))
            if len(candidates) == 1:
                return " ".join(words[:start]).rstrip(" ,-"), candidates[0]
        return None


@dataclass(slots=True)
class PersonRecord:
    id: int
    full_name: str
    birth_year: int | None
    unit_id: int | NewUnit | None  # a planned unit once a row of the list gives it
    personal_id: str | None


class PeopleIndex:
    """People by name. A row names a person only when nothing it gives (birth year, personal
    ID, unit) differs from what the record says; of several such, those that agree on the
    most facts, and only when that leaves one."""

    def __init__(self) -> None:
        # By folded name, then birth year (None: not known), then id(): a list of 100,000
        # rows where thousands share a common name looks only at those born the same year.
        self.by_name: dict[str, dict[int | None, dict[int, PersonRecord | NewPerson]]] = {}
        self.by_personal_id: dict[str, PersonRecord | NewPerson] = {}

    @classmethod
    def load(cls, db: Database) -> PeopleIndex:
        index = cls()
        for person_id, full_name, folded, birth_year, unit_id, personal_id in db.execute(
            "SELECT id, full_name, name_folded, birth_year, unit_id, personal_id FROM people "
            "WHERE deleted_at IS NULL"
        ):
            record = PersonRecord(person_id, full_name, birth_year, unit_id, personal_id)
            index._file(record, folded)
            if personal_id:
                index.by_personal_id[personal_id] = record
        return index

    def find(
        self,
        full_name: str,
        birth_year: int | None,
        personal_id: str | None,
        unit: int | NewUnit | None,
    ) -> PersonRecord | NewPerson | None:
        if personal_id and personal_id in self.by_personal_id:
            return self._by_personal_id(full_name, birth_year, personal_id)
        given = (birth_year, personal_id, unit)
        scored = []
        for person in self._namesakes(fold(full_name), birth_year):
            if not same_name(person.full_name, full_name):
                continue
            known = (person.birth_year, person.personal_id, person_unit(person))
            pairs = [(a, b) for a, b in zip(given, known, strict=True) if a is not None]
            if any(b is not None and not _same_fact(a, b) for a, b in pairs):
                continue  # another birth year, personal ID or unit: another person
            scored.append((sum(_same_fact(a, b) for a, b in pairs), person))
        if not scored:
            return None
        best = max(score for score, _ in scored)
        return _only([person for score, person in scored if score == best], full_name)

    def _by_personal_id(
        self, full_name: str, birth_year: int | None, personal_id: str
    ) -> PersonRecord | NewPerson:
        match = self.by_personal_id[personal_id]
        if not same_name(match.full_name, full_name):
            raise Ambiguous(
                Message(
                    "personal ID {personal_id} belongs to someone of another name",
                    personal_id=personal_id,
                )
            )
        if birth_year is not None and match.birth_year not in (None, birth_year):
            raise Ambiguous(
                Message(
                    "personal ID {personal_id} belongs to {full_name} born in {year}",
                    personal_id=personal_id,
                    full_name=match.full_name,
                    year=match.birth_year,
                )
            )
        return match

    def _file(self, person: PersonRecord | NewPerson, folded: str) -> None:
        years = self.by_name.setdefault(folded, {})
        years.setdefault(person.birth_year, {})[id(person)] = person

    def _namesakes(self, folded: str, birth_year: int | None) -> list[PersonRecord | NewPerson]:
        years = self.by_name.get(folded, {})
        if birth_year is None:
            return [person for people in years.values() for person in people.values()]
        return [*years.get(birth_year, {}).values(), *years.get(None, {}).values()]

    def add(self, person: NewPerson) -> NewPerson:
        self._file(person, fold(person.full_name))
        if person.personal_id:
            self.by_personal_id[person.personal_id] = person
        return person

    def learn(
        self,
        person: PersonRecord | NewPerson,
        birth_year: int | None,
        personal_id: str | None,
        unit: int | NewUnit | None,
    ) -> None:
        """A row matched the person: the facts it gives that the record lacked are the
        person's from now on, so a later row that differs is someone else."""
        if person.birth_year is None and birth_year is not None:
            folded = fold(person.full_name)
            self.by_name.get(folded, {}).get(None, {}).pop(id(person), None)
            person.birth_year = birth_year
            self._file(person, folded)
        if person.personal_id is None and personal_id:
            person.personal_id = personal_id
            self.by_personal_id[personal_id] = person
        if isinstance(person, PersonRecord):
            person.unit_id = person.unit_id if person.unit_id is not None else unit
        elif person.unit is None:
            person.unit = unit


def _same_unit(a, b) -> bool:
    """Planned units are told apart by identity, recorded ones by id."""
    if isinstance(a, NewUnit) or isinstance(b, NewUnit):
        return a is b
    return a == b


def _same_fact(given, known) -> bool:
    # Planned units are told apart by identity, recorded ones by id.
    return (
        given is known
        if isinstance(given, NewUnit) or isinstance(known, NewUnit)
        else (given == known)
    )


def _only(candidates: list, full_name: str):
    if len(candidates) > 1:
        message = Message(
            "{count} people named '{full_name}' fit; give the birth year or the personal ID "
            "to tell them apart",
            count=len(candidates),
            full_name=full_name,
        )
        # Described where the names of units are known (the planner's person_ambiguity).
        raise Ambiguous(message, Ambiguity("person", full_name, ()), candidates)
    return candidates[0]


def person_unit(person: PersonRecord | NewPerson):
    return person.unit_id if isinstance(person, PersonRecord) else person.unit


@dataclass
class DecisionIndex:
    by_key: dict[tuple[str, str], int | NewDecision] = field(default_factory=dict)

    @classmethod
    def load(cls, db: Database) -> DecisionIndex:
        index = cls()
        for decision_id, number, decided_on in db.execute(
            "SELECT id, number, decided_on FROM decisions"
        ):
            index.by_key[(fold(number), decided_on)] = decision_id
        return index

    def find(self, number: str, decided_on: dt.date) -> int | NewDecision | None:
        return self.by_key.get((fold(number), decided_on.isoformat()))

    def add(self, decision: NewDecision) -> NewDecision:
        self.by_key[(fold(decision.number), decision.decided_on.isoformat())] = decision
        return decision
