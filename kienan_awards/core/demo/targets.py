"""Rows of movements' targets as the office writes them: the indicator, its plans (a plan
source and its form: at least, at most, a range, about) and the progress reported on it."""

from __future__ import annotations

from decimal import Decimal

from kienan_awards.core.text import clean

CITY_PLAN = "Kế hoạch thành phố giao"
MILLION_VND = "triệu đồng"


def decimal_text(number: Decimal) -> str:
    """Exact decimal text without trailing zeros: 92.0 -> '92'."""
    return format(number.normalize(), "f")


def plan_row(target_id, source, form, value, value_high=None) -> dict:
    return {
        "target_id": target_id,
        "source": source,
        "plan_form": form,
        "value": value,
        "value_high": value_high,
    }


def report_row(target_id, reported_on, actual, source, period_start) -> dict:
    return {
        "target_id": target_id,
        "reported_on": reported_on,
        "period_start": period_start,
        "period_end": reported_on,
        "actual_value": actual,
        "source": source,
        "note": None,
    }


def target_row(target_id, movement_id, unit_id, indicator, measure_unit, year, same_period) -> dict:
    return {
        "id": target_id,
        "movement_id": movement_id,
        "unit_id": unit_id,
        "indicator": clean(indicator),
        "measure_unit": measure_unit,
        "accumulates": 0 if measure_unit == "%" else 1,  # rates stand, amounts add up
        "period_year": year,
        "same_period_value": same_period,
        "sort_order": target_id,
    }


def movement_rows(first_id: int, movements: list[dict], authority_id: int) -> list[dict]:
    """The movements as stored, numbered from ``first_id``, launched by the authority."""
    return [
        {
            "id": movement_id,
            **{key: clean(value) if value else value for key, value in movement.items()},
            "authority_id": authority_id,
        }
        for movement_id, movement in enumerate(movements, start=first_id)
    ]
