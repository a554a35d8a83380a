"""The reports the desk presents at the year-end conference and sends to the city: the year's
summary, the multi-year picture, a movement's targets with the awards that followed, and the
honour list of a year.

Each report is computed here as plain tables and chart series (Vietnamese headings, whatever
the window's language, like certificates and decisions); the window, the PDF and the Excel
workbook only lay them out. Revoked awards are left out of every count.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlite_utils import Database

from kienan_awards.core import vocabulary as words
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.cell_values import dmy
from kienan_awards.core.messages import Message
from kienan_awards.core.movements.progress import target_progress
from kienan_awards.core.text import clean, format_decimal, name_sort_text, text_sort_text

REPORT_KINDS = ("annual", "multi-year", "movement", "honour-list")
# Position levels as the reports to the city count them, matched on the position as written
# (with its marks: "trưởng" is a head, "trường" a school). The first level that matches wins;
# a position matching none is "staff". Their names are the vocabulary's POSITION_LEVELS.
POSITION_WORDS = (
    (
        "leader",
        (
            "chủ tịch",
            "giám đốc",
            "trưởng",
            "chánh",
            "bí thư",
            "chỉ huy",
            "chủ nhiệm",
            "tổng biên tập",
            "phụ trách",
        ),
    ),
    (
        "worker",
        ("công nhân", "nông dân", "ngư dân", "người lao động", "lao động trực tiếp", "thợ"),
    ),
)
MAX_YEARS = 30

Cell = str | int | float | Decimal | None


@dataclass(frozen=True)
class ReportTable:
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    total: tuple[Cell, ...] | None = None  # shown last, in bold
    widths: tuple[int, ...] | None = None  # % of the page each column takes, when printed


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: list[float]


@dataclass(frozen=True)
class Chart:
    kind: str  # "bars": one group of bars a category; "lines": a line a series over the years
    title: str
    categories: list[str]
    series: list[ChartSeries]


@dataclass(frozen=True)
class Report:
    kind: str
    title: str
    subtitle: str
    tables: list[ReportTable]
    charts: list[Chart] = field(default_factory=list)
    landscape: bool = False
    notes: list[str] = field(default_factory=list)


def position_level(position: str | None) -> str | None:
    text = clean(position).lower()
    if not text:
        return None
    for level, opening in POSITION_WORDS:
        if any(part in text for part in opening):
            return level
    return "staff"


def _kinds() -> list[tuple[str, str]]:
    """The recipient kinds, each with its word, in the order the reports give them."""
    return list(words.RECIPIENT_KINDS.items())


def _genders() -> list[tuple[str | None, str]]:
    return [*words.GENDERS.items(), (None, words.NOT_RECORDED)]


def _check_years(year: int, to_year: int | None) -> tuple[int, int]:
    last = year if to_year is None else to_year
    for value in (year, last):
        if not 1900 <= value <= 2200:
            raise KienanError(Message("{value} is not a year this register can hold", value=value))
    if last < year:
        raise KienanError(
            Message("the range {first}-{last} ends before it begins", first=year, last=last)
        )
    if last - year >= MAX_YEARS:
        raise KienanError(Message("choose at most {count} years at a time", count=MAX_YEARS))
    return year, last


# --- the counts every summary is made of -------------------------------------------------------
@dataclass
class _Counts:
    """Awards of a range of years, counted by a few narrow queries that each read an index in
    order (schema step 10), never by sorting every award."""

    years: list[int]
    forms: list[tuple[int, str]]  # (id, Vietnamese name) in catalogue order
    # (year, form, kind), (year, unit name, kind), (year, gender, level) -> (count, bonus)
    by_form: dict[tuple, tuple[int, int]]
    by_unit: dict[tuple, tuple[int, int]]
    by_person: dict[tuple, tuple[int, int]]
    decisions: dict[int, int]  # year -> decisions that made its awards
    decisions_total: int  # over the range: a decision with awards of two years counts once
    unit_order: dict[str, str]  # unit name -> Vietnamese sort text

    _KEYS = {
        "by_form": ("year", "form", "kind"),
        "by_unit": ("year", "unit", "kind"),
        "by_person": ("year", "gender", "level"),
    }

    def total(self, table: str, **where) -> tuple[int, int]:
        """Count and bonus of the table's entries whose key parts are as given."""
        names = self._KEYS[table]
        wanted = [(names.index(k), v) for k, v in where.items()]
        count = bonus = 0
        for key, (n, money) in getattr(self, table).items():
            if all(key[i] == v for i, v in wanted):
                count += n
                bonus += money
        return count, bonus

    def grouped(self, table: str, *by: str) -> dict[tuple, tuple[int, int]]:
        """Count and bonus summed by the named key parts."""
        names = self._KEYS[table]
        positions = [names.index(k) for k in by]
        sums: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
        for key, (n, money) in getattr(self, table).items():
            part = sums[tuple(key[i] for i in positions)]
            part[0] += n
            part[1] += money
        return {part: (n, money) for part, (n, money) in sums.items()}


def _counts(db: Database, first: int, last: int) -> _Counts:
    in_years = "status = 'awarded' AND achievement_year BETWEEN ? AND ?"
    years = [first, last]
    forms = db.execute("SELECT id, name_vi FROM award_forms ORDER BY sort_order, id").fetchall()
    by_form = {
        (year, form, kind): (n, bonus)
        for year, form, kind, n, bonus in db.execute(
            "SELECT achievement_year, form_id, recipient_kind, count(*), "
            f"coalesce(sum(bonus_amount), 0) FROM awards WHERE {in_years} GROUP BY 1, 2, 3",
            years,
        )
    }
    # A unit is counted under its record's name: a unit merged into another keeps its own
    # record, so last decade's awards stay under last decade's name.
    unit_names = unit_labels(db)
    by_unit: dict[tuple[int, str, str], tuple[int, int]] = {}
    for year, unit_id, kind, n, bonus in db.execute(
        "SELECT achievement_year, unit_id, recipient_kind, count(*), "
        f"coalesce(sum(bonus_amount), 0) FROM awards WHERE {in_years} GROUP BY 1, 2, 3",
        years,
    ):
        key = (year, unit_names.get(unit_id) or words.NO_UNIT, kind)
        old = by_unit.get(key, (0, 0))
        by_unit[key] = (old[0] + n, old[1] + bonus)
    # People first, each one's awards from the index beside it: no random reads.
    levels: dict[str | None, str | None] = {}
    by_person: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for year, gender, position, n in db.execute(
        """SELECT a.achievement_year, p.gender, coalesce(a.position, p.position), count(*)
           FROM people p CROSS JOIN awards a
             ON a.person_id = p.id AND a.status = 'awarded'
            AND a.achievement_year BETWEEN ? AND ?
           GROUP BY 1, 2, 3""",
        years,
    ):
        if position not in levels:
            levels[position] = position_level(position)
        by_person[(year, gender, levels[position])][0] += n
    decisions = dict(
        db.execute(
            "SELECT achievement_year, count(DISTINCT decision_id) FROM awards "
            f"WHERE {in_years} GROUP BY 1",
            years,
        ).fetchall()
    )
    decisions_total = db.execute(
        f"SELECT count(DISTINCT decision_id) FROM awards WHERE {in_years}", years
    ).fetchone()[0]
    unit_order = {
        unit: "\uffff" if unit == words.NO_UNIT else text_sort_text(unit)
        for unit in {key[1] for key in by_unit}
    }
    return _Counts(
        list(range(first, last + 1)),
        forms,
        by_form,
        by_unit,
        {key: (n, bonus) for key, (n, bonus) in by_person.items()},
        decisions,
        decisions_total,
        unit_order,
    )


def unit_labels(db: Database) -> dict[int, str]:
    """Each unit's name, with the unit above it when another unit has the same name (ten
    wards each have a "Tổ dân phố số 1")."""
    rows = db.execute(
        "SELECT u.id, u.name, p.name FROM units u LEFT JOIN units p ON p.id = u.parent_id"
    ).fetchall()
    seen: dict[str, int] = defaultdict(int)
    for _, name, _ in rows:
        seen[name] += 1
    return {
        unit_id: (f"{name} ({parent or unit_id})" if seen[name] > 1 else name)
        for unit_id, name, parent in rows
    }


def _sorted_units(counts: _Counts) -> list[str]:
    return sorted(counts.unit_order, key=counts.unit_order.get)


# --- the annual summary ------------------------------------------------------------------------
def annual_report(db: Database, year: int) -> Report:
    year, _ = _check_years(year, None)
    counts = _counts(db, year, year)
    kinds = _kinds()
    by_form_kind = counts.grouped("by_form", "form", "kind")
    form_rows = []
    for form_id, name in counts.forms:
        per_kind = [by_form_kind.get((form_id, kind), (0, 0))[0] for kind, _ in kinds]
        bonus = sum(by_form_kind.get((form_id, kind), (0, 0))[1] for kind, _ in kinds)
        if sum(per_kind):
            form_rows.append((name, *per_kind, sum(per_kind), bonus))
    total, bonus_total = counts.total("by_form")
    kind_totals = [counts.total("by_form", kind=kind)[0] for kind, _ in kinds]
    by_unit_kind = counts.grouped("by_unit", "unit", "kind")
    unit_rows = []
    for unit in _sorted_units(counts):
        per_kind = [by_unit_kind.get((unit, kind), (0, 0))[0] for kind, _ in kinds]
        bonus = sum(by_unit_kind.get((unit, kind), (0, 0))[1] for kind, _ in kinds)
        unit_rows.append((unit, *per_kind, sum(per_kind), bonus))
    kind_headers = tuple(label for _, label in kinds)
    individuals = counts.total("by_person")[0]
    by_gender = counts.grouped("by_person", "gender")
    gender_rows = [
        (label, by_gender.get((g,), (0, 0))[0], _share(by_gender.get((g,), (0, 0))[0], individuals))
        for g, label in _genders()
    ]
    by_level = counts.grouped("by_person", "level")
    level_rows = [
        (label, by_level.get((v,), (0, 0))[0], _share(by_level.get((v,), (0, 0))[0], individuals))
        for v, label in words.POSITION_LEVELS.items()
    ]
    decisions = _decisions_of(db, year, year)
    tables = [
        ReportTable(
            f"1. {words.BY_FORM_AND_KIND}",
            (words.AWARD_FORM, *kind_headers, words.TOTAL_COUNT, words.BONUS),
            form_rows,
            (words.TOTAL, *kind_totals, total, bonus_total),
        ),
        ReportTable(
            f"2. {words.BY_UNIT}",
            (words.UNIT, *kind_headers, words.TOTAL_COUNT, words.BONUS),
            unit_rows,
            (words.TOTAL, *kind_totals, total, bonus_total),
        ),
        ReportTable(
            f"3. {words.PEOPLE_BY_GENDER}",
            (words.GENDER, words.AWARDS_TO_PEOPLE, words.SHARE),
            gender_rows,
            (words.TOTAL, individuals, _share(individuals, individuals)),
        ),
        ReportTable(
            f"4. {words.PEOPLE_BY_POSITION}",
            (words.POSITION, words.AWARDS_TO_PEOPLE, words.SHARE),
            level_rows,
            (words.TOTAL, individuals, _share(individuals, individuals)),
        ),
        ReportTable(
            f"5. {words.DECISIONS_OF_THE_YEAR}",
            (
                words.DECISION_NUMBER,
                words.DATE,
                words.SUMMARY,
                words.AWARD_COUNT,
                words.BONUS,
            ),
            [(number, dmy(day), title, n, bonus) for number, day, title, n, bonus in decisions],
            (
                words.DECISION_COUNT.format(count=len(decisions)),
                None,
                None,
                sum(d[3] for d in decisions),
                sum(d[4] for d in decisions),
            ),
        ),
    ]
    chart = Chart(
        "bars",
        words.CHART_BY_FORM.format(year=year),
        [row[0] for row in form_rows],
        [
            ChartSeries(label, [float(row[1 + i]) for row in form_rows])
            for i, (_, label) in enumerate(kinds)
            if any(row[1 + i] for row in form_rows)
        ],
    )
    return Report(
        "annual",
        words.ANNUAL_TITLE.format(year=year),
        words.ANNUAL_SUBTITLE.format(year=year, count=_vi(total), bonus=_vi(bonus_total)),
        tables,
        [chart],
        notes=_revoked_note(db, year, year),
    )


def _vi(number: int) -> str:
    return format_decimal(str(number))


def _share(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _decisions_of(db: Database, first: int, last: int) -> list[tuple]:
    """The decisions that made awards for achievements of the years, with those awards."""
    return db.execute(
        """SELECT d.number, d.decided_on, coalesce(d.title, ''), count(*),
                  coalesce(sum(a.bonus_amount), 0)
           FROM awards a JOIN decisions d ON d.id = a.decision_id
           WHERE a.achievement_year BETWEEN ? AND ? AND a.status = 'awarded'
           GROUP BY d.id ORDER BY d.decided_on, d.number""",
        [first, last],
    ).fetchall()


def _revoked_note(db: Database, first: int, last: int) -> list[str]:
    revoked = db.execute(
        "SELECT count(*) FROM awards WHERE achievement_year BETWEEN ? AND ? AND status = 'revoked'",
        [first, last],
    ).fetchone()[0]
    return [words.REVOKED_LEFT_OUT.format(count=revoked)] if revoked else []


# --- the multi-year picture --------------------------------------------------------------------
def multi_year_report(db: Database, first: int, last: int) -> Report:
    first, last = _check_years(first, last)
    counts = _counts(db, first, last)
    years = counts.years
    year_headers = tuple(str(y) for y in years)

    def row(label: str, sums: dict, key) -> tuple:
        values = [sums.get((y, *key), (0, 0))[0] for y in years]
        return (label, *values, sum(values))

    by_year = counts.grouped("by_form", "year")
    totals = tuple(by_year.get((y,), (0, 0))[0] for y in years)
    total_row = (words.TOTAL, *totals, sum(totals))
    by_form = counts.grouped("by_form", "year", "form")
    form_rows = [row(name, by_form, (form_id,)) for form_id, name in counts.forms]
    form_rows = [r for r in form_rows if r[-1]]
    by_kind = counts.grouped("by_form", "year", "kind")
    kind_rows = [row(label, by_kind, (kind,)) for kind, label in _kinds()]
    by_gender = counts.grouped("by_person", "year", "gender")
    gender_rows = [row(label, by_gender, (gender,)) for gender, label in _genders()]
    by_level = counts.grouped("by_person", "year", "level")
    level_rows = [row(label, by_level, (level,)) for level, label in words.POSITION_LEVELS.items()]
    by_unit = counts.grouped("by_unit", "year", "unit")
    unit_rows = [row(unit, by_unit, (unit,)) for unit in _sorted_units(counts)]
    decisions_by_year = counts.decisions
    bonus = [by_year.get((y,), (0, 0))[1] for y in years]
    summary_rows = [
        (
            words.DECISION_NUMBER,
            *[decisions_by_year.get(y, 0) for y in years],
            counts.decisions_total,
        ),
        (words.AWARD_COUNT, *totals, sum(totals)),
        (words.BONUS, *bonus, sum(bonus)),
    ]
    headers = ("", *year_headers, words.TOTAL_COLUMN)
    individual_total_row = (words.PEOPLE_TOTAL, *kind_rows[0][1:])
    tables = [
        ReportTable(f"1. {words.YEARS_SUMMARY}", headers, summary_rows),
        ReportTable(f"2. {words.YEARS_BY_FORM}", (words.FORM, *headers[1:]), form_rows, total_row),
        ReportTable(
            f"3. {words.YEARS_BY_KIND}", (words.RECIPIENT_KIND, *headers[1:]), kind_rows, total_row
        ),
        ReportTable(
            f"4. {words.YEARS_PEOPLE_BY_GENDER}",
            (words.GENDER, *headers[1:]),
            gender_rows,
            individual_total_row,
        ),
        ReportTable(
            f"5. {words.YEARS_PEOPLE_BY_POSITION}",
            (words.POSITION, *headers[1:]),
            level_rows,
            individual_total_row,
        ),
        ReportTable(f"6. {words.YEARS_BY_UNIT}", (words.UNIT, *headers[1:]), unit_rows, total_row),
    ]
    chart = Chart(
        "lines",
        words.CHART_YEARS.format(first=first, last=last),
        list(year_headers),
        [ChartSeries(words.TOTAL_COUNT, [float(v) for v in totals])]
        + [ChartSeries(r[0], [float(v) for v in r[1:-1]]) for r in kind_rows if r[-1]],
    )
    return Report(
        "multi-year",
        words.MULTI_YEAR_TITLE.format(first=first, last=last),
        words.MULTI_YEAR_SUBTITLE.format(first=first, last=last, count=_vi(sum(totals))),
        tables,
        [chart],
        landscape=len(years) > 5,
        notes=_revoked_note(db, first, last),
    )


# --- a movement's targets and the awards that followed -----------------------------------------
def movement_report(db: Database, year: int, movement_id: int | None = None) -> Report:
    year, _ = _check_years(year, None)
    targets = target_progress(db, movement_id=movement_id, year=year)
    if (
        movement_id is not None
        and not db.execute("SELECT 1 FROM movements WHERE id = ?", [movement_id]).fetchone()
    ):
        raise KienanError(Message("there is no movement {movement}", movement=movement_id))
    movements: dict[int, str] = {}
    for target in targets:
        movements.setdefault(target.movement_id, target.movement_name)
    if not movements:
        raise KienanError(Message("no emulation movement has targets for {year}", year=year))
    tables, charts = [], []
    for number, (mid, name) in enumerate(movements.items(), start=1):
        own = [t for t in targets if t.movement_id == mid]
        target_rows = [
            (
                t.unit_name or words.WHOLE_AREA,
                t.indicator,
                t.measure_unit,
                "; ".join(p.plan.describe() for p in t.plans),
                t.actual,
                t.percent_of_plan,
                t.percent_of_same_period,
                words.TARGET_VERDICTS.get(
                    t.verdict, words.NOT_REPORTED if t.actual is None else ""
                ),
            )
            for t in own
        ]
        awards = _awards_after(db, year, mid, [t.target_id for t in own])
        per_unit: dict[str, list[int]] = {}
        for t in own:
            counts = per_unit.setdefault(t.unit_name or words.WHOLE_AREA, [0, 0, 0, 0])
            counts[0] += 1
            if t.verdict in ("exceeded", "met", "on_track"):
                counts[1] += 1
            elif t.verdict in ("not_met", "behind"):
                counts[2] += 1
        for award in awards:
            per_unit.setdefault(award[0], [0, 0, 0, 0])[3] += 1
        unit_names = sorted(per_unit, key=text_sort_text)
        tables += [
            ReportTable(
                f"{number}. {words.MOVEMENT_TARGETS.format(movement=name)}",
                (
                    words.UNIT,
                    words.INDICATOR,
                    words.MEASURE_UNIT,
                    words.PLAN,
                    words.ACTUAL,
                    words.PERCENT_OF_PLAN,
                    words.PERCENT_OF_SAME_PERIOD,
                    words.VERDICT,
                ),
                target_rows,
                widths=(14, 26, 8, 14, 10, 8, 8, 12),
            ),
            ReportTable(
                f"{number}. {words.MOVEMENT_UNITS.format(movement=name)}",
                (
                    words.UNIT,
                    words.TARGET_COUNT,
                    words.TARGETS_MET,
                    words.TARGETS_NOT_MET,
                    words.AWARD_COUNT,
                ),
                [(unit, *per_unit[unit]) for unit in unit_names],
                (
                    words.TOTAL,
                    *[sum(per_unit[u][i] for u in unit_names) for i in range(4)],
                ),
            ),
            ReportTable(
                f"{number}. {words.MOVEMENT_AWARDS.format(movement=name)}",
                (words.UNIT, words.RECIPIENT, words.FORM, words.DECISION_NUMBER, words.DATE),
                [
                    (unit, who, form, decision, dmy(day))
                    for unit, who, form, decision, day in awards
                ],
            ),
        ]
        # The chart sets each unit with targets beside the awards it received.
        assigned = [u for u in unit_names if per_unit[u][0]]
        charts.append(
            Chart(
                "bars",
                name,
                assigned,
                [
                    ChartSeries(words.CHART_TARGETS_MET, [float(per_unit[u][1]) for u in assigned]),
                    ChartSeries(words.CHART_AWARDS, [float(per_unit[u][3]) for u in assigned]),
                ],
            )
        )
    return Report(
        "movement",
        words.MOVEMENT_TITLE.format(year=year),
        "; ".join(movements.values()),
        tables,
        charts,
        landscape=True,
    )


def _awards_after(db: Database, year: int, movement_id: int, target_ids: list[int]) -> list[tuple]:
    """The year's awards of the movement's decisions, or whose evidence names its targets."""
    marks = ", ".join("?" for _ in target_ids) or "NULL"
    rows = db.execute(
        f"""SELECT coalesce(a.unit_name, u.name, a.recipient_name), a.recipient_name,
                   f.name_vi, d.number, d.decided_on, coalesce(p.name_sort_key, '')
            FROM awards a JOIN award_forms f ON f.id = a.form_id
            JOIN decisions d ON d.id = a.decision_id
            LEFT JOIN units u ON u.id = a.unit_id
            LEFT JOIN people p ON p.id = a.person_id
            WHERE a.status = 'awarded' AND a.achievement_year = ?
              AND (d.movement_id = ? OR a.id IN (
                   SELECT award_id FROM award_evidence WHERE target_id IN ({marks})))""",
        [year, movement_id, *target_ids],
    ).fetchall()
    rows.sort(key=lambda r: (text_sort_text(r[0]), r[5] or name_sort_text(r[1])))
    return [row[:5] for row in rows]


# --- the honour list of a year -----------------------------------------------------------------
def honour_list(db: Database, year: int) -> Report:
    year, _ = _check_years(year, None)
    rows = db.execute(
        """SELECT coalesce(a.unit_name, u.name), a.recipient_kind, a.recipient_name,
                  coalesce(a.position, p.position, ''), f.name_vi, d.number,
                  a.register_number, p.name_sort_key
           FROM awards a JOIN award_forms f ON f.id = a.form_id
           JOIN decisions d ON d.id = a.decision_id
           LEFT JOIN people p ON p.id = a.person_id
           LEFT JOIN units u ON u.id = a.unit_id
           WHERE a.achievement_year = ? AND a.status = 'awarded'""",
        [year],
    ).fetchall()
    if not rows:
        raise KienanError(Message("no award was made for the achievements of {year}", year=year))
    by_unit: dict[str, list[tuple]] = defaultdict(list)
    for unit, kind, name, position, form, decision, number, sort_key in rows:
        # Collectives first, then people by given name, family and middle names.
        order = (
            (0, text_sort_text(name))
            if kind != "individual"
            else (1, sort_key or name_sort_text(name))
        )
        by_unit[unit or words.NO_UNIT].append((order, name, position, form, decision, number))
    unit_order = sorted(
        by_unit, key=lambda u: "\uffff" if u == words.NO_UNIT else text_sort_text(u)
    )
    tables = []
    for unit in unit_order:
        entries = sorted(by_unit[unit], key=lambda e: e[0])
        tables.append(
            ReportTable(
                f"{unit} ({len(entries)})",
                (
                    words.ROW_NUMBER,
                    words.NAME_OR_COLLECTIVE,
                    words.POSITION,
                    words.FORM,
                    words.DECISION_NUMBER,
                    words.REGISTER_NUMBER,
                ),
                [(n, *entry[1:]) for n, entry in enumerate(entries, start=1)],
                widths=(7, 29, 20, 20, 14, 10),
            )
        )
    return Report(
        "honour-list",
        words.HONOUR_LIST_TITLE.format(year=year),
        words.HONOUR_LIST_SUBTITLE.format(count=_vi(len(rows)), units=len(tables)),
        tables,
        notes=_revoked_note(db, year, year),
    )


def build_report(
    db: Database,
    kind: str,
    year: int,
    to_year: int | None = None,
    movement_id: int | None = None,
) -> Report:
    """One of REPORT_KINDS; to_year for the multi-year report, movement for the movement's."""
    if kind == "annual":
        return annual_report(db, year)
    if kind == "multi-year":
        return multi_year_report(db, year, to_year if to_year is not None else year)
    if kind == "movement":
        return movement_report(db, year, movement_id)
    if kind == "honour-list":
        return honour_list(db, year)
    raise KienanError(
        Message(
            "there is no report '{kind}'; choose {known}", kind=kind, known=", ".join(REPORT_KINDS)
        )
    )
