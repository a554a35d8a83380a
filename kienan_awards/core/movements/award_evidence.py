"""The evidence an award was given on: its unit's targets as they stood on the decision date,
copied with the award so that later progress reports never change it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kienan_awards.core.movements.progress import target_progress
from kienan_awards.core.records import units

if TYPE_CHECKING:
    from sqlite_utils import Database


def _format(value) -> str | None:
    return None if value is None else f"{value:f}"


def store_award_evidence(db: Database, award_ids: Iterable[int]) -> int:
    """Copy, for each award, the targets of its unit (the recipient unit, or the unit of the
    person at the time, with the units merged into it) in the movements of its achievement
    year, as reported up to the decision date. Returns the rows stored. Runs inside the
    caller's transaction when there is one."""
    stored = 0
    cache: dict[tuple, list[tuple]] = {}
    for award_id in award_ids:
        row = db.execute(
            """SELECT coalesce(a.recipient_unit_id, a.unit_id), a.achievement_year, d.decided_on
               FROM awards a JOIN decisions d ON d.id = a.decision_id WHERE a.id = ?""",
            [award_id],
        ).fetchone()
        if row is None or row[0] is None:
            continue
        unit_id, year, decided_on = row
        key = (unit_id, year, decided_on)
        if key not in cache:
            unit_ids = set(units.with_predecessors(db, unit_id))
            target_ids = [
                target_id
                for (target_id,) in db.execute(
                    f"SELECT t.id FROM targets t JOIN movements m ON m.id = t.movement_id "
                    f"WHERE t.unit_id IN ({', '.join('?' for _ in unit_ids)}) AND "
                    "coalesce(t.period_year, CAST(strftime('%Y', m.starts_on) AS INTEGER)) = ?",
                    [*unit_ids, year],
                )
            ]
            progress = (
                target_progress(db, target_ids=target_ids, as_of=dt.date.fromisoformat(decided_on))
                if target_ids
                else []
            )
            cache[key] = [
                (
                    t.target_id,
                    decided_on,
                    t.movement_name,
                    t.unit_name,
                    t.indicator,
                    t.measure_unit,
                    "; ".join(f"{p.plan.source}: {p.plan.describe()}" for p in t.plans),
                    _format(t.actual),
                    t.reported_on.isoformat() if t.reported_on else None,
                    _format(t.percent_of_plan),
                    _format(t.percent_of_same_period),
                    t.verdict or "not_reported",
                )
                for t in progress
            ]
        rows = [(award_id, *values) for values in cache[key]]
        db.conn.executemany(
            "INSERT INTO award_evidence (award_id, target_id, as_of, movement_name, unit_name, "
            "indicator, measure_unit, plans, actual_value, reported_on, percent_of_plan, "
            "percent_of_same_period, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        stored += len(rows)
    return stored


def award_evidence(db: Database, award_id: int) -> list[dict]:
    cursor = db.execute(
        "SELECT indicator, unit_name, measure_unit, plans, actual_value, reported_on, "
        "percent_of_plan, percent_of_same_period, status, as_of FROM award_evidence "
        "WHERE award_id = ? ORDER BY id",
        [award_id],
    )
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def awards_with_possible_evidence(db: Database, batch_id: int) -> list[int]:
    """Awards of an import batch whose unit (or a unit merged into it) has targets: only those
    can carry evidence, so a large import checks just them."""
    with_targets = {
        row[0]
        for row in db.execute("SELECT DISTINCT unit_id FROM targets WHERE unit_id IS NOT NULL")
    }
    # A successor inherits its predecessors' targets, whether it took them over wholly or in
    # part (store_award_evidence reads them through units.with_predecessors alike).
    with_targets |= {
        row[0]
        for row in db.execute(
            "SELECT later_id FROM unit_later_units WHERE unit_id IN "
            "(SELECT unit_id FROM targets WHERE unit_id IS NOT NULL)"
        )
    }
    if not with_targets:
        return []
    marks = ", ".join("?" for _ in with_targets)
    return [
        row[0]
        for row in db.execute(
            f"SELECT id FROM awards WHERE import_batch_id = ? "
            f"AND coalesce(recipient_unit_id, unit_id) IN ({marks})",
            [batch_id, *with_targets],
        )
    ]
