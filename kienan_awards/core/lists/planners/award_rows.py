"""What an awards list and a unit's proposal share: each row gives a form to a person, a
collective or a household for the achievement of a year."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kienan_awards.core.awards import catalogue
from kienan_awards.core.awards.catalogue import AwardForm
from kienan_awards.core.lists.clean_rows import CleanRow, RowProblem
from kienan_awards.core.lists.import_plan import AwardToWrite, ImportOptions, ImportPlan, Verdict
from kienan_awards.core.lists.planners.person_matching import PersonMatcher
from kienan_awards.core.lists.planners.row_planner import RowPlanner
from kienan_awards.core.lists.record_matching import (
    NewDecision,
    NewPerson,
    NewUnit,
    looks_like_collective,
)
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_lists import recipient_kind_word
from kienan_awards.core.text import clean, fold

if TYPE_CHECKING:
    from sqlite_utils import Database

YEAR_IN_TEXT = re.compile(r"\b(19\d\d|20\d\d)\b")


class AwardRowPlanner(RowPlanner):
    """The rows of an awards list or a proposal; the two differ in the decision, the year
    when no column gives it, and the bonus."""

    counted = ""  # the summary's count of what each row makes

    def __init__(self, db: Database, plan: ImportPlan, options: ImportOptions):
        super().__init__(db, plan, options)
        self.people = PersonMatcher(db, plan, self.units)
        self.form_name = clean(options.form_name)  # for rows without a form of their own
        self.forms = catalogue.award_forms(db)
        self.forms_by_folded_name = {
            fold(name): form
            for form in reversed(self.forms)
            for name in (form.code, form.name_vi, form.name_en)
        }
        self.award_keys: dict[tuple, str] = {}  # recipient, form, year -> where it was seen

    # What awards and proposals do each their own way.
    def decision(self, row: CleanRow) -> tuple[int | NewDecision | None, dt.date | None]:
        raise NotImplementedError

    def year_in_achievement(self, achievement: str | None, decided_on: dt.date | None) -> int:
        """The year of the achievement when no column gives it."""
        raise NotImplementedError

    def bonus(self, form: AwardForm, kind: str, decided_on: dt.date | None) -> int | None:
        raise NotImplementedError

    def conferring_refusal(self, form: AwardForm, decided_on: dt.date | None) -> Message | None:
        """Why the row's decision may not confer the form on its day; None when it may."""
        return None

    @staticmethod
    def years_in(achievement: str | None, latest: int) -> list[int]:
        """The years its text names ("Hoàn thành xuất sắc nhiệm vụ năm 2023"), up to latest."""
        return [int(y) for y in YEAR_IN_TEXT.findall(achievement or "") if int(y) <= latest]

    def plan_row(self, row: CleanRow) -> Verdict:
        name = self.name(row)
        kind = (
            row.value("kind")
            or row.section
            or ("collective" if looks_like_collective(name) else "individual")
        )
        form = self.form(row)
        if kind not in form.recipient_kinds:
            raise RowProblem(
                Message(
                    "{name_vi} is not given to a {kind} recipient",
                    name_vi=form.name_vi,
                    kind=recipient_kind_word(kind),
                )
            )
        decision, decided_on = self.decision(row)
        achievement = row.text("achievement") or None
        year = row.value("year")
        if year is None:
            year = self.year_in_achievement(achievement, decided_on)
        person = recipient_unit = None
        if kind == "individual":
            position, unit = self.position_and_unit(row)
            person = self.people.match(row, name, unit, position)
            recipient = ("person", id(person) if isinstance(person, NewPerson) else person.id)
        elif kind == "collective":
            position = None
            # The unit column names the collective's parent: of two same-named units, the one
            # under it.
            parent = self.unit(row, row.text("unit"))
            recipient_unit = self.unit(row, name, parent)
            if isinstance(recipient_unit, NewUnit) and recipient_unit.parent is None:
                self.units.place_under(recipient_unit, parent)
            unit = recipient_unit
            recipient = (
                "unit",
                id(recipient_unit) if isinstance(recipient_unit, NewUnit) else recipient_unit,
            )
        else:
            position, unit = None, self.unit(row, row.text("unit"))
            recipient = ("household", fold(name), id(unit) if isinstance(unit, NewUnit) else unit)
        refusal = self.conferring_refusal(form, decided_on)
        if refusal is not None:
            raise RowProblem(refusal)
        self._given_once((recipient, form.id, year), row, name, form, year)
        self.plan.awards.append(
            AwardToWrite(
                decision,
                form,
                kind,
                person,
                recipient_unit,
                name,
                unit,
                self.units.name_of(unit),
                position,
                achievement,
                year,
                self.bonus(form, kind, decided_on),
                len(self.plan.results),
            )
        )
        self.plan.counts[self.counted] += 1
        if person is not None:
            return Verdict(name, "new", person, "person")
        return Verdict(name, "new", recipient_unit, "unit" if recipient_unit else "")

    def form(self, row: CleanRow) -> AwardForm:
        typed = row.text("form") or self.form_name
        if not typed:
            raise RowProblem(Message("award form missing (add the column or give --form)"))
        form = self.forms_by_folded_name.get(fold(typed))
        if form is not None:
            return form
        known = ", ".join(form.name_vi for form in self.forms)
        raise RowProblem(
            Message("unknown award form '{form}' (known forms: {known})", form=typed, known=known)
        )

    def _given_once(self, key: tuple, row: CleanRow, name: str, form: AwardForm, year: int):
        """One recipient, one form, one year: a second row giving it again is wrong."""
        where = f"sheet '{row.sheet_name}' row {row.row_number}"
        if key in self.award_keys:
            raise RowProblem(
                Message(
                    "{name} already gets {name_vi} for {year} at {where}",
                    name=name,
                    name_vi=form.name_vi,
                    year=year,
                    where=self.award_keys[key],
                )
            )
        self.award_keys[key] = where
