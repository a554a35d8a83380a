"""The ward's proposal of December 2025 to the city for its Bằng khen, for the people who
were Grassroots Emulation Fighters in 2024 (under the district) and 2025 (under the ward), and
the city's answer of March 2026: its decision, with two of the three chosen, recorded so the
honour roll is whole. It takes no number of this office's register and no certificate of its
printing: both are the city's."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from kienan_awards.core.awards import catalogue, decisions
from kienan_awards.core.awards.other_decisions import OtherAuthority
from kienan_awards.core.cycle.city_answer import ChosenLine, record_city_answer
from kienan_awards.core.demo.reform import CITY_AUTHORITY, NewWard
from kienan_awards.core.text import clean

DECISION = {
    "number": "436/QĐ-UBND",
    "decided_on": "2026-03-10",
    "title": "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
    "status": "signed",
}
ACHIEVEMENT = (
    "Đã có thành tích xuất sắc trong công tác năm 2024 và năm 2025, góp phần vào sự nghiệp xây"
    " dựng chủ nghĩa xã hội và bảo vệ Tổ quốc"
)
ACHIEVEMENT_YEAR = 2025
PROPOSAL = (
    "Đề nghị Chủ tịch Ủy ban nhân dân thành phố tặng Bằng khen năm 2025",
    "Ủy ban nhân dân phường Kiến An",
    "2025-12-26",
)
PROPOSED = 3
AT_MOST = 2  # the city honoured two of the three


def record_city_decision(
    db: Database, ward: NewWard, staff: dict[int, list[dict]], fighters: dict[int, set[int]]
) -> None:
    """The ward's proposal to the city and the city's answer: its decision with an award for
    each person it chose, the other line not chosen. Proposed: the ward's people Emulation
    Fighters both years (``fighters``: person ids by year), then the last year's."""
    people = [p for held in staff.values() for p in held]
    both = [p for p in people if p["id"] in fighters[2024] & fighters[2025]]
    later = [p for p in people if p["id"] in fighters[2025] and p not in both]
    proposed = (both + later)[:PROPOSED]
    if not proposed:
        return
    form_id = catalogue.find_award_form(db, "BK_CITY").id
    title, proposer, received = PROPOSAL
    proposal = decisions.create_proposal(db, title, ACHIEVEMENT_YEAR, proposer, received).record_id
    lines = []
    for person in proposed:
        line = decisions.add_line(
            db,
            proposal,
            {
                "form_id": form_id,
                "person_id": person["id"],
                "achievement": clean(ACHIEVEMENT),
                "task_rating": "excellent",
                "has_initiative": True,
            },
        ).record_id
        lines.append(line)  # sent up as proposed: the city reviews its own titles
    record_city_answer(
        db,
        proposal,
        OtherAuthority(
            body_name=CITY_AUTHORITY["body_name"],
            level=CITY_AUTHORITY["level"],
            signer_title=CITY_AUTHORITY["signer_title"],
            signer_name=CITY_AUTHORITY["signer_name"],
            place=CITY_AUTHORITY["place"],
        ),
        DECISION["number"],
        dt.date.fromisoformat(DECISION["decided_on"]),
        [ChosenLine(line) for line in lines[:AT_MOST]],
        title=DECISION["title"],
    )
