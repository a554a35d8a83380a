"""The ward's movements: the second half of 2025, its first months (closed), and 2026, under
way, with the targets the ward's bodies carry and the progress reported so far."""

from __future__ import annotations

from sqlite_utils import Database

from kienan_awards.core.demo.reform import NewWard
from kienan_awards.core.demo.targets import (
    CITY_PLAN,
    MILLION_VND,
    movement_rows,
    plan_row,
    report_row,
    target_row,
)

MOVEMENT_2025 = {
    "name": "Phong trào thi đua yêu nước hoàn thành các mục tiêu, nhiệm vụ 6 tháng cuối năm 2025",
    "kind": "regular",
    "starts_on": "2025-07-01",
    "ends_on": "2025-12-31",
    "launching_decision": "Phát động tại Hội nghị triển khai nhiệm vụ 6 tháng cuối năm 2025 của"
    " Ủy ban nhân dân phường Kiến An ngày 15/07/2025",
    "themes": "Thi đua vận hành thông suốt, hiệu quả chính quyền địa phương hai cấp",
    "status": "closed",
}
MOVEMENT_2026 = {
    "name": "Phong trào thi đua yêu nước hoàn thành các mục tiêu, nhiệm vụ phát triển kinh tế"
    " - xã hội năm 2026",
    "kind": "regular",
    "starts_on": "2026-01-01",
    "ends_on": "2026-12-31",
    "launching_decision": "Phát động tại Hội nghị tổng kết công tác năm 2025, triển khai nhiệm"
    " vụ năm 2026 của Ủy ban nhân dân phường Kiến An ngày 09/01/2026",
    "themes": "Chủ đề năm của phường: “Kỷ cương, hiệu quả - Chuyển đổi số - Phục vụ Nhân dân”",
    "status": "active",
}

COUNCIL_PLAN = "Nghị quyết HĐND phường"
WARD_PLAN = "Kế hoạch UBND phường giao"
ECONOMY = "Phòng Kinh tế, Hạ tầng và Đô thị"
SOCIETY = "Phòng Văn hóa - Xã hội"
SERVICE_CENTRE = "Trung tâm Phục vụ hành chính công phường"
BUDGET = "Thu ngân sách nhà nước trên địa bàn phường"
ON_TIME = "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn"
ONLINE = "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình"
INSURED = "Tỷ lệ người dân tham gia bảo hiểm y tế"
STREETS = "Số tuyến phố được công nhận tuyến phố văn minh đô thị"
RETAIL = "Tốc độ tăng tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"

REPORTS_2025 = [
    ("2025-09-30", "Báo cáo quý III năm 2025"),
    ("2025-12-31", "Báo cáo tổng kết năm 2025"),
]
REPORTS_2026 = [
    ("2026-03-31", "Báo cáo quý I năm 2026"),
    ("2026-06-30", "Báo cáo 6 tháng đầu năm 2026"),
    ("2026-09-30", "Báo cáo 9 tháng năm 2026"),
]

# indicator, measure unit, the body carrying it (None: the whole ward), same period,
# plans [(source, form, value, value_high)], results by report (cumulative for amounts)
TARGETS_2025 = [
    (
        BUDGET,
        MILLION_VND,
        None,
        None,
        [(CITY_PLAN, "at_least", "112000", None)],
        ["51870", "116340"],
    ),
    (ON_TIME, "%", SERVICE_CENTRE, None, [(WARD_PLAN, "at_least", "98", None)], ["97.6", "99.1"]),
    (ONLINE, "%", SERVICE_CENTRE, None, [(CITY_PLAN, "at_least", "80", None)], ["71.4", "78.9"]),
    (INSURED, "%", SOCIETY, None, [(CITY_PLAN, "at_least", "93", None)], ["92.2", "93.5"]),
    (STREETS, "tuyến", ECONOMY, None, [(WARD_PLAN, "about", "2", None)], ["0", "2"]),
]
TARGETS_2026 = [
    (
        BUDGET,
        MILLION_VND,
        None,
        "228400",
        [(CITY_PLAN, "at_least", "245000", None), (COUNCIL_PLAN, "at_least", "258000", None)],
        ["52310", "118760", "183420"],
    ),
    (RETAIL, "%", None, "9.8", [(CITY_PLAN, "range", "9", "10")], ["8.1", "8.9", "9.4"]),
    (
        ON_TIME,
        "%",
        SERVICE_CENTRE,
        "99.1",
        [(WARD_PLAN, "at_least", "99", None)],
        ["98.7", "99.2", "99.4"],
    ),
    (
        ONLINE,
        "%",
        SERVICE_CENTRE,
        "78.9",
        [(CITY_PLAN, "at_least", "85", None)],
        ["80.2", "83.6", "85.3"],
    ),
    (
        INSURED,
        "%",
        SOCIETY,
        "93.5",
        [(CITY_PLAN, "at_least", "94.5", None)],
        ["93.1", "93.8", "94.2"],
    ),
    (STREETS, "tuyến", ECONOMY, "2", [(WARD_PLAN, "about", "3", None)], ["0", "1", "2"]),
]


def insert_ward_movements(db: Database, ward: NewWard) -> dict[int, int]:
    """The two movements with their participants, targets and progress; returns the movement
    id of each year."""
    first_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM movements").fetchone()[0]
    movements = movement_rows(first_id, [MOVEMENT_2025, MOVEMENT_2026], ward.authority_id)
    db["movements"].insert_all(movements)
    db["movement_units"].insert_all(
        {"movement_id": movement["id"], "unit_id": body["id"]}
        for movement in movements
        for body in ward.bodies.values()
    )
    next_target = db.execute("SELECT coalesce(max(id), 0) + 1 FROM targets").fetchone()[0]
    targets, plans, reports = [], [], []
    for movement, rows, dates in (
        (movements[0], TARGETS_2025, REPORTS_2025),
        (movements[1], TARGETS_2026, REPORTS_2026),
    ):
        year = int(movement["starts_on"][:4])
        for indicator, measure_unit, body, same_period, target_plans, results in rows:
            target_id = next_target + len(targets)
            unit_id = ward.bodies[body]["id"] if body else None
            targets.append(
                target_row(
                    target_id, movement["id"], unit_id, indicator, measure_unit, year, same_period
                )
            )
            plans.extend(plan_row(target_id, *plan) for plan in target_plans)
            reports.extend(
                report_row(target_id, reported_on, actual, source, movement["starts_on"])
                for (reported_on, source), actual in zip(dates, results, strict=True)
            )
    db["targets"].insert_all(targets)
    db["target_plans"].insert_all(plans)
    db["progress_reports"].insert_all(reports)
    return {int(movement["starts_on"][:4]): movement["id"] for movement in movements}
