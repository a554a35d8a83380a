"""The council's papers as content and as .docx: the ballot (every title with its
candidates and a box to agree or not, no voter's name), the minutes of the meeting (who met,
the quorum, what was reviewed, each title's result) and the minutes of the count (ballots,
each candidate's count and share, the verdict against the threshold and its basis, or that no
threshold is set), in Vietnamese, in the Decree 30/2020 layout."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT

from kienan_awards.core import vocabulary as words
from kienan_awards.core.awards.council_votes import (
    OF_PRESENT,
    BallotCount,
    Candidate,
    CouncilMember,
    CouncilRules,
    Meeting,
    Threshold,
    TitleOnBallot,
    Votes,
    tally,
)
from kienan_awards.core.documents.council_docx import write_council_docx
from kienan_awards.core.documents.council_papers import (
    A4,
    A5,
    CouncilBody,
    CountingMember,
    CountRecord,
    MeetingRecord,
    Table,
    Text,
    ballot,
    count_minutes,
    meeting_minutes,
)
from kienan_awards.core.errors import KienanError

DAY = dt.date(2025, 12, 16)
REGULATION = "Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng phường Kiến An"
MEMBERS = [
    CouncilMember("Nguyễn Trường Sơn", "Chủ tịch Hội đồng"),
    CouncilMember("Phạm Thị Thu Hương", "Phó Chủ tịch Hội đồng"),
    CouncilMember("Lê Đức Quang", "Ủy viên thường trực"),
    CouncilMember("Trần Thị Ngọc Ánh", "Ủy viên"),
    CouncilMember("Vũ Văn Cường", "Ủy viên"),
    CouncilMember("Đặng Minh Tuấn", "Ủy viên"),
    CouncilMember("Bùi Thị Hạnh", "Ủy viên, Thư ký Hội đồng"),
    CouncilMember("Hoàng Văn Dũng", "Ủy viên"),
    CouncilMember("Đỗ Thị Lan", "Ủy viên"),
]
FIGHTERS = TitleOnBallot(
    "CSTDCS",
    "Chiến sĩ thi đua cơ sở",
    (
        Candidate("Nguyễn Thị Phương", "Phó Trưởng phòng Văn hóa - Xã hội"),
        Candidate("Trần Văn Ngọc", "Chuyên viên Văn phòng HĐND và UBND phường"),
        Candidate("Lê Thị Hồng Nhung", "Công chức Tư pháp - Hộ tịch"),
    ),
)
COLLECTIVES = TitleOnBallot(
    "TTLDTT",
    "Tập thể lao động tiên tiến",
    (Candidate("Tổ dân phố số 5"), Candidate("Trường Tiểu học Trần Thành Ngọ")),
)
BODY = CouncilBody("Ủy ban nhân dân phường Kiến An", "Kiến An")


def sample_tally(quorum: bool = True):
    fighters, collectives = FIGHTERS.candidates, COLLECTIVES.candidates
    votes = {
        "CSTDCS": {
            fighters[0]: Votes(7, 0),
            fighters[1]: Votes(5, 2),
            fighters[2]: Votes(4, 2, 1),
        },
        "TTLDTT": {collectives[0]: Votes(7, 0), collectives[1]: Votes(6, 1)},
    }
    rules = CouncilRules(
        OF_PRESENT,
        quorum=Threshold(Fraction(2, 3), REGULATION, "khoản 1 Điều 6") if quorum else None,
        thresholds={"CSTDCS": Threshold(Fraction(7, 10), REGULATION, "khoản 2 Điều 8")},
    )
    meeting = Meeting(DAY, tuple(MEMBERS[:7]))
    return tally(meeting, MEMBERS, BallotCount(7, 7), [FIGHTERS, COLLECTIVES], votes, rules)


def sample_record():
    return MeetingRecord(
        subject="xét danh hiệu thi đua năm 2025",
        venue="Phòng họp tầng 2, trụ sở UBND phường Kiến An",
        chair=MEMBERS[0],
        secretary="Bùi Thị Hạnh",
        number="01/BB-HĐTĐKT",
        starts_at=dt.time(8, 0),
        ends_at=dt.time(10, 30),
        reviewed=("Tờ trình số 25/TTr-VP ngày 10/12/2025 của Văn phòng HĐND và UBND phường.",),
    )


def sample_count():
    return CountRecord(
        (CountingMember("Lê Đức Quang", True), CountingMember("Vũ Văn Cường")),
        starts_at=dt.time(9, 30),
        ends_at=dt.time(10, 0),
    )


def sample_papers():
    """The three papers of the sample meeting, by a name for their files."""
    record = sample_record()
    return {
        "ballot_a5": ballot(BODY, DAY, "xét danh hiệu thi đua năm 2025", [FIGHTERS, COLLECTIVES]),
        "ballot_a4": ballot(BODY, DAY, "xét danh hiệu thi đua năm 2025", [FIGHTERS], A4),
        "meeting_minutes": meeting_minutes(BODY, record, sample_tally()),
        "count_minutes": count_minutes(BODY, sample_count(), record, sample_tally()),
    }


def _texts(content) -> str:
    return "\n".join(block.text for block in content.blocks if isinstance(block, Text))


def _table(content) -> Table:
    return next(block for block in content.blocks if isinstance(block, Table))


def test_the_ballot_lists_each_title_with_boxes_and_no_voter():
    paper = sample_papers()["ballot_a5"]
    assert paper.paper is A5 and paper.heading == "PHIẾU BẦU"
    assert paper.parent_lines == ["ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN"]
    assert paper.council_lines == ["HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"]
    assert paper.subtitles[1] == "(Cuộc họp Hội đồng Thi đua - Khen thưởng ngày 16/12/2025)"
    assert paper.number_line is None and paper.signature_rows == []
    table = _table(paper)
    assert [c.header for c in table.columns][-2:] == ["Đồng ý", "Không đồng ý"]
    assert round(sum(c.width_mm for c in table.columns), 1) == A5.text_width_mm
    sections = [row.cells[0] for row in table.rows if row.kind == "section"]
    assert sections == [
        "I. Danh hiệu “Chiến sĩ thi đua cơ sở”",
        "II. Danh hiệu “Tập thể lao động tiên tiến”",
    ]
    lines = [row.cells for row in table.rows if row.kind == "line"]
    assert lines[2][:2] == ("3.", "Lê Thị Hồng Nhung") and lines[2][-2:] == ("", "")
    assert len(lines) == 5 and table.min_row_mm >= 7  # room to mark a box


def test_a_ballot_without_candidates_is_refused():
    with pytest.raises(KienanError, match="no candidate"):
        ballot(BODY, DAY, "xét", [TitleOnBallot("X", "Lao động tiên tiến", ())])


def test_the_minutes_of_the_meeting_say_who_met_the_quorum_and_each_result():
    paper = sample_papers()["meeting_minutes"]
    text = _texts(paper)
    assert paper.number_line == "Số: 01/BB-HĐTĐKT"
    assert paper.place_date == "Kiến An, ngày 16 tháng 12 năm 2025"
    assert paper.subtitles == ["Họp Hội đồng Thi đua - Khen thưởng xét danh hiệu thi đua năm 2025"]
    assert "Thời gian bắt đầu: 08 giờ 00 phút, ngày 16 tháng 12 năm 2025." in text
    assert "Thành phần tham dự: 7/9 thành viên Hội đồng có mặt:" in text
    assert "Vắng mặt: Hoàng Văn Dũng - Ủy viên; Đỗ Thị Lan - Ủy viên." in text
    assert "Cuộc họp có 7/9 thành viên Hội đồng dự họp (77,78%), đủ điều kiện tiến hành" in text
    assert "khoản 1 Điều 6 " + REGULATION in text
    assert "Tờ trình số 25/TTr-VP" in text
    assert "Trần Văn Ngọc (Chuyên viên Văn phòng HĐND và UBND phường): 5/7 phiếu đồng ý " in text
    assert "(71,43%): đạt." in text and "(57,14%): không đạt." in text
    assert "Nguyễn Thị Phương, Trần Văn Ngọc." in text
    assert "Chưa kết luận đối với danh hiệu “Tập thể lao động tiên tiến”" in text
    assert "Trường Tiểu học Trần Thành Ngọ: 6/7 phiếu đồng ý (85,71%)." in text
    assert "Cuộc họp kết thúc vào 10 giờ 30 phút cùng ngày" in text
    assert [[s.title, s.name] for s in paper.signature_rows[0]] == [
        ["THƯ KÝ", "Bùi Thị Hạnh"],
        ["CHỦ TỌA", "Nguyễn Trường Sơn"],
    ]


def test_the_minutes_say_when_the_quorum_was_not_met():
    meeting = Meeting(DAY, tuple(MEMBERS[:5]))
    rules = CouncilRules(OF_PRESENT, Threshold(Fraction(2, 3), REGULATION, "khoản 1 Điều 6"))
    short = tally(meeting, MEMBERS, BallotCount(5, 5), [], {}, rules)
    text = _texts(meeting_minutes(BODY, sample_record(), short))
    assert "(55,56%), không đủ số thành viên dự họp theo khoản 1 Điều 6" in text
    assert "kết quả bỏ phiếu không dùng để kết luận" in text


def test_the_minutes_of_the_count_give_ballots_shares_and_verdicts_with_their_basis():
    paper = sample_papers()["count_minutes"]
    text = _texts(paper)
    assert paper.heading == "BIÊN BẢN KIỂM PHIẾU"
    assert paper.number_line.startswith("Số:") and paper.number_line.endswith("/BB-HĐTĐKT")
    assert "1. Lê Đức Quang - Trưởng ban;" in text and "2. Vũ Văn Cường - Thành viên" in text
    assert (
        "2. Số phiếu phát ra: 7; số phiếu thu vào: 7; số phiếu hợp lệ: 7; "
        "số phiếu không hợp lệ: 0." in text
    )
    assert "tổng số thành viên Hội đồng có mặt (7 người)" in text
    rows = [row.cells for row in _table(paper).rows if row.kind == "line"]
    assert rows[0] == ("1.", "Nguyễn Thị Phương", "7", "0", "0", "100%", "Đạt")
    assert rows[2] == ("3.", "Lê Thị Hồng Nhung", "4", "2", "1", "57,14%", "Không đạt")
    assert rows[4][-2:] == ("85,71%", "Chưa kết luận")
    assert "đạt từ 70% trở lên (khoản 2 Điều 8 " + REGULATION + ")" in text
    assert "Đạt: Nguyễn Thị Phương, Trần Văn Ngọc. Không đạt: Lê Thị Hồng Nhung." in text
    assert "chưa quy định ngưỡng tỷ lệ phiếu cho danh hiệu “Tập thể lao động tiên tiến”" in text
    # The members sign, the head on the right.
    assert [s.title for s in paper.signature_rows[0]] == ["THÀNH VIÊN", "TRƯỞNG BAN"]
    assert round(sum(c.width_mm for c in _table(paper).columns), 1) == A4.text_width_mm


def test_a_count_without_a_committee_is_refused():
    with pytest.raises(KienanError, match="vote counting committee"):
        count_minutes(BODY, CountRecord(()), sample_record(), sample_tally())


def _docx_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_the_docx_files_open_and_hold_the_names(tmp_path):
    for name, content in sample_papers().items():
        path = write_council_docx(content, tmp_path / f"{name}.docx")
        document = Document(path)
        text = _docx_text(document).replace("\u2011", "-")
        assert words.NATION in text and "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" in text, name
        assert "Nguyễn Thị Phương" in text and content.heading in text, name
        assert document.core_properties.author == "Ủy ban nhân dân phường Kiến An"
        section = document.sections[0]
        if content.paper is A5:
            assert section.orientation == WD_ORIENT.LANDSCAPE
            assert round(section.page_height.mm) == 148 and round(section.page_width.mm) == 210
        else:
            assert round(section.page_width.mm) == 210 and round(section.left_margin.mm) == 30
    minutes = Document(tmp_path / "meeting_minutes.docx")
    text = _docx_text(minutes)
    assert "Bùi Thị Hạnh" in text and "CHỦ TỌA" in text and "Nơi nhận:" in text
    count = _docx_text(Document(tmp_path / "count_minutes.docx"))
    assert "57,14%" in count and "TRƯỞNG BAN" in count
