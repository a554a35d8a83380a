"""The planner of a unit's proposal: its rows read as an awards list's, proposed and not yet
decided, so with no decision and no bonus; the year must be known."""

from __future__ import annotations

import datetime as dt

from kienan_awards.core import vocabulary as words
from kienan_awards.core.awards.catalogue import AwardForm
from kienan_awards.core.lists.clean_rows import CleanRow, RowProblem
from kienan_awards.core.lists.planners.award_rows import AwardRowPlanner
from kienan_awards.core.messages import Message


class ProposalPlanner(AwardRowPlanner):
    counted = "proposal_lines_created"

    def decision(self, row: CleanRow) -> tuple[None, None]:
        return None, None

    def year_in_achievement(self, achievement: str | None, decided_on: None) -> int:
        years = self.years_in(achievement, dt.date.today().year)
        if not years:
            raise RowProblem(
                Message(
                    "year of the achievement missing (add a '{column}' column)", column=words.YEAR
                )
            )
        return years[-1]

    def bonus(self, form: AwardForm, kind: str, decided_on: None) -> None:
        return None
