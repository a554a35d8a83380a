"""A council member's term ended on a day, refused when it would leave a later meeting with a
member no longer in office; a meeting removed while no line on its ballot is decided, its
removal audited and its count no longer read; the number of the minutes of the count entered
with the count and printed on them."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.council_votes import BallotCount, Votes
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.cycle import council
from kienan_awards.core.errors import KienanError
from tests.core.test_council_store import (  # noqa: F401 (ward is a fixture)
    DAY,
    audit_count,
    counted,
    meeting_of,
    seventy_percent,
    the_id,
    ward,
)


def member_id(db, name: str) -> int:
    return next(m.id for m in council.council_members(db) if m.name == name)


def test_a_term_ends_on_a_day_and_the_change_is_audited(db, ward):  # noqa: F811
    anh = member_id(db, "Trần Thị Ngọc Ánh")
    before = audit_count(db, "council_members")
    changes = council.end_member(db, anh, dt.date(2025, 12, 31))
    assert changes.ids == {RecordKind.COUNCIL: frozenset({anh})}
    ended = next(m for m in council.council_members(db) if m.id == anh)
    assert ended.valid_to == dt.date(2025, 12, 31)
    assert ended.member.in_office_on(DAY) and not ended.member.in_office_on(dt.date(2026, 1, 1))
    assert audit_count(db, "council_members") == before + 1
    # Another name may now hold the seat; the same name again from the next day.
    council.record_member(db, "Trần Thị Ngọc Ánh", "Ủy viên", dt.date(2026, 1, 1))


def test_a_term_cannot_end_before_it_begins_or_before_a_meeting_attended(db, ward):  # noqa: F811
    proposal, _lines = ward
    meeting_of(db, proposal)
    son = member_id(db, "Nguyễn Trường Sơn")
    with pytest.raises(KienanError, match="term began on 01/07/2025"):
        council.end_member(db, son, dt.date(2025, 6, 30))
    with pytest.raises(KienanError, match="present at the council's meeting of 16/12/2025"):
        council.end_member(db, son, dt.date(2025, 12, 15))
    with pytest.raises(KienanError, match="council member 99 does not exist"):
        council.end_member(db, 99, dt.date(2025, 12, 31))
    assert all(m.valid_to is None for m in council.council_members(db))
    council.end_member(db, son, DAY)  # the day of the meeting itself is still in office


def test_a_meeting_is_removed_while_nothing_on_its_ballot_is_decided(db, ward):  # noqa: F811
    proposal, lines = ward
    meeting = meeting_of(db, proposal)
    counted(db, meeting, lines)
    seventy_percent(db)
    changes = council.remove_meeting(db, meeting)
    assert changes.ids == {RecordKind.COUNCIL: frozenset({meeting})}
    assert council.meetings(db) == [] and council.meetings_reviewing(db, proposal) == []
    with pytest.raises(KienanError, match="does not exist"):
        council.stored_meeting(db, meeting)
    # Its count no longer stands in a decision's way.
    assert council.council_shortfall(db, lines[1]) is None
    assert db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'council_meetings' AND record_id = ? "
        "AND after_json LIKE '%deleted_at%'",
        [meeting],
    ).fetchone()[0]
    with pytest.raises(KienanError, match="does not exist"):
        council.remove_meeting(db, meeting)


def test_a_meeting_whose_line_is_decided_stays(db, ward):  # noqa: F811
    proposal, lines = ward
    meeting = meeting_of(db, proposal)
    counted(db, meeting, lines)
    seventy_percent(db)
    decisions.review_line(db, lines[1], "rejected", reason="Không đạt ngưỡng")
    for line in (lines[0], lines[2]):
        decisions.review_line(db, line, "accepted")
    decisions.decide(db, proposal, "30/QĐ-UBND", dt.date(2025, 12, 20))
    with pytest.raises(KienanError, match="2 of the lines on its ballot are decided"):
        council.remove_meeting(db, meeting)
    assert [m.id for m in council.meetings(db)] == [meeting]


def test_the_count_carries_the_number_of_its_minutes(db, ward, tmp_path):  # noqa: F811
    proposal, lines = ward
    meeting = meeting_of(db, proposal)
    counts = {lines[0]: Votes(4, 0), lines[1]: Votes(2, 2), lines[2]: Votes(3, 0, 1)}
    council.enter_count(
        db, meeting, BallotCount(4, 4), counts, ["Lê Đức Quang"], number=" 02/BB-KP "
    )
    assert council.stored_meeting(db, meeting).count_number == "02/BB-KP"
    # Entered again without a number, the one entered stays.
    council.enter_count(db, meeting, BallotCount(4, 4), counts, ["Lê Đức Quang"])
    assert council.stored_meeting(db, meeting).count_number == "02/BB-KP"
    seventy_percent(db)
    written = council.meeting_papers(db, meeting, tmp_path)
    texts = {p.name: "\n".join(par.text for par in Document(str(p)).paragraphs) for p in written}
    cells = {
        p.name: " ".join(c.text for t in Document(str(p)).tables for r in t.rows for c in r.cells)
        for p in written
    }
    count = "2025-12-16 Biên bản kiểm phiếu.docx"
    minutes = "2025-12-16 Biên bản họp Hội đồng.docx"
    assert "02/BB-KP" in texts[count] + cells[count]
    assert "01/BB-HĐTĐKT" in texts[minutes] + cells[minutes]
    assert "02/BB-KP" not in texts[minutes] + cells[minutes]


def test_minutes_files_are_the_two_minutes_without_the_ballot(db, ward, tmp_path):  # noqa: F811
    proposal, lines = ward
    meeting = meeting_of(db, proposal)
    with pytest.raises(KienanError, match="not entered yet"):
        council.minutes_files(db, meeting, tmp_path)
    counted(db, meeting, lines)
    seventy_percent(db)
    assert [p.name for p in council.minutes_files(db, meeting, tmp_path)] == [
        "2025-12-16 Biên bản họp Hội đồng.docx",
        "2025-12-16 Biên bản kiểm phiếu.docx",
    ]
    assert the_id(council.record_meeting(db, DAY, [proposal], ["Lê Đức Quang"])) != meeting
