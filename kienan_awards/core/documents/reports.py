"""The reports the desk presents at the year-end conference and sends to the city: the year's
summary, the multi-year picture, a movement's targets with the awards that followed
(movement_report.py), and the honour list of a year.

Each report is computed here as plain tables and chart series (Vietnamese headings, whatever
the window's language, like certificates and decisions); the window, the PDF and the Excel
workbook only lay them out. Revoked awards are left out of every count.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from kienan_awards.core import vocabulary as words
from kienan_awards.core.cycle.registrations import registration_counts
from kienan_awards.core.documents import report_counts as tally
from kienan_awards.core.documents.movement_report import movement_report
from kienan_awards.core.documents.report_counts import position_level, unit_labels
from kienan_awards.core.documents.report_model import (
    CODE,
    COUNT,
    DATE,
    TEXT,
    Chart,
    ChartSeries,
    Report,
    ReportTable,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.text import name_sort_text, text_sort_text

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "REPORT_KINDS",
    "Chart",
    "ChartSeries",
    "Report",
    "ReportTable",
    "annual_report",
    "build_report",
    "honour_list",
    "movement_report",
    "multi_year_report",
    "position_level",
    "unit_labels",
]

REPORT_KINDS = ("annual", "multi-year", "movement", "honour-list")
_DECISION_KINDS = (CODE, DATE, TEXT, COUNT, COUNT)


# --- the annual summary ------------------------------------------------------------------------
def annual_report(db: Database, year: int) -> Report:
    year, _ = tally.check_years(year, None)
    counts = tally.counts(db, year, year)
    kinds = tally.kinds()
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
    for unit in tally.sorted_units(counts):
        per_kind = [by_unit_kind.get((unit, kind), (0, 0))[0] for kind, _ in kinds]
        bonus = sum(by_unit_kind.get((unit, kind), (0, 0))[1] for kind, _ in kinds)
        unit_rows.append((unit, *per_kind, sum(per_kind), bonus))
    kind_headers = tuple(label for _, label in kinds)
    individuals = counts.total("by_person")[0]
    by_gender = counts.grouped("by_person", "gender")
    gender_rows = [
        (
            label,
            by_gender.get((g,), (0, 0))[0],
            tally.share(by_gender.get((g,), (0, 0))[0], individuals),
        )
        for g, label in tally.genders()
    ]
    by_level = counts.grouped("by_person", "level")
    level_rows = [
        (
            label,
            by_level.get((v,), (0, 0))[0],
            tally.share(by_level.get((v,), (0, 0))[0], individuals),
        )
        for v, label in words.POSITION_LEVELS.items()
    ]
    decisions = tally.decisions_of(db, year, year)
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
            (words.TOTAL, individuals, tally.share(individuals, individuals)),
        ),
        ReportTable(
            f"4. {words.PEOPLE_BY_POSITION}",
            (words.POSITION, words.AWARDS_TO_PEOPLE, words.SHARE),
            level_rows,
            (words.TOTAL, individuals, tally.share(individuals, individuals)),
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
            [
                (number, dt.date.fromisoformat(day) if day else None, title, n, bonus)
                for number, day, title, n, bonus in decisions
            ],
            (
                words.DECISION_COUNT.format(count=len(decisions)),
                None,
                None,
                sum(d[3] for d in decisions),
                sum(d[4] for d in decisions),
            ),
            widths=(15, 11, 49, 11, 14),
            kinds=_DECISION_KINDS,
        ),
    ]
    registered = _registrations_table(db, year)
    if registered is not None:
        tables.append(registered)
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
        words.ANNUAL_SUBTITLE.format(year=year, count=tally.vi(total), bonus=tally.vi(bonus_total)),
        tables,
        [chart],
        notes=tally.revoked_note(db, year, year),
    )


def _registrations_table(db: Database, year: int) -> ReportTable | None:
    """What each unit registered for the year and how much of it was achieved; None for a
    year without registrations."""
    counts = sorted(registration_counts(db, year), key=lambda unit: text_sort_text(unit.unit_name))
    if not counts:
        return None
    registered = sum(unit.registered for unit in counts)
    achieved = sum(unit.achieved for unit in counts)
    proposed = sum(unit.proposed for unit in counts)
    return ReportTable(
        f"6. {words.REGISTRATIONS_BY_UNIT}",
        (
            words.UNIT,
            words.TITLES_REGISTERED,
            words.TITLES_ACHIEVED,
            words.TITLES_PROPOSED,
            words.ACHIEVED_SHARE,
        ),
        [
            (unit.unit_name, unit.registered, unit.achieved, unit.proposed, unit.rate)
            for unit in counts
        ],
        (words.TOTAL, registered, achieved, proposed, tally.share(achieved, registered)),
    )


# --- the multi-year picture --------------------------------------------------------------------
def multi_year_report(db: Database, first: int, last: int) -> Report:
    first, last = tally.check_years(first, last)
    counts = tally.counts(db, first, last)
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
    kind_rows = [row(label, by_kind, (kind,)) for kind, label in tally.kinds()]
    by_gender = counts.grouped("by_person", "year", "gender")
    gender_rows = [row(label, by_gender, (gender,)) for gender, label in tally.genders()]
    by_level = counts.grouped("by_person", "year", "level")
    level_rows = [row(label, by_level, (level,)) for level, label in words.POSITION_LEVELS.items()]
    by_unit = counts.grouped("by_unit", "year", "unit")
    unit_rows = [row(unit, by_unit, (unit,)) for unit in tally.sorted_units(counts)]
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
        words.MULTI_YEAR_SUBTITLE.format(first=first, last=last, count=tally.vi(sum(totals))),
        tables,
        [chart],
        landscape=len(years) > 8,  # a name and up to eight years fit across A4 upright
        notes=tally.revoked_note(db, first, last),
    )


# --- the honour list of a year -----------------------------------------------------------------
def honour_list(db: Database, year: int) -> Report:
    year, _ = tally.check_years(year, None)
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
                widths=(6, 28, 25, 20, 13, 8),
                kinds=(COUNT, TEXT, TEXT, TEXT, CODE, COUNT),
            )
        )
    return Report(
        "honour-list",
        words.HONOUR_LIST_TITLE.format(year=year),
        words.HONOUR_LIST_SUBTITLE.format(count=tally.vi(len(rows)), units=len(tables)),
        tables,
        notes=tally.revoked_note(db, year, year),
    )


def build_report(
    db: Database,
    kind: str,
    year: int | None,
    to_year: int | None = None,
    movement_id: int | None = None,
) -> Report:
    """One of REPORT_KINDS; to_year for the multi-year report, movement for the movement's.
    The multi-year report runs over every year on record unless its years are given; the
    others need their year."""
    if kind == "annual":
        return annual_report(db, year)
    if kind == "multi-year":
        return multi_year_report(db, *tally.every_year(db, year, to_year))
    if year is None:
        raise KienanError(Message("choose the year of the {kind} report", kind=kind))
    if kind == "movement":
        return movement_report(db, year, movement_id)
    if kind == "honour-list":
        return honour_list(db, year)
    raise KienanError(
        Message(
            "there is no report '{kind}'; choose {known}", kind=kind, known=", ".join(REPORT_KINDS)
        )
    )
