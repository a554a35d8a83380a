"""A cluster-year's papers as content: the score summary (bảng tổng hợp kết quả chấm điểm thi
đua) and the minutes of the review meeting (biên bản họp cụm, khối thi đua, Decree 30/2020
Appendix III form 1.9 as the council's minutes), as the council's papers are built: the same
PaperContent, so the council's .docx writer and PDF renderer draw them.

The summary is on A4 landscape: the ranking, then the points of each criterion group per
member where the groups fit across the page, then the leading members. The papers are in
Vietnamese whatever the window speaks; their fixed words are kept here."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from kienan_awards.core import vocabulary as words
from kienan_awards.core.awards.council_votes import share_text
from kienan_awards.core.documents.council_papers import (
    A4,
    ENDS_UNTIMED,
    LIST_ITEM,
    READ_AND_AGREED,
    Paper,
    PaperContent,
    Signer,
    Table,
    Text,
)
from kienan_awards.core.documents.decision_attachments import Row
from kienan_awards.core.documents.decree_dates import date_in_words, place_and_date
from kienan_awards.core.documents.table_columns import Column
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.text import format_decimal

# --- the papers' words ---------------------------------------------------------------------
KIND_WORDS = {"cluster": "cụm", "block": "khối"}
SUMMARY_HEADING = "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA"
SUMMARY_SUBJECT = "{cluster} năm {year}"
SUMMARY_SCALE = "(Thang điểm {points} điểm, chưa kể điểm thưởng, điểm trừ"
SUMMARY_SOURCE = "; chấm theo bảng tiêu chí ban hành kèm theo {source}"
SUMMARY_NOTE_END = ")"
BLANK_DATE = "{place}, ngày ….. tháng ….. năm ……"
SELF_TOTAL = "Điểm tự chấm"
AGREED_TOTAL = "Điểm {kind} chấm"
RANK = "Xếp hạng"
REMARK = "Ghi chú"
TOTAL = "Tổng điểm"
GROUP_HEADER = "{group} (tối đa {points} điểm)"
OTHER_GROUP = "Tiêu chí khác"
NOT_REVIEWED = "-"
LEADS = "Dẫn đầu"
TO_VOTE = "Ngang điểm: hội nghị bình xét"
MUST_FAILED = "Không đạt tiêu chí bắt buộc {numbers}"
RANKING_LEAD = "1. Kết quả chấm điểm, xếp hạng:"
GROUPS_LEAD = "2. Điểm theo nhóm tiêu chí:"
LEADING_LINE = "Đơn vị dẫn đầu {kind} thi đua năm {year}{count}: {names}."
NUMBERED = "{number}. {text}"
LEADING_NAME = "{name} ({points} điểm)"
NO_LEADER = "Không có đơn vị đủ điều kiện dẫn đầu {kind} thi đua năm {year}{count}."
LEVEL_LINE = (
    "Các đơn vị {names} ngang điểm ở vị trí dẫn đầu: {places} vị trí do hội nghị "
    "{kind} bình xét, suy tôn."
)
LEADING_COUNT = " ({count} đơn vị theo {basis})"
LEADING_COUNT_BARE = " ({count} đơn vị)"
MINUTES_HEADING = "BIÊN BẢN"
MINUTES_SUBJECT = "Hội nghị {cluster} bình xét, chấm điểm thi đua năm {year}"
MINUTES_SUFFIX = {"cluster": "BB-CTĐ", "block": "BB-KTĐ"}
TIME_LINE = "Thời gian: {date}."
VENUE = "Địa điểm: {venue}."
ATTENDING = "Thành phần tham dự: {present}/{members} đơn vị thành viên {cluster} có mặt:"
ATTENDEE = "{number}. {unit}: {who}"
ATTENDEE_BARE = "{number}. {unit}"
ABSENT = "Vắng mặt: {names}."
CHAIR = "Chủ trì (chủ tọa): {name}."
SECRETARY = "Thư ký (người ghi biên bản): {name}."
CONTENT = "NỘI DUNG"
SCORES_REVIEWED = (
    "1. Hội nghị xem xét kết quả tự chấm điểm của các đơn vị và thống nhất kết quả chấm điểm, "
    "xếp hạng như sau:"
)
DISCUSSION = "{number}. Ý kiến tại hội nghị:"
VOTED = "{number}. Hội nghị biểu quyết đề nghị khen thưởng; kết quả:"
VOTE_LINE = "{name}: {votes}/{present} đơn vị có mặt đồng ý đề nghị ({share})."
NO_VOTE = "Hội nghị không biểu quyết đơn vị nào."
CONCLUSION = "{number}. Kết luận:"
PROPOSED = (
    "{cluster} thống nhất suy tôn {names} là đơn vị dẫn đầu phong trào thi đua năm {year}, "
    "đề nghị cấp có thẩm quyền xét khen thưởng{basis}."
)
BASIS = " ({basis})"
PROPOSED_AWARDS = (
    "{cluster} thống nhất suy tôn {names} là đơn vị dẫn đầu phong trào thi đua năm {year} và "
    "đề nghị khen thưởng: {awards}."
)
AWARD_FOR = "{form} cho {names}"
NONE_PROPOSED = "{cluster} không có đơn vị đủ điều kiện dẫn đầu phong trào thi đua năm {year}."
UNSETTLED = "Các đơn vị {names} ngang điểm, ngang phiếu: hội nghị chưa suy tôn được."
HONORIFICS = ("ông", "bà", "đồng chí")
SECRETARY_TITLE = "THƯ KÝ"
CHAIR_TITLE = "CHỦ TỌA"
MINUTES_COPIES = ("- Các đơn vị thành viên;", "- Lưu: VT, hồ sơ thi đua, khen thưởng.")

_NOTE_IN_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")
# Decree 30/2020 margins on a landscape A4 page: the summary's tables want the width.
# Text 13 pt and tables 12 pt (Decree 30/2020 allows 13-14 for text): a block's summary
# on one page.
A4_LANDSCAPE = Paper("A4", 297, 210, (30, 20, 15, 20), 13, 12)
NUMBER_MM = 12.0
TOTAL_MM = 24.0
RANK_MM = 20.0
REMARK_MM = 68.0
MIN_NAME_MM = 55.0
MIN_GROUP_MM = 30.0
MAX_GROUP_MM = 48.0
MINUTES_TOTAL_MM = 24.0
MINUTES_RANK_MM = 19.0
# One table of ranks and group points, where the groups fit beside the totals: a block's
# summary then stands on one page with its signature.
MERGED_TOTAL_MM = 20.0
MERGED_RANK_MM = 16.0
MIN_MERGED_NAME_MM = 45.0
MIN_REMARK_MM = 38.0
MIN_MERGED_GROUP_MM = 25.0
MAX_MERGED_GROUP_MM = 34.0


@dataclass(frozen=True)
class ClusterHeader:
    """Who heads the cluster-year's papers: the leader unit under its committee ("UBND PHƯỜNG
    …" / "TRƯỞNG CỤM THI ĐUA SỐ 4") for a city cluster, the office for its own block; the place
    the date is written at and who signs the summary."""

    parent_lines: list[str]  # not bold
    body_lines: list[str]  # bold, with the rule under them
    place: str
    signer: Signer
    author: str


@dataclass(frozen=True)
class SummaryRow:
    """A ranked member as the summary and its workbook print it."""

    rank: int
    name: str
    self_total: Decimal
    agreed_total: Decimal | None
    group_points: tuple[Decimal, ...]
    total: Decimal
    remark: str
    leads: bool


@dataclass(frozen=True)
class GroupColumn:
    name: str
    most_points: Decimal | None  # None: only bonus and penalty items

    @property
    def header(self) -> str:
        if self.most_points is None:
            return self.name
        return GROUP_HEADER.format(group=self.name, points=figure(self.most_points))


def short_name(name: str) -> str:
    """The cluster's name as a heading writes it: "Cụm thi đua số 4" of "Cụm thi đua số 4
    (các phường)"."""
    return _NOTE_IN_BRACKETS.sub("", name).strip() or name


def figure(value: Decimal | None) -> str:
    """Points as documents write them: "21,77", "100"; "-" before review."""
    if value is None:
        return NOT_REVIEWED
    return format_decimal(format(Decimal(value).normalize(), "f"))


def _items(lines) -> list[Text]:
    return [Text(LIST_ITEM.format(text=line)) for line in lines]


def criterion_groups(scored) -> list[GroupColumn]:
    """The table's groups in their order, each with the most points of its scored items."""
    groups: dict[str, Decimal | None] = {}
    for criterion in scored.stored.table.criteria:
        name = criterion.group or OTHER_GROUP
        most = groups.get(name)
        if not criterion.counted:
            most = (most or Decimal(0)) + criterion.maximum
        groups[name] = most
    return [GroupColumn(name, most) for name, most in groups.items()]


def _remark(ranked, scored) -> str:
    result = ranked.result
    if result.musts_failed:
        return MUST_FAILED.format(numbers=", ".join(result.musts_failed))
    if ranked.leads:
        return LEADS
    if any(result is level for level in scored.ranking.to_vote):
        return TO_VOTE
    return ""


def summary_rows(scored) -> list[SummaryRow]:
    """Every member in rank order with its totals, its points per group and the remark."""
    groups = [group.name for group in criterion_groups(scored)]
    rows = []
    for ranked in scored.ranking.members:
        result = ranked.result
        points = dict.fromkeys(groups, Decimal(0))
        for score in result.criteria:
            name = score.criterion.group or OTHER_GROUP
            points[name] += score.points
        rows.append(
            SummaryRow(
                ranked.rank,
                result.name,
                result.self_total,
                result.agreed_total,
                tuple(points[name] for name in groups),
                result.total,
                _remark(ranked, scored),
                ranked.leads,
            )
        )
    return rows


# --- the summary ---------------------------------------------------------------------------
def _ranking_table(
    scored,
    rows: list[SummaryRow],
    paper: Paper,
    groups: list[GroupColumn] | None = None,
    group_mm: float = 0.0,
) -> Table:
    """The members in rank order with their totals, rank and remark; with groups, each
    group's points before the totals, the columns narrowed to leave them room."""
    groups = groups or []
    kind = KIND_WORDS[scored.cluster.kind]
    total_mm, rank_mm = (MERGED_TOTAL_MM, MERGED_RANK_MM) if groups else (TOTAL_MM, RANK_MM)
    left = paper.text_width_mm - NUMBER_MM - 2 * total_mm - rank_mm - group_mm * len(groups)
    if groups:
        name_mm = round(max(MIN_MERGED_NAME_MM, left / 2), 1)
        remark_mm = round(left - name_mm, 1)
    else:
        name_mm, remark_mm = round(left - REMARK_MM, 1), REMARK_MM
    columns = (
        Column(words.ROW_NUMBER, NUMBER_MM, "center"),
        Column(words.UNIT, name_mm),
        *(Column(group.header, round(group_mm, 1), "right") for group in groups),
        Column(SELF_TOTAL, total_mm, "right"),
        Column(AGREED_TOTAL.format(kind=kind), total_mm, "right"),
        Column(RANK, rank_mm, "center"),
        Column(REMARK, remark_mm),
    )
    lines = tuple(
        Row(
            (
                f"{n}.",
                row.name,
                *(map(figure, row.group_points) if groups else ()),
                figure(row.self_total),
                figure(row.agreed_total),
                str(row.rank),
                row.remark,
            )
        )
        for n, row in enumerate(rows, start=1)
    )
    return Table(columns, lines)


def merged_table(scored, rows: list[SummaryRow], paper: Paper) -> Table | None:
    """The members' group points, totals, rank and remark in one table, or None where the
    groups do not fit beside the totals."""
    groups = criterion_groups(scored)
    fixed = NUMBER_MM + 2 * MERGED_TOTAL_MM + MERGED_RANK_MM
    room = paper.text_width_mm - fixed - MIN_MERGED_NAME_MM - MIN_REMARK_MM
    if not groups or len(groups) * MIN_MERGED_GROUP_MM > room:
        return None
    group_mm = min(MAX_MERGED_GROUP_MM, room / len(groups))
    return _ranking_table(scored, rows, paper, groups, group_mm)


def groups_table(scored, rows: list[SummaryRow], paper: Paper) -> Table | None:
    """Each member's points per criterion group and its total, or None where the groups do not
    fit across the page with the members' names beside them."""
    groups = criterion_groups(scored)
    room = paper.text_width_mm - NUMBER_MM - TOTAL_MM - MIN_NAME_MM
    if not groups or len(groups) * MIN_GROUP_MM > room:
        return None
    group_mm = min(MAX_GROUP_MM, room / len(groups))
    name_mm = paper.text_width_mm - NUMBER_MM - TOTAL_MM - group_mm * len(groups)
    columns = (
        Column(words.ROW_NUMBER, NUMBER_MM, "center"),
        Column(words.UNIT, round(name_mm, 1)),
        *(Column(group.header, round(group_mm, 1), "right") for group in groups),
        Column(TOTAL, TOTAL_MM, "right"),
    )
    lines = tuple(
        Row((f"{n}.", row.name, *map(figure, row.group_points), figure(row.total)))
        for n, row in enumerate(rows, start=1)
    )
    return Table(columns, lines)


def leading_sentences(scored) -> list[str]:
    """The leading members named with how many lead and why, then the level ones left to the
    vote."""
    cluster, ranking = scored.cluster, scored.ranking
    kind = KIND_WORDS[cluster.kind]
    count, basis = scored.stored.leading_count, scored.stored.leading_basis
    counted = (
        LEADING_COUNT.format(count=count, basis=_in_sentence(basis))
        if basis
        else LEADING_COUNT_BARE.format(count=count)
    )
    if ranking.leaders:
        names = ", ".join(
            LEADING_NAME.format(name=r.name, points=figure(r.total)) for r in ranking.leaders
        )
        lines = [LEADING_LINE.format(kind=kind, year=scored.year, count=counted, names=names)]
    else:
        lines = [NO_LEADER.format(kind=kind, year=scored.year, count=counted)]
    if ranking.to_vote:
        names = ", ".join(r.name for r in ranking.to_vote)
        lines.append(LEVEL_LINE.format(names=names, places=ranking.places_to_vote, kind=kind))
    return lines


def _in_sentence(text: str) -> str:
    """A name inside a sentence: its first letter small unless the second is a capital too."""
    if len(text) > 1 and not text[1].isupper():
        return text[:1].lower() + text[1:]
    return text


def summary_note(table) -> str:
    """The note under the summary's title: the scale and the table's deciding document."""
    note = SUMMARY_SCALE.format(points=figure(table.most_points))
    if table.source_document:
        note += SUMMARY_SOURCE.format(source=table.source_document)
    return note + SUMMARY_NOTE_END


def _leading_lines(scored, number: int) -> list[Text]:
    first, *rest = leading_sentences(scored)
    return [Text(NUMBERED.format(number=number, text=first), indent=False, before_pt=6)] + [
        Text(line, indent=False) for line in rest
    ]


def score_summary(header: ClusterHeader, scored, dated: dt.date | None) -> PaperContent:
    """The bảng tổng hợp: the members in rank order with their self and agreed totals, rank
    and whether they lead or failed a must; each one's points per criterion group where the
    groups fit; the leading members; signed as header says. dated: the review's day, else a
    date left to be written by hand."""
    rows = summary_rows(scored)
    if not rows:
        raise KienanError(
            Message(
                "{cluster} has no members in {year}", cluster=scored.cluster.name, year=scored.year
            )
        )
    paper = A4_LANDSCAPE
    table = scored.stored.table
    subtitles = [SUMMARY_SUBJECT.format(cluster=scored.cluster.name, year=scored.year)]
    subtitles.append(summary_note(table))
    merged = merged_table(scored, rows, paper)
    blocks: list[Text | Table] = [
        Text(RANKING_LEAD, indent=False, after_pt=6),
        merged or _ranking_table(scored, rows, paper),
    ]
    groups = None if merged else groups_table(scored, rows, paper)
    if groups is not None:
        blocks += [Text(GROUPS_LEAD, indent=False, before_pt=6, after_pt=6), groups]
    blocks += _leading_lines(scored, 3 if groups is not None else 2)
    place_date = (
        place_and_date(header.place, dated) if dated else BLANK_DATE.format(place=header.place)
    )
    return PaperContent(
        kind="cluster_summary",
        paper=paper,
        parent_lines=header.parent_lines,
        council_lines=header.body_lines,
        heading=SUMMARY_HEADING,
        subtitles=subtitles,
        blocks=blocks,
        number_line="",
        place_date=place_date,
        signature_rows=[[header.signer]],
        author=header.author,
    )


# --- the minutes of the review meeting --------------------------------------------------------
def _attendance(review, members: list[tuple[int, str]], cluster_name: str) -> list[Text]:
    blocks = [
        Text(ATTENDING.format(present=review.present, members=len(members), cluster=cluster_name))
    ]
    for n, attendee in enumerate(review.attendees, start=1):
        line = (
            ATTENDEE.format(number=n, unit=attendee.unit_name, who=attendee.represented_by)
            if attendee.represented_by
            else ATTENDEE_BARE.format(number=n, unit=attendee.unit_name)
        )
        blocks.append(Text(line + (";" if n < review.present else ".")))
    came = {attendee.unit_id for attendee in review.attendees}
    absent = [name for unit_id, name in members if unit_id not in came]
    if absent:
        blocks.append(Text(ABSENT.format(names=", ".join(absent))))
    if review.chaired_by:
        blocks.append(Text(CHAIR.format(name=review.chaired_by)))
    if review.recorded_by:
        blocks.append(Text(SECRETARY.format(name=review.recorded_by)))
    return blocks


def _scores_table(scored, rows: list[SummaryRow]) -> Table:
    kind = KIND_WORDS[scored.cluster.kind]
    numbers = [
        Column(SELF_TOTAL, MINUTES_TOTAL_MM, "right"),
        Column(AGREED_TOTAL.format(kind=kind), MINUTES_TOTAL_MM, "right"),
        Column(RANK, MINUTES_RANK_MM, "center"),
    ]
    name_mm = A4.text_width_mm - NUMBER_MM - sum(c.width_mm for c in numbers)
    columns = (
        Column(words.ROW_NUMBER, NUMBER_MM, "center"),
        Column(words.UNIT, round(name_mm, 1)),
        *numbers,
    )
    lines = tuple(
        Row(
            (
                f"{n}.",
                row.name,
                figure(row.self_total),
                figure(row.agreed_total),
                str(row.rank),
            )
        )
        for n, row in enumerate(rows, start=1)
    )
    return Table(columns, lines)


def _vote_lines(scored, review) -> list[str]:
    in_rank = [r.result for r in scored.ranking.members if r.result.member.unit_id in review.votes]
    lines = []
    for result in in_rank:
        votes = review.votes[result.member.unit_id]
        share = Fraction(votes, review.present) if review.present else Fraction(0)
        lines.append(
            VOTE_LINE.format(
                name=result.name, votes=votes, present=review.present, share=share_text(share)
            )
        )
    return lines or [NO_VOTE]


def proposed_members(scored, review) -> tuple[list, list]:
    """The leading members the meeting proposes (the ranking's, then the level ones the vote
    separates for the places left) and the level ones the vote did not separate."""
    ranking = scored.ranking
    chosen = list(ranking.leaders)
    if not ranking.to_vote:
        return chosen, []
    votes = {r.member.unit_id: review.votes.get(r.member.unit_id, 0) for r in ranking.to_vote}
    level = sorted(ranking.to_vote, key=lambda r: -votes[r.member.unit_id])
    places = ranking.places_to_vote
    if len(level) > places and (
        votes[level[places - 1].member.unit_id] == votes[level[places].member.unit_id]
    ):
        cut = votes[level[places - 1].member.unit_id]
        clear = [r for r in level if votes[r.member.unit_id] > cut]
        return chosen + clear, [r for r in level if votes[r.member.unit_id] == cut]
    return chosen + level[:places], []


def _awards_text(awards) -> str:
    """ "Giấy khen cho Tổ dân phố số 2; ..." of (form, recipient) in their order."""
    by_form: dict[str, list[str]] = {}
    for form, recipient in awards:
        by_form.setdefault(form, []).append(recipient)
    return "; ".join(
        AWARD_FOR.format(form=form, names=", ".join(names)) for form, names in by_form.items()
    )


def _conclusion(scored, review, awards) -> list[str]:
    proposed, unsettled = proposed_members(scored, review)
    basis = scored.stored.leading_basis
    lines = []
    if proposed and awards:
        lines.append(
            PROPOSED_AWARDS.format(
                cluster=scored.cluster.name,
                names=", ".join(r.name for r in proposed),
                year=scored.year,
                awards=_awards_text(awards),
            )
        )
    elif proposed:
        lines.append(
            PROPOSED.format(
                cluster=scored.cluster.name,
                names=", ".join(r.name for r in proposed),
                year=scored.year,
                basis=BASIS.format(basis=basis) if basis else "",
            )
        )
    elif not unsettled:
        lines.append(NONE_PROPOSED.format(cluster=scored.cluster.name, year=scored.year))
    if unsettled:
        lines.append(UNSETTLED.format(names=", ".join(r.name for r in unsettled)))
    return lines


def signing_name(person: str) -> str:
    """The name under a signature of who is recorded with a title ("Bà Hoàng Thị Lan, Tổ
    trưởng tổ dân phố số 2"): the name alone, without "Ông" or "Bà"."""
    name = person.split(",", 1)[0].strip()
    first, _, rest = name.partition(" ")
    return rest if first.casefold() in HONORIFICS and rest else name


def _minutes_number(kind: str) -> str:
    return "Số:" + "\u00a0" * 10 + "/" + MINUTES_SUFFIX[kind]


def review_minutes(
    header: ClusterHeader, scored, review, awards: Sequence[tuple[str, str]] = ()
) -> PaperContent:
    """Biên bản họp cụm, khối: when and where, the members present and who came for each, the
    chair and the secretary; the scores agreed and the ranks, the vote to propose, the
    conclusion (with the awards proposed from the ranking, (form, recipient), where made);
    signed by the secretary and the chair. Refused where no meeting is recorded."""
    cluster = scored.cluster
    if review is None:
        raise KienanError(
            Message(
                "no review meeting of {cluster} is recorded for {year}: its minutes cannot be "
                "written",
                cluster=cluster.name,
                year=scored.year,
            )
        )
    rows = summary_rows(scored)
    members = [(r.member.unit_id, r.name) for r in scored.results]
    blocks: list[Text | Table] = [
        Text(TIME_LINE.format(date=date_in_words(review.held_on))),
        Text(VENUE.format(venue=review.place or header.place)),
        *_attendance(review, members, cluster.name),
        Text(CONTENT, bold=True, align="center", indent=False, before_pt=6),
        Text(SCORES_REVIEWED, after_pt=6),
        _scores_table(scored, rows),
    ]
    number = 2
    if review.note:
        blocks += [Text(DISCUSSION.format(number=number), before_pt=6), *_items([review.note])]
        number += 1
    blocks.append(Text(VOTED.format(number=number), before_pt=6))
    blocks += _items(_vote_lines(scored, review))
    blocks.append(Text(CONCLUSION.format(number=number + 1)))
    blocks += _items(_conclusion(scored, review, awards))
    blocks.append(Text(ENDS_UNTIMED + READ_AND_AGREED, before_pt=6))
    return PaperContent(
        kind="cluster_minutes",
        paper=A4,
        parent_lines=header.parent_lines,
        council_lines=header.body_lines,
        heading=MINUTES_HEADING,
        subtitles=[MINUTES_SUBJECT.format(cluster=short_name(cluster.name), year=scored.year)],
        blocks=blocks,
        number_line=_minutes_number(cluster.kind),
        place_date=place_and_date(header.place, review.held_on),
        signature_rows=[
            [
                Signer(SECRETARY_TITLE, signing_name(review.recorded_by)),
                Signer(CHAIR_TITLE, signing_name(review.chaired_by)),
            ]
        ],
        copies=MINUTES_COPIES,
        author=header.author,
    )
