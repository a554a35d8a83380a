"""The person a row of an awards list, a proposal or a list of people names: matched with
the register, or planned as new."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kienan_awards.core.lists.clean_rows import CleanRow
from kienan_awards.core.lists.import_plan import ImportPlan
from kienan_awards.core.lists.planners.row_planner import chosen_record
from kienan_awards.core.lists.record_matching import (
    NEW_RECORD,
    Ambiguity,
    Ambiguous,
    NewPerson,
    NewUnit,
    PeopleIndex,
    PersonRecord,
    UnitIndex,
    person_unit,
)

if TYPE_CHECKING:
    from sqlite_utils import Database


class PersonMatcher:
    """Finds the recorded person a row means, or plans a new one. A recorded person's blanks
    are filled from the row; what the register already says is kept. What the row adds is
    remembered, so a later row of the file that says otherwise is another person."""

    def __init__(self, db: Database, plan: ImportPlan, units: UnitIndex):
        self.plan = plan
        self.people = PeopleIndex.load(db)
        self.units = units  # to name a person's unit when the clerk must choose
        self.matched: set[int] = set()

    def described(self, error: Ambiguous) -> Ambiguous:
        """The error with the recorded people it names described for the clerk to choose."""
        if error.ambiguity is None:
            return error
        candidates = tuple(
            (person.id, self._described(person))
            for person in error.records
            if isinstance(person, PersonRecord)
        )
        ambiguity = Ambiguity("person", error.ambiguity.typed, candidates)
        return Ambiguous(error.args[0], ambiguity, error.records)

    def _described(self, person: PersonRecord) -> str:
        """Name, birth year, unit and personal ID, as far as they are known."""
        unit = person_unit(person)
        facts = [
            person.full_name,
            str(person.birth_year or ""),
            self.units.described(unit) if unit is not None else "",
            person.personal_id or "",
        ]
        return " - ".join(fact for fact in facts if fact)

    def match(
        self, row: CleanRow, name: str, unit: int | NewUnit | None, position: str | None
    ) -> PersonRecord | NewPerson:
        birth_date, birth_year = row.value("birth")
        gender = row.value("gender")
        personal_id = row.value("personal_id")
        try:
            found = self.people.find(name, birth_year, personal_id, unit)
        except Ambiguous as error:
            found = chosen_record(self.plan.options, row, self.described(error))
            if found == NEW_RECORD:
                found = None
        born = birth_date.isoformat() if birth_date else None
        if found is None:
            honorific = row.honorific or None
            found = self.people.add(
                NewPerson(name, gender, born, birth_year, position, unit, personal_id, honorific)
            )
            self.plan.new_people.append(found)
            self.plan.counts["people_created"] += 1
            return found
        if isinstance(found, PersonRecord):
            if found.id not in self.matched:
                self.matched.add(found.id)
                self.plan.counts["people_matched"] += 1
            updates = {
                key: value
                for key, value in (
                    ("gender", gender),
                    ("personal_id", personal_id),
                    ("position", position),
                    ("birth_date", born),
                    ("birth_year", birth_year),
                    ("honorific", row.honorific or None),
                )
                if value is not None
            }
            if found.unit_id is None and unit is not None:
                updates["unit_id"] = unit
            if updates:
                self.plan.person_updates.setdefault(found.id, {}).update(updates)
        else:
            # A person planned by an earlier row takes what it lacked from this one.
            found.gender = found.gender or gender
            found.birth_date = found.birth_date or born
            found.position = found.position or position
            found.honorific = found.honorific or row.honorific or None
        self.people.learn(found, birth_year, personal_id, unit)
        return found
