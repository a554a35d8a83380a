"""The district as the records knew it from 2019: Quận Kiến An, its departments and agencies,
its ten wards with their residential groups, and its Chairman's issuing authority: signed by
the Chairman himself until 2024, then by the Vice-Chairman on his behalf (KT.) until the
district closed on 30/06/2025."""

from __future__ import annotations

from sqlite_utils import Database

from kienan_awards.core.records import units as unit_records
from kienan_awards.core.text import clean

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
    "valid_to": "2024-12-31",
    "level": "district",
    "is_this_office": 1,
}
# From 2025 the Vice-Chairman who has emulation and commendation in his charge signs the
# Chairman's decisions and certificates on his behalf (Decree 30/2020: "KT. CHỦ TỊCH" over
# "PHÓ CHỦ TỊCH"); the issuer stays the Chairman. His name is made up like everyone's.
DEPUTY_AUTHORITY = {
    **AUTHORITY,
    "signer_title": "Phó Chủ tịch",
    "signer_name": "Trịnh Quốc Hưng",
    "signing_capacity": "KT.",
    "valid_from": "2025-01-01",
    "valid_to": "2025-06-30",
}
SIGNERS = (AUTHORITY, DEPUTY_AUTHORITY)  # in the order they signed


def unit_row(
    unit_id: int,
    name: str,
    kind: str,
    parent_id: int | None,
    short_name: str | None = None,
    label: str | None = None,
    valid_from: str = RECORDS_FROM,
    note: str | None = None,
) -> dict:
    return {
        "id": unit_id,
        **unit_records.name_columns(name),
        "short_name": clean(short_name) or None,
        "kind": kind,
        "parent_id": parent_id,
        "valid_from": valid_from,
        "valid_to": None,
        "note": clean(note) or None,
        # Not stored: the unit as written on a decision (a residential group with its ward).
        "_label": clean(label or name),
    }


def insert_units(db: Database, rows: list[dict]) -> None:
    db["units"].insert_all(
        {key: value for key, value in unit.items() if not key.startswith("_")} for unit in rows
    )


def district_units(db: Database) -> list[dict]:
    """Insert the district, its departments, wards and groups; returns them, the district first."""
    district = unit_row(1, DISTRICT[0], "district", None, DISTRICT[1])
    units = [district]
    for name, kind, _size in DEPARTMENTS:
        units.append(unit_row(len(units) + 1, name, kind, district["id"]))
    wards = []
    for ward in WARDS:
        wards.append(unit_row(len(units) + 1, f"Phường {ward}", "ward", district["id"], ward))
        units.append(wards[-1])
    for ward in wards:
        for number in range(1, GROUPS_PER_WARD + 1):
            name = f"Tổ dân phố số {number}"
            label = f"{name}, phường {ward['short_name']}"
            units.append(
                unit_row(len(units) + 1, name, "residential_group", ward["id"], None, label)
            )
    insert_units(db, units)
    return units


def insert_authorities(db: Database, district_id: int) -> list[int]:
    """The district's dated signers (SIGNERS); returns their ids in that order."""
    ids = []
    for signer in SIGNERS:
        row = {
            key: clean(value) if isinstance(value, str) else value for key, value in signer.items()
        }
        row["unit_id"] = district_id
        ids.append(db["issuing_authorities"].insert(row).last_pk)
    return ids


def signer_on(day: str, authority_ids: list[int]) -> tuple[dict, int]:
    """The district's signer in force on the day (ISO), with the id of his authority."""
    for signer, authority_id in zip(SIGNERS, authority_ids, strict=True):
        if signer["valid_from"] <= day <= signer["valid_to"]:
            return signer, authority_id
    raise ValueError(day)
