"""The proposals for 2026 on the clerk's desk today: the titles the ward's bodies ask for,
partly reviewed (one body's Advanced Workers accepted, one line returned for a missing
paper), the ward's proposal to the city, and a Giấy khen proposal not yet looked at."""

from __future__ import annotations

import random

from sqlite_utils import Database

from kienan_awards.core.awards import decisions
from kienan_awards.core.demo.district_awards import (
    CSTDCS_ACHIEVEMENTS,
    LDTT_ACHIEVEMENT,
    TTLDTT_ACHIEVEMENT,
)
from kienan_awards.core.demo.district_titles import CSTDCS_PER_UNIT, fighters_allowed, shares
from kienan_awards.core.demo.reform import NewWard
from kienan_awards.core.demo.ward_decisions import forms

YEAR = 2026
TITLES = ("Đề nghị công nhận danh hiệu thi đua năm 2026", "Phòng Văn hóa - Xã hội phường")
TITLES_RECEIVED = "2026-11-27"
GIAY_KHEN = ("Đề nghị tặng Giấy khen năm 2026", "Văn phòng HĐND và UBND phường")
GIAY_KHEN_RECEIVED = "2026-12-02"
LDTT_SHARE = (0.75, 0.95)
REVIEWED = "Văn phòng HĐND và UBND phường"  # its Advanced Workers are accepted already
ADVANCED = "Phòng Kinh tế, Hạ tầng và Đô thị"
SERVICE_CENTRE = "Trung tâm Phục vụ hành chính công phường"
RETURNED_FROM = "Phòng Văn hóa - Xã hội"
RETURN_REASON = "Thiếu bản tự kiểm điểm, đánh giá xếp loại năm 2026 của cá nhân."
GIAY_KHEN_PEOPLE = 6
TO_THE_CITY = (
    "Đề nghị Chủ tịch Ủy ban nhân dân thành phố khen thưởng năm 2026",
    "Ủy ban nhân dân phường Kiến An",
    "2026-12-04",
)
CITY_PEOPLE = 2
CITY_ACHIEVEMENT = (
    "Đã có thành tích xuất sắc trong công tác năm {year}, góp phần vào sự nghiệp xây dựng chủ"
    " nghĩa xã hội và bảo vệ Tổ quốc"
)
TTLDXS_ACHIEVEMENT = "Đã có thành tích xuất sắc tiêu biểu trong thực hiện nhiệm vụ năm {year}"
GIAY_KHEN_ACHIEVEMENTS = [
    "Đã có thành tích xuất sắc trong công tác cải cách hành chính, chuyển đổi số năm 2026",
    "Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2026",
    "Đã có thành tích xuất sắc trong công tác chỉnh trang đô thị năm 2026",
]
GROUP_ACHIEVEMENT = "Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026"


def open_proposals(
    db: Database, rng: random.Random, ward: NewWard, staff: dict[int, list[dict]], movement_id
) -> None:
    """The two proposals of 2026, with their lines and the reviews made so far."""
    cap, _ = shares(db)
    form = forms(db, "LDTT", "CSTDCS", "TTLDTT", "GIAY_KHEN", "BK_CITY", "TTLDXS")
    names = {body["id"]: name for name, body in ward.bodies.items()}
    title, proposer = TITLES
    proposal = decisions.create_proposal(
        db, title, YEAR, proposer, TITLES_RECEIVED, movement_id
    ).record_id
    fighters, returned = [], None
    for unit_id, people in staff.items():
        workers = sorted(
            rng.sample(people, round(rng.uniform(*LDTT_SHARE) * len(people))),
            key=lambda p: p["id"],
        )
        for person in workers:
            line = _line(db, proposal, form["LDTT"], LDTT_ACHIEVEMENT, "good", person["id"])
            if names.get(unit_id) == REVIEWED:
                decisions.review_line(db, line, "accepted")
            elif names.get(unit_id) == RETURNED_FROM and returned is None:
                decisions.review_line(db, line, "returned", reason=RETURN_REASON)
                returned = person
        # A Fighter is an Advanced Worker first: not the one whose papers came back.
        wanted = min(fighters_allowed(len(workers), cap), CSTDCS_PER_UNIT)
        fighters += rng.sample([p for p in workers if p is not returned], wanted)
    for person in fighters:
        achievement = CSTDCS_ACHIEVEMENTS[person["id"] % len(CSTDCS_ACHIEVEMENTS)]
        _line(db, proposal, form["CSTDCS"], achievement, "excellent", person["id"], initiative=True)
    advanced = ward.bodies[ADVANCED]["id"]
    _line(db, proposal, form["TTLDTT"], TTLDTT_ACHIEVEMENT, None, unit_id=advanced)

    _to_the_city(db, form, fighters[:CITY_PEOPLE], advanced, movement_id)

    title, proposer = GIAY_KHEN
    proposal = decisions.create_proposal(
        db, title, YEAR, proposer, GIAY_KHEN_RECEIVED, movement_id
    ).record_id
    centre = ward.bodies[SERVICE_CENTRE]["id"]
    _line(db, proposal, form["GIAY_KHEN"], GROUP_ACHIEVEMENT, None, unit_id=centre)
    chosen = {p["id"] for p in fighters}
    people = [p for held in staff.values() for p in held if p["id"] not in chosen]
    for person in sorted(rng.sample(people, GIAY_KHEN_PEOPLE), key=lambda p: p["id"]):
        topic = rng.choice(GIAY_KHEN_ACHIEVEMENTS)
        _line(db, proposal, form["GIAY_KHEN"], topic, "excellent", person["id"])


def _to_the_city(db, form, people, unit_id, movement_id) -> None:
    """The proposal the ward sends up: the city's Bằng khen for people Fighters again this
    year, and Tập thể lao động xuất sắc for a body; the council has not met on it yet."""
    title, proposer, received = TO_THE_CITY
    proposal = decisions.create_proposal(db, title, YEAR, proposer, received, movement_id).record_id
    for person in people:
        _line(db, proposal, form["BK_CITY"], CITY_ACHIEVEMENT, "excellent", person["id"], True)
    _line(db, proposal, form["TTLDXS"], TTLDXS_ACHIEVEMENT, None, unit_id=unit_id)


def _line(
    db, proposal, form_id, achievement, rating, person_id=None, unit_id=None, initiative=False
) -> int:
    return decisions.add_line(
        db,
        proposal,
        {
            "form_id": form_id,
            "person_id": person_id,
            "recipient_unit_id": unit_id,
            "achievement": achievement.format(year=YEAR),
            "task_rating": rating,
            "has_initiative": initiative,
        },
    ).record_id
