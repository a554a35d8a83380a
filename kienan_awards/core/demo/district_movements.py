"""The district's 2023 and 2024 movements: the seed article's 2023 results, which must come
out exactly (101.5% of the city's plan for industry, and so on), and the 2024 targets with
their quarterly progress, the wards' own targets among them."""

from __future__ import annotations

from decimal import Decimal

from sqlite_utils import Database

from kienan_awards.core.demo.district import OFFICE_KINDS
from kienan_awards.core.demo.targets import (
    CITY_PLAN,
    MILLION_VND,
    decimal_text,
    movement_rows,
    plan_row,
    report_row,
    target_row,
)

MOVEMENT_2023 = {
    "name": "Phong trào thi đua yêu nước hoàn thành các mục tiêu, nhiệm vụ phát triển kinh tế"
    " - xã hội năm 2023",
    "kind": "regular",
    "starts_on": "2023-01-01",
    "ends_on": "2023-12-31",
    "launching_decision": None,
    "themes": None,
    "status": "closed",
}
MOVEMENT_2024 = {
    "name": "Phong trào thi đua yêu nước phấn đấu hoàn thành các mục tiêu, nhiệm vụ phát triển"
    " kinh tế - xã hội năm 2024",
    "kind": "regular",
    "starts_on": "2024-01-01",
    "ends_on": "2024-12-31",
    "launching_decision": "Phát động tại Hội nghị tổng kết công tác năm 2023, triển khai nhiệm"
    " vụ phát triển kinh tế - xã hội năm 2024 của Ủy ban nhân dân quận Kiến An ngày 12/01/2024",
    "themes": "Chủ đề năm của thành phố: “Đẩy mạnh chỉnh trang, hiện đại hóa đô thị - Xây dựng"
    " nông thôn mới kiểu mẫu - Thực hiện chuyển đổi số”; chủ đề năm của quận: “Đẩy mạnh chỉnh"
    " trang đô thị, thu hút đầu tư - Thực hiện chuyển đổi số”",
    "status": "closed",
}

COUNCIL_PLAN = "Kế hoạch HĐND quận giao"
DISTRICT_PLAN = "Kế hoạch UBND quận giao"

# indicator, actual, city plan, council plan, same period (all in million VND, at least)
TARGETS_2023 = [
    ("Giá trị sản xuất công nghiệp do quận quản lý", "754505", "743355", None, "673665"),
    ("Tổng mức bán lẻ hàng hóa", "12670113", "12547151", None, "10385339"),
    ("Doanh thu dịch vụ lưu trú, ăn uống", "2114618", "2100544", None, "1731874"),
    ("Giá trị sản xuất nông, lâm nghiệp và thủy sản", "139920", "131146", None, "135463"),
    ("Tổng thu ngân sách nhà nước trên địa bàn", "516756", "514185", "591254", "636399"),
]
REPORT_2023 = ("2023-12-31", "Báo cáo tổng kết năm 2023")

QUARTERS_2024 = [
    ("2024-03-31", "Báo cáo quý I năm 2024"),
    ("2024-06-30", "Báo cáo 6 tháng đầu năm 2024"),
    ("2024-09-30", "Báo cáo 9 tháng năm 2024"),
    ("2024-12-31", "Báo cáo tổng kết năm 2024"),
]

# indicator, measure unit, same period, plans [(source, form, value, value_high)],
# cumulative results at the end of each quarter
TARGETS_2024 = [
    (
        "Tốc độ tăng giá trị sản xuất công nghiệp do quận quản lý",
        "%",
        "12",
        [(CITY_PLAN, "range", "6.6", "6.8")],
        ["5.9", "6.3", "6.7", "7.1"],
    ),
    (
        "Tổng thu ngân sách nhà nước trên địa bàn",
        MILLION_VND,
        "516756",
        [(CITY_PLAN, "at_least", "545000", None), (COUNCIL_PLAN, "at_least", "602000", None)],
        ["98420", "231560", "389740", "571318"],
    ),
    (
        "Tổng mức bán lẻ hàng hóa",
        MILLION_VND,
        "12670113",
        [(CITY_PLAN, "at_least", "14200000", None)],
        ["3415220", "6980450", "10622310", "14358906"],
    ),
    (
        "Giá trị sản xuất nông, lâm nghiệp và thủy sản",
        MILLION_VND,
        "139920",
        [(CITY_PLAN, "at_least", "142000", None)],
        ["31870", "70215", "104960", "141235"],
    ),
    (
        "Tỷ lệ thất nghiệp khu vực thành thị",
        "%",
        "3.1",
        [(DISTRICT_PLAN, "at_most", "3", None)],
        ["3.2", "3.1", "2.9", "2.8"],
    ),
    (
        "Số tuyến phố được công nhận tuyến phố văn minh đô thị",
        "tuyến",
        "3",
        [(DISTRICT_PLAN, "about", "4", None)],
        ["0", "1", "3", "4"],
    ),
    (
        "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình",
        "%",
        "62.5",
        [(DISTRICT_PLAN, "at_least", "80", None)],
        ["68.4", "72.9", "76.1", "78.6"],
    ),
]

WARD_BUDGET_INDICATOR = "Thu ngân sách nhà nước trên địa bàn phường"
WARD_CULTURE_INDICATOR = "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa"
# ward: budget plan, same period, result; cultural families plan %, same period, result
WARD_TARGETS_2024 = {
    "Bắc Sơn": ("18500", "17120", "19235", "92", "91.2", "93.1"),
    "Đồng Hòa": ("42300", "40150", "45870", "90", "89.5", "90.4"),
    "Lãm Hà": ("36800", "35400", "34120", "90", "88.7", "89.2"),
    "Nam Sơn": ("31200", "29860", "31200", "92", "92.4", "93"),
    "Ngọc Sơn": ("15600", "14980", "16420", "92", "91.8", "92.6"),
    "Phù Liễn": ("12400", "11760", "12985", "93", "93.5", "94.2"),
    "Quán Trữ": ("38900", "37210", "36450", "90", "90.1", "91.3"),
    "Trần Thành Ngọ": ("14300", "13650", "15110", "93", "92.7", "93.4"),
    "Tràng Minh": ("27500", "26340", "29380", "88", "86.9", "87.5"),
    "Văn Đẩu": ("21700", "20580", "23040", "91", "90.6", "91.8"),
}
BUDGET_SHARE_BY_QUARTER = ("0.19", "0.44", "0.71", "1")
CULTURE_GAP_BY_QUARTER = ("1.6", "1.1", "0.5", "0")


def insert_movements(db: Database, units: list[dict], authority_id: int) -> list[dict]:
    """The two movements, their participants, targets, plans and progress; returns them."""
    movements = movement_rows(1, [MOVEMENT_2023, MOVEMENT_2024], authority_id)
    db["movements"].insert_all(movements)
    participants = [unit["id"] for unit in units if unit["kind"] in OFFICE_KINDS]
    db["movement_units"].insert_all(
        {"movement_id": movement["id"], "unit_id": unit_id}
        for movement in movements
        for unit_id in participants
    )

    targets, plans, reports = [], [], []
    first, second = movements[0]["id"], movements[1]["id"]
    for indicator, actual, city, council, same_period in TARGETS_2023:
        target_id = len(targets) + 1
        targets.append(
            target_row(target_id, first, None, indicator, MILLION_VND, 2023, same_period)
        )
        plans.append(plan_row(target_id, CITY_PLAN, "at_least", city))
        if council:
            plans.append(plan_row(target_id, COUNCIL_PLAN, "at_least", council))
        reported_on, source = REPORT_2023
        reports.append(report_row(target_id, reported_on, actual, source, "2023-01-01"))

    for indicator, measure_unit, same_period, target_plans, results in TARGETS_2024:
        target_id = len(targets) + 1
        targets.append(
            target_row(target_id, second, None, indicator, measure_unit, 2024, same_period)
        )
        plans.extend(plan_row(target_id, *plan) for plan in target_plans)
        for (reported_on, source), actual in zip(QUARTERS_2024, results, strict=True):
            reports.append(report_row(target_id, reported_on, actual, source, "2024-01-01"))

    wards = {unit["short_name"]: unit["id"] for unit in units if unit["kind"] == "ward"}
    for ward, figures in WARD_TARGETS_2024.items():
        budget_plan, budget_before, budget, culture_plan, culture_before, culture = figures
        budget_id = len(targets) + 1
        targets.append(
            target_row(
                budget_id,
                second,
                wards[ward],
                WARD_BUDGET_INDICATOR,
                MILLION_VND,
                2024,
                budget_before,
            )
        )
        plans.append(plan_row(budget_id, DISTRICT_PLAN, "at_least", budget_plan))
        culture_id = len(targets) + 1
        targets.append(
            target_row(
                culture_id, second, wards[ward], WARD_CULTURE_INDICATOR, "%", 2024, culture_before
            )
        )
        plans.append(plan_row(culture_id, DISTRICT_PLAN, "at_least", culture_plan))
        quarters = zip(QUARTERS_2024, BUDGET_SHARE_BY_QUARTER, CULTURE_GAP_BY_QUARTER, strict=True)
        for (reported_on, source), share, gap in quarters:
            budget_so_far = (Decimal(budget) * Decimal(share)).quantize(Decimal(1))
            reports.append(
                report_row(
                    budget_id, reported_on, decimal_text(budget_so_far), source, "2024-01-01"
                )
            )
            culture_so_far = Decimal(culture) - Decimal(gap)
            reports.append(
                report_row(
                    culture_id, reported_on, decimal_text(culture_so_far), source, "2024-01-01"
                )
            )

    db["targets"].insert_all(targets)
    db["target_plans"].insert_all(plans)
    db["progress_reports"].insert_all(reports)
    return movements
