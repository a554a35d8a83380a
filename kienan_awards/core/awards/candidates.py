"""Who may be proposed upward next, by the consecutive-year paths of the Law on Emulation and
Commendation 2022 and its decree:
- two consecutive years of Grassroots Emulation Fighter, or two consecutive years of excellent
  completion with two initiatives, lead to the city chairman's Diploma of Merit (Bằng khen);
- three consecutive years of Grassroots Emulation Fighter with an initiative lead to City
  Emulation Fighter;
- two consecutive City Emulation Fighter titles lead to National Emulation Fighter.

The whole record is read: every award (imported history has no proposal line behind it) and
every accepted proposal line, with the initiatives and excellent completion they state, and
the register of initiatives (of the city's scope for the city's title). A year
counts once on one path: once the path's award is given for a year, the path's next run starts
after it. People are followed by their record, so a unit merger does not break their run."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kienan_awards.core.cycle import initiatives
from kienan_awards.core.messages import Message, joined
from kienan_awards.core.records.award_details import latest_award_year
from kienan_awards.core.text import fold

if TYPE_CHECKING:
    from sqlite_utils import Database

# An initiative of the register, as a source of a record.
INITIATIVE_CODE = "INITIATIVE"
# The city's Emulation Fighter rests on an initiative whose effect reaches the city (Law 2022,
# Art. 22): of the register's, those of city or national scope.
CITY_REACH = (initiatives.CITY, initiatives.NATIONAL)

# The paths, by what they lead to.
BK_FROM_FIGHTER_YEARS = "bk_fighter_years"
BK_FROM_EXCELLENT_YEARS = "bk_excellent_years"
CITY_FIGHTER = "city_fighter"
NATIONAL_FIGHTER = "national_fighter"

# What a ground stands for on its path.
TITLE = "title"
EXCELLENT = "excellent"
INITIATIVE = "initiative"
_SHOWN_ORDER = {TITLE: 0, EXCELLENT: 1, INITIATIVE: 2}

# A City Emulation Fighter rests on three years of Grassroots Emulation Fighter; the next title
# is consecutive when its run starts no later than the year after the last one.
CITY_FIGHTER_RUN = 3
# No form of the catalogue is the national title (the Prime Minister confers it); one the clerk
# adds under this code or name is read as it.
NATIONAL_CODE = "CSTD_NATIONAL"
NATIONAL_NAME = "Chiến sĩ thi đua toàn quốc"

# The suggestions as the proposal to the city writes them (Vietnamese whatever the program
# speaks): the form and why.
REASONS = {
    BK_FROM_FIGHTER_YEARS: "2 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở",
    BK_FROM_EXCELLENT_YEARS: "2 năm liên tục hoàn thành xuất sắc nhiệm vụ, có {count} sáng kiến",
    CITY_FIGHTER: "3 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở, có sáng kiến",
    NATIONAL_FIGHTER: "2 lần liên tục đạt danh hiệu Chiến sĩ thi đua thành phố",
}

# Read on folded text (no marks, đ as d). An initiative is stated by "sáng kiến" (not in a
# movement's name, nor denied); by a research topic ("đề tài") that is scientific, researched,
# accepted or applied; by a solution ("giải pháp") that is recognised or applied, or a utility
# solution. "Đề ra nhiều giải pháp" alone is praise, not an initiative.
_INITIATIVE_WORDS = re.compile(
    r"(?P<initiative>\bsang kien\b)"
    r"|(?P<research>\bde tai\b(?=[^,;.]*\b(?:khoa hoc|nghien cuu|nghiem thu|cong nhan|ap dung))"
    r"|(?:\bchu nhiem|\bchu tri) de tai\b)"
    r"|(?P<solution>\bgiai phap huu ich\b|\bgiai phap\b(?=[^,;.]*\b(?:cong nhan|ap dung)))"
)
_CLAUSE_END = re.compile(r"[,;.:()]")
_DENIED = re.compile(r"\b(?:khong|chua)\b(?: \w+){0,2} $")
_MOVEMENT = re.compile(r"\bphong trao\b(?: \w+){0,5} $")
_NUMBER_BEFORE = re.compile(r"\b(\d{1,2}|mot|hai|ba|bon)\b(?: \w+)? $")
_NUMBER_WORDS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4}
_EXCELLENT_WORDS = re.compile(
    r"\bhoan thanh xuat sac (?:cac |moi )?nhiem vu\b|\bxuat sac hoan thanh (?:cac )?nhiem vu\b"
)


def _clauses_before(folded: str, at: int) -> tuple[str, str]:
    """The clause the words at ``at`` stand in, up to them, and the clause before it."""
    parts = _CLAUSE_END.split(folded[:at])
    return parts[-1], (parts[-2] if len(parts) > 1 else "")


def initiatives_stated(text: str | None) -> int:
    """How many initiatives an achievement's text states. Of each kind (initiative, research
    topic, solution) the numbers written before the words count ("02 sáng kiến", "hai đề
    tài"), else one: a text naming its initiative twice has one. Denied ("chưa có sáng kiến")
    or a movement's name ("phong trào ... sáng kiến") is none."""
    folded = fold(text)
    mentioned: set[str] = set()
    numbered: dict[str, int] = defaultdict(int)
    for match in _INITIATIVE_WORDS.finditer(folded):
        clause, before = _clauses_before(folded, match.start())
        # A list item ("phong trào lao động sáng tạo, sáng kiến") belongs to the clause before.
        if _DENIED.search(clause) or _MOVEMENT.search(clause if clause.strip() else before + " "):
            continue
        mentioned.add(match.lastgroup)
        number = _NUMBER_BEFORE.search(clause)
        if number is not None:
            word = number.group(1)
            numbered[match.lastgroup] += int(word) if word.isdigit() else _NUMBER_WORDS[word]
    return sum(numbered[kind] if kind in numbered else 1 for kind in mentioned)


def states_excellence(text: str | None) -> bool:
    """Whether an achievement's text says the tasks were completed excellently."""
    folded = fold(text)
    return any(
        not _DENIED.search(_clauses_before(folded, match.start())[0])
        for match in _EXCELLENT_WORDS.finditer(folded)
    )


@dataclass(frozen=True)
class Ground:
    """One award (or accepted proposal line) a suggestion rests on, and what it shows."""

    year: int
    stands_for: str  # TITLE, EXCELLENT or INITIATIVE
    form: str  # the form's Vietnamese name
    decision: str | None  # the decision's number, when decided
    decided_on: str | None  # ISO date
    proposal: str | None  # the proposal's title, for a line not decided yet
    initiatives: int = 0


@dataclass(frozen=True)
class Candidate:
    person_id: int
    name: str
    unit: str | None
    suggested: str  # the form's Vietnamese name
    reason: str
    years: tuple[int, ...]
    path: str = ""
    form_code: str | None = None  # None for the national title, which has no form
    grounds: tuple[Ground, ...] = ()


@dataclass
class _Source:
    """An award, or an accepted line without one, with what its record states."""

    year: int
    code: str
    form: str
    decision: str | None
    decided_on: str | None
    proposal: str | None
    excellent: bool = False
    initiatives: int = 0
    # An initiative of the register: how far its effect reaches (None: stated in a text).
    scope: str | None = None

    def ground(self, stands_for: str) -> Ground:
        initiatives = self.initiatives if stands_for == INITIATIVE else 0
        return Ground(
            self.year,
            stands_for,
            self.form,
            self.decision,
            self.decided_on,
            self.proposal,
            initiatives,
        )

    @property
    def rank(self) -> tuple:
        # An award before a line, then the earliest decision: the strongest ground first.
        return (self.decision is None, self.decided_on or "", self.form)


@dataclass
class _Record:
    name: str
    unit: str | None
    sources: list[_Source] = field(default_factory=list)

    def titles(self, codes: set[str]) -> dict[int, _Source]:
        held: dict[int, _Source] = {}
        for source in sorted(self.sources, key=lambda s: s.rank):
            if source.code in codes and source.decision is not None:
                held.setdefault(source.year, source)
        return held

    def best(self, year: int, stands_for: str, reach: tuple[str, ...] = ()) -> _Source | None:
        """The source that shows the year's excellence, or states most initiatives (of the
        register, only those whose effect reaches one of those scopes, when given)."""
        found = [
            s
            for s in self.sources
            if s.year == year
            and (s.excellent if stands_for == EXCELLENT else s.initiatives)
            and (not reach or s.scope is None or s.scope in reach)
        ]
        return min(found, key=lambda s: (-s.initiatives, s.rank)) if found else None


_PEOPLE_OF_YEAR = """
    SELECT person_id FROM awards
    WHERE achievement_year = :year AND status = 'awarded' AND person_id IS NOT NULL
    UNION
    SELECT l.person_id FROM proposal_lines l JOIN proposals p ON p.id = l.proposal_id
    WHERE p.achievement_year = :year AND l.review_status = 'accepted' AND l.person_id IS NOT NULL
"""


def _records(db: Database, year: int, person_id: int | None) -> dict[int, _Record]:
    chosen = f"SELECT person_id FROM ({_PEOPLE_OF_YEAR})" + (
        " WHERE person_id = :person" if person_id is not None else ""
    )
    values = {"year": year, "person": person_id}
    records = {
        pid: _Record(name, unit)
        for pid, name, unit in db.execute(
            f"""SELECT p.id, p.full_name, u.name FROM people p
                LEFT JOIN units u ON u.id = p.unit_id
                WHERE p.id IN ({chosen}) AND p.deleted_at IS NULL
                ORDER BY p.name_sort_key""",
            values,
        )
    }
    awards: dict[int, _Source] = {}
    for award_id, pid, code, form, award_year, achievement, number, day in db.execute(
        f"""SELECT a.id, a.person_id, f.code, f.name_vi, a.achievement_year, a.achievement,
                   d.number, d.decided_on
            FROM awards a JOIN award_forms f ON f.id = a.form_id
            JOIN decisions d ON d.id = a.decision_id
            WHERE a.status = 'awarded' AND a.person_id IN ({chosen})
            ORDER BY a.id""",
        values,
    ):
        awards[award_id] = _Source(
            award_year,
            code,
            form,
            number,
            day,
            None,
            states_excellence(achievement),
            initiatives_stated(achievement),
        )
        if pid in records:
            records[pid].sources.append(awards[award_id])
    for pid, award_id, line_year, code, form, title, rating, initiative, achievement in db.execute(
        f"""SELECT l.person_id, l.award_id, p.achievement_year, f.code, f.name_vi, p.title,
                   l.task_rating, l.has_initiative, l.achievement
            FROM proposal_lines l JOIN proposals p ON p.id = l.proposal_id
            JOIN award_forms f ON f.id = l.form_id
            WHERE l.review_status = 'accepted' AND l.person_id IN ({chosen})""",
        values,
    ):
        excellent = rating == "excellent" or states_excellence(achievement)
        initiatives = max(int(bool(initiative)), initiatives_stated(achievement))
        if pid not in records:
            continue
        if award_id is not None:
            # The line and its award are one achievement: what the line says, the award shows.
            award = awards.get(award_id)  # None: revoked
            if award is not None:
                award.excellent = award.excellent or excellent
                award.initiatives = max(award.initiatives, initiatives)
            continue
        records[pid].sources.append(
            _Source(line_year, code, form, None, None, title, excellent, initiatives)
        )
    _add_registered_initiatives(db, records)
    return records


def _add_registered_initiatives(db: Database, records: dict[int, _Record]) -> None:
    """Each recognised initiative of the register its authors are followed by."""
    for pid, record in records.items():
        for found in initiatives.initiatives(db, person_id=pid):
            if found.recognised:
                record.sources.append(
                    _Source(
                        found.year,
                        INITIATIVE_CODE,
                        f"Sáng kiến “{found.title}”",
                        found.decision_number,
                        found.decided_on,
                        None,
                        initiatives=1,
                        scope=found.scope,
                    )
                )


def _national_codes(db: Database) -> set[str]:
    return {
        code
        for code, name in db.execute("SELECT code, name_vi FROM award_forms")
        if code == NATIONAL_CODE or fold(name) == fold(NATIONAL_NAME)
    }


def _after(held: dict[int, _Source]) -> int:
    """The last year a path's award was given for: its next run starts after it."""
    return max(held, default=0)


def _form_name(db: Database, code: str) -> str:
    row = db.execute("SELECT name_vi FROM award_forms WHERE code = ?", [code]).fetchone()
    return row[0] if row else code


def _paths(record: _Record, year: int, national: set[str]) -> list[tuple]:
    """(path, form code, years, grounds, reason values) of each path the record meets in
    the year, the highest title first."""
    fighter = record.titles({"CSTDCS"})
    city = record.titles({"CSTD_CITY"})
    met = []
    earlier = [y for y in city if y < year]
    if year in city and earlier and year - max(earlier) <= CITY_FIGHTER_RUN:
        before = max(earlier)
        if before > _after(record.titles(national)):
            grounds = (city[before].ground(TITLE), city[year].ground(TITLE))
            met.append((NATIONAL_FIGHTER, None, (before, year), grounds, {}))
    three = tuple(range(year - CITY_FIGHTER_RUN + 1, year + 1))
    if set(three) <= set(fighter) and three[0] > _after(city):
        stated = [s for y in three if (s := record.best(y, INITIATIVE, CITY_REACH)) is not None]
        if stated:
            grounds = (
                *(fighter[y].ground(TITLE) for y in three),
                *(s.ground(INITIATIVE) for s in stated),
            )
            met.append((CITY_FIGHTER, "CSTD_CITY", three, grounds, {}))
    two = (year - 1, year)
    if two[0] > _after(record.titles({"BK_CITY"})):
        if set(two) <= set(fighter):
            grounds = tuple(fighter[y].ground(TITLE) for y in two)
            met.append((BK_FROM_FIGHTER_YEARS, "BK_CITY", two, grounds, {}))
        else:
            excellent = [record.best(y, EXCELLENT) for y in two]
            stated = [s for y in two if (s := record.best(y, INITIATIVE)) is not None]
            count = sum(s.initiatives for s in stated)
            if all(excellent) and count >= 2:
                grounds = (
                    *(s.ground(EXCELLENT) for s in excellent),
                    *(s.ground(INITIATIVE) for s in stated),
                )
                met.append((BK_FROM_EXCELLENT_YEARS, "BK_CITY", two, grounds, {"count": count}))
    return met


def candidates(db: Database, year: int, person_id: int | None = None) -> list[Candidate]:
    """People whose record meets a path ending in the given year (or one person's)."""
    national = _national_codes(db)
    found = []
    for pid, record in _records(db, year, person_id).items():
        for path, code, years, grounds, values in _paths(record, year, national):
            found.append(
                Candidate(
                    pid,
                    record.name,
                    record.unit,
                    _form_name(db, code) if code else NATIONAL_NAME,
                    REASONS[path].format(**values),
                    years,
                    path,
                    code,
                    tuple(sorted(grounds, key=lambda g: (g.year, _SHOWN_ORDER[g.stands_for]))),
                )
            )
    return found


def proposable(db: Database, person_id: int) -> list[Candidate]:
    """What the paths allow proposing the person for next: those ending in the latest year of
    their awards, and in the latest year of their accepted lines when a later one is not
    decided yet."""
    decided = latest_award_year(db, person_id)
    (reviewed,) = db.execute(
        "SELECT max(p.achievement_year) FROM proposal_lines l "
        "JOIN proposals p ON p.id = l.proposal_id "
        "WHERE l.person_id = ? AND l.review_status = 'accepted'",
        [person_id],
    ).fetchone()
    years = sorted({year for year in (decided, reviewed) if year is not None})
    return [found for year in years for found in candidates(db, year, person_id)]


def _what_it_shows(ground: Ground) -> Message | None:
    if ground.stands_for == EXCELLENT:
        return Message("tasks completed excellently")
    if ground.stands_for == INITIATIVE:
        if ground.initiatives == 1:
            return Message("an initiative stated")
        return Message("{count} initiatives stated", count=ground.initiatives)
    return None


def described_grounds(grounds: tuple[Ground, ...] | list[Ground]) -> list[Message]:
    """One line for each award (or proposal line) the grounds name, with what it shows beyond
    its title: "2023: Chiến sĩ thi đua cơ sở, decision 15/QĐ-UBND of 26/12/2023 — an
    initiative stated"."""
    shown: dict[tuple, list[Message]] = {}
    for ground in grounds:
        key = (ground.year, ground.form, ground.decision, ground.decided_on, ground.proposal)
        shows = shown.setdefault(key, [])
        what = _what_it_shows(ground)
        if what is not None and what not in shows:
            shows.append(what)
    lines = []
    for (year, form, decision, decided_on, proposal), shows in shown.items():
        if decision is not None:
            day = dt.date.fromisoformat(decided_on).strftime("%d/%m/%Y")
            where = Message("decision {number} of {date}", number=decision, date=day)
        else:
            where = Message("proposal “{proposal}”", proposal=proposal)
        source = Message("{year}: {form}, {where}", year=year, form=form, where=where)
        lines.append(
            Message("{source} — {shows}", source=source, shows=joined(shows)) if shows else source
        )
    return lines


def described(ground: Ground) -> Message:
    """What one ground shows and where it is recorded, for the clerk."""
    return described_grounds([ground])[0]
