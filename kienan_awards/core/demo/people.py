"""The district's staff as recorded up to 2024: each department's and ward's positions with
people of plausible ages, and the residential groups' leaders; who may be honoured in a year."""

from __future__ import annotations

import datetime as dt
import random

from sqlite_utils import Database

from kienan_awards.core.demo import names
from kienan_awards.core.demo.district import AUTHORITY, DEPARTMENTS
from kienan_awards.core.records import people as people_records
from kienan_awards.core.text import clean

FIRST_YEAR = 2019
LAST_YEAR = 2024  # the last year the district's staff were recorded
LAST_RECRUITED = "2024-10-31"

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


def staff_plan(units: list[dict]) -> list[tuple[dict, str, tuple[int, int]]]:
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


def insert_people(
    db: Database, rng: random.Random, units: list[dict], reserved: set[str]
) -> list[dict]:
    """The district's people; nobody bears a name in ``reserved`` (the signers')."""
    people, taken, personal_ids = [], {clean(name) for name in reserved}, set()
    for unit, position, (born_from, born_to) in staff_plan(units):
        gender = "male" if position in MALE_ONLY_POSITIONS or rng.random() < 0.5 else "female"
        full_name = names.full_name(rng, gender)
        while full_name in taken or full_name == clean(AUTHORITY["signer_name"]):
            full_name = names.full_name(rng, gender)
        taken.add(full_name)
        birth_year = rng.randint(born_from, born_to)
        birth_date = names.random_day(rng, birth_year) if rng.random() < 0.5 else None
        personal_id = (
            names.personal_id(rng, gender, birth_year, personal_ids) if rng.random() < 0.6 else None
        )
        recruited_on = None
        is_staff = position != GROUP_LEADER[0]
        if is_staff and not position.startswith(LEADER_WORDS) and rng.random() < 0.4:
            year = rng.randint(max(birth_year + 22, 1995), min(birth_year + 35, LAST_YEAR))
            recruited_on = names.random_day(
                rng, year, LAST_RECRUITED if year == LAST_YEAR else None
            )
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


def is_staff(person: dict) -> bool:
    return person["position"] != GROUP_LEADER[0]


def eligible_years(person: dict, last_year: int = LAST_YEAR) -> list[int]:
    """Achievement years in which the person may be honoured (six months' service by June)."""
    first = max(FIRST_YEAR, person["birth_year"] + 22)
    if person["recruited_on"]:
        recruited = dt.date.fromisoformat(person["recruited_on"])
        first = max(first, recruited.year if recruited.month <= 6 else recruited.year + 1)
    return list(range(first, last_year + 1))
