"""The ward's year-end 2025 decisions, made as a clerk makes them: a proposal for the titles
and one for Giấy khen, each line checked against the rules the program ships and accepted
(one Grassroots Emulation Fighter over the cap, with the reason the ward's council gave), then
decided under the ward's authority at the commune level, with the commune's bonus rates and
the legal bases the law's dated rows give a commune's decision on its day."""

from __future__ import annotations

import datetime as dt
import math
import random

from sqlite_utils import Database

from kienan_awards.core.awards import catalogue, decisions
from kienan_awards.core.demo import council
from kienan_awards.core.demo.district_awards import (
    CSTDCS_ACHIEVEMENTS,
    LDTT_ACHIEVEMENT,
    TTLDTT_ACHIEVEMENT,
)
from kienan_awards.core.demo.district_titles import CSTDCS_PER_UNIT, fighters_allowed, shares
from kienan_awards.core.demo.reform import NewWard

YEAR = 2025
PROPOSER = "Phòng Văn hóa - Xã hội phường"
TITLES = (
    "Đề nghị công nhận danh hiệu thi đua năm 2025",
    "2025-12-15",
    "512/QĐ-UBND",
    dt.date(2025, 12, 24),
    "Về việc công nhận danh hiệu thi đua năm 2025",
)
GIAY_KHEN = (
    "Đề nghị tặng Giấy khen năm 2025",
    "2025-12-29",
    "31/QĐ-UBND",
    dt.date(2026, 1, 9),
    "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong thực hiện"
    " nhiệm vụ năm 2025",
)
LDTT_SHARE = (0.75, 0.95)
ADVANCED = ("Văn phòng HĐND và UBND phường", "Phòng Kinh tế, Hạ tầng và Đô thị")
OVER_CAP = "Trung tâm Phục vụ hành chính công phường"
OVER_CAP_REASON = (
    "Tỷ lệ 15% theo Nghị định số 91/2017/NĐ-CP chưa xác nhận còn hiệu lực; Hội đồng Thi đua -"
    " Khen thưởng phường thống nhất đề nghị công nhận (biên bản họp ngày 18/12/2025)."
)
GIAY_KHEN_PEOPLE = 8
GIAY_KHEN_ACHIEVEMENTS = [
    "Đã có thành tích xuất sắc trong thực hiện sắp xếp tổ chức bộ máy, vận hành chính quyền"
    " địa phương hai cấp năm 2025",
    "Đã có thành tích xuất sắc trong công tác cải cách hành chính, chuyển đổi số năm 2025",
    "Đã có thành tích xuất sắc trong thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng"
    " cuối năm 2025",
]


def forms(db: Database, *codes: str) -> dict[str, int]:
    return {code: catalogue.find_award_form(db, code).id for code in codes}


def year_end(
    db: Database,
    rng: random.Random,
    ward: NewWard,
    staff: dict[int, list[dict]],
    fighters_before: set[int],
    movement_id: int,
) -> set[int]:
    """Both decisions; returns the year's Grassroots Emulation Fighters (person ids)."""
    cap, member_share = shares(db)
    names = {body["id"]: name for name, body in ward.bodies.items()}
    workers: dict[int, list[int]] = {}
    fighters: dict[int, list[int]] = {}
    over_cap: set[int] = set()
    for unit_id, people in staff.items():
        ids = [p["id"] for p in people]
        wanted = round(rng.uniform(*LDTT_SHARE) * len(ids))
        if names.get(unit_id) in ADVANCED:
            # More than the share of the members (Law 2022, Art. 28).
            wanted = max(wanted, min(len(ids), math.floor(member_share * len(ids) / 100) + 1))
        if names.get(unit_id) == OVER_CAP:
            # As many Advanced Workers as leave the cap no room for a Fighter.
            wanted = max(n for n in range(len(ids) + 1) if fighters_allowed(n, cap) == 0)
        kept = [pid for pid in ids if pid in fighters_before][:wanted]
        workers[unit_id] = kept + rng.sample([p for p in ids if p not in kept], wanted - len(kept))
        allowed = min(fighters_allowed(wanted, cap), CSTDCS_PER_UNIT)
        if names.get(unit_id) == OVER_CAP and allowed == 0 and wanted:
            allowed = 1
            over_cap.add(unit_id)
        fighters[unit_id] = _fighters(rng, workers[unit_id], fighters_before, allowed)
    advanced = [ward.bodies[name]["id"] for name in ADVANCED]
    _titles(db, ward, workers, fighters, over_cap, advanced, movement_id)
    honoured = {pid for ids in fighters.values() for pid in ids}
    _giay_khen(db, rng, ward, staff, honoured, advanced, movement_id)
    return honoured


def _fighters(rng, workers: list[int], before: set[int], wanted: int) -> list[int]:
    kept = [pid for pid in workers if pid in before][:wanted]
    return kept + rng.sample([pid for pid in workers if pid not in kept], wanted - len(kept))


def _titles(db, ward, workers, fighters, over_cap, advanced, movement_id) -> None:
    title, received, number, day, decision_title = TITLES
    form = forms(db, "LDTT", "CSTDCS", "TTLDTT")
    proposal = decisions.create_proposal(db, title, YEAR, PROPOSER, received, movement_id).record_id
    # Advanced Workers first: the Fighters and the collectives are checked against them.
    for ids in workers.values():
        for pid in ids:
            _accepted(db, proposal, form["LDTT"], pid, LDTT_ACHIEVEMENT, "good")
    for unit_id, ids in fighters.items():
        for pid in ids:
            achievement = CSTDCS_ACHIEVEMENTS[pid % len(CSTDCS_ACHIEVEMENTS)]
            reason = OVER_CAP_REASON if unit_id in over_cap else None
            _accepted(
                db, proposal, form["CSTDCS"], pid, achievement, "excellent", True, reason=reason
            )
    for unit_id in advanced:
        _accepted(db, proposal, form["TTLDTT"], None, TTLDTT_ACHIEVEMENT, None, unit_id=unit_id)
    council.review_at_meeting(db, [proposal], day)
    # No bases of its own: the decision prints those in force on its day for its level.
    decisions.decide(db, proposal, number, day, decision_title)


def _giay_khen(db, rng, ward, staff, honoured, advanced, movement_id) -> None:
    title, received, number, day, decision_title = GIAY_KHEN
    form = forms(db, "GIAY_KHEN")["GIAY_KHEN"]
    proposal = decisions.create_proposal(db, title, YEAR, PROPOSER, received, movement_id).record_id
    for body in ward.bodies.values():
        if body["id"] not in advanced:
            topic = GIAY_KHEN_ACHIEVEMENTS[body["id"] % len(GIAY_KHEN_ACHIEVEMENTS)]
            _accepted(db, proposal, form, None, topic, None, unit_id=body["id"])
    people = [p for held in staff.values() for p in held if p["id"] not in honoured]
    for person in sorted(rng.sample(people, GIAY_KHEN_PEOPLE), key=lambda p: p["id"]):
        topic = rng.choice(GIAY_KHEN_ACHIEVEMENTS)
        _accepted(db, proposal, form, person["id"], topic, "excellent")
    # No bases of its own: the decision prints those in force on its day for its level.
    decisions.decide(db, proposal, number, day, decision_title)


def _accepted(
    db,
    proposal,
    form_id,
    person_id,
    achievement,
    rating,
    initiative=False,
    unit_id=None,
    reason=None,
):
    """A line added and accepted: the rules pass it, or the reason says why anyway."""
    line = decisions.add_line(
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
    decisions.review_line(db, line, "accepted", override_reason=reason)
