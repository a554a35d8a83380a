"""The figures of many targets read at once give the same plans, latest actual and report date
as progress.target_progress, on the demo's targets and on the cases where they could part: no
report, several reports (on one day too), a report after the day asked for, a plan changed
during the year, a second plan source, range and lower-is-better plans, no plan, the year; and
the points a cluster scores on them keep their formula exactly."""

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest

from kienan_awards.core import demo
from kienan_awards.core.clusters.scoring_table import Criterion, ScoringTable
from kienan_awards.core.clusters.scoring_targets import TargetFigures, target_points
from kienan_awards.core.movements.progress import target_progress
from kienan_awards.core.movements.target_figures import read_target_figures
from kienan_awards.core.text import fold

D = Decimal


def figures_of(figures):
    return {
        f.target_id: (f.movement_id, f.unit_id, f.indicator, f.plans, f.actual, f.reported_on)
        for f in figures
    }


def progress_of(progress):
    return {
        t.target_id: (
            t.movement_id,
            t.unit_id,
            t.indicator,
            tuple(r.plan for r in t.plans),
            t.actual,
            t.reported_on,
        )
        for t in progress
    }


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


def test_the_demos_targets_read_the_same_as_their_progress(demo_db):
    movements = [r[0] for r in demo_db.execute("SELECT id FROM movements ORDER BY id")]
    assert movements
    for movement in movements:
        for as_of in (None, dt.date(2023, 6, 30), dt.date(2024, 9, 30), dt.date(2000, 1, 1)):
            expected = progress_of(target_progress(demo_db, movement, as_of=as_of))
            got = figures_of(read_target_figures(demo_db, movement_ids=[movement], as_of=as_of))
            assert got == expected
    read = 0
    for year in (2023, 2024, 2025):
        expected = progress_of(target_progress(demo_db, year=year))
        got = figures_of(read_target_figures(demo_db, movement_ids=movements, year=year))
        assert got == expected
        read += len(got)
    assert read > 10


def add(db, table, **values):
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    return db.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values())
    ).lastrowid


@pytest.fixture
def edge_db(db):
    """One movement of 2026 whose targets each carry one of the cases."""
    with db.conn:
        movement = add(db, "movements", name="Thi đua 2026", kind="regular", starts_on="2026-01-01")
        other = add(db, "movements", name="Thi đua 2025", kind="regular", starts_on="2025-01-01")
        unit = add(db, "units", name="Phường A", name_folded=fold("Phường A"), kind="ward")

        def target(indicator, *plans, year=2026, movement=movement, reports=()):
            target = add(
                db,
                "targets",
                movement_id=movement,
                unit_id=unit,
                indicator=indicator,
                period_year=year,
            )
            for source, form, value, high in plans:
                add(
                    db,
                    "target_plans",
                    target_id=target,
                    source=source,
                    plan_form=form,
                    value=value,
                    value_high=high,
                )
            for day, actual in reports:
                add(db, "progress_reports", target_id=target, reported_on=day, actual_value=actual)
            return target

        target("Không báo cáo", ("UBND", "at_least", "100", None))
        target(
            "Nhiều báo cáo",
            ("UBND", "at_least", "100", None),
            reports=[
                ("2026-06-30", "40"),
                ("2026-03-31", "20"),
                ("2026-06-30", "45.5"),  # entered later the same day: the one that counts
                ("2026-12-31", "101"),
            ],
        )
        changed = target(
            "Kế hoạch đổi giữa năm",
            ("UBND", "at_least", "500", None),
            reports=[("2026-06-30", "300")],
        )
        db.execute("UPDATE target_plans SET value = '450' WHERE target_id = ?", [changed])
        add(
            db,
            "target_plans",
            target_id=changed,
            source="HĐND",
            plan_form="about",
            value="480",
            value_high=None,
        )
        target(
            "Tăng trưởng",
            ("UBND", "range", "6.6", "6.8"),
            reports=[("2026-09-30", "6.70")],
        )
        target(
            "Tỷ lệ hộ nghèo",
            ("UBND", "at_most", "2", None),
            reports=[("2026-12-31", "0"), ("2026-06-30", "1.4")],
        )
        target("Chưa có kế hoạch", reports=[("2026-03-31", "7")])
        target("Năm của phong trào", ("UBND", "at_least", "3", None), year=None)
        target("Năm khác", ("UBND", "at_least", "3", None), year=2025, movement=other)
    return db, movement, other


@pytest.mark.parametrize(
    "as_of", [None, dt.date(2026, 6, 30), dt.date(2026, 3, 30), dt.date(2026, 12, 31)]
)
def test_each_edge_case_reads_the_same_as_its_progress(edge_db, as_of):
    db, movement, other = edge_db
    for movement_ids, year in [([movement], None), ([movement, other], 2026), ([other], 2025)]:
        expected = {}
        for movement_id in movement_ids:
            expected |= progress_of(target_progress(db, movement_id, year=year, as_of=as_of))
        got = figures_of(read_target_figures(db, movement_ids=movement_ids, year=year, as_of=as_of))
        assert got == expected


def test_the_latest_report_is_the_last_entered_on_the_latest_day(edge_db):
    db, movement, _ = edge_db
    figures = {f.indicator: f for f in read_target_figures(db, movement_ids=[movement])}
    assert str(figures["Nhiều báo cáo"].actual) == "101"
    assert figures["Không báo cáo"].actual is None and figures["Không báo cáo"].reported_on is None
    mid_year = {
        f.indicator: f
        for f in read_target_figures(db, movement_ids=[movement], as_of=dt.date(2026, 6, 30))
    }
    assert str(mid_year["Nhiều báo cáo"].actual) == "45.5"
    assert mid_year["Nhiều báo cáo"].reported_on == dt.date(2026, 6, 30)
    changed = figures["Kế hoạch đổi giữa năm"]
    assert [(p.source, p.form, str(p.value)) for p in changed.plans] == [
        ("UBND", "at_least", "450"),
        ("HĐND", "about", "480"),
    ]
    assert figures["Chưa có kế hoạch"].plans == ()


def first_target(db, movement):
    return db.execute("SELECT min(id) FROM targets WHERE movement_id = ?", [movement]).fetchone()[0]


def test_targets_are_read_by_id_and_by_the_movements_of_other_targets(edge_db):
    db, movement, other = edge_db
    one_of_other = db.execute("SELECT id FROM targets WHERE movement_id = ?", [other]).fetchone()[0]
    first = db.execute("SELECT min(id) FROM targets WHERE movement_id = ?", [movement]).fetchone()[
        0
    ]
    read = read_target_figures(db, target_ids=[one_of_other], movements_of=[first])
    expected = progress_of(target_progress(db, movement)) | progress_of(
        target_progress(db, target_ids=[one_of_other])
    )
    assert figures_of(read) == expected
    assert read_target_figures(db) == []


def test_a_cluster_reads_its_figures_in_at_most_two_queries(edge_db):
    db, movement, _ = edge_db
    first = db.execute("SELECT min(id) FROM targets WHERE movement_id = ?", [movement]).fetchone()[
        0
    ]
    table = ScoringTable(2026, (Criterion("I.1", "Chỉ tiêu", "target", 2, target_id=first),))
    statements = []
    db.conn.set_trace_callback(statements.append)
    try:
        TargetFigures(db, table, {})
    finally:
        db.conn.set_trace_callback(None)
    assert 1 <= len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 2


def test_points_keep_the_formula_exactly_rounded_half_up():
    """maximum × min(% of plan, 100) / 100 + min(bonus per percent above plan, cap), to two
    places half up, at and around every boundary."""
    for maximum, per_percent, cap in [
        (Decimal(2), Decimal("0.1"), Decimal("0.5")),
        (Decimal("3.5"), Decimal("0.05"), Decimal(0)),
        (Decimal(6), Decimal(0), Decimal(1)),
    ]:
        criterion = Criterion(
            "I.1",
            "x",
            "target",
            maximum,
            target_id=1,
            bonus_per_percent=per_percent,
            bonus_cap=cap,
        )
        for share in [
            D("0"),
            D("0.25"),
            D("33.33"),
            D("99.99"),
            D("100.0"),
            D("100.01"),
            D("100.05"),
            D("104.99"),
            D("105.0"),
            D("112.5"),
            D("250"),
        ]:
            within = maximum * min(share, D(100)) / D(100)
            above = min(per_percent * max(share - D(100), D(0)), cap)
            expected = (within + above).quantize(D("0.01"), rounding=ROUND_HALF_UP)
            assert target_points(criterion, share) == expected
            assert str(target_points(criterion, share)) == str(expected)
