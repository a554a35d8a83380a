"""Emulation movements and the plan targets assigned under them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

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


def format_decimal(value: str | None) -> str:
    """Vietnamese figures: '.' between thousands, ',' before decimals (754.505; 6,6)."""
    if value is None or value == "":
        return ""
    number = Decimal(value)
    whole, _, fraction = f"{number:f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    grouped = f"{int(digits):,}".replace(",", ".")
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"


def describe_plan(plan_form: str, value: str, value_high: str | None) -> str:
    if plan_form == "range":
        return f"{format_decimal(value)} - {format_decimal(value_high)}"
    return f"{PLAN_FORM_SIGNS[plan_form]} {format_decimal(value)}"


def list_movements(db: Database) -> list[MovementRow]:
    rows = db.execute(
        "SELECT id, name, kind, starts_on, ends_on, status, themes FROM movements "
        "ORDER BY starts_on DESC, id DESC"
    ).fetchall()
    return [MovementRow(*row) for row in rows]


def list_targets(db: Database, movement_id: int) -> list[TargetRow]:
    plans: dict[int, list[str]] = {}
    for target_id, source, form, value, high in db.execute(
        """SELECT p.target_id, p.source, p.plan_form, p.value, p.value_high
           FROM target_plans p JOIN targets t ON t.id = p.target_id
           WHERE t.movement_id = ? ORDER BY p.id""",
        [movement_id],
    ):
        plans.setdefault(target_id, []).append(f"{source}: {describe_plan(form, value, high)}")
    rows = db.execute(
        """SELECT t.id, t.indicator, u.name, t.measure_unit, t.same_period_value,
                  (SELECT r.actual_value FROM progress_reports r WHERE r.target_id = t.id
                   ORDER BY r.reported_on DESC, r.id DESC LIMIT 1)
           FROM targets t LEFT JOIN units u ON u.id = t.unit_id
           WHERE t.movement_id = ?
           ORDER BY t.unit_id IS NOT NULL, u.name_folded, t.sort_order, t.id""",
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
