"""The wards' changes of 2025 as the demo records them, each marked unconfirmed where the
sources are: Lãm Hà, Quán Trữ, Phù Liễn and Tràng Minh merged into Bắc Hà; on 30/06/2025 the
district, its departments and its wards closed; from 01/07/2025 phường Kiến An (this office)
took parts of five wards, and phường Phù Liễn took Ngọc Sơn and Bắc Hà wholly and the rest of
those five. Also the authorities that decide from then on: the ward's People's Committee and
the city's, whose decisions the office records but never makes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from kienan_awards.core.demo.district import insert_units, unit_row
from kienan_awards.core.text import clean

# The day Bắc Hà began is not confirmed: the statistics office's list of 01/03/2025 is the
# first source that shows the seven wards, so the demo takes that day (the 2024 Giấy khen
# decision of 10/01/2025 still names the four wards).
MERGER_DAY = "2025-03-01"
BEFORE_MERGER = "2025-02-28"
MERGED_WARDS = ("Lãm Hà", "Quán Trữ", "Phù Liễn", "Tràng Minh")
REFORM_DAY = "2025-07-01"
LAST_DISTRICT_DAY = "2025-06-30"
SPLIT_WARDS = ("Đồng Hòa", "Bắc Sơn", "Nam Sơn", "Trần Thành Ngọ", "Văn Đẩu")
WHOLLY_TO_PHU_LIEN = ("Ngọc Sơn", "Bắc Hà")

BAC_HA = ("Phường Bắc Hà", "Bắc Hà")
BAC_HA_NOTE = (
    "Sắp xếp từ các phường Lãm Hà, Quán Trữ, Phù Liễn và Tràng Minh (phường nào nhập vào phường"
    " nào và ngày hiệu lực chưa xác nhận; danh sách của cơ quan thống kê ngày 01/03/2025 đã ghi"
    " phường Bắc Hà)."
)
KIEN_AN = ("Phường Kiến An", "Kiến An")
KIEN_AN_NOTE = (
    "Thành lập từ ngày 01/07/2025 từ một phần các phường Đồng Hòa, Bắc Sơn, Nam Sơn, Trần Thành"
    " Ngọ và Văn Đẩu (theo báo chí, chưa xác nhận)."
)
PHU_LIEN = ("Phường Phù Liễn", "Phù Liễn")
PHU_LIEN_NOTE = (
    "Thành lập từ ngày 01/07/2025 từ toàn bộ các phường Ngọc Sơn, Bắc Hà và một phần các phường"
    " Đồng Hòa, Bắc Sơn, Nam Sơn, Trần Thành Ngọ, Văn Đẩu và thị trấn Trường Sơn (theo báo chí,"
    " chưa xác nhận). Không thuộc văn phòng này."
)
MERGER_NOTE = "Theo danh sách của cơ quan thống kê ngày 01/03/2025; chưa xác nhận."
PART_NOTE = "Một phần địa bàn, theo báo chí; chưa xác nhận phần nào."
WHOLE_NOTE = "Toàn bộ địa bàn, theo báo chí; chưa xác nhận."

# The new ward's own bodies: its office, its two divisions and its public service centre.
BODIES = [
    ("Văn phòng HĐND và UBND phường", "agency"),
    ("Phòng Kinh tế, Hạ tầng và Đô thị", "department"),
    ("Phòng Văn hóa - Xã hội", "department"),
    ("Trung tâm Phục vụ hành chính công phường", "agency"),
]

# The chairmen's names are made up, like every person of the demo.
WARD_AUTHORITY = {
    "name": "Chủ tịch Ủy ban nhân dân phường Kiến An",
    "issuer_title": "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN",
    "body_name": "Ủy ban nhân dân phường Kiến An",
    "signer_title": "Chủ tịch",
    "signer_name": "Trần Quốc Khánh",
    "place": "Kiến An",
    "decision_suffix": "QĐ-UBND",
    "valid_from": REFORM_DAY,
    "valid_to": None,
    "level": "commune",
    "is_this_office": 1,
}
CITY_AUTHORITY = {
    "name": "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng",
    "issuer_title": "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
    "body_name": "Ủy ban nhân dân thành phố Hải Phòng",
    "signer_title": "Chủ tịch",
    "signer_name": "Lê Minh Quang",
    "place": "Hải Phòng",
    "decision_suffix": "QĐ-UBND",
    "valid_from": None,
    "valid_to": None,
    "level": "city",
    "is_this_office": 0,
}
SIGNERS = (WARD_AUTHORITY["signer_name"], CITY_AUTHORITY["signer_name"])


@dataclass(frozen=True)
class NewWard:
    """The demo's office from 01/07/2025: its ward, the ward's bodies by name, and the
    authorities that decide (its own and the city's)."""

    ward: dict
    bodies: dict[str, dict]
    authority_id: int
    city_authority_id: int


def reform_units(db: Database, units: list[dict]) -> tuple[dict, dict[str, dict]]:
    """Close the district's units, add Bắc Hà, the two new wards and the ward's bodies with
    the successions between them; returns phường Kiến An and its bodies by name."""
    wards = {unit["short_name"]: unit for unit in units if unit["kind"] == "ward"}
    district_id = units[0]["id"]
    next_id = max(unit["id"] for unit in units) + 1
    bac_ha = unit_row(
        next_id, BAC_HA[0], "ward", district_id, BAC_HA[1], valid_from=MERGER_DAY, note=BAC_HA_NOTE
    )
    kien_an = _new_ward(next_id + 1, KIEN_AN, KIEN_AN_NOTE)
    phu_lien = _new_ward(next_id + 2, PHU_LIEN, PHU_LIEN_NOTE)
    bodies = [
        unit_row(next_id + 3 + n, name, kind, kien_an["id"], valid_from=REFORM_DAY)
        for n, (name, kind) in enumerate(BODIES)
    ]
    bac_ha["valid_to"] = LAST_DISTRICT_DAY
    insert_units(db, [bac_ha, kien_an, phu_lien, *bodies])
    merged = [wards[name]["id"] for name in MERGED_WARDS]
    marks = ", ".join("?" for _ in merged)
    db.execute(f"UPDATE units SET valid_to = ? WHERE id IN ({marks})", [BEFORE_MERGER, *merged])
    # As a whole merger does (units.merge_units): their groups and people go to Bắc Hà.
    db.execute(
        f"UPDATE units SET parent_id = ? WHERE parent_id IN ({marks})", [bac_ha["id"], *merged]
    )
    db.execute(f"UPDATE people SET unit_id = ? WHERE unit_id IN ({marks})", [bac_ha["id"], *merged])
    db.execute(
        "UPDATE units SET valid_to = ? WHERE id <= ? AND valid_to IS NULL",
        [LAST_DISTRICT_DAY, max(unit["id"] for unit in units)],
    )
    wards[BAC_HA[1]] = bac_ha
    links = [
        *((wards[name], bac_ha, MERGER_DAY, 1, MERGER_NOTE) for name in MERGED_WARDS),
        *((wards[name], kien_an, REFORM_DAY, 0, PART_NOTE) for name in SPLIT_WARDS),
        *((wards[name], phu_lien, REFORM_DAY, 0, PART_NOTE) for name in SPLIT_WARDS),
        *((wards[name], phu_lien, REFORM_DAY, 1, WHOLE_NOTE) for name in WHOLLY_TO_PHU_LIEN),
    ]
    db["unit_successions"].insert_all(
        {
            "predecessor_id": old["id"],
            "successor_id": new["id"],
            "valid_from": day,
            "whole": whole,
            "confirmed": 0,
            "note": clean(note),
        }
        for old, new, day, whole, note in links
    )
    return kien_an, {body["name"]: body for body in bodies}


def _new_ward(unit_id: int, name: tuple[str, str], note: str) -> dict:
    return unit_row(unit_id, name[0], "ward", None, name[1], valid_from=REFORM_DAY, note=note)


def insert_authorities(db: Database, ward: dict, bodies: dict[str, dict]) -> NewWard:
    """The ward's People's Committee (in force from 01/07/2025, with no end) and the city's."""
    ward_row = {**_cleaned(WARD_AUTHORITY), "unit_id": ward["id"]}
    authority_id = db["issuing_authorities"].insert(ward_row).last_pk
    city_id = (
        db["issuing_authorities"].insert({**_cleaned(CITY_AUTHORITY), "unit_id": None}).last_pk
    )
    return NewWard(ward, bodies, authority_id, city_id)


def _cleaned(row: dict) -> dict:
    return {key: clean(value) if isinstance(value, str) else value for key, value in row.items()}
