"""The emulation and commendation council's secret ballot (Hội đồng Thi đua - Khen thưởng):
who sits on the council on a day, who came to the meeting, the quorum, and per title the
count entered for each candidate, with each candidate's share of agreeing ballots.

Every figure that decides is the office's own regulation, passed in as data with its name and
article: whether a share counts against the members present or the members in office, the
quorum, and each title's threshold. None has a default here: without a threshold a title's
tally shows the shares and no verdict. Shares are exact fractions, so a candidate exactly on
the line is on it, whatever a rounded percentage shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.text import format_decimal

# What a share is counted against, as the office's regulation says.
OF_PRESENT = "present"  # the members at the meeting
OF_IN_OFFICE = "in_office"  # every member of the council on the meeting's day
SHARE_BASES = (OF_PRESENT, OF_IN_OFFICE)

# Why a tally gives no verdict for a title.
NO_THRESHOLD = "no_threshold"
NO_QUORUM = "no_quorum"


@dataclass(frozen=True)
class CouncilMember:
    name: str
    role: str  # in the council: "Chủ tịch Hội đồng", "Ủy viên", ...
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def in_office_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


def members_in_office(members: Sequence[CouncilMember], day: dt.date) -> list[CouncilMember]:
    """The council on the day, in the order it was recorded."""
    return [member for member in members if member.in_office_on(day)]


@dataclass(frozen=True)
class Threshold:
    """A share the office's regulation sets: "từ 70% trở lên" (at least) or "trên 50%" (more
    than), with the regulation's name and the article that sets it."""

    share: Fraction
    regulation: str  # "Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng phường …"
    article: str  # "khoản 2 Điều 8"
    at_least: bool = True

    def __post_init__(self):
        if not 0 < self.share <= 1:
            raise KienanError(
                Message(
                    "a share must be more than 0 and at most 100%, not {share}",
                    share=share_text(self.share),
                )
            )

    def met_by(self, share: Fraction) -> bool:
        return share >= self.share if self.at_least else share > self.share

    @property
    def basis(self) -> str:
        """ "khoản 2 Điều 8 Quy chế …", as a document cites it."""
        return " ".join(part for part in (self.article.strip(), self.regulation.strip()) if part)


@dataclass(frozen=True)
class CouncilRules:
    """The office's settings for the council's votes."""

    share_of: str  # OF_PRESENT or OF_IN_OFFICE
    quorum: Threshold | None = None  # members present against members in office
    thresholds: Mapping[str, Threshold] = field(default_factory=dict)  # by title code

    def __post_init__(self):
        if self.share_of not in SHARE_BASES:
            raise KienanError(
                Message(
                    "a share is counted against {bases}, not {basis}",
                    bases=", ".join(SHARE_BASES),
                    basis=self.share_of,
                )
            )


@dataclass(frozen=True)
class Candidate:
    name: str
    detail: str = ""  # position and unit, as the ballot prints it
    line_id: int | None = None  # the proposal line the vote answers


@dataclass(frozen=True)
class TitleOnBallot:
    """A title put to the vote and its candidates, in the ballot's order."""

    code: str
    name: str  # "Chiến sĩ thi đua cơ sở"
    candidates: tuple[Candidate, ...]
    is_title: bool = True  # an emulation title ("Danh hiệu “…”"), or a form of commendation


@dataclass(frozen=True)
class Votes:
    """One candidate's count: ballots agreeing, disagreeing, and spoiled for this candidate (a
    mark that counts neither way, or a ballot void as a whole, as the office counts it)."""

    agree: int
    disagree: int
    spoiled: int = 0

    @property
    def counted(self) -> int:
        return self.agree + self.disagree + self.spoiled


@dataclass(frozen=True)
class Meeting:
    held_on: dt.date
    present: tuple[CouncilMember, ...]


@dataclass(frozen=True)
class BallotCount:
    """The ballots of the meeting: handed out, put in the box, and void as a whole."""

    issued: int
    cast: int
    void: int = 0

    @property
    def valid(self) -> int:
        return self.cast - self.void


@dataclass(frozen=True)
class Quorum:
    present: int
    in_office: int
    rule: Threshold | None
    met: bool | None  # None: the office has set no quorum

    @property
    def share(self) -> Fraction:
        return Fraction(self.present, self.in_office)


@dataclass(frozen=True)
class CandidateResult:
    candidate: Candidate
    votes: Votes
    share: Fraction  # agreeing ballots against the base
    verdict: bool | None  # None: no verdict (see TitleResult.no_verdict)


@dataclass(frozen=True)
class TitleResult:
    title: TitleOnBallot
    threshold: Threshold | None
    candidates: tuple[CandidateResult, ...]
    no_verdict: str | None  # NO_THRESHOLD, NO_QUORUM or None

    @property
    def passed(self) -> list[Candidate]:
        return [result.candidate for result in self.candidates if result.verdict]


@dataclass(frozen=True)
class Tally:
    meeting: Meeting
    in_office: tuple[CouncilMember, ...]
    ballots: BallotCount
    quorum: Quorum
    share_of: str
    base: int  # the members a share is counted against
    titles: tuple[TitleResult, ...]


def quorum(
    present: Sequence[CouncilMember], in_office: Sequence[CouncilMember], rule: Threshold | None
) -> Quorum:
    """Members present against members in office, and whether the office's rule is met."""
    met = None if rule is None else rule.met_by(Fraction(len(present), len(in_office)))
    return Quorum(len(present), len(in_office), rule, met)


def _check_meeting(meeting: Meeting, in_office: Sequence[CouncilMember]) -> None:
    if not in_office:
        raise KienanError(
            Message(
                "the council has no members in office on {day}", day=f"{meeting.held_on:%d/%m/%Y}"
            )
        )
    if not meeting.present:
        raise KienanError(Message("no member of the council is recorded as present"))
    for member in meeting.present:
        if member not in in_office:
            raise KienanError(
                Message(
                    "{name} is not a member of the council on {day}",
                    name=member.name,
                    day=f"{meeting.held_on:%d/%m/%Y}",
                )
            )
    if len(set(meeting.present)) != len(meeting.present):
        raise KienanError(Message("a member is recorded as present twice"))


def _check_ballots(ballots: BallotCount, present: int) -> None:
    if min(ballots.issued, ballots.cast, ballots.void) < 0:
        raise KienanError(Message("a count of ballots cannot be negative"))
    if ballots.issued > present:
        raise KienanError(
            Message(
                "{issued} ballots were issued to {present} members present: the count does "
                "not add up",
                issued=ballots.issued,
                present=present,
            )
        )
    if ballots.cast > ballots.issued:
        raise KienanError(
            Message(
                "{cast} ballots were cast but {issued} issued: the count does not add up",
                cast=ballots.cast,
                issued=ballots.issued,
            )
        )
    if ballots.void > ballots.cast:
        raise KienanError(
            Message(
                "{void} ballots are void of {cast} cast: the count does not add up",
                void=ballots.void,
                cast=ballots.cast,
            )
        )


def _check_votes(candidate: Candidate, votes: Votes, ballots: BallotCount) -> None:
    if min(votes.agree, votes.disagree, votes.spoiled) < 0:
        raise KienanError(Message("the count for {name} cannot be negative", name=candidate.name))
    if votes.counted > ballots.cast:
        raise KienanError(
            Message(
                "the count for {name} does not add up: {agree} agree, {disagree} disagree "
                "and {spoiled} spoiled make {counted}, more than the {cast} ballots cast",
                name=candidate.name,
                agree=votes.agree,
                disagree=votes.disagree,
                spoiled=votes.spoiled,
                counted=votes.counted,
                cast=ballots.cast,
            )
        )
    if votes.agree + votes.disagree > ballots.valid:
        raise KienanError(
            Message(
                "the count for {name} does not add up: {agree} agree and {disagree} disagree "
                "make more than the {valid} valid ballots",
                name=candidate.name,
                agree=votes.agree,
                disagree=votes.disagree,
                valid=ballots.valid,
            )
        )


def tally(
    meeting: Meeting,
    members: Sequence[CouncilMember],
    ballots: BallotCount,
    titles: Sequence[TitleOnBallot],
    votes: Mapping[str, Mapping[Candidate, Votes]],
    rules: CouncilRules,
) -> Tally:
    """The meeting's result: the quorum, and per title each candidate's share with the verdict
    against the title's threshold. votes: by title code, the count entered for each candidate.
    Refused when the count does not add up. No verdict for a title without a threshold, nor
    for any title when the office's quorum was not met."""
    in_office = tuple(members_in_office(members, meeting.held_on))
    _check_meeting(meeting, in_office)
    _check_ballots(ballots, len(meeting.present))
    met = quorum(meeting.present, in_office, rules.quorum)
    base = len(meeting.present) if rules.share_of == OF_PRESENT else len(in_office)
    results = []
    for title in titles:
        counts = votes.get(title.code, {})
        threshold = rules.thresholds.get(title.code)
        no_verdict = NO_QUORUM if met.met is False else None
        no_verdict = NO_THRESHOLD if threshold is None else no_verdict
        candidates = []
        for candidate in title.candidates:
            if candidate not in counts:
                raise KienanError(
                    Message(
                        "no count is entered for {name} ({title})",
                        name=candidate.name,
                        title=title.name,
                    )
                )
            entered = counts[candidate]
            _check_votes(candidate, entered, ballots)
            share = Fraction(entered.agree, base)
            verdict = None if no_verdict else threshold.met_by(share)
            candidates.append(CandidateResult(candidate, entered, share, verdict))
        results.append(TitleResult(title, threshold, tuple(candidates), no_verdict))
    return Tally(meeting, in_office, ballots, met, rules.share_of, base, tuple(results))


def share_text(share: Fraction) -> str:
    """A share as documents write it, to two decimals, the half rounded up: "66,67%",
    "100%"."""
    hundredths = (share * 10000 * 2 + 1) // 2  # floor(x + 1/2): the half up, never to even
    whole, part = divmod(int(hundredths), 100)
    text = f"{whole}.{part:02d}".rstrip("0").rstrip(".")
    return f"{format_decimal(text)}%"


def threshold_text(share: Fraction) -> str:
    """A threshold as the regulation writes it: "70%", "66,67%"; a share no percentage with
    two decimals gives exactly as a fraction: "2/3"."""
    if (share * 10000).denominator == 1:
        return share_text(share)
    return f"{share.numerator}/{share.denominator}"


def share_from_text(text: str) -> Fraction:
    """A share as a clerk types it: "70%", "70", "66,67", "2/3", "0,5" (at most 1 read as
    a fraction of the whole, above it as a percentage)."""
    cleaned = text.strip().rstrip("%").strip().replace(" ", "").replace(",", ".")
    try:
        value = Fraction(cleaned)
    except (ValueError, ZeroDivisionError):
        raise KienanError(Message("{text} is not a share", text=text)) from None
    percent = text.strip().endswith("%") or ("/" not in cleaned and value > 1)
    return value / 100 if percent else value
