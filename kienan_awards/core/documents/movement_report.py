"""A movement's report: its targets against every plan source, each unit's results, and the
awards that followed; for every movement of a year, or one."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.report_counts import check_years
from kienan_awards.core.documents.report_model import (
    CODE,
    COMPARISON,
    COUNT,
    DATE,
    FIGURE,
    PERCENT,
    TEXT,
    Cell,
    Chart,
    ChartSeries,
    PointChange,
    Report,
    ReportTable,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.movements.progress import TargetProgress, target_progress
from kienan_awards.core.text import name_sort_text, text_sort_text

if TYPE_CHECKING:
    from sqlite_utils import Database

_TARGET_KINDS = (TEXT, TEXT, TEXT, TEXT, FIGURE, PERCENT, COMPARISON, TEXT)
_AWARD_KINDS = (TEXT, TEXT, TEXT, CODE, DATE)


def movement_report(db: Database, year: int, movement_id: int | None = None) -> Report:
    year, _ = check_years(year, None)
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
    for mid, name in movements.items():
        own = [t for t in targets if t.movement_id == mid]
        awards = _awards_after(db, year, mid, [t.target_id for t in own])
        per_unit = _unit_results(own, awards)
        unit_names = sorted(per_unit, key=text_sort_text)
        number = len(tables)  # sections run 1, 2, 3 and on through the movements
        tables += [
            ReportTable(
                f"{number + 1}. {words.MOVEMENT_TARGETS.format(movement=name)}",
                (
                    words.UNIT,
                    words.INDICATOR,
                    words.MEASURE_UNIT,
                    words.PLAN,
                    words.ACTUAL,
                    words.PERCENT_OF_PLAN,
                    words.SAME_PERIOD_COMPARISON,
                    words.VERDICT,
                ),
                [row for t in own for row in _target_rows(t)],
                widths=(12, 21, 7, 21, 10, 8, 10, 11),
                kinds=_TARGET_KINDS,
            ),
            ReportTable(
                f"{number + 2}. {words.MOVEMENT_UNITS.format(movement=name)}",
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
                kinds=(TEXT, COUNT, COUNT, COUNT, COUNT),
            ),
            ReportTable(
                f"{number + 3}. {words.MOVEMENT_AWARDS.format(movement=name)}",
                (words.UNIT, words.RECIPIENT, words.FORM, words.DECISION_NUMBER, words.DATE),
                [
                    (unit, who, form, decision, dt.date.fromisoformat(day) if day else None)
                    for unit, who, form, decision, day in awards
                ],
                widths=(27, 27, 20, 15, 11),
                kinds=_AWARD_KINDS,
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
                table=number,
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


def _target_rows(target: TargetProgress) -> list[tuple[Cell, ...]]:
    """A target's row, and a row under it for each further plan source (the council's plan
    beside the city's), each with its own % and verdict."""
    comparison: Cell = target.percent_of_same_period
    if target.points_from_same_period is not None:
        comparison = PointChange(target.points_from_same_period)
    first = (
        target.unit_name or words.WHOLE_AREA,
        target.indicator,
        target.measure_unit,
        _plan_text(target, 0),
        target.actual,
        target.percent_of_plan,
        comparison,
        words.TARGET_VERDICTS.get(
            target.verdict, words.NOT_REPORTED if target.actual is None else ""
        ),
    )
    further = [
        (
            None,
            None,
            None,
            _plan_text(target, index),
            None,
            result.percent,
            None,
            words.TARGET_VERDICTS.get(result.status, ""),
        )
        for index, result in enumerate(target.plans[1:], start=1)
    ]
    return [first, *further]


def _plan_text(target: TargetProgress, index: int) -> str:
    if index >= len(target.plans):
        return ""
    plan = target.plans[index].plan
    if len(target.plans) == 1:
        return plan.in_words()
    return f"{plan.source}: {plan.in_words()}"


def _unit_results(own: list[TargetProgress], awards: list[tuple]) -> dict[str, list[int]]:
    """Per unit: targets, met or on track, not met or behind, awards."""
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
    return per_unit


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
