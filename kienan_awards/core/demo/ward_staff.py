"""The new ward's staff: from 01/07/2025 some of the district's and the five wards' people
serve phường Kiến An, in its bodies' seats. Their records move there (their awards keep the
unit and position they were given under), and each says where the person served before.
Everyone else stays as last recorded: they went to phường Phù Liễn or the city, whose staff
are not this office's."""

from __future__ import annotations

import random

from sqlite_utils import Database

from kienan_awards.core.demo.people import LEADER_WORDS, is_staff
from kienan_awards.core.demo.reform import KIEN_AN, LAST_DISTRICT_DAY, SPLIT_WARDS, NewWard
from kienan_awards.core.text import clean

# seat holder: its seats (position, how many), and where their holders served before: a
# district department, or a position in one of the wards the new ward took parts of.
STAFFING = {
    KIEN_AN[0]: (
        [("Phó Chủ tịch UBND phường", 2)],
        ("Chủ tịch UBND phường", "Phó Chủ tịch UBND phường"),
    ),
    "Văn phòng HĐND và UBND phường": (
        [("Chánh Văn phòng", 1), ("Phó Chánh Văn phòng", 2), ("Chuyên viên", 8)],
        (
            "Văn phòng HĐND và UBND quận",
            "Phòng Nội vụ",
            "Thanh tra quận",
            "Công chức Văn phòng - Thống kê",
            "Cán bộ Văn phòng Đảng ủy phường",
        ),
    ),
    "Phòng Kinh tế, Hạ tầng và Đô thị": (
        [("Trưởng phòng", 1), ("Phó Trưởng phòng", 2), ("Chuyên viên", 7)],
        (
            "Phòng Kinh tế",
            "Phòng Quản lý đô thị",
            "Phòng Tài nguyên và Môi trường",
            "Phòng Tài chính - Kế hoạch",
            "Công chức Địa chính - Xây dựng",
            "Công chức Tài chính - Kế toán",
        ),
    ),
    "Phòng Văn hóa - Xã hội": (
        [("Trưởng phòng", 1), ("Phó Trưởng phòng", 1), ("Chuyên viên", 7)],
        (
            "Phòng Văn hóa và Thông tin",
            "Phòng Giáo dục và Đào tạo",
            "Phòng Lao động - Thương binh và Xã hội",
            "Phòng Y tế",
            "Công chức Văn hóa - Xã hội",
        ),
    ),
    "Trung tâm Phục vụ hành chính công phường": (
        [("Giám đốc", 1), ("Phó Giám đốc", 1), ("Viên chức", 5)],
        ("Phòng Tư pháp", "Công chức Tư pháp - Hộ tịch", "Công chức Văn phòng - Thống kê"),
    ),
}
HEADS = ("Trưởng", "Chánh", "Chủ tịch", "Giám đốc")
DEPUTY = "Phó"
EARLIER = "Đến {day}: {position}, {unit}"


def move_staff(
    db: Database,
    rng: random.Random,
    ward: NewWard,
    units: list[dict],
    people: list[dict],
    fighters: set[int],
) -> dict[int, list[dict]]:
    """Seat the ward's staff; returns them by the unit they now serve, seat order kept. A
    body takes one of the district's Emulation Fighters of the last year among its staff
    when its sources hold one (``fighters``: their person ids); no old unit gives more than
    half its people, so each keeps some."""
    by_id = {unit["id"]: unit for unit in units}
    split = {unit["id"] for unit in units if unit["short_name"] in SPLIT_WARDS}
    sizes: dict[int, int] = {}
    for person in people:
        sizes[person["unit_id"]] = sizes.get(person["unit_id"], 0) + 1
    given: dict[int, int] = {}
    taken: set[int] = set()
    seats = {**ward.bodies, KIEN_AN[0]: ward.ward}
    staff: dict[int, list[dict]] = {}
    for name, (positions, sources) in STAFFING.items():
        pool = [
            p
            for p in people
            if is_staff(p)
            and (
                by_id[p["unit_id"]]["name"] in sources
                or (p["unit_id"] in split and p["position"] in sources)
            )
        ]
        held = []
        for position, count in positions:
            for _ in range(count):
                free = [
                    p
                    for p in pool
                    if p["id"] not in taken
                    and given.get(p["unit_id"], 0) < sizes[p["unit_id"]] // 2
                ]
                person = _seat_holder(rng, free, position, fighters, held)
                taken.add(person["id"])
                given[person["unit_id"]] = given.get(person["unit_id"], 0) + 1
                held.append({**person, "position": clean(position), "unit_id": seats[name]["id"]})
                held[-1]["note"] = clean(
                    EARLIER.format(
                        day=_day(LAST_DISTRICT_DAY),
                        position=person["position"],
                        unit=by_id[person["unit_id"]]["_label"],
                    )
                )
        staff[seats[name]["id"]] = held
    db.conn.executemany(
        "UPDATE people SET unit_id = ?, position = ?, note = ? WHERE id = ?",
        [
            (p["unit_id"], p["position"], p["note"], p["id"])
            for held in staff.values()
            for p in held
        ],
    )
    return staff


def _seat_holder(rng, free: list[dict], position: str, fighters: set[int], held: list[dict]):
    """A head's seat goes to someone who headed before, a deputy's to a deputy (else to the
    other); the first other seat to a recent Emulation Fighter when there is one; the rest to
    anyone else."""
    heads = [p for p in free if p["position"].startswith(LEADER_WORDS)]
    deputies = [p for p in free if p["position"].startswith(DEPUTY)]
    if position.startswith(DEPUTY):
        return rng.choice(deputies or heads or free)
    if position.startswith(HEADS):
        return rng.choice(heads or deputies or free)
    if not any(p["id"] in fighters for p in held):
        recent = [p for p in free if p["id"] in fighters]
        if recent:
            return rng.choice(recent)
    others = [p for p in free if p not in heads and p not in deputies]
    return rng.choice(others or free)


def _day(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"
