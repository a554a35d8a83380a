"""The emulation clusters the demo's ward sits in since 01/07/2025: a city cluster of wards
(which one is unconfirmed: its number, its other wards and its leaders here are illustrative;
the other wards are recorded as units under the city, as a clerk records them) and the ward's
own block of its residential groups. Both for 2025 and 2026, the leader rotated between the
years, each 2026 pact signed by every member; the block's scoring (cluster_scoring); the
2025 review meetings and the block's 2025 ranking proposed (cluster_reviews)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.clusters import clusters
from kienan_awards.core.demo import cluster_reviews, cluster_scoring
from kienan_awards.core.demo.district import insert_units, unit_row
from kienan_awards.core.demo.reform import REFORM_DAY

CITY = ("Thành phố Hải Phòng", "Hải Phòng")
# The city's other wards of the cluster (all since 01/07/2025); Phù Liễn is recorded already.
OTHER_WARDS = ("Phường Dương Kinh", "Phường Đồ Sơn", "Phường Hưng Đạo")
PHU_LIEN = "Phường Phù Liễn"
CITY_CLUSTER = {
    "name": "Cụm thi đua số 4 (các phường)",
    "kind": "cluster",
    "organiser": "city",
    "deciding_authority": "Hội đồng Thi đua - Khen thưởng thành phố Hải Phòng",
}
GROUPS = ("Tổ dân phố số 1", "Tổ dân phố số 2", "Tổ dân phố số 3", "Tổ dân phố số 4")
WARD_BLOCK = {
    "name": "Khối thi đua các tổ dân phố",
    "kind": "block",
    "organiser": "office",
    "decision_number": "05/QĐ-HĐTĐKT",
    "decided_on": dt.date(2025, 8, 5),
    "deciding_authority": "Hội đồng Thi đua - Khen thưởng phường Kiến An",
}
# Leader and deputy by year, by name.
CITY_LEADERS = {2025: ("Phường Dương Kinh", "Phường Kiến An"), 2026: ("Phường Kiến An", PHU_LIEN)}
BLOCK_LEADERS = {2025: (GROUPS[1], GROUPS[3]), 2026: (GROUPS[0], GROUPS[2])}
PACT_DAYS = {"city": dt.date(2026, 2, 10), "office": dt.date(2026, 1, 20)}
PACT_TEXT = (
    "Các đơn vị thành viên thống nhất ký kết giao ước thi đua năm 2026, thực hiện thắng lợi "
    "các chỉ tiêu được giao và chấm điểm theo bảng tiêu chí của cụm, khối."
)


def insert_clusters(db: Database, ward: dict) -> None:
    """The city with its other wards, the ward's residential groups, the two clusters with
    their members for 2025 and 2026, and the 2026 pacts."""
    next_id = db.execute("SELECT max(id) + 1 FROM units").fetchone()[0]
    # The city is no unit of the district's years: no day is claimed for it.
    city = {**unit_row(next_id, CITY[0], "province", None, CITY[1]), "valid_from": None}
    wards = [
        unit_row(next_id + 1 + n, name, "ward", city["id"], valid_from=REFORM_DAY)
        for n, name in enumerate(OTHER_WARDS)
    ]
    groups = [
        unit_row(
            next_id + 1 + len(wards) + n,
            name,
            "residential_group",
            ward["id"],
            label=f"{name}, phường Kiến An",
            valid_from=REFORM_DAY,
        )
        for n, name in enumerate(GROUPS)
    ]
    insert_units(db, [city, *wards, *groups])
    (phu_lien,) = db.execute(
        "SELECT id FROM units WHERE name = ? AND parent_id IS NULL", [PHU_LIEN]
    ).fetchone()
    by_name = {unit["name"]: unit["id"] for unit in (ward, *wards, *groups)}
    by_name[PHU_LIEN] = phu_lien
    city_members = [ward["id"], phu_lien, *(unit["id"] for unit in wards)]
    city_id = _cluster_years(db, CITY_CLUSTER, city_members, CITY_LEADERS, by_name)
    cluster_reviews.review_2025(db, city_id, city_members)
    group_ids = [unit["id"] for unit in groups]
    block_id = _cluster_years(db, WARD_BLOCK, group_ids, BLOCK_LEADERS, by_name)
    cluster_scoring.insert_block_scoring(db, block_id, group_ids)
    cluster_reviews.review_and_propose_block_2025(db, block_id, group_ids)


def _cluster_years(db, fields: dict, members: list[int], leaders: dict, by_name: dict) -> int:
    (cluster_id,) = clusters.record_cluster(db, **fields).ids[RecordKind.CLUSTERS]
    for year, (leader, deputy) in leaders.items():
        clusters.set_members(db, cluster_id, year, members, by_name[leader], by_name[deputy])
    clusters.record_pact(db, cluster_id, 2026, PACT_DAYS[fields["organiser"]], PACT_TEXT, members)
    return cluster_id
