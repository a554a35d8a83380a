"""The council's review stored: its members by date, the office's rules (no default),
a meeting with the members present and the proposals it reviews, the count per proposal line,
the tally and the papers from stored data, and a line below its title's threshold decided
only with an override reason that the audit trail keeps and no paper prints."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction

import pytest
from docx import Document

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.catalogue import find_award_form
from kienan_awards.core.awards.council_votes import (
    NO_THRESHOLD,
    OF_IN_OFFICE,
    OF_PRESENT,
    BallotCount,
    Threshold,
    Votes,
)
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.cycle import council
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import people, units
from kienan_awards.core.storage.migrations import schema_version
from kienan_awards.core.storage.step_data.council_0022 import AUDITED

DAY = dt.date(2025, 12, 16)
REGULATION = "Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng phường Mẫu"
MEMBERS = [
    ("Nguyễn Trường Sơn", "Chủ tịch Hội đồng"),
    ("Phạm Thị Thu Hương", "Phó Chủ tịch Hội đồng"),
    ("Lê Đức Quang", "Ủy viên thường trực"),
    ("Trần Thị Ngọc Ánh", "Ủy viên"),
    ("Bùi Thị Hạnh", "Ủy viên, Thư ký Hội đồng"),
]
STAFF = ("Vũ Văn Cường", "Đặng Minh Tuấn", "Hoàng Thị Lan")
REASON = "Hội đồng họp lại ngày 18/12/2025, thống nhất đề nghị"


def the_id(changes) -> int:
    (record_id,) = changes.ids[RecordKind.COUNCIL]
    return record_id


def audit_count(db, table) -> int:
    return db.execute("SELECT count(*) FROM audit_log WHERE table_name = ?", [table]).fetchone()[0]


@pytest.fixture
def ward(db):
    """The ward's office from 01/07/2025, a council of five, a unit's 2025 proposal of three
    Advanced Workers: (proposal id, [line ids])."""
    db.execute(
        "INSERT INTO issuing_authorities (name, issuer_title, body_name, signer_title, "
        "signer_name, place, valid_from, level) VALUES ('Chủ tịch UBND phường Mẫu', "
        "'CHỦ TỊCH UBND PHƯỜNG MẪU', 'Ủy ban nhân dân phường Mẫu', 'CHỦ TỊCH', 'Lê Văn Ký', "
        "'Mẫu', '2025-07-01', 'commune')"
    )
    for name, role in MEMBERS:
        council.record_member(db, name, role, dt.date(2025, 7, 1))
    unit = units.save_unit(db, None, {"name": "Phòng Văn hóa - Xã hội", "kind": "department"})
    proposal = decisions.create_proposal(
        db, "Đề nghị danh hiệu Lao động tiên tiến năm 2025", 2025, "Phòng Văn hóa - Xã hội"
    ).record_id
    ldtt = find_award_form(db, "LDTT").id
    lines = []
    for name in STAFF:
        person = people.save_person(
            db, None, {"full_name": name, "unit_id": unit.record_id, "position": "Chuyên viên"}
        ).record_id
        fields = {"form_id": ldtt, "person_id": person, "task_rating": "good"}
        lines.append(decisions.add_line(db, proposal, fields).record_id)
    return proposal, lines


def meeting_of(db, proposal) -> int:
    present = ["nguyen truong son", "Phạm Thị Thu Hương", "Lê Đức Quang", "Bùi Thị Hạnh"]
    return the_id(
        council.record_meeting(
            db,
            DAY,
            [proposal],
            present,
            place="Hội trường Ủy ban nhân dân phường Mẫu",
            secretary="Bùi Thị Hạnh",
            minutes_number="01/BB-HĐTĐKT",
        )
    )


def counted(db, meeting, lines) -> None:
    counts = {lines[0]: Votes(4, 0), lines[1]: Votes(2, 2), lines[2]: Votes(3, 0, 1)}
    council.enter_count(
        db, meeting, BallotCount(4, 4), counts, counters=["Lê Đức Quang", "Bùi Thị Hạnh"]
    )


def seventy_percent(db) -> None:
    council.set_rules(
        db, OF_PRESENT, {"LDTT": Threshold(Fraction(7, 10), REGULATION, "khoản 2 Điều 8")}
    )


def test_step_22_stores_the_council_in_audited_tables(db):
    assert schema_version(db) >= 22
    for table in AUDITED:
        assert db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            [f"audit_{table}_insert"],
        ).fetchone(), table


def test_members_are_dated_rows_and_a_name_sits_once_at_a_time(db):
    council.record_member(db, "Nguyễn Trường Sơn", "Chủ tịch Hội đồng", dt.date(2025, 7, 1))
    council.record_member(
        db, "Đỗ Thị Lan", "Ủy viên", dt.date(2024, 1, 1), valid_to=dt.date(2025, 6, 30)
    )
    with pytest.raises(KienanError, match="already a member"):
        council.record_member(db, "NGUYEN TRUONG SON", "Ủy viên", dt.date(2026, 1, 1))
    with pytest.raises(KienanError, match="role"):
        council.record_member(db, "Vũ Văn Cường", "  ", dt.date(2025, 7, 1))
    members = council.council_members(db)
    assert [(m.name, m.role, m.valid_to) for m in members] == [
        ("Nguyễn Trường Sơn", "Chủ tịch Hội đồng", None),
        ("Đỗ Thị Lan", "Ủy viên", dt.date(2025, 6, 30)),
    ]
    assert [m.name for m in members if m.member.in_office_on(DAY)] == ["Nguyễn Trường Sơn"]
    assert audit_count(db, "council_members") == 2


def test_the_rules_have_no_default_and_keep_each_threshold_exactly(db):
    assert council.council_rules(db) is None
    with pytest.raises(KienanError, match="counted against"):
        council.set_rules(db, thresholds={"LDTT": Threshold(Fraction(1, 2), REGULATION, "")})
    assert council.council_rules(db) is None
    with pytest.raises(KienanError, match="not an award form"):
        council.set_rules(db, OF_PRESENT, {"XYZ": Threshold(Fraction(1, 2), REGULATION, "")})
    assert council.council_rules(db) is None  # nothing stored
    council.set_rules(
        db,
        OF_PRESENT,
        {"CSTDCS": Threshold(Fraction(2, 3), REGULATION, "Điều 8")},
        quorum=Threshold(Fraction(2, 3), REGULATION, "Điều 6"),
    )
    council.set_rules(
        db, OF_IN_OFFICE, {"LDTT": Threshold(Fraction(1, 2), REGULATION, "Điều 8", False)}
    )
    rules = council.council_rules(db)
    assert rules.share_of == OF_IN_OFFICE
    assert rules.quorum.share == Fraction(2, 3) and rules.quorum.article == "Điều 6"
    assert rules.thresholds["CSTDCS"].share == Fraction(2, 3)
    assert rules.thresholds["LDTT"].at_least is False
    assert audit_count(db, "council_thresholds") == 2


def test_a_meeting_keeps_who_came_and_puts_the_open_lines_on_its_ballot(db, ward):
    proposal, lines = ward
    decisions.review_line(db, lines[2], "rejected", reason="Chưa đủ thời gian công tác")
    meeting = council.stored_meeting(db, meeting_of(db, proposal))
    assert [m.name for m in meeting.present] == [
        "Nguyễn Trường Sơn",
        "Phạm Thị Thu Hương",
        "Lê Đức Quang",
        "Bùi Thị Hạnh",
    ]
    assert meeting.chair.name == "Nguyễn Trường Sơn"  # the chairman, unless another is named
    assert meeting.proposal_ids == (proposal,) and meeting.ballots is None
    titles, votes = council.ballot_titles(db, meeting.id)
    assert [(t.code, [c.name for c in t.candidates]) for t in titles] == [
        ("LDTT", ["Vũ Văn Cường", "Đặng Minh Tuấn"])
    ]
    assert titles[0].candidates[0].detail == "Chuyên viên, Phòng Văn hóa - Xã hội"
    assert votes == {}


def test_a_meeting_with_a_stranger_present_is_refused_whole(db, ward):
    proposal, _lines = ward
    with pytest.raises(KienanError, match="Vũ Văn Cường is not a member of the council"):
        council.record_meeting(db, DAY, [proposal], ["Nguyễn Trường Sơn", "Vũ Văn Cường"])
    with pytest.raises(KienanError, match="proposal 99 does not exist"):
        council.record_meeting(db, DAY, [99], ["Nguyễn Trường Sơn"])
    assert db.execute("SELECT count(*) FROM council_meetings").fetchone()[0] == 0
    assert audit_count(db, "council_attendance") == 0


def test_a_count_that_does_not_add_up_stores_nothing(db, ward):
    proposal, lines = ward
    meeting = meeting_of(db, proposal)
    with pytest.raises(KienanError, match="no count is entered for proposal line"):
        council.enter_count(db, meeting, BallotCount(4, 4), {lines[0]: Votes(4, 0)})
    too_many = {lines[0]: Votes(4, 1), lines[1]: Votes(2, 2), lines[2]: Votes(3, 0)}
    with pytest.raises(KienanError, match="Vũ Văn Cường does not add up"):
        council.enter_count(db, meeting, BallotCount(4, 4), too_many)
    with pytest.raises(KienanError, match="5 ballots were issued to 4 members"):
        council.enter_count(db, meeting, BallotCount(5, 4), too_many)
    assert council.stored_meeting(db, meeting).ballots is None
    assert db.execute("SELECT count(*) FROM council_votes WHERE agree IS NOT NULL").fetchone() == (
        0,
    )


def test_the_tally_reads_the_stored_count_with_or_without_a_threshold(db, ward):
    proposal, lines = ward
    meeting = meeting_of(db, proposal)
    counted(db, meeting, lines)
    with pytest.raises(KienanError, match="set the council's rules first"):
        council.meeting_tally(db, meeting)
    council.set_rules(db, OF_PRESENT)
    (title,) = council.meeting_tally(db, meeting).titles
    assert title.no_verdict == NO_THRESHOLD
    assert [(r.share, r.verdict) for r in title.candidates] == [
        (Fraction(1), None),
        (Fraction(1, 2), None),
        (Fraction(3, 4), None),
    ]
    seventy_percent(db)
    result = council.meeting_tally(db, meeting)
    assert result.base == 4 and result.ballots == BallotCount(4, 4, 0)
    assert [r.verdict for r in result.titles[0].candidates] == [True, False, True]
    assert council.stored_meeting(db, meeting).counters == (
        ("Lê Đức Quang", True),
        ("Bùi Thị Hạnh", False),
    )


def test_a_line_below_the_threshold_is_decided_only_with_an_override_reason(db, ward):
    proposal, lines = ward
    meeting = meeting_of(db, proposal)
    counted(db, meeting, lines)
    seventy_percent(db)
    decisions.review_line(db, lines[0], "accepted")
    with pytest.raises(KienanError, match="Đặng Minh Tuấn had 50% of the council's votes"):
        decisions.review_line(db, lines[1], "accepted")
    # Accepted before the count: the decision asks again.
    db.execute("UPDATE proposal_lines SET review_status = 'accepted' WHERE id = ?", [lines[1]])
    with pytest.raises(KienanError, match="below its threshold of 70% .khoản 2 Điều 8 Quy chế"):
        decisions.decide(db, proposal, "30/QĐ-UBND", dt.date(2025, 12, 20))
    decisions.review_line(db, lines[1], "accepted", override_reason=REASON)
    decisions.review_line(db, lines[2], "accepted")
    result = decisions.decide(db, proposal, "30/QĐ-UBND", dt.date(2025, 12, 20))
    assert len(result.award_ids) == 3
    kept = [
        json.loads(after).get("override_reason")
        for (after,) in db.execute(
            "SELECT after_json FROM audit_log WHERE table_name = 'proposal_lines' "
            "AND record_id = ?",
            [lines[1]],
        )
        if after
    ]
    assert REASON in kept


def test_the_papers_are_written_from_stored_data_and_print_no_override(db, ward, tmp_path):
    proposal, lines = ward
    meeting = meeting_of(db, proposal)
    seventy_percent(db)
    (ballot,) = council.meeting_papers(db, meeting, tmp_path / "before")
    assert ballot.name == "2025-12-16 Phiếu bầu.docx"
    counted(db, meeting, lines)
    decisions.review_line(db, lines[1], "accepted", override_reason=REASON)
    written = council.meeting_papers(db, meeting, tmp_path / "after")
    assert [p.name for p in written] == [
        "2025-12-16 Phiếu bầu.docx",
        "2025-12-16 Biên bản họp Hội đồng.docx",
        "2025-12-16 Biên bản kiểm phiếu.docx",
    ]
    texts = {p.name: "\n".join(par.text for par in Document(str(p)).paragraphs) for p in written}
    minutes = texts["2025-12-16 Biên bản họp Hội đồng.docx"]
    assert "Ủy ban nhân dân phường Mẫu".upper() in minutes.upper()
    assert "Đề nghị danh hiệu Lao động tiên tiến năm 2025 (Phòng Văn hóa - Xã hội)" in minutes
    assert "Vũ Văn Cường" in minutes and "khoản 2 Điều 8" in minutes
    assert all(REASON not in text for text in texts.values())
    count = Document(str(written[2]))
    cells = {cell.text for table in count.tables for row in table.rows for cell in row.cells}
    assert "Đặng Minh Tuấn" in cells and "50%" in cells


def test_the_papers_go_to_pdf_through_the_writer_passed_in(db, ward, tmp_path):
    proposal, lines = ward
    meeting = meeting_of(db, proposal)
    counted(db, meeting, lines)
    seventy_percent(db)
    drawn = []
    written = council.meeting_papers(
        db, meeting, tmp_path, pdf_writer=lambda content, path: drawn.append((content.kind, path))
    )
    assert [kind for kind, _path in drawn] == ["ballot", "meeting_minutes", "count_minutes"]
    assert len(written) == 6 and drawn[0][1].name == "2025-12-16 Phiếu bầu.pdf"
