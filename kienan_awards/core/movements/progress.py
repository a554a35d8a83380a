"""How far each target has come: percent of each plan and of the same period last year, and
whether it is exceeded, met or not met (during the year: on track or behind).

Percentages are computed from the stored figures, never typed in, and rounded half up to two
decimal places, written as the office writes them: at least one decimal, the second only when it
counts ("101,5%", "100,98%", "112,0%"). A rate (a growth or share in %) is compared with the
same period by its difference in percentage points (7,1% against 12%: -4,9 points), not by the
ratio of two rates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, NamedTuple

from kienan_awards.core import vocabulary as words
from kienan_awards.core.i18n import N_
from kienan_awards.core.movements.movement_plans import describe_plan
from kienan_awards.core.text import VIETNAMESE_MARKS, format_decimal, text_sort_text

if TYPE_CHECKING:
    from sqlite_utils import Database

PERCENT_PLACES = Decimal("0.01")
SHORT_PERCENT_PLACES = Decimal("0.1")  # when the second decimal is 0
RATE_MEASURE = "%"
ABOUT_TOLERANCE_SETTING = "progress.about_tolerance_percent"
DEFAULT_ABOUT_TOLERANCE = Decimal("5")  # "about 4" is met from 95% to 105% of 4
STATUSES = ("exceeded", "met", "not_met")
# What the window and the command line call each status (and each pace while a period runs).
STATUS_WORDS = {
    "exceeded": N_("exceeded"),
    "met": N_("met"),
    "not_met": N_("not met"),
    "on_track": N_("on track"),
    "behind": N_("behind"),
    "not_reported": N_("not reported"),
}


def percent(actual: Decimal | None, base: Decimal | None) -> Decimal | None:
    if actual is None or base is None or base == 0:
        return None
    return shown_percent(exact_percent(actual, base))


def exact_percent(actual: Decimal, base: Decimal) -> Decimal:
    """actual as a percent of a base other than 0, rounded half up to two places: what a
    percentage is compared and scored on."""
    return (actual * 100 / base).quantize(PERCENT_PLACES, ROUND_HALF_UP)  # by position: faster


def shown_percent(exact: Decimal) -> Decimal:
    """The same percentage as the office writes it: the second decimal only when it counts."""
    short = exact.quantize(SHORT_PERCENT_PLACES)
    return short if short == exact else exact


def is_rate(measure_unit: str | None) -> bool:
    """A rate indicator (growth %, share %): compared with the same period in points."""
    return (measure_unit or "").strip() == RATE_MEASURE


def points(actual: Decimal | None, base: Decimal | None) -> Decimal | None:
    """A rate's change from base in percentage points."""
    if actual is None or base is None:
        return None
    return actual - base


def plan_status(
    form: str,
    value: Decimal,
    value_high: Decimal | None,
    actual: Decimal,
    about_tolerance: Decimal = DEFAULT_ABOUT_TOLERANCE,
) -> str:
    """exceeded / met / not_met against a plan of the form (at_least, at_most, range, about)."""
    if form == "at_least":
        return "exceeded" if actual > value else "met" if actual == value else "not_met"
    if form == "at_most":  # lower is better: met at or below
        return "met" if actual <= value else "not_met"
    if form == "range":
        if actual < value:
            return "not_met"
        return "met" if actual <= value_high else "exceeded"
    margin = value * about_tolerance / 100
    if actual < value - margin:
        return "not_met"
    return "met" if actual <= value + margin else "exceeded"


class Plan(NamedTuple):
    """A plan of a target. A tuple rather than a frozen dataclass: a movement's progress makes
    one for each plan of each target, and a frozen dataclass takes three times as long to
    build."""

    source: str
    form: str  # at_least, at_most, range, about
    value: Decimal
    value_high: Decimal | None = None

    def describe(self, marks: tuple[str, str] = VIETNAMESE_MARKS) -> str:
        """The plan in signs, as the window shows it ("≥ 754.505", "~ 4")."""
        return describe_plan(
            self.form,
            str(self.value),
            str(self.value_high) if self.value_high is not None else None,
            marks,
        )

    def in_words(self) -> str:
        """The plan as a document writes it: "khoảng 4" for about 4, signs otherwise."""
        if self.form == "about":
            return words.ABOUT_PLAN.format(value=format_decimal(str(self.value)))
        return self.describe()

    def status(self, actual: Decimal, about_tolerance: Decimal = DEFAULT_ABOUT_TOLERANCE) -> str:
        """exceeded / met / not_met, by the plan's own form."""
        return plan_status(self.form, self.value, self.value_high, actual, about_tolerance)

    def expected_by(self, elapsed: Decimal) -> Decimal:
        """The amount due by a share of the period, for targets that accumulate."""
        return self.value * elapsed


@dataclass(frozen=True)
class PlanResult:
    plan: Plan
    percent: Decimal | None
    status: str | None


@dataclass
class TargetProgress:
    target_id: int
    movement_id: int
    movement_name: str
    unit_id: int | None
    unit_name: str | None
    indicator: str
    measure_unit: str
    accumulates: bool
    period_start: dt.date | None
    period_end: dt.date | None
    same_period: Decimal | None
    actual: Decimal | None = None
    reported_on: dt.date | None = None
    plans: list[PlanResult] = field(default_factory=list)
    percent_of_same_period: Decimal | None = None  # None for a rate: see points_from_same_period
    points_from_same_period: Decimal | None = None  # a rate's change, in percentage points
    pace: str | None = None  # on_track / behind while the period runs

    @property
    def status(self) -> str | None:
        """The status against the first plan source (the one percentages are quoted against)."""
        return self.plans[0].status if self.plans else None

    @property
    def verdict(self) -> str | None:
        """What to show: on track / behind while an amount is still accumulating, else the
        status against the first plan."""
        return self.pace or self.status

    @property
    def percent_of_plan(self) -> Decimal | None:
        return self.plans[0].percent if self.plans else None


def about_tolerance(db: Database) -> Decimal:
    row = db.execute(
        "SELECT value FROM settings WHERE key = ?", [ABOUT_TOLERANCE_SETTING]
    ).fetchone()
    return Decimal(row[0]) if row else DEFAULT_ABOUT_TOLERANCE


def _elapsed_share(start: dt.date, end: dt.date, on: dt.date) -> Decimal:
    days = (end - start).days + 1
    return Decimal(min(max((on - start).days + 1, 0), days)) / Decimal(days)


def _pace(target: TargetProgress) -> str | None:
    """While the period runs, is an accumulating target keeping up with the calendar?"""
    if not (
        target.accumulates
        and target.actual is not None
        and target.reported_on
        and target.period_start
        and target.period_end
        and target.plans
    ):
        return None
    if target.reported_on >= target.period_end:
        return None
    plan = target.plans[0].plan
    if plan.form not in ("at_least", "about", "range"):
        return None
    due = plan.expected_by(
        _elapsed_share(target.period_start, target.period_end, target.reported_on)
    )
    return "on_track" if target.actual >= due else "behind"


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def target_progress(
    db: Database,
    movement_id: int | None = None,
    year: int | None = None,
    as_of: dt.date | None = None,
    target_ids: list[int] | None = None,
) -> list[TargetProgress]:
    """Every target (of a movement, or of movements of a year), with its latest report on or
    before as_of (default: the latest of all)."""
    where, params = ["1"], []
    if movement_id is not None:
        where.append("t.movement_id = ?")
        params.append(movement_id)
    if year is not None:
        where.append(
            "(t.period_year = ? OR (t.period_year IS NULL AND "
            "CAST(strftime('%Y', m.starts_on) AS INTEGER) = ?))"
        )
        params += [year, year]
    if target_ids is not None:
        where.append(f"t.id IN ({', '.join('?' for _ in target_ids)})")
        params += list(target_ids)
    rows = db.execute(
        f"""SELECT t.id, t.movement_id, m.name, t.unit_id, u.name, t.indicator, t.measure_unit,
                   t.accumulates, m.starts_on, m.ends_on, t.same_period_value
            FROM targets t JOIN movements m ON m.id = t.movement_id
            LEFT JOIN units u ON u.id = t.unit_id
            WHERE {" AND ".join(where)}
            ORDER BY m.starts_on, m.id, t.unit_id IS NOT NULL, u.name_sort_key, t.sort_order,
                     t.id""",
        params,
    ).fetchall()
    targets = {
        row[0]: TargetProgress(
            target_id=row[0],
            movement_id=row[1],
            movement_name=row[2],
            unit_id=row[3],
            unit_name=row[4],
            indicator=row[5],
            measure_unit=row[6],
            accumulates=bool(row[7]),
            period_start=_date(row[8]),
            period_end=_date(row[9]),
            same_period=Decimal(row[10]) if row[10] not in (None, "") else None,
        )
        for row in rows
    }
    if not targets:
        return []
    marks = ", ".join("?" for _ in targets)
    plans: dict[int, list[Plan]] = {}
    for target_id, source, form, value, high in db.execute(
        f"SELECT target_id, source, plan_form, value, value_high FROM target_plans "
        f"WHERE target_id IN ({marks}) ORDER BY id",
        list(targets),
    ):
        plans.setdefault(target_id, []).append(
            Plan(source, form, Decimal(value), Decimal(high) if high is not None else None)
        )
    cutoff = as_of.isoformat() if as_of else "9999-12-31"
    for target_id, reported_on, actual in db.execute(
        f"""SELECT r.target_id, r.reported_on, r.actual_value FROM progress_reports r
            WHERE r.target_id IN ({marks}) AND r.reported_on <= ?
            ORDER BY r.target_id, r.reported_on, r.id""",
        [*targets, cutoff],
    ):
        targets[target_id].actual = Decimal(actual)
        targets[target_id].reported_on = _date(reported_on)
    tolerance = about_tolerance(db)
    for target in targets.values():
        for plan in plans.get(target.target_id, []):
            if target.actual is None:
                target.plans.append(PlanResult(plan, None, None))
                continue
            base = plan.value if plan.form != "range" else plan.value
            target.plans.append(
                PlanResult(
                    plan, percent(target.actual, base), plan.status(target.actual, tolerance)
                )
            )
        if is_rate(target.measure_unit):
            target.points_from_same_period = points(target.actual, target.same_period)
        else:
            target.percent_of_same_period = percent(target.actual, target.same_period)
        target.pace = _pace(target)
    return list(targets.values())


def progress_history(db: Database, target_id: int) -> list[tuple[dt.date, Decimal, str | None]]:
    """Every report of a target: (date, actual, source)."""
    return [
        (dt.date.fromisoformat(day), Decimal(actual), source)
        for day, actual, source in db.execute(
            "SELECT reported_on, actual_value, source FROM progress_reports WHERE target_id = ? "
            "ORDER BY reported_on, id",
            [target_id],
        )
    ]


@dataclass
class UnitResult:
    unit_id: int
    unit_name: str
    met: int
    not_met: int
    unreported: int

    @property
    def met_all(self) -> bool:
        return self.not_met == 0 and self.unreported == 0 and self.met > 0


def movement_results(db: Database, movement_id: int) -> list[UnitResult]:
    """Per unit with targets in the movement: how many were met (or exceeded), not met, or not
    reported. Units that met all come first: the start of the year-end proposals."""
    results: dict[int, UnitResult] = {}
    for target in target_progress(db, movement_id):
        if target.unit_id is None:
            continue
        result = results.setdefault(
            target.unit_id, UnitResult(target.unit_id, target.unit_name, 0, 0, 0)
        )
        if target.status is None:
            result.unreported += 1
        elif target.status == "not_met":
            result.not_met += 1
        else:
            result.met += 1
    return sorted(results.values(), key=lambda r: (not r.met_all, text_sort_text(r.unit_name)))
