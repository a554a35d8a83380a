"""The year-end review meetings of 2025 (hội nghị tổng kết, bình xét thi đua): the city cluster
of wards met at its leader's, every member present, and voted its leading ward; the ward's
block of residential groups met at its leader's, agreed the scores, voted, and its ranking was
proposed for the ward's Giấy khen. Who came, chaired and kept the minutes is illustrative."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kienan_awards.core.clusters.ranking_proposals import propose_from_ranking
from kienan_awards.core.clusters.review_meetings import record_review

if TYPE_CHECKING:
    from sqlite_utils import Database

YEAR = 2025
# The city cluster's members in the order recorded (the ward, Phù Liễn, the city's others).
CITY_PRESENT = (
    "Ông Trần Quốc Khánh, Chủ tịch UBND phường Kiến An",
    "Bà Nguyễn Thị Hằng, Phó Chủ tịch UBND phường Phù Liễn",
    "Ông Phạm Văn Thịnh, Chủ tịch UBND phường Dương Kinh",
    "Ông Vũ Đức Mạnh, Phó Chủ tịch UBND phường Đồ Sơn",
    "Bà Lê Thị Thu, Phó Chủ tịch UBND phường Hưng Đạo",
)
CITY_VOTES = (5, 0, 4, 1, 0)  # the ward voted to lead, the cluster's leader of 2026
CITY_REVIEW = {
    "held_on": dt.date(2025, 12, 19),
    "place": "Hội trường UBND phường Dương Kinh",
    "chaired_by": "Ông Phạm Văn Thịnh, Chủ tịch UBND phường Dương Kinh, Trưởng cụm",
    "recorded_by": "Bà Đỗ Thị Hương, Công chức Văn phòng HĐND và UBND phường Dương Kinh",
}
# The block's members in the order recorded (Tổ dân phố số 1 to số 4).
BLOCK_PRESENT = (
    "Ông Nguyễn Văn Tuấn, Tổ trưởng",
    "Bà Hoàng Thị Lan, Tổ trưởng",
    "Ông Bùi Văn Hải, Tổ phó",
    "Ông Đặng Minh Châu, Tổ trưởng",
)
BLOCK_VOTES = (1, 4, 0, 1)
BLOCK_REVIEW = {
    "held_on": dt.date(2025, 12, 16),
    "place": "Nhà văn hóa tổ dân phố số 2, phường Kiến An",
    "chaired_by": "Bà Hoàng Thị Lan, Tổ trưởng tổ dân phố số 2, Khối trưởng",
    "recorded_by": "Ông Đặng Minh Châu, Tổ trưởng tổ dân phố số 4, Khối phó",
}
BLOCK_PROPOSED_ON = dt.date(2025, 12, 22)
BLOCK_AWARDS = (("Giấy khen", 1),)  # the block's quota: 1 group leads, for the Giấy khen


def review_2025(db: Database, city_cluster_id: int, city_members: list[int]) -> None:
    """The city cluster's 2025 review: every ward present, the vote to propose its leader."""
    _review(db, city_cluster_id, city_members, CITY_PRESENT, CITY_VOTES, CITY_REVIEW)


def review_and_propose_block_2025(db: Database, block_id: int, group_ids: list[int]) -> None:
    """The block's 2025 review, then its ranking proposed to the ward."""
    _review(db, block_id, group_ids, BLOCK_PRESENT, BLOCK_VOTES, BLOCK_REVIEW)
    propose_from_ranking(db, block_id, YEAR, BLOCK_AWARDS, BLOCK_PROPOSED_ON)


def _review(db, cluster_id, members, present, votes, meeting) -> None:
    record_review(
        db,
        cluster_id,
        YEAR,
        meeting["held_on"],
        list(zip(members, present, strict=True)),
        {unit_id: count for unit_id, count in zip(members, votes, strict=True) if count},
        place=meeting["place"],
        chaired_by=meeting["chaired_by"],
        recorded_by=meeting["recorded_by"],
    )
