"""The planner of a list of people: each row a person, matched with the register or new."""

from __future__ import annotations

from sqlite_utils import Database

from kienan_awards.core.lists.clean_rows import CleanRow
from kienan_awards.core.lists.import_plan import ImportOptions, ImportPlan
from kienan_awards.core.lists.planners.person_matching import PersonMatcher
from kienan_awards.core.lists.planners.row_planner import RowPlanner


class PeoplePlanner(RowPlanner):
    def __init__(self, db: Database, plan: ImportPlan, options: ImportOptions):
        super().__init__(db, plan, options)
        self.people = PersonMatcher(db, plan)

    def plan_row(self, row: CleanRow) -> tuple[str, str]:
        name = self.name(row)
        position, unit = self.position_and_unit(row)
        created_before = self.plan.counts["people_created"]
        self.people.match(row, name, unit, position)
        return name, "new" if self.plan.counts["people_created"] > created_before else "matched"
