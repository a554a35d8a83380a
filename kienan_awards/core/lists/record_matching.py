"""Finds the existing record a row of a list means: units and people by folded name (people
also by birth year and personal ID), decisions by number and date.

A match is never guessed: two candidates make an ambiguity the caller reports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from kienan_awards.core.messages import Message
from kienan_awards.core.text import clean, fold, has_diacritics, spelling_key


class Ambiguous(ValueError):
    """More than one record fits."""


@dataclass(eq=False)
class NewUnit:
    name: str
    kind: str
    parent: int | NewUnit | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    id: int | None = None  # given when written


@dataclass(eq=False)
class NewPerson:
    full_name: str
    gender: str | None
    birth_date: str | None
    birth_year: int | None
    position: str | None
    unit: int | NewUnit | None
    personal_id: str | None
    id: int | None = None


@dataclass(eq=False)
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
    folded = fold(name)
    for prefix, kind in _KIND_PREFIXES:
        if folded == prefix or folded.startswith(prefix + " "):
            return kind
    return "agency" if folded.split(" ")[0] in {"van", "thanh", "ban", "trung", "cong"} else "other"


# How names of collectives begin; no Vietnamese full name begins so (diacritics matter:
# "Tổ" is a unit, "Tô" a family name), so lists without sections or a kind column still
# tell "Phòng Nội vụ" from a person.
_COLLECTIVE_OPENINGS = (
    "phòng ",
    "phường ",
    "xã ",
    "thị trấn ",
    "quận ",
    "huyện ",
    "tổ ",
    "ủy ban ",
    "uỷ ban ",
    "ubnd ",
    "văn phòng ",
    "trường ",
    "công an ",
    "ban ",
    "trung tâm ",
    "chi cục ",
    "hội ",
    "thanh tra ",
    "công ty ",
    "hợp tác xã ",
    "bệnh viện ",
    "trạm ",
    "đội ",
    "chi bộ ",
    "đảng ủy ",
    "đảng uỷ ",
    "mặt trận ",
    "liên đoàn ",
    "khu dân cư ",
    "thôn ",
    "tập thể ",
    "cơ quan ",
    "đơn vị ",
    "lớp ",
    "khoa ",
    "bộ phận ",
)


def looks_like_collective(name: str) -> bool:
    return clean(name).lower().startswith(_COLLECTIVE_OPENINGS)


@dataclass
class UnitIndex:
    by_name: dict[str, list[int | NewUnit]] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    most_words: int = 0  # in any unit's name: no longer tail of a cell can name a unit

    @classmethod
    def load(cls, db: Database) -> UnitIndex:
        index = cls()
        for unit_id, name, folded in db.execute(
            "SELECT id, name, name_folded FROM units WHERE deleted_at IS NULL"
        ):
            index.by_name.setdefault(folded, []).append(unit_id)
            index.names[unit_id] = name
            index.most_words = max(index.most_words, folded.count(" ") + 1)
        return index

    def find(self, name: str) -> int | NewUnit | None:
        candidates = self.by_name.get(fold(name), [])
        if len(candidates) > 1:
            raise Ambiguous(
                Message("{count} units are named '{name}'", count=len(candidates), name=name)
            )
        return candidates[0] if candidates else None

    def add(self, unit: NewUnit) -> NewUnit:
        folded = fold(unit.name)
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
            tail = " ".join(words[start:])
            candidates = self.by_name.get(fold(tail), [])
            if len(candidates) == 1:
                return " ".join(words[:start]).rstrip(" ,-"), candidates[0]
        return None


@dataclass
class PersonRecord:
    id: int
    full_name: str
    birth_year: int | None
    unit_id: int | None
    personal_id: str | None


@dataclass
class PeopleIndex:
    by_name: dict[str, list[PersonRecord | NewPerson]] = field(default_factory=dict)
    by_personal_id: dict[str, PersonRecord | NewPerson] = field(default_factory=dict)

    @classmethod
    def load(cls, db: Database) -> PeopleIndex:
        index = cls()
        for person_id, full_name, folded, birth_year, unit_id, personal_id in db.execute(
            "SELECT id, full_name, name_folded, birth_year, unit_id, personal_id FROM people "
            "WHERE deleted_at IS NULL"
        ):
            record = PersonRecord(person_id, full_name, birth_year, unit_id, personal_id)
            index.by_name.setdefault(folded, []).append(record)
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
        folded = fold(full_name)
        if personal_id and personal_id in self.by_personal_id:
            match = self.by_personal_id[personal_id]
            if match not in self.by_name.get(folded, []):
                raise Ambiguous(
                    Message(
                        "personal ID {personal_id} belongs to someone of another name",
                        personal_id=personal_id,
                    )
                )
            return match
        candidates = [
            person
            for person in self.by_name.get(folded, [])
            if not (personal_id and person_personal_id(person))
            and (birth_year is None or person.birth_year in (birth_year, None))
        ]
        candidates = [p for p in candidates if same_spelling(p.full_name, full_name)]
        if birth_year is not None:
            exact = [p for p in candidates if person_birth_year(p) == birth_year]
            candidates = exact or candidates
        elif unit is not None:
            candidates = [p for p in candidates if person_unit(p) == unit]
        else:
            return None if not candidates else _only(candidates, full_name)
        return _only(candidates, full_name) if candidates else None

    def add(self, person: NewPerson) -> NewPerson:
        self.by_name.setdefault(fold(person.full_name), []).append(person)
        if person.personal_id:
            self.by_personal_id[person.personal_id] = person
        return person


def same_spelling(recorded: str, typed: str) -> bool:
    """A name typed without diacritics fits any spelling; with them, only its own."""
    if not (has_diacritics(recorded) and has_diacritics(typed)):
        return True
    return spelling_key(recorded) == spelling_key(typed)


def _only(candidates: list, full_name: str):
    if len(candidates) > 1:
        raise Ambiguous(
            Message(
                "{count} people named '{full_name}' fit; give the birth year or the personal ID "
                "to tell them apart",
                count=len(candidates),
                full_name=full_name,
            )
        )
    return candidates[0]


def person_birth_year(person: PersonRecord | NewPerson) -> int | None:
    return person.birth_year


def person_unit(person: PersonRecord | NewPerson):
    return person.unit_id if isinstance(person, PersonRecord) else person.unit


def person_personal_id(person: PersonRecord | NewPerson) -> str | None:
    return person.personal_id


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
