"""The planner of the city's list answering a proposal: each row is one of the proposal's lines
for the city, found by the name (folded: capitals, diacritics and their place do not matter),
then the unit and the form when the name alone fits several; a row that fits none, or fits
several still, is wrong. The proposal's lines for the city that no row names are not chosen.

A row giving another form than the line proposed is wrong too: the city's list answers the
proposal, and a form it was not asked for is recorded as another decision of the city."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from kienan_awards.core.cycle import city_answer
from kienan_awards.core.cycle.city_answer import CityLine
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.clean_rows import CleanRow, RowProblem
from kienan_awards.core.lists.import_plan import CityLineAnswer, ImportOptions, ImportPlan, Verdict
from kienan_awards.core.lists.planners.row_planner import RowPlanner
from kienan_awards.core.lists.record_matching import PersonRecord
from kienan_awards.core.lists.spreadsheet_reading import Sheet
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_lists import recipient_kind_word
from kienan_awards.core.text import fold

if TYPE_CHECKING:
    from sqlite_utils import Database

# Words a list writes in short, read whole before a unit or a form is compared.
_SHORT = {"ubnd": "uy ban nhan dan", "tp": "thanh pho", "hdnd": "hoi dong nhan dan"}
_LEADING = ("danh hieu ", "tang ")


def _words(text: str | None) -> list[str]:
    folded = re.sub(r"[^0-9a-z]+", " ", fold(text))
    return " ".join(_SHORT.get(word, word) for word in folded.split()).split()


def _within(part: list[str], whole: list[str]) -> bool:
    """Whether the words of part run, in order and together, inside whole."""
    size = len(part)
    return bool(part) and any(whole[i : i + size] == part for i in range(len(whole) - size + 1))


def same_unit(typed: str, recorded: str) -> bool:
    """A unit as a list names it and as it is recorded: one inside the other ("UBND phường
    Kiến An" and "Phường Kiến An", "Chuyên viên Phòng Nội vụ" and "Phòng Nội vụ")."""
    typed_words, recorded_words = _words(typed), _words(recorded)
    return _within(recorded_words, typed_words) or _within(typed_words, recorded_words)


def _form_words(text: str) -> str:
    joined = " ".join(_words(text))
    for leading in _LEADING:
        joined = joined.removeprefix(leading)
    return joined


def same_form(typed: str, line: CityLine) -> bool:
    """A form as the city's list writes it and the line's: the same words, or the beginning
    of the line's ("Bằng khen" for "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố"), or
    the line's followed by the place ("... thành phố Hải Phòng")."""
    typed_form = _form_words(typed)
    if not typed_form:
        return False
    names = (_form_words(line.form_name), _form_words(line.form_code))
    return any(
        typed_form == name or name.startswith(typed_form + " ") or typed_form.startswith(name + " ")
        for name in names
        if name
    )


def with_heading(
    db: Database, options: ImportOptions, sheets: list[Sheet], layouts: list
) -> ImportOptions:
    """The options with the decision's number, date and body the heading of the list gives
    where they were not given; refused when the proposal or the decision is not known."""
    if options.proposal_id is None:
        raise KienanError(Message("proposal: say which proposal the city's list answers"))
    city_answer.proposal_year(db, options.proposal_id)
    # The list's own title lines first, then the other tables' (a Word document's heading).
    ordered = sorted(zip(sheets, layouts, strict=True), key=lambda pair: not pair[1].found)
    texts = [
        text
        for sheet, layout in ordered
        for text in city_answer.rows_above(sheet.rows, layout.header_row)
    ]
    heading = city_answer.heading_decision(texts)
    number = options.decision_number or heading.number
    day = options.decision_date or heading.decided_on
    if not number or day is None:
        raise KienanError(
            Message(
                "the city's decision: its number and date are not in the list's heading; give "
                "them (number e.g. 1234/QĐ-UBND, date dd/mm/yyyy)"
            )
        )
    body = city_answer.answering_body(db, options.authority_name, heading)
    return dataclasses.replace(
        options, decision_number=number, decision_date=day, authority_name=body.body_name
    )


class CityAnswerPlanner(RowPlanner):
    def __init__(self, db: Database, plan: ImportPlan, options: ImportOptions):
        super().__init__(db, plan, options)
        self.lines = city_answer.lines_to_answer(db, options.proposal_id, options.decision_date)
        if not self.lines:
            raise KienanError(
                Message(
                    "proposal {proposal} has no line the city decides on {day}: nothing to answer",
                    proposal=options.proposal_id,
                    day=f"{options.decision_date:%d/%m/%Y}",
                )
            )
        day = options.decision_date
        if db.execute(
            "SELECT 1 FROM decisions WHERE number = ? AND decided_on = ?",
            [options.decision_number, day.isoformat()],
        ).fetchone():
            raise KienanError(
                Message(
                    "decision {number} of {day} already exists",
                    number=options.decision_number,
                    day=f"{day:%d/%m/%Y}",
                )
            )
        self.proposal_title = db.execute(
            "SELECT title FROM proposals WHERE id = ?", [options.proposal_id]
        ).fetchone()[0]
        self.by_name: dict[str, list[CityLine]] = {}
        for line in self.lines:
            for name in line.folded_names:
                self.by_name.setdefault(name, []).append(line)
        self.answered: dict[int, tuple[str, int]] = {}  # line id -> the row that named it

    def plan_row(self, row: CleanRow) -> Verdict:
        name = self.name(row)
        line = self._line(row, name)
        if line.id in self.answered:
            sheet, number = self.answered[line.id]
            raise RowProblem(
                Message(
                    "{name} is named again: sheet '{sheet}' row {row} answers the same line",
                    name=name,
                    sheet=sheet,
                    row=number,
                )
            )
        if line.outcome == "decided":
            raise RowProblem(
                Message(
                    "{name} is already decided by the city's decision {decision}",
                    name=line.name,
                    decision=line.answered_by,
                )
            )
        self.answered[line.id] = (row.sheet_name, row.row_number)
        achievement = row.text("achievement") or None
        self.plan.city_answers.append(CityLineAnswer(line.id, achievement, len(self.plan.results)))
        self.plan.counts["city_lines_decided"] += 1
        if line.kind == "individual":
            record = PersonRecord(line.person_id, line.name, None, None, None)
            return Verdict(name, "matched", record, "person")
        return Verdict(name, "matched", line.recipient_unit_id, "unit")

    def _line(self, row: CleanRow, name: str) -> CityLine:
        """The one line of the proposal the row names; otherwise why not."""
        fits = list(self.by_name.get(fold(name), []))
        kind = row.value("kind") or row.section
        if kind is not None:
            fits = [line for line in fits if line.kind == kind]
        if not fits:
            raise RowProblem(
                Message(
                    "{name} ({kind}) is not among the lines of '{proposal}' for the city",
                    name=name,
                    kind=recipient_kind_word(kind or "individual"),
                    proposal=self.proposal_title,
                )
                if kind is not None
                else Message(
                    "{name} is not among the lines of '{proposal}' for the city",
                    name=name,
                    proposal=self.proposal_title,
                )
            )
        unit = row.text("unit") or row.text("position_unit")
        if unit:
            in_unit = [line for line in fits if line.unit_name and same_unit(unit, line.unit_name)]
            # A line whose recipient has no unit recorded cannot be told apart by it.
            unknown = [line for line in fits if not line.unit_name]
            if not in_unit and not unknown:
                raise RowProblem(
                    Message(
                        "{name} of {unit} is not among the proposal's lines for the city "
                        "(it proposes {name} of {units})",
                        name=name,
                        unit=unit,
                        units="; ".join(sorted({line.unit_name for line in fits})),
                    )
                )
            fits = in_unit or unknown
        form = row.text("form") or self.options.form_name
        if form:
            of_form = [line for line in fits if same_form(form, line)]
            if not of_form:
                raise RowProblem(
                    Message(
                        "{name} was proposed for {proposed} but the city's list gives '{form}'; "
                        "an award the proposal did not ask for is recorded as another body's "
                        "decision, not as its answer",
                        name=name,
                        proposed=", ".join(sorted({line.form_name for line in fits})),
                        form=form,
                    )
                )
            fits = of_form
        if len(fits) > 1:
            raise RowProblem(
                Message(
                    "{name} fits {count} lines of the proposal ({lines}): give the unit (or the "
                    "form) in the list",
                    name=name,
                    count=len(fits),
                    lines="; ".join(line.described() for line in fits),
                )
            )
        return fits[0]

    def finish(self) -> None:
        """The city's lines no row names, not decided already, are not chosen."""
        self.plan.city_not_chosen = [
            line.id
            for line in self.lines
            if line.id not in self.answered and line.outcome != "decided"
        ]
        self.plan.counts["city_lines_not_chosen"] = len(self.plan.city_not_chosen)
        super().finish()
