"""The city's Bằng khen of 2026 for the ward's people who were Grassroots Emulation Fighters
in 2024 (under the district) and 2025 (under the ward): recorded as the city's decision, so
the honour roll is whole. It takes no number of this office's register and no certificate of
its printing: both are the city's."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from kienan_awards.core.awards import catalogue
from kienan_awards.core.awards.other_decisions import (
    OtherAuthority,
    OtherAward,
    record_other_decision,
)
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
AT_MOST = 2  # the city honoured two; a third of the same record may still be proposed


def record_city_decision(
    db: Database, ward: NewWard, staff: dict[int, list[dict]], fighters: dict[int, set[int]]
) -> None:
    """The city's decision and its awards: the ward's people Emulation Fighters both years
    (``fighters``: person ids by year), else the last year's."""
    people = [p for held in staff.values() for p in held]
    honoured = [p for p in people if p["id"] in fighters[2024] & fighters[2025]]
    honoured = (honoured or [p for p in people if p["id"] in fighters[2025]])[:AT_MOST]
    if not honoured:
        return
    day = dt.date.fromisoformat(DECISION["decided_on"])
    form_id = catalogue.find_award_form(db, "BK_CITY").id
    bonus = catalogue.bonus_amount(db, form_id, "individual", day, level="city")
    record_other_decision(
        db,
        OtherAuthority(
            body_name=CITY_AUTHORITY["body_name"],
            level=CITY_AUTHORITY["level"],
            signer_title=CITY_AUTHORITY["signer_title"],
            signer_name=CITY_AUTHORITY["signer_name"],
            place=CITY_AUTHORITY["place"],
        ),
        DECISION["number"],
        day,
        [
            OtherAward(
                form="BK_CITY",
                person_id=person["id"],
                achievement=clean(ACHIEVEMENT),
                year=ACHIEVEMENT_YEAR,
                bonus_amount=bonus,
            )
            for person in sorted(honoured, key=lambda p: p["id"])
        ],
        title=DECISION["title"],
    )
