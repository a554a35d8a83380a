import datetime as dt
from decimal import Decimal

import pytest

from kienan_awards.core import demo
from kienan_awards.core.movements.award_evidence import award_evidence, store_award_evidence
from kienan_awards.core.movements.progress import Plan, movement_results, percent, target_progress

D = Decimal


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


def by_indicator(progress):
    return {t.indicator: t for t in progress}


def test_percentages_round_half_up_to_two_places_as_the_office_writes_them():
    assert str(percent(D("754505"), D("743355"))) == "101.5"  # 101.49996: the 0 is dropped
    assert str(percent(D("12670113"), D("12547151"))) == "100.98"
    assert str(percent(D("2114618"), D("2100544"))) == "100.67"
    assert str(percent(D("139920"), D("131146"))) == "106.69"
    assert str(percent(D("139920"), D("135463"))) == "103.29"
    assert str(percent(D("1"), D("8"))) == "12.5" and str(percent(D("9"), D("9"))) == "100.0"
    assert percent(D("1"), D("160")) == D("0.63")  # 0.625 -> 0.63, never to even
    assert percent(D("1"), D("0")) is None and percent(None, D("3")) is None


@pytest.mark.parametrize(
    "plan, actual, status",
    [
        (Plan("x", "at_least", D("100")), D("101"), "exceeded"),
        (Plan("x", "at_least", D("100")), D("100"), "met"),
        (Plan("x", "at_least", D("100")), D("99.9"), "not_met"),
        (Plan("x", "at_most", D("3")), D("3"), "met"),
        (Plan("x", "at_most", D("3")), D("2.1"), "met"),
        (Plan("x", "at_most", D("3")), D("3.01"), "not_met"),
        (Plan("x", "range", D("6.6"), D("6.8")), D("6.6"), "met"),
        (Plan("x", "range", D("6.6"), D("6.8")), D("6.8"), "met"),
        (Plan("x", "range", D("6.6"), D("6.8")), D("6.9"), "exceeded"),
        (Plan("x", "range", D("6.6"), D("6.8")), D("6.5"), "not_met"),
        (Plan("x", "about", D("4")), D("4.2"), "met"),
        (Plan("x", "about", D("4")), D("3.7"), "not_met"),
        (Plan("x", "about", D("4")), D("5"), "exceeded"),
    ],
)
def test_status_follows_the_plan_form(plan, actual, status):
    assert plan.status(actual) == status


def test_the_seeds_2023_figures_come_out_exactly(demo_db):
    movement = demo_db.execute("SELECT id FROM movements ORDER BY starts_on LIMIT 1").fetchone()[0]
    targets = by_indicator(target_progress(demo_db, movement))
    industry = targets["Giá trị sản xuất công nghiệp do quận quản lý"]
    assert industry.actual == D("754505")
    assert industry.percent_of_plan == D("101.5") and industry.percent_of_same_period == D("112.0")
    budget = targets["Tổng thu ngân sách nhà nước trên địa bàn"]
    assert [p.percent for p in budget.plans] == [D("100.5"), D("87.4")]
    assert [p.status for p in budget.plans] == ["exceeded", "not_met"]
    assert budget.percent_of_same_period == D("81.2")


def test_during_the_year_amounts_are_judged_against_elapsed_time(demo_db):
    half_year = target_progress(demo_db, year=2024, as_of=dt.date(2024, 6, 30))
    amounts = [
        t
        for t in half_year
        if t.accumulates and t.actual is not None and t.plans[0].plan.form != "at_most"
    ]
    rates = [t for t in half_year if not t.accumulates and t.actual is not None]
    assert amounts and {t.pace for t in amounts} <= {"on_track", "behind"}
    assert all(t.pace is None for t in rates)
    for target in amounts:
        due = target.plans[0].plan.value * D(182) / D(366)
        assert target.pace == ("on_track" if target.actual >= due else "behind")
    year_end = target_progress(demo_db, year=2024)
    assert all(t.pace is None for t in year_end)


def test_units_that_met_all_targets_come_first(demo_db):
    movement = demo_db.execute(
        "SELECT id FROM movements WHERE starts_on = '2024-01-01'"
    ).fetchone()[0]
    results = movement_results(demo_db, movement)
    assert len(results) == 10
    flags = [r.met_all for r in results]
    assert flags == sorted(flags, reverse=True) and any(flags) and not all(flags)


def test_evidence_is_stored_with_an_award_and_not_changed_by_later_reports(demo_db):
    award_id, unit_id = demo_db.execute(
        "SELECT a.id, a.unit_id FROM awards a JOIN award_evidence e ON e.award_id = a.id LIMIT 1"
    ).fetchone()
    before = award_evidence(demo_db, award_id)
    assert before and before[0]["actual_value"] is not None
    target_id = demo_db.execute(
        "SELECT id FROM targets WHERE unit_id = ? LIMIT 1", [unit_id]
    ).fetchone()[0]
    demo_db.execute(
        "INSERT INTO progress_reports (target_id, reported_on, actual_value) "
        "VALUES (?, '2024-12-20', '999999')",
        [target_id],
    )
    assert award_evidence(demo_db, award_id) == before


def test_evidence_uses_reports_up_to_the_decision_date(demo_db):
    award_id = demo_db.execute("SELECT award_id FROM award_evidence LIMIT 1").fetchone()[0]
    as_of = award_evidence(demo_db, award_id)[0]["as_of"]
    for row in award_evidence(demo_db, award_id):
        assert row["reported_on"] is None or row["reported_on"] <= as_of
    demo_db.execute("DELETE FROM award_evidence WHERE award_id = ?", [award_id])
    assert store_award_evidence(demo_db, [award_id]) >= 1
