"""Demo data: the Kiến An district of Hải Phòng as it was in 2023-2024.

Builds the demo database from the seed article: the district, its departments, agencies and
ten wards, the Chairman's issuing authority, the 2023 and 2024 emulation movements with their
plan targets and results, and a few hundred past honourees with their award decisions from
2019 on. Every other module is free of these names: they live here only.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlite_utils import Database

from kienan_awards.core.awards import catalogue
from kienan_awards.core.documents.certificates import freeze_certificates
from kienan_awards.core.errors import DataPresentError
from kienan_awards.core.messages import Message
from kienan_awards.core.movements.award_evidence import store_award_evidence
from kienan_awards.core.records import people as people_records
from kienan_awards.core.records import units
from kienan_awards.core.records.record_counts import holds_records
from kienan_awards.core.text import clean, name_sort_key

SEED = 20240112
FIRST_YEAR = 2019
LAST_YEAR = 2024
RECORDS_FROM = "2019-01-01"  # the demo's records start here; no claim about when units began

DISTRICT = ("Quận Kiến An", "Kiến An")

# name, kind, staff size
DEPARTMENTS = [
    ("Văn phòng HĐND và UBND quận", "agency", 12),
    ("Phòng Nội vụ", "department", 9),
    ("Phòng Tài chính - Kế hoạch", "department", 9),
    ("Phòng Kinh tế", "department", 8),
    ("Phòng Quản lý đô thị", "department", 9),
    ("Phòng Tài nguyên và Môi trường", "department", 9),
    ("Phòng Giáo dục và Đào tạo", "department", 8),
    ("Phòng Văn hóa và Thông tin", "department", 7),
    ("Phòng Lao động - Thương binh và Xã hội", "department", 8),
    ("Phòng Tư pháp", "department", 6),
    ("Phòng Y tế", "department", 6),
    ("Thanh tra quận", "agency", 7),
]

WARDS = [
    "Bắc Sơn",
    "Đồng Hòa",
    "Lãm Hà",
    "Nam Sơn",
    "Ngọc Sơn",
    "Phù Liễn",
    "Quán Trữ",
    "Trần Thành Ngọ",
    "Tràng Minh",
    "Văn Đẩu",
]
GROUPS_PER_WARD = 3
OFFICE_KINDS = ("agency", "department", "ward")  # take part in movements, earn collective titles

AUTHORITY = {
    "name": "Chủ tịch Ủy ban nhân dân quận Kiến An",
    "issuer_title": "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN KIẾN AN",
    "body_name": "ỦY BAN NHÂN DÂN QUẬN KIẾN AN",
    "signer_title": "CHỦ TỊCH",
    "signer_name": "Nguyễn Trường Sơn",
    "place": "Kiến An",
    "decision_suffix": "QĐ-UBND",
    "valid_from": RECORDS_FROM,
    "valid_to": "2025-06-30",
}
DECISION_SIGNER_TITLE = "Chủ tịch"

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

CITY_PLAN = "Kế hoạch thành phố giao"
COUNCIL_PLAN = "Kế hoạch HĐND quận giao"
DISTRICT_PLAN = "Kế hoạch UBND quận giao"
MILLION_VND = "triệu đồng"

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

FAMILY_NAMES = [
    ("Nguyễn", 36),
    ("Trần", 11),
    ("Lê", 9),
    ("Phạm", 8),
    ("Vũ", 6),
    ("Hoàng", 5),
    ("Phan", 3),
    ("Bùi", 3),
    ("Đỗ", 3),
    ("Đặng", 2),
    ("Ngô", 2),
    ("Đào", 2),
    ("Đinh", 2),
    ("Dương", 1),
    ("Huỳnh", 1),
    ("Võ", 1),
    ("Hồ", 1),
    ("Lý", 1),
    ("Mạc", 1),
    ("Lương", 1),
]
MALE_MIDDLE = [
    "Văn",
    "Văn",
    "Văn",
    "Đức",
    "Minh",
    "Quang",
    "Hữu",
    "Xuân",
    "Thanh",
    "Mạnh",
    "Tiến",
    "Đình",
    "Công",
    "Ngọc",
    "Trung",
    "Hoàng",
    "Việt",
    "Duy",
]
MALE_GIVEN = [
    "Hùng",
    "Dũng",
    "Tuấn",
    "Hải",
    "Sơn",
    "Long",
    "Nam",
    "Thắng",
    "Cường",
    "Hưng",
    "Phong",
    "Quân",
    "Hiếu",
    "Khánh",
    "Thành",
    "Tùng",
    "Đạt",
    "Huy",
    "Kiên",
    "Bình",
    "Toàn",
    "Tài",
    "Lâm",
    "Vinh",
    "Việt",
    "Trung",
    "Hoàn",
    "Thịnh",
    "Quyết",
    "Chiến",
    "Hòa",
    "Tiến",
]
FEMALE_MIDDLE = ["Thu", "Ngọc", "Thanh", "Thùy", "Minh", "Phương", "Hồng", "Bích", "Kim", "Mai"]
FEMALE_GIVEN = [
    "Hương",
    "Lan",
    "Hằng",
    "Hà",
    "Trang",
    "Linh",
    "Nga",
    "Huyền",
    "Thủy",
    "Hoa",
    "Yến",
    "Nhung",
    "Thảo",
    "Loan",
    "Mai",
    "Phương",
    "Hạnh",
    "Vân",
    "Dung",
    "Ngân",
    "Oanh",
    "Quỳnh",
    "Thúy",
    "Hiền",
    "Giang",
    "Anh",
    "Liên",
    "Hòa",
    "Huệ",
    "Lý",
]

# position, how many, birth years
DEPARTMENT_POSITIONS = {
    "Văn phòng HĐND và UBND quận": [
        ("Chánh Văn phòng", 1, (1966, 1980)),
        ("Phó Chánh Văn phòng", 2, (1970, 1986)),
        ("Chuyên viên", 7, (1975, 2000)),
        ("Nhân viên", 2, (1975, 2000)),
    ],
    "Thanh tra quận": [
        ("Chánh Thanh tra", 1, (1966, 1980)),
        ("Phó Chánh Thanh tra", 1, (1970, 1986)),
        ("Thanh tra viên", 5, (1975, 1998)),
    ],
}
DEPARTMENT_DEFAULT_POSITIONS = [
    ("Trưởng phòng", 1, (1966, 1980)),
    ("Phó Trưởng phòng", 2, (1970, 1986)),
    ("Chuyên viên", 99, (1975, 2000)),
]
WARD_POSITIONS = [
    ("Chủ tịch UBND phường", 1, (1968, 1984)),
    ("Phó Chủ tịch UBND phường", 2, (1970, 1988)),
    ("Công chức Văn phòng - Thống kê", 2, (1978, 2000)),
    ("Công chức Địa chính - Xây dựng", 2, (1975, 2000)),
    ("Công chức Tư pháp - Hộ tịch", 1, (1978, 2000)),
    ("Công chức Tài chính - Kế toán", 1, (1975, 2000)),
    ("Công chức Văn hóa - Xã hội", 1, (1978, 2000)),
    ("Chỉ huy trưởng Ban Chỉ huy quân sự phường", 1, (1970, 1990)),
    ("Cán bộ Văn phòng Đảng ủy phường", 1, (1980, 2000)),
]
GROUP_LEADER = ("Tổ trưởng tổ dân phố", (1965, 1975))
LEADER_WORDS = ("Trưởng", "Chánh", "Chủ tịch", "Chỉ huy")
MALE_ONLY_POSITIONS = {"Chỉ huy trưởng Ban Chỉ huy quân sự phường"}

PROVINCE_CODE = "031"  # Hải Phòng

# achievement year: (titles decision number, date), (Giấy khen decision number, date)
DECISIONS = {
    2019: (("3856/QĐ-UBND", "2019-12-24"), ("21/QĐ-UBND", "2020-01-09")),
    2020: (("4102/QĐ-UBND", "2020-12-25"), ("18/QĐ-UBND", "2021-01-12")),
    2021: (("3987/QĐ-UBND", "2021-12-27"), ("25/QĐ-UBND", "2022-01-14")),
    2022: (("4215/QĐ-UBND", "2022-12-26"), ("12/QĐ-UBND", "2023-01-11")),
    2023: (("4380/QĐ-UBND", "2023-12-26"), ("15/QĐ-UBND", "2024-01-12")),
    2024: (("4461/QĐ-UBND", "2024-12-25"), ("20/QĐ-UBND", "2025-01-10")),
}
PROPOSED_BY = "Phòng Nội vụ quận"
TITLES_DECISION_TITLE = "Về việc công nhận danh hiệu thi đua năm {year}"
GIAY_KHEN_DECISION_TITLE = (
    "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong thực hiện"
    " nhiệm vụ năm {year}"
)
LOCAL_GOVERNMENT_LAW = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
LOCAL_GOVERNMENT_AMENDMENT = (
    "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính"
    " quyền địa phương ngày 22 tháng 11 năm 2019;"
)
OLD_LEGAL_BASES = [
    "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số"
    " điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;",
    "Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết"
    " thi hành một số điều của Luật Thi đua, khen thưởng;",
]
NEW_LEGAL_BASES = [
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi"
    " tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
]
NEW_LAW_FROM = "2024-01-01"
AMENDMENT_FROM = "2020-07-01"

# Giấy khen per achievement year: collectives, individuals
GIAY_KHEN_COUNTS = {
    2019: (8, 12),
    2020: (9, 14),
    2021: (8, 13),
    2022: (9, 14),
    2023: (14, 26),
    2024: (10, 16),
}
LDTT_PEOPLE = 56
LDTT_RUN_LENGTHS = [1, 2, 2, 3, 3, 4, 5, 6]
CSTDCS_TWO_YEAR_CHAINS = 6
CSTDCS_SINGLES_PER_YEAR = 1
TTLDTT_PER_YEAR = 6
TDPVH_PER_YEAR = 4
GROUP_SHARE_OF_GIAY_KHEN = 0.35
LEADER_SHARE_OF_GIAY_KHEN = 0.2

LDTT_ACHIEVEMENT = "Đã hoàn thành tốt nhiệm vụ, tích cực tham gia phong trào thi đua năm {year}"
CSTDCS_ACHIEVEMENTS = [
    "Đã hoàn thành xuất sắc nhiệm vụ, có sáng kiến được công nhận năm {year}",
    "Đã hoàn thành xuất sắc nhiệm vụ, có giải pháp công tác được áp dụng hiệu quả năm {year}",
]
TTLDTT_ACHIEVEMENT = (
    "Đã hoàn thành tốt nhiệm vụ, tích cực tham gia phong trào thi đua yêu nước năm {year}"
)
TDPVH_ACHIEVEMENT = (
    "Đã thực hiện tốt phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm {year}"
)
GROUP_GIAY_KHEN_ACHIEVEMENT = (
    "Đã có thành tích xuất sắc trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa"
    " ở khu dân cư” năm {year}"
)
GIAY_KHEN_ACHIEVEMENTS = [
    "Đã có thành tích xuất sắc trong thực hiện nhiệm vụ phát triển kinh tế - xã hội năm {year}",
    "Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm {year}",
    "Đã có thành tích xuất sắc trong công tác cải cách hành chính năm {year}",
    "Đã có thành tích xuất sắc trong công tác thu ngân sách nhà nước năm {year}",
    "Đã có thành tích xuất sắc trong công tác chỉnh trang đô thị năm {year}",
    "Đã có thành tích xuất sắc trong công tác dân vận năm {year}",
]
GIAY_KHEN_ACHIEVEMENTS_BY_YEAR = {
    2020: ["Đã có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19 năm 2020"],
    2021: ["Đã có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19 năm 2021"],
    2022: ["Đã có thành tích xuất sắc trong thực hiện chuyển đổi số năm 2022"],
    2023: ["Đã có thành tích xuất sắc trong thực hiện chuyển đổi số năm 2023"],
    2024: ["Đã có thành tích xuất sắc trong thực hiện chuyển đổi số năm 2024"],
}
CONFERENCE_YEAR = 2023
CONFERENCE_ACHIEVEMENT = GIAY_KHEN_ACHIEVEMENTS[0]


def load_demo(db: Database) -> dict[str, int]:
    """Fill an empty database with the demo records; returns how many of each were made."""
    if holds_records(db):
        raise DataPresentError(
            Message(
                "the database already holds records; the demo data is only loaded into an "
                "empty database"
            )
        )
    rng = random.Random(SEED)
    with db.atomic():
        units = _insert_units(db)
        authority_id = _insert_authority(db, units)
        movements, targets = _insert_movements(db, units, authority_id)
        people = _insert_people(db, rng, units)
        decisions, awards = _insert_awards(db, rng, units, people, authority_id, movements)
        award_ids = [row[0] for row in db.execute("SELECT id FROM awards")]
        store_award_evidence(db, award_ids)
        freeze_certificates(db, award_ids)
    return {
        "units": len(units),
        "people": len(people),
        "movements": len(movements),
        "targets": targets,
        "decisions": decisions,
        "awards": awards,
    }


def _unit(unit_id, name, kind, parent_id, short_name=None, label=None) -> dict:
    return {
        "id": unit_id,
        **units.name_columns(name),
        "short_name": clean(short_name) or None,
        "kind": kind,
        "parent_id": parent_id,
        "valid_from": RECORDS_FROM,
        "valid_to": None,
        "successor_id": None,
        "note": None,
        # Not stored: the unit as written on a decision (a residential group with its ward).
        "_label": clean(label or name),
    }


def _insert_units(db: Database) -> list[dict]:
    district = _unit(1, DISTRICT[0], "district", None, DISTRICT[1])
    units = [district]
    for name, kind, _size in DEPARTMENTS:
        units.append(_unit(len(units) + 1, name, kind, district["id"]))
    wards = []
    for ward in WARDS:
        wards.append(_unit(len(units) + 1, f"Phường {ward}", "ward", district["id"], ward))
        units.append(wards[-1])
    for ward in wards:
        for number in range(1, GROUPS_PER_WARD + 1):
            name = f"Tổ dân phố số {number}"
            label = f"{name}, phường {ward['short_name']}"
            units.append(_unit(len(units) + 1, name, "residential_group", ward["id"], None, label))
    db["units"].insert_all(
        {key: value for key, value in unit.items() if not key.startswith("_")} for unit in units
    )
    return units


def _insert_authority(db: Database, units: list[dict]) -> int:
    row = {key: clean(value) for key, value in AUTHORITY.items()}
    row["unit_id"] = units[0]["id"]
    return db["issuing_authorities"].insert(row).last_pk


def _text(number: Decimal) -> str:
    """Exact decimal text without trailing zeros: 92.0 -> '92'."""
    return format(number.normalize(), "f")


def _plan(target_id, source, form, value, value_high=None) -> dict:
    return {
        "target_id": target_id,
        "source": source,
        "plan_form": form,
        "value": value,
        "value_high": value_high,
    }


def _report(target_id, reported_on, actual, source, year) -> dict:
    return {
        "target_id": target_id,
        "reported_on": reported_on,
        "period_start": f"{year}-01-01",
        "period_end": reported_on,
        "actual_value": actual,
        "source": source,
        "note": None,
    }


def _target(target_id, movement_id, unit_id, indicator, measure_unit, year, same_period) -> dict:
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


def _insert_movements(db: Database, units: list[dict], authority_id: int):
    movements = []
    for movement_id, movement in enumerate((MOVEMENT_2023, MOVEMENT_2024), start=1):
        row = {key: clean(value) if value else value for key, value in movement.items()}
        movements.append({"id": movement_id, **row, "authority_id": authority_id})
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
        targets.append(_target(target_id, first, None, indicator, MILLION_VND, 2023, same_period))
        plans.append(_plan(target_id, CITY_PLAN, "at_least", city))
        if council:
            plans.append(_plan(target_id, COUNCIL_PLAN, "at_least", council))
        reported_on, source = REPORT_2023
        reports.append(_report(target_id, reported_on, actual, source, 2023))

    for indicator, measure_unit, same_period, target_plans, results in TARGETS_2024:
        target_id = len(targets) + 1
        targets.append(_target(target_id, second, None, indicator, measure_unit, 2024, same_period))
        plans.extend(_plan(target_id, *plan) for plan in target_plans)
        for (reported_on, source), actual in zip(QUARTERS_2024, results, strict=True):
            reports.append(_report(target_id, reported_on, actual, source, 2024))

    wards = {unit["short_name"]: unit["id"] for unit in units if unit["kind"] == "ward"}
    for ward, figures in WARD_TARGETS_2024.items():
        budget_plan, budget_before, budget, culture_plan, culture_before, culture = figures
        budget_id = len(targets) + 1
        targets.append(
            _target(
                budget_id,
                second,
                wards[ward],
                WARD_BUDGET_INDICATOR,
                MILLION_VND,
                2024,
                budget_before,
            )
        )
        plans.append(_plan(budget_id, DISTRICT_PLAN, "at_least", budget_plan))
        culture_id = len(targets) + 1
        targets.append(
            _target(
                culture_id, second, wards[ward], WARD_CULTURE_INDICATOR, "%", 2024, culture_before
            )
        )
        plans.append(_plan(culture_id, DISTRICT_PLAN, "at_least", culture_plan))
        quarters = zip(QUARTERS_2024, BUDGET_SHARE_BY_QUARTER, CULTURE_GAP_BY_QUARTER, strict=True)
        for (reported_on, source), share, gap in quarters:
            budget_so_far = (Decimal(budget) * Decimal(share)).quantize(Decimal(1))
            reports.append(_report(budget_id, reported_on, _text(budget_so_far), source, 2024))
            culture_so_far = Decimal(culture) - Decimal(gap)
            reports.append(_report(culture_id, reported_on, _text(culture_so_far), source, 2024))

    db["targets"].insert_all(targets)
    db["target_plans"].insert_all(plans)
    db["progress_reports"].insert_all(reports)
    return movements, len(targets)


def _full_name(rng: random.Random, gender: str) -> str:
    family = rng.choices(
        [name for name, _ in FAMILY_NAMES], [weight for _, weight in FAMILY_NAMES]
    )[0]
    while True:
        if gender == "male":
            middle, given = rng.choice(MALE_MIDDLE), rng.choice(MALE_GIVEN)
        else:
            draw = rng.random()
            if draw < 0.4:
                middle = "Thị"
            elif draw < 0.55:
                middle = f"Thị {rng.choice(FEMALE_MIDDLE)}"
            else:
                middle = rng.choice(FEMALE_MIDDLE)
            given = rng.choice(FEMALE_GIVEN)
        if given not in middle.split():
            return clean(f"{family} {middle} {given}")


def _personal_id(rng: random.Random, gender: str, birth_year: int, taken: set[str]) -> str:
    century = 0 if birth_year < 2000 else 2
    digit = century + (1 if gender == "female" else 0)
    while True:
        number = f"{PROVINCE_CODE}{digit}{birth_year % 100:02d}{rng.randrange(10**6):06d}"
        if number not in taken:
            taken.add(number)
            return number


def _random_day(rng: random.Random, year: int, last: str | None = None) -> str:
    start = dt.date(year, 1, 1)
    end = dt.date.fromisoformat(last) if last else dt.date(year, 12, 31)
    return (start + dt.timedelta(days=rng.randrange((end - start).days + 1))).isoformat()


def _staff_plan(units: list[dict]) -> list[tuple[dict, str, tuple[int, int]]]:
    """(unit, position, birth years) for every person the demo knows."""
    plan = []
    by_name = {unit["name"]: unit for unit in units}
    for name, _kind, size in DEPARTMENTS:
        positions = DEPARTMENT_POSITIONS.get(name, DEPARTMENT_DEFAULT_POSITIONS)
        seats = [(position, years) for position, count, years in positions for _ in range(count)][
            :size
        ]
        plan.extend((by_name[name], position, years) for position, years in seats)
    for unit in units:
        if unit["kind"] == "ward":
            plan.extend(
                (unit, position, years)
                for position, count, years in WARD_POSITIONS
                for _ in range(count)
            )
    for unit in units:
        if unit["kind"] == "residential_group":
            plan.append((unit, GROUP_LEADER[0], GROUP_LEADER[1]))
    return plan


def _insert_people(db: Database, rng: random.Random, units: list[dict]) -> list[dict]:
    people, names, personal_ids = [], set(), set()
    for unit, position, (born_from, born_to) in _staff_plan(units):
        gender = "male" if position in MALE_ONLY_POSITIONS or rng.random() < 0.5 else "female"
        full_name = _full_name(rng, gender)
        while full_name in names or full_name == clean(AUTHORITY["signer_name"]):
            full_name = _full_name(rng, gender)
        names.add(full_name)
        birth_year = rng.randint(born_from, born_to)
        birth_date = _random_day(rng, birth_year) if rng.random() < 0.5 else None
        personal_id = (
            _personal_id(rng, gender, birth_year, personal_ids) if rng.random() < 0.6 else None
        )
        recruited_on = None
        is_staff = position != GROUP_LEADER[0]
        if is_staff and not position.startswith(LEADER_WORDS) and rng.random() < 0.4:
            year = rng.randint(max(birth_year + 22, 1995), min(birth_year + 35, LAST_YEAR))
            recruited_on = _random_day(rng, year, "2024-10-31" if year == LAST_YEAR else None)
        people.append(
            {
                "id": len(people) + 1,
                **people_records.name_columns(full_name),
                "gender": gender,
                "birth_date": birth_date,
                "birth_year": birth_year,
                "position": clean(position),
                "unit_id": unit["id"],
                "personal_id": personal_id,
                "recruited_on": recruited_on,
                "note": None,
            }
        )
    db["people"].insert_all(people)
    return people


def _eligible_years(person: dict) -> list[int]:
    """Achievement years in which the person may be honoured (six months' service by June)."""
    first = max(FIRST_YEAR, person["birth_year"] + 22)
    if person["recruited_on"]:
        recruited = dt.date.fromisoformat(person["recruited_on"])
        first = max(first, recruited.year if recruited.month <= 6 else recruited.year + 1)
    return list(range(first, LAST_YEAR + 1))


def _legal_bases(decided_on: str) -> str:
    lines = [LOCAL_GOVERNMENT_LAW]
    if decided_on >= AMENDMENT_FROM:
        lines.append(LOCAL_GOVERNMENT_AMENDMENT)
    lines.extend(NEW_LEGAL_BASES if decided_on >= NEW_LAW_FROM else OLD_LEGAL_BASES)
    return "\n".join(lines)


def _decision(decision_id, number, decided_on, title, authority_id, movement_id) -> dict:
    return {
        "id": decision_id,
        "number": number,
        "decided_on": decided_on,
        "authority_id": authority_id,
        "signer_title": DECISION_SIGNER_TITLE,
        "signer_name": clean(AUTHORITY["signer_name"]),
        "movement_id": movement_id,
        "title": clean(title),
        "legal_bases": _legal_bases(decided_on),
        "proposed_by": PROPOSED_BY,
        "status": "signed",
    }


def _choose_titles(rng: random.Random, staff: list[dict]):
    """LĐTT runs of consecutive years; CSTĐCS only in a person's LĐTT years, one per unit."""
    ldtt: dict[int, list[int]] = {}
    for person in rng.sample(staff, LDTT_PEOPLE):
        years = _eligible_years(person)
        if not years:
            continue
        length = min(rng.choice(LDTT_RUN_LENGTHS), len(years))
        start = rng.choice(years[: len(years) - length + 1])
        ldtt[person["id"]] = list(range(start, start + length))

    unit_of = {person["id"]: person["unit_id"] for person in staff}
    cstdcs: dict[int, list[int]] = {}
    taken: set[tuple[int, int]] = set()

    def confer(pid: int, runs: list[list[int]]) -> bool:
        free = [run for run in runs if all((unit_of[pid], year) not in taken for year in run)]
        if pid in cstdcs or not free:
            return False
        cstdcs[pid] = rng.choice(free)
        taken.update((unit_of[pid], year) for year in cstdcs[pid])
        return True

    def runs_of(pid: int, length: int) -> list[list[int]]:
        years = ldtt[pid]
        return [years[i : i + length] for i in range(len(years) - length + 1)]

    candidates = rng.sample(sorted(ldtt), len(ldtt))
    for length, wanted in ((3, 1), (2, CSTDCS_TWO_YEAR_CHAINS)):
        made = 0
        for pid in candidates:
            if made < wanted and confer(pid, runs_of(pid, length)):
                made += 1
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        made = 0
        for pid in candidates:
            if made < CSTDCS_SINGLES_PER_YEAR and year in ldtt[pid] and confer(pid, [[year]]):
                made += 1
    return ldtt, cstdcs


class _AwardRows:
    """Award rows as written on a decision, with the bonus in force on its date."""

    def __init__(self, db: Database, units: list[dict]):
        self.db = db
        self.units = {unit["id"]: unit for unit in units}
        self.forms = {
            code: catalogue.find_award_form(db, code).id
            for code in ("GIAY_KHEN", "LDTT", "CSTDCS", "TTLDTT", "TDPVH")
        }
        self._bonuses: dict[tuple, int | None] = {}

    def bonus(self, form_id: int, kind: str, decided_on: str) -> int | None:
        key = (form_id, kind, decided_on)
        if key not in self._bonuses:
            day = dt.date.fromisoformat(decided_on)
            self._bonuses[key] = catalogue.bonus_amount(self.db, form_id, kind, day)
        return self._bonuses[key]

    def _row(self, decision, code, kind, achievement, year, **recipient) -> dict:
        form_id = self.forms[code]
        return {
            "decision_id": decision["id"],
            "form_id": form_id,
            "recipient_kind": kind,
            **recipient,
            "achievement": clean(achievement),
            "achievement_year": year,
            "bonus_amount": self.bonus(form_id, kind, decision["decided_on"]),
        }

    def person(self, decision, code, person, achievement, year) -> dict:
        unit = self.units[person["unit_id"]]
        return self._row(
            decision,
            code,
            "individual",
            achievement,
            year,
            person_id=person["id"],
            recipient_unit_id=None,
            recipient_name=person["full_name"],
            unit_id=unit["id"],
            unit_name=unit["_label"],
            position=person["position"],
        )

    def unit(self, decision, code, unit, achievement, year) -> dict:
        return self._row(
            decision,
            code,
            "collective",
            achievement,
            year,
            person_id=None,
            recipient_unit_id=unit["id"],
            recipient_name=unit["_label"],
            unit_id=unit["id"],
            unit_name=unit["_label"],
            position=None,
        )


def _by_id(items: list[dict]) -> list[dict]:
    return sorted(items, key=lambda item: item["id"])


def _by_unit_and_name(people: list[dict]) -> list[dict]:
    return sorted(people, key=lambda p: (p["unit_id"], name_sort_key(p["full_name"])))


def _title_awards(rows, rng, decision, year, units, people, ldtt, cstdcs):
    """Collective titles first, then individuals: CSTĐCS, then LĐTT."""
    advanced = _by_id(rng.sample(units["offices"], TTLDTT_PER_YEAR))
    cultural = _by_id(rng.sample(units["groups"], TDPVH_PER_YEAR))
    fighters = _by_unit_and_name([p for p in people if year in cstdcs.get(p["id"], ())])
    workers = _by_unit_and_name([p for p in people if year in ldtt.get(p["id"], ())])
    return [
        *(
            rows.unit(decision, "TTLDTT", u, TTLDTT_ACHIEVEMENT.format(year=year), year)
            for u in advanced
        ),
        *(
            rows.unit(decision, "TDPVH", u, TDPVH_ACHIEVEMENT.format(year=year), year)
            for u in cultural
        ),
        *(
            rows.person(
                decision, "CSTDCS", p, rng.choice(CSTDCS_ACHIEVEMENTS).format(year=year), year
            )
            for p in fighters
        ),
        *(
            rows.person(decision, "LDTT", p, LDTT_ACHIEVEMENT.format(year=year), year)
            for p in workers
        ),
    ]


def _giay_khen_awards(rows, rng, decision, year, units, people, titled_units, titled_people):
    """Collectives, then individuals; nobody already honoured for the year's achievement."""
    topics = GIAY_KHEN_ACHIEVEMENTS + GIAY_KHEN_ACHIEVEMENTS_BY_YEAR.get(year, [])

    def topic() -> str:
        if year == CONFERENCE_YEAR and rng.random() < 0.6:
            return CONFERENCE_ACHIEVEMENT.format(year=year)
        return rng.choice(topics).format(year=year)

    culture = GROUP_GIAY_KHEN_ACHIEVEMENT.format(year=year)
    collectives, individuals = GIAY_KHEN_COUNTS[year]
    group_count = round(collectives * GROUP_SHARE_OF_GIAY_KHEN)
    groups = rng.sample([u for u in units["groups"] if u["id"] not in titled_units], group_count)
    offices = rng.sample(
        [u for u in units["offices"] if u["id"] not in titled_units], collectives - group_count
    )
    leader_count = round(individuals * LEADER_SHARE_OF_GIAY_KHEN)
    eligible = [
        p for p in people["staff"] if year in _eligible_years(p) and p["id"] not in titled_people
    ]
    staff = rng.sample(eligible, individuals - leader_count)
    leaders = rng.sample(people["leaders"], leader_count)
    return [
        *(rows.unit(decision, "GIAY_KHEN", u, topic(), year) for u in _by_id(offices)),
        *(rows.unit(decision, "GIAY_KHEN", u, culture, year) for u in _by_id(groups)),
        *(rows.person(decision, "GIAY_KHEN", p, topic(), year) for p in _by_unit_and_name(staff)),
        *(rows.person(decision, "GIAY_KHEN", p, culture, year) for p in _by_unit_and_name(leaders)),
    ]


def _number_in_register(awards: list[dict], decisions: list[dict]) -> None:
    """Register numbers run 1.. per year of the decision date, in decision-date order."""
    decided_on = {decision["id"]: decision["decided_on"] for decision in decisions}
    awards.sort(key=lambda award: decided_on[award["decision_id"]])
    last_number: dict[int, int] = {}
    for award in awards:
        register_year = int(decided_on[award["decision_id"]][:4])
        last_number[register_year] = last_number.get(register_year, 0) + 1
        award.update(
            register_book="main",
            register_year=register_year,
            register_number=last_number[register_year],
            status="awarded",
        )


def _insert_awards(db, rng, units, people, authority_id, movements):
    rows = _AwardRows(db, units)
    movement_by_year = {int(m["starts_on"][:4]): m["id"] for m in movements}
    unit_pools = {
        "offices": [unit for unit in units if unit["kind"] in OFFICE_KINDS],
        "groups": [unit for unit in units if unit["kind"] == "residential_group"],
    }
    people_pools = {
        "staff": [p for p in people if p["position"] != GROUP_LEADER[0]],
        "leaders": [p for p in people if p["position"] == GROUP_LEADER[0]],
    }
    ldtt, cstdcs = _choose_titles(rng, people_pools["staff"])

    decisions, awards = [], []
    for year, ((titles_no, titles_on), (merit_no, merit_on)) in DECISIONS.items():
        movement_id = movement_by_year.get(year)
        titles = _decision(
            len(decisions) + 1,
            titles_no,
            titles_on,
            TITLES_DECISION_TITLE.format(year=year),
            authority_id,
            movement_id,
        )
        merit = _decision(
            len(decisions) + 2,
            merit_no,
            merit_on,
            GIAY_KHEN_DECISION_TITLE.format(year=year),
            authority_id,
            movement_id,
        )
        decisions += [titles, merit]
        title_awards = _title_awards(rows, rng, titles, year, unit_pools, people, ldtt, cstdcs)
        # Collective titles and CSTĐCS already honour the year's achievement.
        titled_units = {a["recipient_unit_id"] for a in title_awards if a["recipient_unit_id"]}
        titled_people = {pid for pid, years in cstdcs.items() if year in years}
        awards += title_awards
        awards += _giay_khen_awards(
            rows, rng, merit, year, unit_pools, people_pools, titled_units, titled_people
        )

    _number_in_register(awards, decisions)
    db["decisions"].insert_all(decisions)
    db["awards"].insert_all(awards)
    return len(decisions), len(awards)
