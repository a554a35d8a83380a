"""The planner of a list of people: each row a person, matched with the register, new, or
a repeat of an earlier row of the file (counted and named, never folded away silently)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kienan_awards.core.lists.clean_rows import CleanRow
from kienan_awards.core.lists.import_plan import ImportOptions, ImportPlan, Verdict
from kienan_awards.core.lists.planners.person_matching import PersonMatcher
from kienan_awards.core.lists.planners.row_planner import RowPlanner
from kienan_awards.core.lists.record_matching import NewPerson

if TYPE_CHECKING:
    from sqlite_utils import Database


class PeoplePlanner(RowPlanner):
    def __init__(self, db: Database, plan: ImportPlan, options: ImportOptions):
        super().__init__(db, plan, options)
        self.people = PersonMatcher(db, plan, self.units)
        self.first_rows: dict[int, tuple[str, int]] = {}  # by id() of the person

    def plan_row(self, row: CleanRow) -> Verdict:
        name = self.name(row)
        position, unit = self.position_and_unit(row)
        person = self.people.match(row, name, unit, position)
        first = self.first_rows.setdefault(id(person), (row.sheet_name, row.row_number))
        if first != (row.sheet_name, row.row_number):
            return Verdict(name, self.repeated(first, "people_repeated"), person, "person")
        status = "new" if isinstance(person, NewPerson) else "matched"
        return Verdict(name, status, person, "person")
