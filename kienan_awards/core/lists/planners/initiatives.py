"""The planner of a list of initiatives (danh sách sáng kiến được công nhận): each row an
initiative, its authors in one cell ("Nguyễn Văn An (60%), Trần Thị Bình (40%)"), each matched
with the register as every list matches a person (of the row's unit when it names one), its
unit, the decision that recognised it (number and date, apart or in one cell: "Số 125/QĐ-UBND
ngày 10/11/2025"), the scope its effect reaches and the year."""

from __future__ import annotations

import re

from kienan_awards.core import vocabulary as words
from kienan_awards.core.cycle.initiatives import GRASSROOTS, scope_code
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.clean_rows import CleanRow, RowProblem
from kienan_awards.core.lists.import_plan import InitiativeToWrite, Verdict
from kienan_awards.core.lists.name_cells import split_honorific
from kienan_awards.core.lists.planners.person_matching import PersonMatcher
from kienan_awards.core.lists.planners.row_planner import RowPlanner, chosen_record
from kienan_awards.core.lists.record_matching import NEW_RECORD, Ambiguous, NewPerson
from kienan_awards.core.messages import Message
from kienan_awards.core.text import clean, fold

# Authors are parted by commas, semicolons or lines; a share follows a name in brackets or
# after a dash ("(60%)", "- 60%"); a position after a dash is not the name's.
_AUTHOR_SEPARATORS = re.compile(r"[,;\n]+")
_SHARE = re.compile(r"[(\[]?\s*(\d{1,3}(?:[.,]\d+)?)\s*%\s*[)\]]?")
_DASH = re.compile(r"\s+[-–]\s+")
_NUMBER = re.compile(r"\b(\d+[\w.]*/[\wĐđ./-]+)", re.UNICODE)
_DAY_IN_TEXT = re.compile(r"ngay\s+(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})")


def split_authors(text: str) -> list[tuple[str, float | None]]:
    """(name, share in percent or None) of each author a cell names."""
    authors = []
    for part in _AUTHOR_SEPARATORS.split(text or ""):
        share = None
        found = _SHARE.search(part)
        if found:
            share = float(found.group(1).replace(",", "."))
            part = part[: found.start()] + part[found.end() :]
        name = clean(_DASH.split(part)[0].strip(" -–:"))
        if name:
            authors.append((split_honorific(name).name, share))
    return authors


class InitiativePlanner(RowPlanner):
    def __init__(self, db, plan, options):
        super().__init__(db, plan, options)
        self.people = PersonMatcher(db, plan, self.units)
        self.seen: dict[tuple, tuple[str, int]] = {}  # title and year -> where first read

    def plan_row(self, row: CleanRow) -> Verdict:
        title = self.name(row)
        unit = self.unit(row, row.text("unit"))
        number, decided_on = self._decision(row)
        year = row.value("year") or (decided_on.year if decided_on else self.options.year)
        if year is None:
            raise RowProblem(
                Message(
                    "the year of the initiative is missing (add a '{column}' column)",
                    column=words.YEAR,
                )
            )
        typed_scope = row.text("scope")
        scope = scope_code(typed_scope) if typed_scope else GRASSROOTS
        if scope is None:
            raise RowProblem(
                Message(
                    "'{scope}' is not a scope of effect (cơ sở, thành phố or bộ, toàn quốc)",
                    scope=typed_scope,
                )
            )
        key = (fold(title), year)
        if key in self.seen:
            sheet, number_of_row = self.seen[key]
            raise RowProblem(
                Message(
                    "the initiative is already read at sheet '{sheet}' row {row}",
                    sheet=sheet,
                    row=number_of_row,
                )
            )
        self.seen[key] = (row.sheet_name, row.row_number)
        authors = self._authors(row, unit)
        self.plan.initiatives.append(
            InitiativeToWrite(
                title,
                unit,
                year,
                number,
                decided_on,
                row.text("authority") or None,
                scope,
                row.text("effect") or None,
                authors,
            )
        )
        self.plan.counts["initiatives_created"] += 1
        return Verdict(title, "new")

    def _decision(self, row: CleanRow):
        """The recognising decision's number and date, from their columns or from one cell
        that holds both."""
        typed = row.text("decision_number")
        decided_on = row.value("decision_date")
        number = None
        if typed:
            found = _NUMBER.search(typed)
            number = found.group(1) if found else typed
            day = _DAY_IN_TEXT.search(fold(typed))
            if decided_on is None and day:
                try:
                    decided_on = cell_values.date(day.group(1))
                except cell_values.CellError as error:
                    raise RowProblem(error.args[0]) from None
        return number, decided_on

    def _authors(self, row: CleanRow, unit):
        typed = row.text("authors")
        authors = split_authors(typed)
        if not authors:
            raise RowProblem(Message("the initiative's authors are missing"))
        if sum(share or 0 for _name, share in authors) > 100.0001:
            raise RowProblem(Message("the authors' shares add up to more than 100%"))
        found = []
        for name, share in authors:
            person = self._person(row, name, unit)
            if any(person is other for other, _share in found):
                raise RowProblem(Message("{name} is named twice among the authors", name=name))
            found.append((person, share))
        return found

    def _person(self, row: CleanRow, name: str, unit):
        """The author, matched as every list matches a person: never guessed, never merged;
        of several that fit, the clerk's choice or an error naming them."""
        people = self.people.people
        try:
            person = people.find(name, None, None, unit)
        except Ambiguous as error:
            person = chosen_record(self.options, row, self.people.described(error))
            if person == NEW_RECORD:
                person = None
        if person is None:
            person = people.add(NewPerson(name, None, None, None, None, unit, None))
            self.plan.new_people.append(person)
            self.plan.counts["people_created"] += 1
        elif not isinstance(person, NewPerson) and person.id not in self.people.matched:
            self.people.matched.add(person.id)
            self.plan.counts["people_matched"] += 1
        return person
