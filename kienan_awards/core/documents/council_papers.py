"""The council's papers as content: the ballot (phiếu bầu), the minutes of the meeting (biên
bản họp Hội đồng Thi đua - Khen thưởng) and the minutes of the count (biên bản kiểm phiếu),
in the Decree 30/2020 layout (Appendix III, form 1.9 for minutes). The .docx writer
(council_docx) and the PDF renderer (printing/council_pdf) draw the same blocks.

The papers are in Vietnamese whatever the window speaks; their fixed words are kept here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kienan_awards.core import vocabulary as words
from kienan_awards.core.awards.council_votes import (
    NO_QUORUM,
    OF_PRESENT,
    CouncilMember,
    Tally,
    Threshold,
    TitleOnBallot,
    TitleResult,
    share_text,
    threshold_text,
)
from kienan_awards.core.documents.decision_attachments import Row
from kienan_awards.core.documents.decision_document import body_name_lines
from kienan_awards.core.documents.decree_dates import date_in_words, place_and_date
from kienan_awards.core.documents.table_columns import Column
from kienan_awards.core.documents.text_width import approximate_width_mm
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message

# --- the papers' words ---------------------------------------------------------------------
COUNCIL_NAME = "Hội đồng Thi đua - Khen thưởng"
MINUTES_SUFFIX = "BB-HĐTĐKT"  # 01/BB-HĐTĐKT
BLANK_NUMBER = "Số:" + "\u00a0" * 10 + "/" + MINUTES_SUFFIX  # numbered by hand: room kept
BALLOT_HEADING = "PHIẾU BẦU"
BALLOT_MEETING = "(Cuộc họp {council} ngày {day:%d/%m/%Y})"
BALLOT_HOW_TO = (
    "Cách ghi phiếu: đánh dấu (X) vào ô “Đồng ý” hoặc ô “Không đồng ý” ở dòng của từng người."
)
AGREE, DISAGREE, SPOILED = "Đồng ý", "Không đồng ý", "Không hợp lệ"
SHARE_COLUMN = "Tỷ lệ đồng ý"
RESULT_COLUMN = "Kết quả"
TITLE_NAMED = "Danh hiệu “{name}”"  # a section's heading
TITLE_IN_TEXT = "danh hiệu “{name}”"
SECTION = "{numeral}. {name}"
MINUTES_HEADING = "BIÊN BẢN"
MEETING_SUBJECT = "Họp {council} {subject}"
COUNT_HEADING = "BIÊN BẢN KIỂM PHIẾU"
COUNT_SUBJECT = "Cuộc họp {council} {subject}"
TIME_IN_WORDS = "{hour:02d} giờ {minute:02d} phút"
STARTS = "Thời gian bắt đầu: {time}"
VENUE = "Địa điểm: {venue}."
ATTENDING = "Thành phần tham dự: {present}/{in_office} thành viên Hội đồng có mặt:"
MEMBER_LINE = "{number}. {name} - {role}"
ABSENT = "Vắng mặt: {names}."
GUESTS = "Khách mời: {names}."
CHAIR = "Chủ trì (chủ tọa): {name} - {role}."
SECRETARY = "Thư ký (người ghi biên bản): {name}."
PRESENT_SHARE = "Cuộc họp có {present}/{in_office} thành viên Hội đồng dự họp ({share})"
QUORUM_MET = (
    ", đủ điều kiện tiến hành theo {basis} (số thành viên dự họp {rule} so với tổng số "
    "thành viên Hội đồng)."
)
QUORUM_NOT_MET = (
    ", không đủ số thành viên dự họp theo {basis} (số thành viên dự họp {rule} so với "
    "tổng số thành viên Hội đồng)."
)
AT_LEAST = "từ {share} trở lên"
MORE_THAN = "trên {share}"
CONTENT = "NỘI DUNG"
REVIEWED = "1. Hội đồng xem xét:"
DISCUSSION = "2. Ý kiến của các thành viên Hội đồng:"
VOTED = "{number}. Hội đồng biểu quyết bằng phiếu kín; kết quả (chi tiết tại Biên bản kiểm phiếu):"
CONCLUSION = "{number}. Kết luận:"
LIST_ITEM = "- {text}"
SHARE_BASE_WORDS = {
    OF_PRESENT: "tổng số thành viên Hội đồng có mặt",
    "in_office": "tổng số thành viên Hội đồng",
}
THRESHOLD_LINE = "Ngưỡng: số phiếu đồng ý đạt {rule} so với {base} ({basis})."
NO_THRESHOLD_LINE = (
    "Quy chế của Hội đồng chưa quy định ngưỡng tỷ lệ phiếu cho {title}: biên bản ghi tỷ lệ "
    "phiếu, không kết luận đạt hay không đạt."
)
NO_QUORUM_LINE = "Cuộc họp không đủ số thành viên dự họp: kết quả bỏ phiếu không dùng để kết luận."
CANDIDATE_RESULT = "{name}{detail}: {agree}/{base} phiếu đồng ý ({share}){verdict}."
DETAIL = " ({detail})"
VERDICTS = words.VOTE_VERDICTS
PROPOSED = "Hội đồng thống nhất đề nghị cấp có thẩm quyền xét {title} cho: {names}."
NONE_PASSED = "Không có người đạt ngưỡng đối với {title}."
UNDECIDED = "Chưa kết luận đối với {title} ({reason})."
REASONS = {
    "no_threshold": "quy chế chưa quy định ngưỡng tỷ lệ phiếu",
    NO_QUORUM: "cuộc họp không đủ số thành viên dự họp",
}
ENDS = "Cuộc họp kết thúc vào {time} cùng ngày"
ENDS_UNTIMED = "Cuộc họp kết thúc cùng ngày"
READ_AND_AGREED = (
    "; biên bản đã được đọc lại trước cuộc họp và các thành viên dự họp nhất trí thông qua./."
)
SECRETARY_TITLE = "THƯ KÝ"
CHAIR_TITLE = "CHỦ TỌA"
MINUTES_COPIES = ("- Thành viên Hội đồng;", "- Lưu: VT, hồ sơ thi đua, khen thưởng.")
COUNT_OPENING = "Vào hồi {time}, {date}, tại {venue}, Ban kiểm phiếu gồm:"
COUNT_OPENING_UNTIMED = "Ngày {day:%d/%m/%Y}, tại {venue}, Ban kiểm phiếu gồm:"
COUNT_DONE = (
    "đã kiểm phiếu bầu tại cuộc họp {council} ngày {day:%d/%m/%Y}. Kết quả kiểm phiếu như sau:"
)
MEMBERS_COUNT = "1. Số thành viên Hội đồng: {in_office}; số thành viên có mặt: {present}."
BALLOTS_LINE = (
    "2. Số phiếu phát ra: {issued}; số phiếu thu vào: {cast}; số phiếu hợp lệ: {valid}; "
    "số phiếu không hợp lệ: {void}."
)
SHARE_BASIS_LINE = "3. Tỷ lệ phiếu đồng ý tính trên {base} ({count} người)."
PER_CANDIDATE = "4. Kết quả kiểm phiếu của từng người:"
AGAINST_THRESHOLDS = "5. Đối chiếu với ngưỡng tỷ lệ phiếu:"
PASSED_LINE = "{title}: đạt {rule} ({basis}). Đạt: {passed}. Không đạt: {failed}."
NOBODY = "không có"
COUNT_CLOSED = (
    "Biên bản kiểm phiếu lập xong vào hồi {time} cùng ngày và đã công bố trước Hội đồng./."
)
COUNT_CLOSED_UNTIMED = "Biên bản kiểm phiếu lập xong cùng ngày và đã công bố trước Hội đồng./."
COUNT_HEAD = "TRƯỞNG BAN"
COUNT_MEMBER = "THÀNH VIÊN"
HEAD_ROLE, MEMBER_ROLE = "Trưởng ban", "Thành viên"
SIGNERS_PER_ROW = 3

HEADER_SIZE = 12  # Decree 30/2020: the bodies' names and the national name 12-13 pt
MOTTO_SIZE = 13
HEADER_SPLIT = 0.42  # at least the authority's side, as on a decision
HEADER_PAD_MM = 4.0
MAX_OVERHANG_MM = 10.0  # the header may reach this far into the left margin, no further


@dataclass(frozen=True)
class Paper:
    name: str
    width_mm: float
    height_mm: float
    margins_mm: tuple[float, float, float, float]  # left, top, right, bottom
    body_size: float
    table_size: float

    @property
    def text_width_mm(self) -> float:
        left, _, right, _ = self.margins_mm
        return self.width_mm - left - right


A4 = Paper("A4", 210, 297, (30, 20, 15, 20), 14, 13)  # Decree 30/2020, portrait
A5 = Paper("A5", 210, 148, (15, 10, 12, 10), 13, 12)  # landscape: half an A4 sheet
PAPERS = {paper.name: paper for paper in (A4, A5)}


@dataclass(frozen=True)
class CouncilBody:
    """The council and the body it advises, as the header and the place line print them."""

    parent_name: str  # "Ủy ban nhân dân phường Kiến An"
    place: str  # "Kiến An"
    council_name: str = COUNCIL_NAME


@dataclass(frozen=True)
class MeetingRecord:
    """What the minutes of the meeting say beyond the tally."""

    subject: str  # "xét danh hiệu thi đua năm 2025"
    venue: str
    chair: CouncilMember
    secretary: str
    number: str = ""  # "01/BB-HĐTĐKT"; empty: written by hand
    starts_at: dt.time | None = None
    ends_at: dt.time | None = None
    reviewed: tuple[str, ...] = ()  # the proposals put before the council
    discussion: tuple[str, ...] = ()
    guests: tuple[str, ...] = ()


@dataclass(frozen=True)
class CountingMember:
    name: str
    is_head: bool = False


@dataclass(frozen=True)
class CountRecord:
    """The vote counting committee (ban kiểm phiếu) and its times."""

    committee: tuple[CountingMember, ...]
    number: str = ""
    starts_at: dt.time | None = None
    ends_at: dt.time | None = None


@dataclass(frozen=True)
class Text:
    """A paragraph; lead: bold words before the text."""

    text: str
    bold: bool = False
    italic: bool = False
    align: str = "justify"
    indent: bool = True
    lead: str = ""
    before_pt: float = 0.0
    after_pt: float = 3.0


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    min_row_mm: float = 0.0


@dataclass(frozen=True)
class Signer:
    title: str
    name: str


@dataclass
class PaperContent:
    kind: str  # "ballot", "meeting_minutes" or "count_minutes"
    paper: Paper
    parent_lines: list[str]
    council_lines: list[str]
    heading: str
    subtitles: list[str]
    blocks: list[Text | Table]
    number_line: str | None = None
    place_date: str | None = None
    signature_rows: list[list[Signer]] = field(default_factory=list)
    copies: tuple[str, ...] = ()
    author: str = ""  # the files' author: the body

    @property
    def header_widths_mm(self) -> tuple[float, float, float]:
        """The header's two columns and how far it reaches into the left margin: each column
        as wide as its widest line, so the council's name and the national name stay on one
        line each."""
        text = self.paper.text_width_mm
        left_lines = [(line, False) for line in self.parent_lines] + [
            (line, True) for line in self.council_lines
        ]
        left = max(approximate_width_mm(t, HEADER_SIZE, bold=b) for t, b in left_lines)
        right = max(
            approximate_width_mm(words.NATION, HEADER_SIZE, bold=True),
            approximate_width_mm(words.MOTTO, MOTTO_SIZE, bold=True),
        )
        left = max(left + HEADER_PAD_MM, text * HEADER_SPLIT)
        right = max(right + HEADER_PAD_MM, text - left)
        overhang = min(max(left + right - text, 0.0), MAX_OVERHANG_MM)
        return left, text + overhang - left, overhang

    @property
    def title(self) -> str:
        return " ".join([self.heading, *self.subtitles])


def _header_lines(body: CouncilBody) -> tuple[list[str], list[str]]:
    """The body on one line when it is no wider than the council's name, else broken before
    the kind of its area ("ỦY BAN NHÂN DÂN" / "PHƯỜNG TRẦN THÀNH NGỌ")."""
    parent, council = body.parent_name.upper(), body.council_name.upper()
    fits = approximate_width_mm(parent, HEADER_SIZE) <= approximate_width_mm(
        council, HEADER_SIZE, bold=True
    )
    return [parent] if fits else body_name_lines(parent), [council]


def _section_name(title: TitleOnBallot) -> str:
    return TITLE_NAMED.format(name=title.name) if title.is_title else title.name


def _title_in_text(title: TitleOnBallot) -> str:
    """ "danh hiệu “Chiến sĩ thi đua cơ sở”" inside a sentence; a form of commendation by its
    name."""
    return TITLE_IN_TEXT.format(name=title.name) if title.is_title else title.name


def _time(value: dt.time) -> str:
    return TIME_IN_WORDS.format(hour=value.hour, minute=value.minute)


def _number_line(number: str) -> str:
    return words.NUMBER_LINE.format(number=number) if number.strip() else BLANK_NUMBER


def _rule_words(threshold: Threshold) -> str:
    rule = AT_LEAST if threshold.at_least else MORE_THAN
    return rule.format(share=threshold_text(threshold.share))


def _items(lines) -> list[Text]:
    return [Text(LIST_ITEM.format(text=line)) for line in lines]


# --- the ballot --------------------------------------------------------------------------
def _column_need(texts: list[str], size: float) -> float:
    """The width of a column that holds each text on one line."""
    return max([approximate_width_mm(text, size) for text in texts] + [20.0]) + 3.0


BOX_MM = 20.0
NUMBER_MM = 11.0
BALLOT_ROW_MM = 7.5  # room to mark a box in


def _ballot_table(titles: list[TitleOnBallot], paper: Paper) -> Table:
    with_detail = any(c.detail for t in titles for c in t.candidates)
    rows: list[Row] = []
    for numeral, title in zip(words.ROMAN_NUMERALS, titles, strict=False):
        rows.append(Row((SECTION.format(numeral=numeral, name=_section_name(title)),), "section"))
        for number, candidate in enumerate(title.candidates, start=1):
            detail = (candidate.detail,) if with_detail else ()
            rows.append(Row((f"{number}.", candidate.name, *detail, "", "")))
    room = paper.text_width_mm - NUMBER_MM - 2 * BOX_MM
    candidates = [c for t in titles for c in t.candidates]
    name_mm = _column_need([c.name for c in candidates], paper.table_size)
    if with_detail:  # each as wide as its longest text when both fit, else the name first
        detail_mm = _column_need([c.detail for c in candidates], paper.table_size)
        spare = room - name_mm - detail_mm
        name_mm = name_mm + spare / 2 if spare > 0 else min(name_mm, room / 2)
    name_mm = round(name_mm if with_detail else room, 1)
    columns = [
        Column(words.ROW_NUMBER, NUMBER_MM, "center"),
        Column(words.NAME_OR_COLLECTIVE, name_mm),
    ]
    if with_detail:
        columns.append(Column(words.POSITION_AND_UNIT, round(room - name_mm, 1)))
    columns += [Column(AGREE, BOX_MM, "center"), Column(DISAGREE, BOX_MM, "center")]
    return Table(tuple(columns), tuple(rows), BALLOT_ROW_MM)


def ballot(
    body: CouncilBody,
    held_on: dt.date,
    subject: str,
    titles: list[TitleOnBallot],
    paper: Paper = A5,
) -> PaperContent:
    """One ballot: every title put to the vote with its candidates, a box to agree and a box
    not to agree at each; no name of the voter, no signature (the vote is secret)."""
    if not any(title.candidates for title in titles):
        raise KienanError(Message("the ballot has no candidate"))
    parent, council = _header_lines(body)
    return PaperContent(
        kind="ballot",
        paper=paper,
        parent_lines=parent,
        council_lines=council,
        heading=BALLOT_HEADING,
        subtitles=[
            subject[:1].upper() + subject[1:],
            BALLOT_MEETING.format(council=body.council_name, day=held_on),
        ],
        blocks=[  # how to mark first: never alone on a page after the table
            Text(BALLOT_HOW_TO, italic=True, indent=False, after_pt=6),
            _ballot_table([t for t in titles if t.candidates], paper),
        ],
        author=body.parent_name,
    )


# --- the minutes of the meeting --------------------------------------------------------------
def _candidate_line(result, base: int) -> str:
    detail = DETAIL.format(detail=result.candidate.detail) if result.candidate.detail else ""
    verdict = "" if result.verdict is None else f": {VERDICTS[result.verdict].lower()}"
    return CANDIDATE_RESULT.format(
        name=result.candidate.name,
        detail=detail,
        agree=result.votes.agree,
        base=base,
        share=share_text(result.share),
        verdict=verdict,
    )


def _threshold_line(title: TitleResult, tally: Tally) -> str:
    if title.threshold is None:
        return NO_THRESHOLD_LINE.format(title=_title_in_text(title.title))
    return THRESHOLD_LINE.format(
        rule=_rule_words(title.threshold),
        base=SHARE_BASE_WORDS[tally.share_of],
        basis=title.threshold.basis,
    )


def _quorum_line(tally: Tally) -> str:
    q = tally.quorum
    line = PRESENT_SHARE.format(present=q.present, in_office=q.in_office, share=share_text(q.share))
    if q.rule is None:
        return line + "."
    ending = QUORUM_MET if q.met else QUORUM_NOT_MET
    return line + ending.format(basis=q.rule.basis, rule=_rule_words(q.rule))


def _conclusion(title: TitleResult) -> str:
    name = _title_in_text(title.title)
    if title.no_verdict:
        return UNDECIDED.format(title=name, reason=REASONS[title.no_verdict])
    passed = [candidate.name for candidate in title.passed]
    if not passed:
        return NONE_PASSED.format(title=name)
    return PROPOSED.format(title=name, names=", ".join(passed))


def _attendance(tally: Tally, record: MeetingRecord) -> list[Text]:
    blocks = [
        Text(ATTENDING.format(present=len(tally.meeting.present), in_office=len(tally.in_office)))
    ]
    blocks += [
        Text(
            MEMBER_LINE.format(number=n, name=m.name, role=m.role)
            + (";" if n < len(tally.meeting.present) else ".")
        )
        for n, m in enumerate(tally.meeting.present, start=1)
    ]
    absent = [m for m in tally.in_office if m not in tally.meeting.present]
    if absent:
        names = "; ".join(f"{m.name} - {m.role}" for m in absent)
        blocks.append(Text(ABSENT.format(names=names)))
    if record.guests:
        blocks.append(Text(GUESTS.format(names=", ".join(record.guests))))
    blocks.append(Text(CHAIR.format(name=record.chair.name, role=record.chair.role)))
    blocks.append(Text(SECRETARY.format(name=record.secretary)))
    blocks.append(Text(_quorum_line(tally)))
    return blocks


def meeting_minutes(body: CouncilBody, record: MeetingRecord, tally: Tally) -> PaperContent:
    """Biên bản họp: who met and the quorum, what was reviewed, each title's result and the
    council's conclusion; signed by the secretary and the chair."""
    day = tally.meeting.held_on
    starts = _time(record.starts_at) + ", " if record.starts_at else ""
    blocks: list[Text | Table] = [
        Text(STARTS.format(time=starts + date_in_words(day)) + "."),
        Text(VENUE.format(venue=record.venue)),
        *_attendance(tally, record),
        Text(CONTENT, bold=True, align="center", indent=False, before_pt=6),
        Text(REVIEWED),
        *_items(record.reviewed),
    ]
    number = 2
    if record.discussion:
        blocks += [Text(DISCUSSION), *_items(record.discussion)]
        number = 3
    blocks.append(Text(VOTED.format(number=number)))
    for letter, title in zip("abcdefghijklmnopqrstuvwxyz", tally.titles, strict=False):
        blocks.append(Text(f"{letter}) {_section_name(title.title)}:", italic=True))
        blocks.append(Text(_threshold_line(title, tally)))
        blocks += _items(_candidate_line(r, tally.base) for r in title.candidates)
    blocks.append(Text(CONCLUSION.format(number=number + 1)))
    if tally.quorum.met is False:
        blocks.append(Text(NO_QUORUM_LINE))
    blocks += _items(_conclusion(title) for title in tally.titles)
    ending = ENDS.format(time=_time(record.ends_at)) if record.ends_at else ENDS_UNTIMED
    blocks.append(Text(ending + READ_AND_AGREED, before_pt=6))
    parent, council = _header_lines(body)
    return PaperContent(
        kind="meeting_minutes",
        paper=A4,
        parent_lines=parent,
        council_lines=council,
        heading=MINUTES_HEADING,
        subtitles=[MEETING_SUBJECT.format(council=body.council_name, subject=record.subject)],
        blocks=blocks,
        number_line=_number_line(record.number),
        place_date=place_and_date(body.place, day),
        signature_rows=[
            [Signer(SECRETARY_TITLE, record.secretary), Signer(CHAIR_TITLE, record.chair.name)]
        ],
        copies=MINUTES_COPIES,
        author=body.parent_name,
    )


# --- the minutes of the count ----------------------------------------------------------------
# The count's columns: a name column as wide as the rest leaves (its position and unit are in
# the minutes of the meeting), counts of three digits under two-line headers.
COUNT_MM, SHARE_MM, RESULT_MM = 16.0, 20.0, 28.0


def _count_table(tally: Tally) -> Table:
    rows: list[Row] = []
    for numeral, title in zip(words.ROMAN_NUMERALS, tally.titles, strict=False):
        rows.append(
            Row((SECTION.format(numeral=numeral, name=_section_name(title.title)),), "section")
        )
        for number, result in enumerate(title.candidates, start=1):
            votes = result.votes
            rows.append(
                Row(
                    (
                        f"{number}.",
                        result.candidate.name,
                        str(votes.agree),
                        str(votes.disagree),
                        str(votes.spoiled),
                        share_text(result.share),
                        VERDICTS[result.verdict],
                    )
                )
            )
    counts = [Column(AGREE, COUNT_MM, "right"), Column(DISAGREE, COUNT_MM, "right")]
    counts += [Column(SPOILED, COUNT_MM, "right"), Column(SHARE_COLUMN, SHARE_MM, "right")]
    result = Column(RESULT_COLUMN, RESULT_MM)
    name_mm = A4.text_width_mm - NUMBER_MM - sum(c.width_mm for c in counts) - RESULT_MM
    name = Column(words.NAME_OR_COLLECTIVE, round(name_mm, 1))
    columns = (Column(words.ROW_NUMBER, NUMBER_MM, "center"), name, *counts, result)
    return Table(columns, tuple(rows))


def _against_thresholds(tally: Tally) -> list[Text]:
    lines = []
    for title in tally.titles:
        name = _section_name(title.title)
        if title.threshold is None:
            name = _title_in_text(title.title)
            lines.append(NO_THRESHOLD_LINE.format(title=name))
        elif title.no_verdict == NO_QUORUM:
            lines.append(NO_QUORUM_LINE)
        else:
            failed = [r.candidate.name for r in title.candidates if r.verdict is False]
            lines.append(
                PASSED_LINE.format(
                    title=name,
                    rule=_rule_words(title.threshold),
                    basis=title.threshold.basis,
                    passed=", ".join(c.name for c in title.passed) or NOBODY,
                    failed=", ".join(failed) or NOBODY,
                )
            )
    return _items(lines)


def _committee_signers(committee: tuple[CountingMember, ...]) -> list[list[Signer]]:
    """The members, then the head on the right, at most three to a row."""
    ordered = [m for m in committee if not m.is_head] + [m for m in committee if m.is_head]
    signers = [Signer(COUNT_HEAD if m.is_head else COUNT_MEMBER, m.name) for m in ordered]
    return [signers[i : i + SIGNERS_PER_ROW] for i in range(0, len(signers), SIGNERS_PER_ROW)]


def count_minutes(
    body: CouncilBody, record: CountRecord, meeting: MeetingRecord, tally: Tally
) -> PaperContent:
    """Biên bản kiểm phiếu: the ballots issued, cast, valid and void; each candidate's count
    and share; each title's verdict against its threshold and the threshold's basis, or that
    none is set; signed by the vote counting committee."""
    if not record.committee:
        raise KienanError(Message("the vote counting committee has no members"))
    day = tally.meeting.held_on
    if record.starts_at:
        opening = COUNT_OPENING.format(
            time=_time(record.starts_at), date=date_in_words(day), venue=meeting.venue
        )
    else:
        opening = COUNT_OPENING_UNTIMED.format(day=day, venue=meeting.venue)
    heads = [m for m in record.committee if m.is_head] + [
        m for m in record.committee if not m.is_head
    ]
    ballots = tally.ballots
    blocks: list[Text | Table] = [
        Text(opening),
        *[
            Text(
                MEMBER_LINE.format(
                    number=n, name=m.name, role=HEAD_ROLE if m.is_head else MEMBER_ROLE
                )
                + (";" if n < len(heads) else "")
            )
            for n, m in enumerate(heads, start=1)
        ],
        Text(COUNT_DONE.format(council=body.council_name, day=day)),
        Text(MEMBERS_COUNT.format(in_office=len(tally.in_office), present=tally.quorum.present)),
        Text(
            BALLOTS_LINE.format(
                issued=ballots.issued, cast=ballots.cast, valid=ballots.valid, void=ballots.void
            )
        ),
        Text(SHARE_BASIS_LINE.format(base=SHARE_BASE_WORDS[tally.share_of], count=tally.base)),
        Text(PER_CANDIDATE, after_pt=6),
        _count_table(tally),
        Text(AGAINST_THRESHOLDS, before_pt=6),
        *_against_thresholds(tally),
        Text(
            COUNT_CLOSED.format(time=_time(record.ends_at))
            if record.ends_at
            else COUNT_CLOSED_UNTIMED,
            before_pt=6,
        ),
    ]
    parent, council = _header_lines(body)
    return PaperContent(
        kind="count_minutes",
        paper=A4,
        parent_lines=parent,
        council_lines=council,
        heading=COUNT_HEADING,
        subtitles=[COUNT_SUBJECT.format(council=body.council_name, subject=meeting.subject)],
        blocks=blocks,
        number_line=_number_line(record.number),
        place_date=place_and_date(body.place, day),
        signature_rows=_committee_signers(record.committee),
        author=body.parent_name,
    )
