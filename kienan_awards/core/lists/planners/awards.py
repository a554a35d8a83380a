"""The planner of an awards list: each row an award given by a decision, with its bonus. A
past list is imported as it was decided, except a form the office in force on its date (its
level recorded) had no power to confer: that row is an error."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kienan_awards.core.awards import catalogue
from kienan_awards.core.awards.catalogue import AwardForm
from kienan_awards.core.awards.conferring import conferring_problem
from kienan_awards.core.lists.clean_rows import CleanRow
from kienan_awards.core.lists.import_plan import ImportOptions, ImportPlan
from kienan_awards.core.lists.planners.award_rows import AwardRowPlanner
from kienan_awards.core.lists.planners.decision_matching import DecisionMatcher
from kienan_awards.core.lists.record_matching import NewDecision, PersonRecord
from kienan_awards.core.messages import Message

if TYPE_CHECKING:
    from sqlite_utils import Database

_CHUNK = 500  # ids asked of SQLite at once


class AwardPlanner(AwardRowPlanner):
    counted = "awards_created"

    def __init__(self, db: Database, plan: ImportPlan, options: ImportOptions):
        super().__init__(db, plan, options)
        self.decisions = DecisionMatcher(db, plan, options)
        self.bonuses: dict[tuple, int | None] = {}
        self.refusals: dict[tuple, Message | None] = {}
        # The level conferring the row being planned, and whether it is this office's: set
        # with its decision, read by its bonus.
        self.conferring: tuple[str | None, bool] = (None, False)

    def decision(self, row: CleanRow) -> tuple[int | NewDecision, dt.date]:
        decision, decided_on = self.decisions.decision(row)
        self.conferring = self.decisions.conferring_level(decision, decided_on)
        return decision, decided_on

    def year_in_achievement(self, achievement: str | None, decided_on: dt.date) -> int:
        years = self.years_in(achievement, decided_on.year)
        return years[-1] if years else decided_on.year

    def conferring_refusal(self, form: AwardForm, decided_on: dt.date) -> Message | None:
        """A form this office could not confer on the day (its level known)."""
        level, this_office = self.conferring
        if not this_office or level is None:
            return None
        key = (form.id, level, decided_on)
        if key not in self.refusals:
            self.refusals[key] = conferring_problem(self.db, form.id, level, decided_on)
        return self.refusals[key]

    def bonus(self, form: AwardForm, kind: str, decided_on: dt.date) -> int | None:
        """The bonus at the rate of the conferring level."""
        level, _this_office = self.conferring
        key = (form.id, kind, decided_on, level)
        if key not in self.bonuses:
            self.bonuses[key] = catalogue.bonus_amount(
                self.db, form.id, kind, decided_on, level=level
            )
        return self.bonuses[key]

    def finish(self) -> None:
        """One achievement, one award: a recipient who already holds the form for the year
        (in force, not revoked) is an error on that row."""
        wanted = {"person_id": set(), "recipient_unit_id": set()}
        for award in self.plan.awards:
            if isinstance(award.person, PersonRecord):
                wanted["person_id"].add(award.person.id)
            elif isinstance(award.recipient_unit, int):
                wanted["recipient_unit_id"].add(award.recipient_unit)
        given: dict[tuple, tuple[str, str]] = {}  # -> the decision's number and date
        for column, ids in wanted.items():
            ids = sorted(ids)
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                marks = ", ".join("?" for _ in chunk)
                for recipient, form_id, year, number, decided_on in self.db.execute(
                    f"SELECT a.{column}, a.form_id, a.achievement_year, d.number, d.decided_on "
                    "FROM awards a JOIN decisions d ON d.id = a.decision_id "
                    f"WHERE a.status = 'awarded' AND a.{column} IN ({marks})",
                    chunk,
                ):
                    shown = dt.date.fromisoformat(decided_on).strftime("%d/%m/%Y")
                    given[(column, recipient, form_id, year)] = (number, shown)
        for award in self.plan.awards:
            if isinstance(award.person, PersonRecord):
                key = ("person_id", award.person.id, award.form.id, award.year)
            elif isinstance(award.recipient_unit, int):
                key = ("recipient_unit_id", award.recipient_unit, award.form.id, award.year)
            else:
                continue
            if key in given:
                result = self.plan.results[award.result_index]
                result.status = "error"
                number, day = given[key]
                result.message = Message(
                    "{name} already holds {form} for {year} (decision {number} of {day})",
                    name=award.recipient_name,
                    form=award.form.name_vi,
                    year=award.year,
                    number=number,
                    day=day,
                )
