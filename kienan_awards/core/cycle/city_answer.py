"""The city's answer to a proposal sent up to it: the list attached to its decision ("Danh
sách ... kèm theo Quyết định số 1234/QĐ-UBND ngày 10/4/2027 của Chủ tịch UBND thành phố"),
imported as the city's decision with its awards (other_decisions records it, as any other
body's), each award linked to the proposal line it answers; the city's lines the list leaves
out are not chosen.

The list is read as every list is (core/lists, kind "city_answer"): its rows are matched to the
proposal's lines by name and unit (and form), all or nothing. A line marked not chosen may still
be decided by a later decision of the city for the same proposal (its Bằng khen and its
Emulation Fighters often come in two decisions).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core import vocabulary as words
from kienan_awards.core.awards import catalogue
from kienan_awards.core.awards.other_decisions import (
    OtherAuthority,
    OtherAward,
    other_authorities,
    record_other_decision,
)
from kienan_awards.core.changes import ChangeSet
from kienan_awards.core.cycle.city_forms import NOT_SENT, city_forms
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists import cell_values
from kienan_awards.core.messages import Message
from kienan_awards.core.records import record_edits
from kienan_awards.core.text import clean, fold

if TYPE_CHECKING:
    from sqlite_utils import Database

OUTCOMES = ("decided", "not_chosen")
CITY = "city"
CHAIRMAN = "Chủ tịch"


@dataclass(frozen=True)
class CityLine:
    """A line of the proposal the city decides, with what is needed to find it in a list."""

    id: int
    kind: str  # "individual" or "collective"
    name: str
    person_id: int | None
    recipient_unit_id: int | None
    unit_name: str  # a person's unit; a collective's parent
    form_id: int
    form_code: str
    form_name: str
    achievement: str
    outcome: str | None  # "decided", "not_chosen" or None: not answered yet
    answered_by: str  # the answering decision's number and date, when answered
    folded_names: tuple[str, ...]  # the line's name and its record's, folded

    def described(self) -> str:
        return " - ".join(part for part in (self.name, self.unit_name, self.form_name) if part)


def proposal_year(db: Database, proposal_id: int) -> int:
    row = db.execute("SELECT achievement_year FROM proposals WHERE id = ?", [proposal_id])
    found = row.fetchone()
    if found is None:
        raise KienanError(Message("there is no proposal {id}", id=proposal_id))
    return found[0]


def lines_to_answer(db: Database, proposal_id: int, day: dt.date) -> list[CityLine]:
    """The proposal's lines whose form the city confers on the day, sent up (not returned or
    rejected), in the order they were added; a household's never goes up."""
    proposal_year(db, proposal_id)
    forms = city_forms(db, day)
    if not forms:
        return []
    marks = ", ".join("?" for _ in forms)
    rows = db.execute(
        f"""SELECT l.id, l.recipient_kind, l.recipient_name, l.person_id, l.recipient_unit_id,
                   CASE WHEN l.recipient_kind = 'collective' THEN parent.name
                        ELSE coalesce(lu.name, pu.name) END,
                   l.form_id, f.code, f.name_vi, coalesce(l.achievement, ''), l.city_outcome,
                   d.number, d.decided_on, coalesce(p.full_name, ru.name)
            FROM proposal_lines l JOIN award_forms f ON f.id = l.form_id
            LEFT JOIN people p ON p.id = l.person_id
            LEFT JOIN units lu ON lu.id = l.unit_id
            LEFT JOIN units pu ON pu.id = p.unit_id
            LEFT JOIN units ru ON ru.id = l.recipient_unit_id
            LEFT JOIN units parent ON parent.id = ru.parent_id
            LEFT JOIN decisions d ON d.id = l.city_decision_id
            WHERE l.proposal_id = ? AND l.form_id IN ({marks})
              AND l.review_status NOT IN ({", ".join("?" for _ in NOT_SENT)})
              AND l.recipient_kind <> 'household'
            ORDER BY l.id""",
        [proposal_id, *forms, *NOT_SENT],
    ).fetchall()
    lines = []
    for row in rows:
        (line_id, kind, name, person, unit, unit_name, form_id, code, form_name) = row[:9]
        achievement, outcome, number, decided_on, record_name = row[9:]
        answered = ""
        if number:
            answered = f"{number} ({dt.date.fromisoformat(decided_on):%d/%m/%Y})"
        names = tuple(dict.fromkeys(fold(n) for n in (name, record_name) if n))
        lines.append(
            CityLine(
                line_id,
                kind,
                name,
                person,
                unit,
                unit_name or "",
                form_id,
                code,
                form_name,
                achievement,
                outcome,
                answered,
                names,
            )
        )
    return lines


@dataclass(frozen=True)
class ProposalToAnswer:
    id: int
    title: str
    achievement_year: int


def proposals_to_answer(db: Database) -> list[ProposalToAnswer]:
    """The proposals holding a line sent up whose form the city confers (on some day), the
    newest first: those the city's list may answer."""
    rows = db.execute(
        """SELECT DISTINCT p.id, p.title, p.achievement_year FROM proposals p
           JOIN proposal_lines l ON l.proposal_id = p.id
           JOIN conferring_levels c ON c.form_id = l.form_id AND c.level = ?
           WHERE l.review_status NOT IN ('returned', 'rejected')
             AND l.recipient_kind <> 'household'
           ORDER BY p.id DESC""",
        [CITY],
    ).fetchall()
    return [ProposalToAnswer(*row) for row in rows]


@dataclass(frozen=True)
class LineOutcome:
    outcome: str  # "decided" or "not_chosen"
    decision_number: str
    decided_on: dt.date


def line_outcomes(db: Database, line_ids: Sequence[int]) -> dict[int, LineOutcome]:
    """The city's answer to each of the lines that has one, by line id."""
    if not line_ids:
        return {}
    marks = ", ".join("?" for _ in line_ids)
    rows = db.execute(
        f"""SELECT l.id, l.city_outcome, d.number, d.decided_on FROM proposal_lines l
            JOIN decisions d ON d.id = l.city_decision_id
            WHERE l.id IN ({marks}) AND l.city_outcome IS NOT NULL""",
        list(line_ids),
    ).fetchall()
    return {
        line_id: LineOutcome(outcome, number, dt.date.fromisoformat(day))
        for line_id, outcome, number, day in rows
    }


# --- what the list's heading says ------------------------------------------------------------
_NUMBER = re.compile(r"(\d{1,6}\s*/\s*(?:\d{4}\s*/\s*)?[QqĐđDdÐð]{2}\s*-\s*[A-Za-zĐđÐð]+)")
_DAY = re.compile(
    r"ng[àa]y\s+(\d{1,2})\s*(?:[/.\-]|th[áa]ng)\s*(\d{1,2})\s*(?:[/.\-]|n[ăa]m)\s*(\d{4})",
    re.IGNORECASE,
)
_BODY = re.compile(
    r"c[ủu]a\s+(ch[ủu]\s+t[ịi]ch\s+)?(?:ubnd|[ủu]y\s+ban\s+nh[âa]n\s+d[âa]n)\s+"
    r"(t[ỉi]nh|th[àa]nh\s+ph[ốo]|tp\.?)\s+([^,;()]+)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class HeadingDecision:
    """The decision a list's heading names, as far as it does."""

    number: str | None = None
    decided_on: dt.date | None = None
    body_name: str | None = None  # "Ủy ban nhân dân thành phố Hải Phòng"
    signer_title: str = ""


def heading_decision(texts: Sequence[str]) -> HeadingDecision:
    """The number, date and body of the decision a line of the heading names ("kèm theo
    Quyết định số 1234/QĐ-UBND ngày 10/4/2027 của Chủ tịch UBND thành phố Hải Phòng")."""
    for text in texts:
        line = " ".join(clean(text).split())
        number = _NUMBER.search(line)
        if number is not None:
            return _heading_of(re.sub(r"\s+", "", number.group(1)), line[number.end() :])
    return HeadingDecision()


def _heading_of(number: str, rest: str) -> HeadingDecision:
    decided_on = None
    day = _DAY.search(rest[:40])
    if day is not None:
        try:
            decided_on = dt.date(int(day.group(3)), int(day.group(2)), int(day.group(1)))
        except ValueError:
            decided_on = None
    body = _BODY.search(rest)
    if body is None:
        return HeadingDecision(number, decided_on)
    kind = "thành phố" if fold(body.group(2)).startswith(("thanh", "tp")) else "tỉnh"
    place = body.group(3).strip().rstrip(".")
    if place.isupper():  # a heading in capitals: the place as a sentence writes it
        place = " ".join(word.capitalize() for word in place.split())
    signer = CHAIRMAN if body.group(1) else ""
    return HeadingDecision(number, decided_on, f"{words.COMMITTEE} {kind} {place}", signer)


def rows_above(rows: Sequence[Sequence], header_row: int | None) -> list[str]:
    """The text of a sheet's rows above its header (its title lines); of a table without the
    list's header (a Word document's heading table), all its rows."""
    above = rows if header_row is None else rows[: header_row - 1]
    return [cell_values.shown(value) for row in above for value in row if isinstance(value, str)]


def answering_body(db: Database, given: str | None, heading: HeadingDecision) -> OtherAuthority:
    """The body whose decision it is: the one given, else the heading's, else the one city
    recorded as another body."""
    if clean(given):
        return OtherAuthority(clean(given), CITY)
    if heading.body_name:
        return OtherAuthority(heading.body_name, CITY, signer_title=heading.signer_title)
    cities = [name for name, level in other_authorities(db) if level == CITY]
    if len(cities) == 1:
        return OtherAuthority(cities[0], CITY)
    raise KienanError(
        Message(
            "authority: the list's heading does not name the city's body: give it, e.g. {example}",
            example=f"{words.COMMITTEE} thành phố Hải Phòng",
        )
    )


# --- writing the answer ----------------------------------------------------------------------
@dataclass(frozen=True)
class ChosenLine:
    """A line the city's list names, and the achievement the list gives it (None: the
    line's own)."""

    line_id: int
    achievement: str | None = None


@dataclass(frozen=True)
class CityAnswerResult:
    decision_id: int
    award_ids: list[int]
    decided: list[int]  # line ids
    not_chosen: list[int]
    changes: ChangeSet


def record_city_answer(
    db: Database,
    proposal_id: int,
    authority: OtherAuthority,
    number: str,
    decided_on: dt.date,
    chosen: Sequence[ChosenLine],
    title: str = "",
) -> CityAnswerResult:
    """The city's decision with an award for each chosen line (at the city's bonus rate),
    each line linked to its award and marked decided, and the city's other lines not decided
    yet marked not chosen: in one transaction (or the caller's). Refused for a line that is
    not the city's in the proposal or is decided already."""
    with record_edits.transaction(db):
        year = proposal_year(db, proposal_id)
        lines = {line.id: line for line in lines_to_answer(db, proposal_id, decided_on)}
        for item in chosen:
            line = lines.get(item.line_id)
            if line is None:
                raise KienanError(
                    Message(
                        "line {line} is not one of proposal {proposal}'s lines for the city",
                        line=item.line_id,
                        proposal=proposal_id,
                    )
                )
            if line.outcome == "decided":
                raise KienanError(
                    Message(
                        "{name} is already decided by the city's decision {decision}",
                        name=line.name,
                        decision=line.answered_by,
                    )
                )
        awards = [_award(db, lines[item.line_id], item, year, decided_on) for item in chosen]
        result = record_other_decision(db, authority, number, decided_on, awards, title)
        taken = {item.line_id for item in chosen}
        not_chosen = [
            line.id for line in lines.values() if line.id not in taken and line.outcome != "decided"
        ]
        db.conn.executemany(
            "UPDATE proposal_lines SET award_id = ?, city_outcome = 'decided', "
            "city_decision_id = ? WHERE id = ?",
            [
                (award_id, result.decision_id, item.line_id)
                for item, award_id in zip(chosen, result.award_ids, strict=True)
            ],
        )
        db.conn.executemany(
            "UPDATE proposal_lines SET city_outcome = 'not_chosen', city_decision_id = ? "
            "WHERE id = ?",
            [(result.decision_id, line_id) for line_id in not_chosen],
        )
    changes = result.changes | ChangeSet.of_tables(
        [("proposals", proposal_id), *(("proposal_lines", i) for i in [*taken, *not_chosen])]
    )
    return CityAnswerResult(
        result.decision_id,
        result.award_ids,
        [item.line_id for item in chosen],
        not_chosen,
        changes,
    )


def _award(
    db: Database, line: CityLine, item: ChosenLine, year: int, decided_on: dt.date
) -> OtherAward:
    bonus = catalogue.bonus_amount(db, line.form_id, line.kind, decided_on, level=CITY)
    return OtherAward(
        form=line.form_code,
        person_id=line.person_id if line.kind == "individual" else None,
        unit_id=line.recipient_unit_id if line.kind == "collective" else None,
        achievement=clean(item.achievement) or line.achievement,
        year=year,
        bonus_amount=bonus,
    )
