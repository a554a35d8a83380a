"""Emulation movements and the plan targets assigned under them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import N_
from kienan_awards.core.lists.cell_values import CellError, decimal_number
from kienan_awards.core.messages import Message
from kienan_awards.core.records import record_edits
from kienan_awards.core.records.record_edits import EditGroup
from kienan_awards.core.text import VIETNAMESE_MARKS, clean, fold, format_decimal
from kienan_awards.core.vocabulary import PLAN

if TYPE_CHECKING:
    from sqlite_utils import Database

PLAN_FORM_SIGNS = {"at_least": "≥", "at_most": "≤", "about": "~"}


@dataclass(frozen=True)
class MovementRow:
    id: int
    name: str
    kind: str
    starts_on: str | None
    ends_on: str | None
    status: str
    themes: str | None


@dataclass(frozen=True)
class TargetRow:
    id: int
    indicator: str
    unit_name: str | None
    measure_unit: str
    plans: str
    same_period_value: str | None
    latest_actual: str | None


def describe_plan(
    plan_form: str, value: str, value_high: str | None, marks: tuple[str, str] = VIETNAMESE_MARKS
) -> str:
    if plan_form == "range":
        return f"{format_decimal(value, marks)} - {format_decimal(value_high, marks)}"
    return f"{PLAN_FORM_SIGNS[plan_form]} {format_decimal(value, marks)}"


def list_movements(db: Database) -> list[MovementRow]:
    rows = db.execute(
        "SELECT id, name, kind, starts_on, ends_on, status, themes FROM movements "
        "ORDER BY starts_on DESC, id DESC"
    ).fetchall()
    return [MovementRow(*row) for row in rows]


def list_targets(
    db: Database, movement_id: int, marks: tuple[str, str] = VIETNAMESE_MARKS
) -> list[TargetRow]:
    """The movement's targets, their plans written out with the given marks."""
    plans: dict[int, list[str]] = {}
    for target_id, source, form, value, high in db.execute(
        """SELECT p.target_id, p.source, p.plan_form, p.value, p.value_high
           FROM target_plans p JOIN targets t ON t.id = p.target_id
           WHERE t.movement_id = ? ORDER BY p.id""",
        [movement_id],
    ):
        plans.setdefault(target_id, []).append(
            f"{source}: {describe_plan(form, value, high, marks)}"
        )
    rows = db.execute(
        """SELECT t.id, t.indicator, u.name, t.measure_unit, t.same_period_value,
                  (SELECT r.actual_value FROM progress_reports r WHERE r.target_id = t.id
                   ORDER BY r.reported_on DESC, r.id DESC LIMIT 1)
           FROM targets t LEFT JOIN units u ON u.id = t.unit_id
           WHERE t.movement_id = ?
           ORDER BY t.unit_id IS NOT NULL, u.name_sort_key, t.sort_order, t.id""",
        [movement_id],
    ).fetchall()
    return [
        TargetRow(
            id=target_id,
            indicator=indicator,
            unit_name=unit_name,
            measure_unit=measure_unit,
            plans="; ".join(plans.get(target_id, [])),
            same_period_value=same_period,
            latest_actual=latest,
        )
        for target_id, indicator, unit_name, measure_unit, same_period, latest in rows
    ]


_PLAN_WORDS = (
    # (folded words or signs at the start, plan form)
    (("≥", ">=", ">", "it nhat", "toi thieu", "tren", "dat tu", "at least", "over"), "at_least"),
    (("≤", "<=", "<", "duoi", "khong qua", "toi da", "at most", "below", "under"), "at_most"),
    (("~", "≈", "khoang", "about", "around", "xap xi"), "about"),
)
_RANGE = re.compile(r"^(?:tu\s*)?([\d.,]+)\s*(?:-|–|den|to)\s*([\d.,]+)$")


def parse_plan(text: str) -> tuple[str, Decimal, Decimal | None]:
    """(form, value, high) from a plan as offices write it: "≥ 754.505", "6,6-6,8",
    "dưới 3", "khoảng 4", "754.505" (at least)."""
    shown = fold(text).replace("%", "").strip()
    if not shown:
        raise CellError(Message("the plan is empty"))
    for words, form in _PLAN_WORDS:
        for word in words:
            if shown.startswith(word):
                return form, decimal_number(shown[len(word) :].strip()), None
    match = _RANGE.match(shown)
    if match:
        low, high = decimal_number(match.group(1)), decimal_number(match.group(2))
        if high < low:
            raise CellError(Message("the range {text} runs backwards", text=text))
        return "range", low, high
    return "at_least", decimal_number(shown), None


def save_movement(db: Database, fields: dict) -> EditGroup:
    name = clean(fields.get("name"))
    if not name:
        raise KienanError(Message("name: the movement needs a name"))
    if fields.get("kind") not in ("regular", "campaign"):
        raise KienanError(Message("kind: regular or campaign"))
    starts, ends = fields.get("starts_on"), fields.get("ends_on")
    if starts and ends and ends < starts:
        raise KienanError(Message("period: the movement ends before it starts"))
    values = {
        "name": name,
        "kind": fields["kind"],
        "starts_on": starts,
        "ends_on": ends,
        "launching_decision": clean(fields.get("launching_decision")) or None,
        "themes": clean(fields.get("themes")) or None,
        "status": fields.get("status") or "active",
    }
    return record_edits.insert_record(db, "movements", values, N_("new movement"))


def save_target(db: Database, movement_id: int, fields: dict) -> EditGroup:
    """A target with its plans: fields has indicator, unit_id, measure_unit, same_period,
    accumulates and plans as [(source, plan text)]."""
    indicator = clean(fields.get("indicator"))
    if not indicator:
        raise KienanError(Message("indicator: the target needs an indicator"))
    plans = [(clean(source), text) for source, text in fields.get("plans", []) if clean(text)]
    if not plans:
        raise KienanError(
            Message("plan: give at least one plan, e.g. '≥ 754.505', '6,6-6,8', 'dưới 3'")
        )
    parsed = []
    for source, text in plans:
        try:
            parsed.append((source or PLAN, *parse_plan(text)))
        except CellError as error:
            raise KienanError(
                Message("plan '{text}': {problem}", text=text, problem=error.args[0])
            ) from None
    same_period = None
    if clean(fields.get("same_period")):
        try:
            same_period = decimal_number(fields["same_period"])
        except CellError as error:
            raise KienanError(Message("same period: {problem}", problem=error.args[0])) from None
    measure = clean(fields.get("measure_unit"))
    with record_edits.transaction(db):
        group = record_edits.insert_record(
            db,
            "targets",
            {
                "movement_id": movement_id,
                "unit_id": fields.get("unit_id"),
                "indicator": indicator,
                "measure_unit": measure,
                "period_year": fields.get("period_year"),
                "same_period_value": f"{same_period:f}" if same_period is not None else None,
                "accumulates": int(fields.get("accumulates", measure != "%")),
            },
            N_("new target"),
        )
        for source, form, value, high in parsed:
            group.extend(
                record_edits.insert_record(
                    db,
                    "target_plans",
                    {
                        "target_id": group.record_id,
                        "source": source,
                        "plan_form": form,
                        "value": f"{value:f}",
                        "value_high": f"{high:f}" if high is not None else None,
                    },
                    group.label,
                )
            )
    return group


def report_progress(db: Database, target_id: int, fields: dict) -> EditGroup:
    """A progress report: the cumulative actual value at a date."""
    reported_on = fields.get("reported_on")
    if not reported_on:
        raise KienanError(Message("date: when was this figure reported?"))
    try:
        actual = decimal_number(fields.get("actual_value"))
    except CellError as error:
        raise KienanError(Message("actual value: {problem}", problem=error.args[0])) from None
    values = {
        "target_id": target_id,
        "reported_on": reported_on,
        "period_start": fields.get("period_start"),
        "period_end": reported_on,
        "actual_value": f"{actual:f}",
        "source": clean(fields.get("source")) or None,
        "note": clean(fields.get("note")) or None,
    }
    return record_edits.insert_record(db, "progress_reports", values, N_("progress report"))
