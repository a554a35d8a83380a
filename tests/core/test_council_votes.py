"""The council's secret ballot: members in office on the day, the quorum, each
candidate's share against the members present or in office, and a verdict only against a
threshold the office has set; a count that does not add up is refused."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from kienan_awards.core.awards.council_votes import (
    NO_QUORUM,
    NO_THRESHOLD,
    OF_IN_OFFICE,
    OF_PRESENT,
    BallotCount,
    Candidate,
    CouncilMember,
    CouncilRules,
    Meeting,
    Threshold,
    TitleOnBallot,
    Votes,
    members_in_office,
    share_from_text,
    share_text,
    tally,
    threshold_text,
)
from kienan_awards.core.errors import KienanError

DAY = dt.date(2025, 12, 16)
REGULATION = "Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng phường Kiến An"
NAMES = (
    "Nguyễn Trường Sơn",
    "Phạm Thị Thu Hương",
    "Lê Đức Quang",
    "Trần Thị Ngọc Ánh",
    "Vũ Văn Cường",
    "Đặng Minh Tuấn",
    "Bùi Thị Hạnh",
    "Hoàng Văn Dũng",
    "Đỗ Thị Lan",
    "Ngô Thị Mỹ Duyên",
)
MEMBERS = [CouncilMember(name, "Ủy viên") for name in NAMES[:9]] + [
    CouncilMember(NAMES[9], "Ủy viên", valid_to=dt.date(2025, 6, 30))
]
NHUNG = Candidate("Lê Thị Hồng Nhung", "Công chức Tư pháp - Hộ tịch")
TITLE = TitleOnBallot("CSTDCS", "Chiến sĩ thi đua cơ sở", (NHUNG,))


def _rule(share, at_least=True):
    return Threshold(Fraction(share), REGULATION, "khoản 2 Điều 8", at_least)


ALL_AGREE = Votes(7, 0)


def _tally(
    present=7, votes=ALL_AGREE, share_of=OF_PRESENT, threshold=None, quorum=None, ballots=None
):
    rules = CouncilRules(share_of, quorum, {"CSTDCS": threshold} if threshold is not None else {})
    ballots = ballots or BallotCount(present, present)
    meeting = Meeting(DAY, tuple(MEMBERS[:present]))
    return tally(meeting, MEMBERS, ballots, [TITLE], {"CSTDCS": {NHUNG: votes}}, rules)


def test_members_in_office_on_the_day():
    assert len(members_in_office(MEMBERS, DAY)) == 9
    assert len(members_in_office(MEMBERS, dt.date(2025, 6, 30))) == 10


def test_share_against_members_present_or_in_office():
    present = _tally(votes=Votes(7, 0)).titles[0].candidates[0]
    assert present.share == 1 and share_text(present.share) == "100%"
    in_office = _tally(votes=Votes(7, 0), share_of=OF_IN_OFFICE)
    assert in_office.base == 9
    assert share_text(in_office.titles[0].candidates[0].share) == "77,78%"


def test_shares_are_written_to_two_decimals_the_half_up():
    assert share_text(Fraction(2, 3)) == "66,67%"
    assert share_text(Fraction(1, 8)) == "12,5%"
    assert share_text(Fraction(1, 800)) == "0,13%"  # 0,125: up, never to even
    assert share_text(Fraction(5, 7)) == "71,43%"
    assert threshold_text(Fraction(2, 3)) == "2/3" and threshold_text(Fraction(7, 10)) == "70%"


def test_without_a_threshold_the_tally_shows_shares_and_no_verdict():
    result = _tally(votes=Votes(5, 2)).titles[0]
    assert result.threshold is None and result.no_verdict == NO_THRESHOLD
    assert result.candidates[0].verdict is None
    assert share_text(result.candidates[0].share) == "71,43%"


def test_a_share_exactly_on_the_line_meets_at_least_but_not_more_than():
    on_line = _tally(present=9, votes=Votes(6, 3), threshold=_rule("2/3"))
    assert on_line.titles[0].candidates[0].share == Fraction(2, 3)
    assert on_line.titles[0].candidates[0].verdict is True
    above_only = _tally(present=9, votes=Votes(6, 3), threshold=_rule("2/3", at_least=False))
    assert above_only.titles[0].candidates[0].verdict is False
    below = _tally(present=9, votes=Votes(5, 4), threshold=_rule("2/3"))
    assert below.titles[0].candidates[0].verdict is False
    assert below.titles[0].passed == []


def test_seventy_percent_is_exact_not_a_rounded_float():
    # 7 of 10 would be 0.7000000000000001 in floats against 0.7: exact fractions agree.
    assert _rule("0.7").met_by(Fraction(7, 10))
    assert share_from_text("70%") == Fraction(7, 10) == share_from_text("70")
    assert share_from_text("2/3") == Fraction(2, 3)
    assert share_from_text("66,67%") == Fraction(6667, 10000)
    assert share_from_text("0,5") == Fraction(1, 2)
    with pytest.raises(KienanError, match="is not a share"):
        share_from_text("bảy mươi")


def test_quorum_met_exactly_and_not_met():
    two_thirds = _rule("2/3")
    met = _tally(present=6, votes=Votes(6, 0), quorum=two_thirds, threshold=_rule("0.5"))
    assert met.quorum.met is True and (met.quorum.present, met.quorum.in_office) == (6, 9)
    assert met.titles[0].candidates[0].verdict is True
    short = _tally(present=5, votes=Votes(5, 0), quorum=two_thirds, threshold=_rule("0.5"))
    assert short.quorum.met is False
    assert short.titles[0].no_verdict == NO_QUORUM
    assert short.titles[0].candidates[0].verdict is None
    unset = _tally(present=5, votes=Votes(5, 0))
    assert unset.quorum.met is None and unset.quorum.rule is None


@pytest.mark.parametrize(
    ("votes", "ballots", "message"),
    [
        (Votes(5, 2, 1), None, "more than the 7 ballots cast"),
        (Votes(4, 2), BallotCount(7, 6), None),  # 6 of 6 cast: adds up
        (Votes(4, 3), BallotCount(7, 6), "more than the 6 ballots cast"),
        (Votes(4, 3), BallotCount(7, 7, 1), "more than the 6 valid ballots"),
        (Votes(1, 1), BallotCount(8, 8), "8 ballots were issued to 7 members present"),
        (Votes(1, 1), BallotCount(7, 8), "8 ballots were cast but 7 issued"),
        (Votes(-1, 1), None, "cannot be negative"),
    ],
)
def test_a_count_that_does_not_add_up_is_refused(votes, ballots, message):
    if message is None:
        assert _tally(votes=votes, ballots=ballots).titles[0].candidates[0].votes == votes
        return
    with pytest.raises(KienanError, match=message):
        _tally(votes=votes, ballots=ballots)


def test_a_meeting_of_people_not_on_the_council_is_refused():
    stranger = CouncilMember("Trịnh Văn Lạ", "Ủy viên")
    gone = MEMBERS[9]
    rules = CouncilRules(OF_PRESENT)
    for present, message in (((stranger,), "is not a member"), ((gone,), "is not a member")):
        with pytest.raises(KienanError, match=message):
            tally(Meeting(DAY, present), MEMBERS, BallotCount(1, 1), [], {}, rules)
    with pytest.raises(KienanError, match="present twice"):
        tally(Meeting(DAY, (MEMBERS[0], MEMBERS[0])), MEMBERS, BallotCount(1, 1), [], {}, rules)
    with pytest.raises(KienanError, match="no count is entered for Lê Thị Hồng Nhung"):
        tally(Meeting(DAY, (MEMBERS[0],)), MEMBERS, BallotCount(1, 1), [TITLE], {}, rules)


def test_the_office_settings_have_no_default_and_are_checked():
    with pytest.raises(KienanError, match="counted against"):
        CouncilRules("ballots")
    with pytest.raises(KienanError, match="more than 0 and at most 100%"):
        _rule("7/5")
    assert _rule("0.7").basis == "khoản 2 Điều 8 " + REGULATION
