"""The ward's emulation and commendation council from the reform on: five members, the rules
of the ward's own regulation (the shares against every member in office, a quorum of two
thirds, 70% for a title that needs the vote), and its meeting of December 2025 on the year's
titles, counted, before the Chairman's decision. The 2026 meeting has not been held yet."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from sqlite_utils import Database

from kienan_awards.core.awards.council_votes import OF_IN_OFFICE, BallotCount, Threshold, Votes
from kienan_awards.core.cycle import council
from kienan_awards.core.demo.reform import REFORM_DAY, WARD_AUTHORITY

REGULATION = "Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng phường Kiến An"
MEMBERS = (
    (WARD_AUTHORITY["signer_name"], "Chủ tịch Hội đồng"),
    ("Phạm Thị Thu Hương", "Phó Chủ tịch Hội đồng"),
    ("Nguyễn Văn Hậu", "Ủy viên thường trực"),
    ("Đỗ Thị Ngọc Ánh", "Ủy viên"),
    ("Vũ Đức Thắng", "Ủy viên"),
)
# The titles the council votes on, and the share of agreeing ballots each needs.
THRESHOLDS = {"CSTDCS": "khoản 2 Điều 8", "TTLDXS": "khoản 3 Điều 8", "BK_CITY": "Điều 9"}
SHARE = Fraction(70, 100)
QUORUM = (Fraction(2, 3), "khoản 1 Điều 6")
MEETING_PLACE = "Hội trường Ủy ban nhân dân phường Kiến An"
SECRETARY = "Nguyễn Văn Hậu"
DAYS_BEFORE_THE_DECISION = 5


def insert_council(db: Database) -> None:
    """The members and the office's rules: before the year end's proposals are reviewed."""
    start = dt.date.fromisoformat(REFORM_DAY)
    for name, role in MEMBERS:
        council.record_member(db, name, role, start)
    council.set_rules(
        db,
        OF_IN_OFFICE,
        {code: Threshold(SHARE, REGULATION, article) for code, article in THRESHOLDS.items()},
        Threshold(QUORUM[0], REGULATION, QUORUM[1]),
    )


def review_at_meeting(db: Database, proposal_ids: list[int], decided_on: dt.date) -> int:
    """The council's meeting on the proposals a few days before the decision, every member
    present and the count entered: each candidate agreed by all but, now and then, one."""
    held_on = decided_on - dt.timedelta(days=DAYS_BEFORE_THE_DECISION)
    changes = council.record_meeting(
        db,
        held_on,
        proposal_ids,
        [name for name, _role in MEMBERS],
        place=MEETING_PLACE,
        subject=f"xét danh hiệu thi đua, hình thức khen thưởng năm {held_on.year}",
        secretary=SECRETARY,
        minutes_number=f"01/BB-HĐTĐKT-{held_on.year}",
    )
    (meeting_id,) = next(iter(changes.ids.values()))
    lines = [
        row[0]
        for row in db.execute(
            "SELECT line_id FROM council_votes WHERE meeting_id = ? ORDER BY line_id", [meeting_id]
        )
    ]
    present = len(MEMBERS)
    counts = {
        line: Votes(present - 1, 1) if index % 7 == 3 else Votes(present, 0)
        for index, line in enumerate(lines)
    }
    council.enter_count(
        db,
        meeting_id,
        BallotCount(present, present),
        counts,
        counters=[MEMBERS[2][0], MEMBERS[3][0]],
        number=f"02/BB-KP-{held_on.year}",
    )
    return meeting_id
