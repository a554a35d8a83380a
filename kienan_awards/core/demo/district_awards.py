"""The district's award decisions of 2019-2024: each year a decision recognising the year's
titles and, at the year-end conference, one giving Giấy khen; every award numbered in the
register in decision-date order, with the bonus the district level was paid on its date."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from kienan_awards.core.awards import catalogue
from kienan_awards.core.demo.district import AUTHORITY, OFFICE_KINDS, signer_on
from kienan_awards.core.demo.district_titles import Titles, choose_titles
from kienan_awards.core.demo.people import GROUP_LEADER, eligible_years, is_staff
from kienan_awards.core.search.award_search import indexed_in_bulk
from kienan_awards.core.storage.audit_triggers import audited_in_bulk
from kienan_awards.core.text import clean, name_sort_key

# achievement year: (titles decision number, date), (Giấy khen decision number, date)
DECISIONS = {
    2019: (("3856/QĐ-UBND", "2019-12-24"), ("21/QĐ-UBND", "2020-01-09")),
    2020: (("4102/QĐ-UBND", "2020-12-25"), ("18/QĐ-UBND", "2021-01-12")),
    2021: (("3987/QĐ-UBND", "2021-12-27"), ("25/QĐ-UBND", "2022-01-14")),
    2022: (("4215/QĐ-UBND", "2022-12-26"), ("12/QĐ-UBND", "2023-01-11")),
    2023: (("4380/QĐ-UBND", "2023-12-26"), ("15/QĐ-UBND", "2024-01-12")),
    2024: (("4461/QĐ-UBND", "2024-12-25"), ("20/QĐ-UBND", "2025-01-10")),
}
LEVEL = "district"
DECISION_SIGNER_TITLE = "Chủ tịch"
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


def legal_bases(decided_on: str) -> str:
    lines = [LOCAL_GOVERNMENT_LAW]
    if decided_on >= AMENDMENT_FROM:
        lines.append(LOCAL_GOVERNMENT_AMENDMENT)
    lines.extend(NEW_LEGAL_BASES if decided_on >= NEW_LAW_FROM else OLD_LEGAL_BASES)
    return "\n".join(lines)


def decision_row(decision_id, number, decided_on, title, authority_ids, movement_id) -> dict:
    """The decision as signed by the district's signer of its day: the Chairman himself, or
    his deputy on his behalf, the decision keeping the capacity it was signed in."""
    signer, authority_id = signer_on(decided_on, authority_ids)
    deputy = signer is not AUTHORITY
    return {
        "id": decision_id,
        "number": number,
        "decided_on": decided_on,
        "authority_id": authority_id,
        "signer_title": clean(signer["signer_title"]) if deputy else DECISION_SIGNER_TITLE,
        "signer_name": clean(signer["signer_name"]),
        "signing_capacity": signer["signing_capacity"] if deputy else None,
        "movement_id": movement_id,
        "title": clean(title),
        "legal_bases": legal_bases(decided_on),
        "proposed_by": PROPOSED_BY,
        "status": "signed",
    }


class AwardRows:
    """Award rows as written on a district decision, with the bonus in force on its date."""

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
            self._bonuses[key] = catalogue.bonus_amount(self.db, form_id, kind, day, level=LEVEL)
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


def _by_unit_and_name(people: list[dict]) -> list[dict]:
    return sorted(people, key=lambda p: (p["unit_id"], name_sort_key(p["full_name"])))


def _title_awards(rows, rng, decision, year, pools, titles: Titles):
    """Collective titles first, then individuals: CSTĐCS, then LĐTT."""
    units = rows.units
    cultural = sorted(rng.sample(pools["groups"], TDPVH_PER_YEAR), key=lambda u: u["id"])
    fighters = _by_unit_and_name([p for p in pools["staff"] if p["id"] in titles.fighters(year)])
    workers = _by_unit_and_name([p for p in pools["staff"] if p["id"] in titles.ldtt[year]])
    return [
        *(
            rows.unit(decision, "TTLDTT", units[u], TTLDTT_ACHIEVEMENT.format(year=year), year)
            for u in titles.advanced[year]
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


def _giay_khen_awards(rows, rng, decision, year, pools, titled_units, titled_people):
    """Collectives, then individuals; nobody already honoured for the year's achievement."""
    topics = GIAY_KHEN_ACHIEVEMENTS + GIAY_KHEN_ACHIEVEMENTS_BY_YEAR.get(year, [])

    def topic() -> str:
        if year == CONFERENCE_YEAR and rng.random() < 0.6:
            return CONFERENCE_ACHIEVEMENT.format(year=year)
        return rng.choice(topics).format(year=year)

    culture = GROUP_GIAY_KHEN_ACHIEVEMENT.format(year=year)
    collectives, individuals = GIAY_KHEN_COUNTS[year]
    group_count = round(collectives * GROUP_SHARE_OF_GIAY_KHEN)
    groups = rng.sample([u for u in pools["groups"] if u["id"] not in titled_units], group_count)
    offices = rng.sample(
        [u for u in pools["offices"] if u["id"] not in titled_units], collectives - group_count
    )
    leader_count = round(individuals * LEADER_SHARE_OF_GIAY_KHEN)
    eligible = [
        p for p in pools["staff"] if year in eligible_years(p) and p["id"] not in titled_people
    ]
    staff = rng.sample(eligible, individuals - leader_count)
    leaders = rng.sample(pools["leaders"], leader_count)
    return [
        *(rows.unit(decision, "GIAY_KHEN", u, topic(), year) for u in _by_id(offices)),
        *(rows.unit(decision, "GIAY_KHEN", u, culture, year) for u in _by_id(groups)),
        *(rows.person(decision, "GIAY_KHEN", p, topic(), year) for p in _by_unit_and_name(staff)),
        *(rows.person(decision, "GIAY_KHEN", p, culture, year) for p in _by_unit_and_name(leaders)),
    ]


def _by_id(items: list[dict]) -> list[dict]:
    return sorted(items, key=lambda item: item["id"])


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


def insert_awards(db, rng, units, people, authority_ids, movements) -> Titles:
    """The twelve decisions and their awards, each signed by the district's signer of its day
    (district.SIGNERS, authority_ids); returns who held which title each year."""
    rows = AwardRows(db, units)
    movement_by_year = {int(m["starts_on"][:4]): m["id"] for m in movements}
    pools = {
        "offices": [unit for unit in units if unit["kind"] in OFFICE_KINDS],
        "groups": [unit for unit in units if unit["kind"] == "residential_group"],
        "staff": [p for p in people if is_staff(p)],
        "leaders": [p for p in people if p["position"] == GROUP_LEADER[0]],
    }
    titles = choose_titles(db, rng, pools["offices"], pools["staff"])

    decisions, awards = [], []
    for year, ((titles_no, titles_on), (merit_no, merit_on)) in DECISIONS.items():
        movement_id = movement_by_year.get(year)
        title_title, merit_title = (
            TITLES_DECISION_TITLE.format(year=year),
            GIAY_KHEN_DECISION_TITLE.format(year=year),
        )
        recognised = decision_row(
            len(decisions) + 1, titles_no, titles_on, title_title, authority_ids, movement_id
        )
        merit = decision_row(
            len(decisions) + 2, merit_no, merit_on, merit_title, authority_ids, movement_id
        )
        decisions += [recognised, merit]
        title_awards = _title_awards(rows, rng, recognised, year, pools, titles)
        # Collective titles and CSTĐCS already honour the year's achievement.
        titled_units = {a["recipient_unit_id"] for a in title_awards if a["recipient_unit_id"]}
        awards += title_awards
        awards += _giay_khen_awards(
            rows, rng, merit, year, pools, titled_units, titles.fighters(year)
        )

    _number_in_register(awards, decisions)
    db["decisions"].insert_all(decisions)
    with indexed_in_bulk(db), audited_in_bulk(db, "awards"):
        db["awards"].insert_all(awards)
    return titles
