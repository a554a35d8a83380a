"""The ward's block of residential groups scored: each group's targets in the block's own
movement of 2025 - 2026 (families of culture, waste sorted at source, the fund for the poor),
the block's 2025 table on them (target criteria, a yes/no must, a judged item, a bonus and a
penalty item), scored by the groups, reviewed and ranked; and the 2026 table copied from it,
some groups' self-scores in. Figures and points are illustrative, as the table is: the program
ships no official table."""

from __future__ import annotations

from decimal import Decimal

from sqlite_utils import Database

from kienan_awards.core.clusters import scoring_store
from kienan_awards.core.clusters.scoring import Events
from kienan_awards.core.clusters.scoring_table import (
    BONUS,
    JUDGED,
    PENALTY,
    TARGET,
    YES_NO,
    Criterion,
)
from kienan_awards.core.demo.targets import movement_rows, plan_row, report_row, target_row
from kienan_awards.core.demo.ward_movements import (
    MOVEMENT_2025,
    REPORTS_2025,
    REPORTS_2026,
    WARD_PLAN,
)

BLOCK_MOVEMENT = {
    "name": "Phong trào thi đua xây dựng tổ dân phố văn hóa, văn minh đô thị năm 2025 - 2026",
    "kind": "campaign",
    "starts_on": "2025-07-01",
    "ends_on": "2026-12-31",
    "launching_decision": "Phát động tại Hội nghị ký kết giao ước thi đua Khối thi đua các tổ"
    " dân phố ngày 20/07/2025",
    "themes": "Thi đua xây dựng tổ dân phố văn hóa, phân loại rác tại nguồn, vì người nghèo",
    "status": "active",
}
CULTURE = "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa”"
WASTE = "Tỷ lệ hộ gia đình phân loại chất thải rắn sinh hoạt tại nguồn"
FUND = "Vận động ủng hộ Quỹ “Vì người nghèo”"
# indicator, measure unit, plan by year, then each group's results by year (by report);
# None: the group carries no such target (its self-score stands).
GROUP_TARGETS = [
    (
        CULTURE,
        "%",
        {2025: "92", 2026: "93"},
        [
            {2025: ["92.8", "93.5"], 2026: ["93.0", "93.4", "93.6"]},
            {2025: ["93.0", "94.1"], 2026: ["93.8", "94.0", "94.3"]},
            {2025: ["89.5", "90.2"], 2026: ["90.4", "91.0", "91.8"]},
            {2025: ["91.0", "92.0"], 2026: ["92.0", "92.5", "92.9"]},
        ],
    ),
    (
        WASTE,
        "%",
        {2025: "85", 2026: "88"},
        [
            {2025: ["84.0", "88.0"], 2026: ["87.5", "88.2", "89.0"]},
            {2025: ["83.2", "86.5"], 2026: ["86.0", "87.1", "88.4"]},
            {2025: ["76.8", "80.4"], 2026: ["81.0", "82.3", "84.0"]},
            {2025: ["82.0", "85.0"], 2026: ["85.5", "86.0", "87.2"]},
        ],
    ),
    (
        FUND,
        "triệu đồng",
        {2025: "12", 2026: "15"},
        [
            {2025: ["6.5", "13.2"], 2026: ["4.0", "8.5", "11.0"]},
            {2025: ["7.0", "14.0"], 2026: ["5.2", "9.0", "12.4"]},
            {2025: ["5.5", "12.5"], 2026: ["3.8", "7.5", "10.1"]},
            None,
        ],
    ),
]
SOURCE_2025 = (
    "Quyết định số 06/QĐ-HĐTĐKT ngày 05/08/2025 của Hội đồng Thi đua - Khen thưởng phường "
    "Kiến An ban hành bảng tiêu chí chấm điểm thi đua khối các tổ dân phố"
)
SOURCE_2026 = (
    "Quyết định số 02/QĐ-HĐTĐKT ngày 20/01/2026 của Hội đồng Thi đua - Khen thưởng phường "
    "Kiến An ban hành bảng tiêu chí chấm điểm thi đua khối các tổ dân phố năm 2026"
)
LEADING_BASIS = "Quy chế hoạt động khối thi đua các tổ dân phố: 1 tổ dẫn đầu được đề nghị Giấy khen"
GROUP_I = "I. Thực hiện các chỉ tiêu phong trào thi đua"
GROUP_II = "II. An ninh, trật tự và môi trường"
GROUP_III = "III. Điểm thưởng, điểm trừ"


def block_criteria(targets: dict[str, int]) -> list[Criterion]:
    """The 2025 table (100 points, bonuses aside); targets: Tổ dân phố số 1's by indicator."""
    return [
        Criterion("I.1", CULTURE, TARGET, Decimal(25), GROUP_I, target_id=targets[CULTURE]),
        Criterion(
            "I.2",
            WASTE,
            TARGET,
            Decimal(20),
            GROUP_I,
            target_id=targets[WASTE],
            bonus_per_percent=Decimal("0.5"),
            bonus_cap=Decimal(2),
        ),
        Criterion("I.3", FUND, TARGET, Decimal(15), GROUP_I, target_id=targets[FUND]),
        Criterion(
            "II.1",
            "Không để xảy ra điểm nóng về an ninh, trật tự; không có tội phạm nghiêm trọng",
            YES_NO,
            Decimal(15),
            GROUP_II,
            must=True,
        ),
        Criterion(
            "II.2",
            "Vệ sinh môi trường, chỉnh trang đô thị, xây dựng tuyến phố văn minh",
            JUDGED,
            Decimal(25),
            GROUP_II,
        ),
        Criterion(
            "III.1",
            "Mô hình, cách làm hay được phường biểu dương",
            BONUS,
            group=GROUP_III,
            points_per_event=Decimal(2),
            cap=Decimal(4),
        ),
        Criterion(
            "III.2",
            "Báo cáo chậm, không đúng hạn",
            PENALTY,
            group=GROUP_III,
            points_per_event=Decimal(-1),
            cap=Decimal(-5),
        ),
    ]


# Each group's 2025 self-scores and the scores the block agreed, by criterion; bonus and
# penalty items as times. Tổ dân phố số 3 had a public-order incident (II.1 failed).
SELF_2025 = [
    {"I.1": "25", "I.2": "22", "I.3": "15", "II.1": "15", "II.2": "23", "III.1": Events(1)},
    {"I.1": "25", "I.2": "21", "I.3": "15", "II.1": "15", "II.2": "24", "III.1": Events(2)},
    {"I.1": "25", "I.2": "19", "I.3": "15", "II.1": "15", "II.2": "22", "III.2": Events(1)},
    {"I.1": "25", "I.2": "20", "I.3": "15", "II.1": "15", "II.2": "22", "III.2": Events(2)},
]
AGREED_2025 = [
    {"I.1": "25", "I.2": "21.77", "I.3": "15", "II.1": "15", "II.2": "22", "III.1": Events(1)},
    {"I.1": "25", "I.2": "20.88", "I.3": "15", "II.1": "15", "II.2": "23", "III.1": Events(2)},
    {"I.1": "24.51", "I.2": "18.92", "I.3": "15", "II.1": "0", "II.2": "21", "III.2": Events(1)},
    {"I.1": "25", "I.2": "20", "I.3": "13", "II.1": "15", "II.2": "22", "III.2": Events(2)},
]
# 2026 under way: two groups have scored what they can so far.
SELF_2026 = [
    {"II.1": "15", "II.2": "23"},
    {"II.1": "15", "II.2": "24", "III.1": Events(1)},
]


def _block_movement(db: Database) -> int:
    """The ward's movement for its residential groups, over both years: their targets are
    the block's, not the ward's bodies' (the overview of the ward's own movements keeps its
    four units)."""
    (authority_id,) = db.execute(
        "SELECT authority_id FROM movements WHERE name = ?", [MOVEMENT_2025["name"]]
    ).fetchone()
    first_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM movements").fetchone()[0]
    (movement,) = movement_rows(first_id, [BLOCK_MOVEMENT], authority_id)
    db["movements"].insert(movement)
    return movement["id"]


def insert_group_targets(db: Database, group_ids: list[int]) -> dict[str, int]:
    """The groups' targets of 2025 and 2026 in the block's movement, with their reports;
    returns the first group's 2025 target of each indicator."""
    movement_id = _block_movement(db)
    movements = {2025: movement_id, 2026: movement_id}
    db["movement_units"].insert_all(
        {"movement_id": movement_id, "unit_id": unit_id} for unit_id in group_ids
    )
    next_target = db.execute("SELECT coalesce(max(id), 0) + 1 FROM targets").fetchone()[0]
    targets, plans, reports, first = [], [], [], {}
    for indicator, measure, plan_by_year, by_group in GROUP_TARGETS:
        for year, dates in ((2025, REPORTS_2025), (2026, REPORTS_2026)):
            for unit_id, results in zip(group_ids, by_group, strict=True):
                if results is None:
                    continue
                target_id = next_target + len(targets)
                targets.append(
                    target_row(target_id, movements[year], unit_id, indicator, measure, year, None)
                )
                first.setdefault((indicator, year), target_id)
                plans.append(plan_row(target_id, WARD_PLAN, "at_least", plan_by_year[year]))
                starts_on = f"{year}-07-01" if year == 2025 else f"{year}-01-01"
                reports.extend(
                    report_row(target_id, day, actual, source, starts_on)
                    for (day, source), actual in zip(dates, results[year], strict=True)
                )
    db["targets"].insert_all(targets)
    db["target_plans"].insert_all(plans)
    db["progress_reports"].insert_all(reports)
    return {indicator: first[(indicator, 2025)] for indicator, *_rest in GROUP_TARGETS}


def insert_block_scoring(db: Database, block_id: int, group_ids: list[int]) -> None:
    """The block's 2025 table, scored, reviewed and ranked; 2026's copied and partly scored."""
    targets = insert_group_targets(db, group_ids)
    scoring_store.save_table(
        db,
        block_id,
        2025,
        block_criteria(targets),
        leading_count=1,
        leading_basis=LEADING_BASIS,
        source_document=SOURCE_2025,
    )
    for unit_id, own, agreed in zip(group_ids, SELF_2025, AGREED_2025, strict=True):
        scoring_store.enter_self_scores(db, block_id, 2025, unit_id, own)
        scoring_store.enter_agreed_scores(db, block_id, 2025, unit_id, agreed)
    scoring_store.copy_previous_table(db, block_id, 2026, SOURCE_2026)
    for unit_id, own in zip(group_ids, SELF_2026, strict=False):
        scoring_store.enter_self_scores(db, block_id, 2026, unit_id, own)
