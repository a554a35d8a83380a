from decimal import Decimal

import pytest

from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.cell_values import CellError, decimal_number
from kienan_awards.core.movements import movement_plans
from kienan_awards.core.movements.progress import target_progress
from kienan_awards.core.records import record_edits

D = Decimal


@pytest.mark.parametrize(
    "text, number",
    [
        ("754.505", D("754505")),
        ("754,505", D("754505")),
        ("12.670.113", D("12670113")),
        ("12,670,113", D("12670113")),
        ("6,6", D("6.6")),
        ("6.6", D("6.6")),
        ("12.670.113,5", D("12670113.5")),
        ("1,234.5", D("1234.5")),
        (" 3 ", D("3")),
    ],
)
def test_figures_are_read_as_offices_write_them(text, number):
    assert decimal_number(text) == number


def test_a_figure_that_is_not_a_number_is_an_error():
    with pytest.raises(CellError):
        decimal_number("nhiều")


@pytest.mark.parametrize(
    "text, plan",
    [
        ("≥ 754.505", ("at_least", D("754505"), None)),
        ("754.505", ("at_least", D("754505"), None)),
        ("6,6-6,8", ("range", D("6.6"), D("6.8"))),
        ("từ 6,6 đến 6,8%", ("range", D("6.6"), D("6.8"))),
        ("dưới 3", ("at_most", D("3"), None)),
        ("Không quá 3%", ("at_most", D("3"), None)),
        ("khoảng 4", ("about", D("4"), None)),
    ],
)
def test_plans_are_read_in_every_form_offices_use(text, plan):
    assert movement_plans.parse_plan(text) == plan


def test_a_target_with_two_plans_and_its_reports_give_the_seed_figures(db):
    movement = movement_plans.save_movement(
        db,
        {
            "name": "Phong trào 2023",
            "kind": "regular",
            "starts_on": "2023-01-01",
            "ends_on": "2023-12-31",
        },
    ).record_id
    target = movement_plans.save_target(
        db,
        movement,
        {
            "indicator": "Tổng thu ngân sách",
            "measure_unit": "triệu đồng",
            "plans": [("Kế hoạch thành phố giao", "≥ 514.185"), ("Kế hoạch HĐND", "591.254")],
            "same_period": "636.399",
        },
    ).record_id
    movement_plans.report_progress(
        db, target, {"reported_on": "2023-12-31", "actual_value": "516.756"}
    )
    progress = target_progress(db, movement)[0]
    assert [p.percent for p in progress.plans] == [D("100.5"), D("87.4")]
    assert progress.percent_of_same_period == D("81.2")


def test_wrong_input_is_refused_with_the_field_named_and_nothing_written(db):
    movement = movement_plans.save_movement(db, {"name": "P", "kind": "regular"}).record_id
    with pytest.raises(KienanError, match="plan 'nhiều'"):
        movement_plans.save_target(db, movement, {"indicator": "X", "plans": [("KH", "nhiều")]})
    assert db["targets"].count == 0
    with pytest.raises(KienanError, match="actual value"):
        movement_plans.report_progress(db, 1, {"reported_on": "2024-01-01", "actual_value": "?"})
    with pytest.raises(KienanError, match="ends before"):
        movement_plans.save_movement(
            db, {"name": "P", "kind": "regular", "starts_on": "2024-02-01", "ends_on": "2024-01-01"}
        )


def test_a_new_target_with_its_plans_is_undone_whole(db):
    movement = movement_plans.save_movement(db, {"name": "P", "kind": "regular"}).record_id
    group = movement_plans.save_target(db, movement, {"indicator": "X", "plans": [("KH", "≥ 5")]})
    record_edits.undo(db, group)
    assert db["targets"].count == 0 and db["target_plans"].count == 0


def test_targets_are_listed_by_unit_in_vietnamese_letter_order_đ_after_d(db):
    from kienan_awards.core.records import units

    movement = movement_plans.save_movement(db, {"name": "Phong trào 2025", "kind": "regular"})
    for name in ("Phường Đồng Hòa", "Phường Dư Hàng", "Phường Bắc Sơn"):
        unit = units.save_unit(db, None, {"name": name, "kind": "ward"}).record_id
        movement_plans.save_target(
            db,
            movement.record_id,
            {"indicator": "Thu ngân sách", "unit_id": unit, "plans": [("KH", "≥ 5")]},
        )
    listed = [row.unit_name for row in movement_plans.list_targets(db, movement.record_id)]
    assert listed == ["Phường Bắc Sơn", "Phường Dư Hàng", "Phường Đồng Hòa"]
