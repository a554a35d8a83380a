"""The planner of a unit's registration (bản đăng ký thi đua): its rows read as a proposal's,
each naming the unit itself or one of its people and the titles registered ("LĐTT, CSTĐCS"
in one cell gives two), for the year a column or the import gives. A title the register
already holds for the year is matched, not written again."""

from __future__ import annotations

import dataclasses

from kienan_awards.core import vocabulary as words
from kienan_awards.core.awards.catalogue import AwardForm
from kienan_awards.core.lists.clean_rows import CleanRow, RowProblem
from kienan_awards.core.lists.import_plan import Verdict
from kienan_awards.core.lists.planners.award_rows import AwardRowPlanner
from kienan_awards.core.lists.record_matching import NewUnit, PersonRecord, person_unit
from kienan_awards.core.messages import Message

_TITLE_SEPARATORS = str.maketrans({";": ",", "+": ",", "\n": ",", "/": ","})


class RegistrationPlanner(AwardRowPlanner):
    counted = "registrations_created"

    def decision(self, row: CleanRow) -> tuple[None, None]:
        return None, None

    def year_in_achievement(self, achievement: str | None, decided_on: None) -> int:
        if self.options.year is None:
            raise RowProblem(
                Message(
                    "the year registered for is missing (add a '{column}' column or give --year)",
                    column=words.YEAR,
                )
            )
        return self.options.year

    def bonus(self, form: AwardForm, kind: str, decided_on: None) -> None:
        return None

    def position_and_unit(self, row: CleanRow):
        """A row without a unit of its own is the unit's whose list it is."""
        position, unit = super().position_and_unit(row)
        if unit is None and self.options.unit_name:
            unit = self.unit(row, self.options.unit_name)
        return position, unit

    def plan_row(self, row: CleanRow) -> Verdict:
        typed = row.text("form").translate(_TITLE_SEPARATORS)
        titles = [title.strip() for title in typed.split(",") if title.strip()] or [""]
        verdict = None
        for title in titles:
            cells = {**row.cells, "form": title}
            verdict = super().plan_row(dataclasses.replace(row, cells=cells))
            self._checked_title(self.plan.awards[-1])
        return verdict

    def _checked_title(self, line) -> None:
        """Only the catalogue's titles are registered, each by a unit for itself or for one
        of its people."""
        if line.form.category != "title":
            raise RowProblem(
                Message(
                    "{form} is not an emulation title: it is not registered",
                    form=line.form.name_vi,
                )
            )
        if line.recipient_kind == "household":
            raise RowProblem(Message("a household does not register with a unit"))
        if line.unit is None and line.person is not None:
            line.unit = person_unit(line.person)
        if line.unit is None:
            raise RowProblem(
                Message(
                    "the unit registering is missing (add a '{column}' column or give --unit)",
                    column=words.UNIT,
                )
            )

    def finish(self) -> None:
        """A title the register already holds for the year is matched, not written again."""
        held = {
            (person, unit, form, year)
            for person, unit, form, year in self.db.execute(
                "SELECT person_id, unit_id, form_id, year FROM registrations "
                "WHERE deleted_at IS NULL"
            )
        }
        kept = []
        for line in self.plan.awards:
            person = line.person.id if isinstance(line.person, PersonRecord) else None
            unit = line.unit if not isinstance(line.unit, NewUnit) else None
            key = (person, unit, line.form.id, line.year)
            if unit is not None and (line.person is None or person is not None) and key in held:
                self.plan.counts[self.counted] -= 1
                self.plan.counts["registrations_matched"] += 1
                self.plan.results[line.result_index].status = "matched"
            else:
                kept.append(line)
        self.plan.awards = kept
        super().finish()
