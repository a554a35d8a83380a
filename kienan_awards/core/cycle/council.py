"""The emulation and commendation council's review, stored: its members by date, the office's
rules for its votes, each meeting with the members present, the proposals it reviews and the
lines on its ballot, and the count entered for each line.

The readers give back council_votes' dataclasses, so the tally and the papers work on stored
data as on any other; a proposal line whose share fell below its title's threshold is not
decided without an override reason (decisions.py asks council_shortfall).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from sqlite_utils import Database

from kienan_awards.core.awards.council_votes import (
    OF_PRESENT,
    SHARE_BASES,
    BallotCount,
    Candidate,
    CouncilMember,
    CouncilRules,
    Meeting,
    Tally,
    Threshold,
    TitleOnBallot,
    Votes,
    share_text,
    tally,
    threshold_text,
)
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.storage.database import write_transaction
from kienan_awards.core.text import clean, fold

# Draws a paper as PDF (printing/council_pdf.write_council_pdf): core draws no PDF itself.
PdfWriter = Callable[[object, Path], object]
CHAIR_ROLE = "chu tich"  # a role that begins so chairs the meeting unless another is named


@dataclass(frozen=True)
class StoredMember:
    id: int
    name: str
    role: str
    person_id: int | None
    valid_from: dt.date | None
    valid_to: dt.date | None

    @property
    def member(self) -> CouncilMember:
        return CouncilMember(self.name, self.role, self.valid_from, self.valid_to)


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def council_members(db: Database) -> list[StoredMember]:
    """Every member ever recorded, in the order recorded."""
    rows = db.execute(
        "SELECT id, name, role, person_id, valid_from, valid_to FROM council_members "
        "WHERE deleted_at IS NULL ORDER BY id"
    ).fetchall()
    return [StoredMember(i, n, r, p, _day(f), _day(t)) for i, n, r, p, f, t in rows]


def _overlaps(member: StoredMember, start: dt.date | None, end: dt.date | None) -> bool:
    return (member.valid_to is None or start is None or start <= member.valid_to) and (
        member.valid_from is None or end is None or member.valid_from <= end
    )


def record_member(
    db: Database,
    name: str,
    role: str,
    valid_from: dt.date | None,
    valid_to: dt.date | None = None,
    person_id: int | None = None,
) -> ChangeSet:
    """A member of the council from a day (to a day, or still). Refused when the same name
    sits on the council over any of those days."""
    name, role = clean(name), clean(role)
    if not name:
        raise KienanError(Message("a council member needs a name"))
    if not role:
        raise KienanError(Message("give {name}'s role in the council", name=name))
    if valid_from and valid_to and valid_to < valid_from:
        raise KienanError(Message("a member's term cannot end before it begins"))
    with write_transaction(db):
        for held in council_members(db):
            if fold(held.name) == fold(name) and _overlaps(held, valid_from, valid_to):
                raise KienanError(
                    Message("{name} is already a member of the council then", name=name)
                )
        member_id = db.execute(
            "INSERT INTO council_members (name, role, person_id, valid_from, valid_to) "
            "VALUES (?, ?, ?, ?, ?)",
            [name, role, person_id, _iso(valid_from), _iso(valid_to)],
        ).lastrowid
    return ChangeSet.of(RecordKind.COUNCIL, member_id)


# --- the office's rules ----------------------------------------------------------------------
def _fraction_text(share: Fraction) -> str:
    return f"{share.numerator}/{share.denominator}"


def council_rules(db: Database) -> CouncilRules | None:
    """The office's rules, or None until it has said what a share is counted against."""
    row = db.execute(
        "SELECT share_of, quorum_share, quorum_at_least, quorum_regulation, quorum_article "
        "FROM council_rules WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    share_of, quorum_share, at_least, regulation, article = row
    quorum = None
    if quorum_share:
        quorum = Threshold(Fraction(quorum_share), regulation, article or "", bool(at_least))
    thresholds = {
        code: Threshold(Fraction(share), regulation, article, bool(least))
        for code, share, least, regulation, article in db.execute(
            "SELECT f.code, t.threshold, t.at_least, t.regulation, t.article "
            "FROM council_thresholds t JOIN award_forms f ON f.id = t.form_id ORDER BY f.code"
        )
    }
    return CouncilRules(share_of, quorum, thresholds)


def _form_id(db: Database, code: str) -> int:
    row = db.execute(
        "SELECT id FROM award_forms WHERE code = ? COLLATE NOCASE", [clean(code)]
    ).fetchone()
    if row is None:
        raise KienanError(Message("'{form}' is not an award form of the catalogue", form=code))
    return row[0]


def set_rules(
    db: Database,
    share_of: str | None = None,
    thresholds: Mapping[str, Threshold] | None = None,
    quorum: Threshold | None = None,
) -> ChangeSet:
    """The office's rules, in one transaction: what a share is counted against (None keeps
    the one set; the first time it must be given), the quorum (None keeps the one set) and
    the thresholds given by title code (the others stay as they were)."""
    if share_of is not None and share_of not in SHARE_BASES:
        CouncilRules(share_of)  # refused there, with the words for it
    with write_transaction(db):
        held = db.execute("SELECT share_of FROM council_rules WHERE id = 1").fetchone()
        if held is None and share_of is None:
            raise KienanError(
                Message(
                    "say first what a share is counted against: the members present or the "
                    "members in office, as the office's regulation says"
                )
            )
        db.execute(
            "INSERT INTO council_rules (id, share_of) VALUES (1, ?) "
            "ON CONFLICT(id) DO UPDATE SET share_of = excluded.share_of",
            [share_of or held[0]],
        )
        if quorum is not None:
            db.execute(
                "UPDATE council_rules SET quorum_share = ?, quorum_at_least = ?, "
                "quorum_regulation = ?, quorum_article = ? WHERE id = 1",
                [
                    _fraction_text(quorum.share),
                    int(quorum.at_least),
                    quorum.regulation,
                    quorum.article,
                ],
            )
        for code, threshold in (thresholds or {}).items():
            if not clean(threshold.regulation):
                raise KienanError(
                    Message("name the regulation that sets the threshold for {form}", form=code)
                )
            db.execute(
                "INSERT INTO council_thresholds (form_id, threshold, at_least, regulation, "
                "article) VALUES (?, ?, ?, ?, ?) ON CONFLICT(form_id) DO UPDATE SET "
                "threshold = excluded.threshold, at_least = excluded.at_least, "
                "regulation = excluded.regulation, article = excluded.article",
                [
                    _form_id(db, code),
                    _fraction_text(threshold.share),
                    int(threshold.at_least),
                    clean(threshold.regulation),
                    clean(threshold.article),
                ],
            )
    return ChangeSet.of(RecordKind.COUNCIL)


# --- meetings ----------------------------------------------------------------------------------
def _present_members(db: Database, held_on: dt.date, names: Sequence[str]) -> list[StoredMember]:
    """The members named, each among those in office on the day, compared folded."""
    in_office = [m for m in council_members(db) if m.member.in_office_on(held_on)]
    if not in_office:
        raise KienanError(
            Message("the council has no members in office on {day}", day=f"{held_on:%d/%m/%Y}")
        )
    found: list[StoredMember] = []
    for name in names:
        matches = [m for m in in_office if fold(m.name) == fold(name)]
        if not matches:
            raise KienanError(
                Message(
                    "{name} is not a member of the council on {day}",
                    name=name,
                    day=f"{held_on:%d/%m/%Y}",
                )
            )
        if matches[0] in found:
            raise KienanError(Message("a member is recorded as present twice"))
        found.append(matches[0])
    if not found:
        raise KienanError(Message("no member of the council is recorded as present"))
    return found


def _ballot_lines(db: Database, proposal_ids: Sequence[int]) -> list[int]:
    """The lines the proposals put before the council: those not yet decided, returned or
    rejected, in the proposals' order."""
    lines: list[int] = []
    for proposal_id in proposal_ids:
        if not db.execute("SELECT 1 FROM proposals WHERE id = ?", [proposal_id]).fetchone():
            raise KienanError(
                Message("proposal {proposal_id} does not exist", proposal_id=proposal_id)
            )
        lines += [
            row[0]
            for row in db.execute(
                "SELECT id FROM proposal_lines WHERE proposal_id = ? AND award_id IS NULL "
                "AND review_status IN ('pending', 'accepted') ORDER BY id",
                [proposal_id],
            )
        ]
    if not lines:
        raise KienanError(Message("the proposals reviewed have no line awaiting a decision"))
    return lines


def record_meeting(
    db: Database,
    held_on: dt.date,
    proposal_ids: Sequence[int],
    present: Sequence[str],
    *,
    place: str = "",
    subject: str = "",
    chair: str | None = None,
    secretary: str = "",
    minutes_number: str = "",
) -> ChangeSet:
    """A meeting of the council: the members present (by name), the proposals it reviews and
    so the lines on its ballot. The chair is the member named, else the first present whose
    role is the chairman's, else the first present. The change's one id is the meeting's."""
    if len(set(proposal_ids)) != len(proposal_ids):
        raise KienanError(Message("a proposal is named twice"))
    with write_transaction(db):
        members = _present_members(db, held_on, present)
        chairs = (
            [m for m in members if fold(m.name) == fold(chair)]
            if chair
            else [m for m in members if fold(m.role).startswith(CHAIR_ROLE)] or members[:1]
        )
        if not chairs:
            raise KienanError(Message("the chair, {name}, is not among those present", name=chair))
        lines = _ballot_lines(db, proposal_ids)
        meeting_id = db.execute(
            "INSERT INTO council_meetings (held_on, place, subject, chair_member_id, secretary, "
            "minutes_number) VALUES (?, ?, ?, ?, ?, ?)",
            [
                held_on.isoformat(),
                clean(place) or None,
                clean(subject) or None,
                chairs[0].id,
                clean(secretary) or None,
                clean(minutes_number) or None,
            ],
        ).lastrowid
        for member in members:
            db.execute(
                "INSERT INTO council_attendance (meeting_id, member_id) VALUES (?, ?)",
                [meeting_id, member.id],
            )
        for proposal_id in proposal_ids:
            db.execute(
                "INSERT INTO council_reviewed_proposals (meeting_id, proposal_id) VALUES (?, ?)",
                [meeting_id, proposal_id],
            )
        for line_id in lines:
            db.execute(
                "INSERT INTO council_votes (meeting_id, line_id) VALUES (?, ?)",
                [meeting_id, line_id],
            )
    return ChangeSet.of(RecordKind.COUNCIL, meeting_id)


def _meeting_row(db: Database, meeting_id: int) -> dict:
    cursor = db.execute(
        "SELECT * FROM council_meetings WHERE id = ? AND deleted_at IS NULL", [meeting_id]
    )
    row = cursor.fetchone()
    if row is None:
        raise KienanError(
            Message("council meeting {meeting_id} does not exist", meeting_id=meeting_id)
        )
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


def enter_count(
    db: Database,
    meeting_id: int,
    ballots: BallotCount,
    counts: Mapping[int, Votes],
    counters: Sequence[str] = (),
) -> ChangeSet:
    """The count of the meeting's ballots, a count for every line on its ballot, and the vote
    counting committee (present members by name, its head first). Refused, with nothing
    stored, when a line is missing or not on the ballot or the count does not add up."""
    with write_transaction(db):
        _meeting_row(db, meeting_id)
        on_ballot = {
            row[0]
            for row in db.execute(
                "SELECT line_id FROM council_votes WHERE meeting_id = ?", [meeting_id]
            )
        }
        for line_id in counts:
            if line_id not in on_ballot:
                raise KienanError(
                    Message(
                        "proposal line {line_id} is not on this meeting's ballot", line_id=line_id
                    )
                )
        for line_id in sorted(on_ballot - set(counts)):
            raise KienanError(
                Message("no count is entered for proposal line {line_id}", line_id=line_id)
            )
        db.execute(
            "UPDATE council_meetings SET ballots_issued = ?, ballots_cast = ?, ballots_void = ? "
            "WHERE id = ?",
            [ballots.issued, ballots.cast, ballots.void, meeting_id],
        )
        for line_id, votes in counts.items():
            db.execute(
                "UPDATE council_votes SET agree = ?, disagree = ?, spoiled = ? "
                "WHERE meeting_id = ? AND line_id = ?",
                [votes.agree, votes.disagree, votes.spoiled, meeting_id, line_id],
            )
        _set_counters(db, meeting_id, counters)
        # Counted against the members present only to check it adds up: the rules may wait.
        _tally_of(db, meeting_id, council_rules(db) or CouncilRules(OF_PRESENT))
    return ChangeSet.of(RecordKind.COUNCIL, meeting_id)


def _set_counters(db: Database, meeting_id: int, counters: Sequence[str]) -> None:
    present = {
        fold(name): attendance_id
        for attendance_id, name in db.execute(
            "SELECT a.id, m.name FROM council_attendance a "
            "JOIN council_members m ON m.id = a.member_id WHERE a.meeting_id = ?",
            [meeting_id],
        )
    }
    if counters:
        db.execute(
            "UPDATE council_attendance SET counting = NULL WHERE meeting_id = ?", [meeting_id]
        )
    for index, name in enumerate(counters):
        if fold(name) not in present:
            raise KienanError(
                Message("{name} is not among the members present at the meeting", name=name)
            )
        db.execute(
            "UPDATE council_attendance SET counting = ? WHERE id = ?",
            ["head" if index == 0 else "member", present[fold(name)]],
        )


# --- reading a meeting -------------------------------------------------------------------------
@dataclass(frozen=True)
class StoredMeeting:
    id: int
    held_on: dt.date
    place: str
    subject: str
    chair: StoredMember
    secretary: str
    minutes_number: str
    present: tuple[StoredMember, ...]
    counters: tuple[tuple[str, bool], ...]  # (name, is head) of the vote counting committee
    proposal_ids: tuple[int, ...]
    ballots: BallotCount | None  # None until the count is entered


def stored_meeting(db: Database, meeting_id: int) -> StoredMeeting:
    row = _meeting_row(db, meeting_id)
    members = {member.id: member for member in council_members(db)}
    attendance = db.execute(
        "SELECT member_id, counting FROM council_attendance WHERE meeting_id = ? ORDER BY id",
        [meeting_id],
    ).fetchall()
    counters = [(members[m].name, c == "head") for m, c in attendance if c]
    counters.sort(key=lambda counter: not counter[1])
    proposals = db.execute(
        "SELECT proposal_id FROM council_reviewed_proposals WHERE meeting_id = ? ORDER BY id",
        [meeting_id],
    ).fetchall()
    ballots = None
    if row["ballots_issued"] is not None:
        ballots = BallotCount(row["ballots_issued"], row["ballots_cast"], row["ballots_void"])
    return StoredMeeting(
        id=meeting_id,
        held_on=dt.date.fromisoformat(row["held_on"]),
        place=row["place"] or "",
        subject=row["subject"] or "",
        chair=members[row["chair_member_id"]],
        secretary=row["secretary"] or "",
        minutes_number=row["minutes_number"] or "",
        present=tuple(members[m] for m, _counting in attendance),
        counters=tuple(counters),
        proposal_ids=tuple(p for (p,) in proposals),
        ballots=ballots,
    )


def ballot_titles(
    db: Database, meeting_id: int
) -> tuple[list[TitleOnBallot], dict[str, dict[Candidate, Votes]]]:
    """The titles on the meeting's ballot in the catalogue's order, each with its candidates
    (the proposal lines), and the count entered for each candidate (empty before the count)."""
    rows = db.execute(
        """SELECT v.line_id, l.recipient_name, l.position, u.name, f.code, f.name_vi,
                  f.category, v.agree, v.disagree, v.spoiled
           FROM council_votes v JOIN proposal_lines l ON l.id = v.line_id
           JOIN award_forms f ON f.id = l.form_id LEFT JOIN units u ON u.id = l.unit_id
           WHERE v.meeting_id = ? ORDER BY f.sort_order, f.code, v.line_id""",
        [meeting_id],
    ).fetchall()
    names: dict[str, tuple[str, bool]] = {}
    candidates: dict[str, list[Candidate]] = {}
    votes: dict[str, dict[Candidate, Votes]] = {}
    for line_id, name, position, unit, code, form_name, category, agree, disagree, spoiled in rows:
        detail = ", ".join(part for part in (position, unit) if part and part != name)
        candidate = Candidate(name, detail, line_id)
        names[code] = (form_name, category == "title")
        candidates.setdefault(code, []).append(candidate)
        if agree is not None:
            votes.setdefault(code, {})[candidate] = Votes(agree, disagree, spoiled)
    titles = [
        TitleOnBallot(code, names[code][0], tuple(found), names[code][1])
        for code, found in candidates.items()
    ]
    return titles, votes


def _tally_of(db: Database, meeting_id: int, rules: CouncilRules) -> Tally:
    meeting = stored_meeting(db, meeting_id)
    if meeting.ballots is None:
        raise KienanError(
            Message(
                "the count of council meeting {meeting_id} is not entered yet",
                meeting_id=meeting_id,
            )
        )
    titles, votes = ballot_titles(db, meeting_id)
    return tally(
        Meeting(meeting.held_on, tuple(m.member for m in meeting.present)),
        [m.member for m in council_members(db)],
        meeting.ballots,
        titles,
        votes,
        rules,
    )


def meeting_tally(db: Database, meeting_id: int) -> Tally:
    """The meeting's result from its stored count and the office's rules: shares, and a
    verdict for each title whose threshold the office has set."""
    _meeting_row(db, meeting_id)
    rules = council_rules(db)
    if rules is None:
        raise KienanError(
            Message(
                "the office has not said what a share is counted against: set the council's "
                "rules first"
            )
        )
    return _tally_of(db, meeting_id, rules)


def lines_on_ballot(db: Database, meeting_id: int) -> int:
    """How many proposal lines the meeting's ballot lists."""
    return db.execute(
        "SELECT count(*) FROM council_votes WHERE meeting_id = ?", [meeting_id]
    ).fetchone()[0]


def meetings(db: Database) -> list[StoredMeeting]:
    """Every meeting, the latest first."""
    return [
        stored_meeting(db, meeting_id)
        for (meeting_id,) in db.execute(
            "SELECT id FROM council_meetings WHERE deleted_at IS NULL "
            "ORDER BY held_on DESC, id DESC"
        ).fetchall()
    ]


def council_shortfall(db: Database, line_id: int) -> Message | None:
    """Why the line may not be decided without an override reason: the latest counted meeting
    that voted on it gave its candidate a share below the title's threshold. None when no
    counted meeting voted on it, or the office set no threshold, or the quorum was not met."""
    row = db.execute(
        """SELECT v.meeting_id FROM council_votes v
           JOIN council_meetings m ON m.id = v.meeting_id
           WHERE v.line_id = ? AND v.agree IS NOT NULL AND m.deleted_at IS NULL
           ORDER BY m.held_on DESC, m.id DESC LIMIT 1""",
        [line_id],
    ).fetchone()
    rules = council_rules(db)
    if row is None or rules is None:
        return None
    result = meeting_tally(db, row[0])
    for title in result.titles:
        for candidate in title.candidates:
            if candidate.candidate.line_id == line_id and candidate.verdict is False:
                return Message(
                    "{name} had {share} of the council's votes for {title} on {day}, below "
                    "its threshold of {threshold} ({basis})",
                    name=candidate.candidate.name,
                    share=share_text(candidate.share),
                    title=title.title.name,
                    day=f"{result.meeting.held_on:%d/%m/%Y}",
                    threshold=threshold_text(title.threshold.share),
                    basis=title.threshold.basis,
                )
    return None


# --- the papers --------------------------------------------------------------------------------
BALLOT_FILE = "Phiếu bầu"
MINUTES_FILE = "Biên bản họp Hội đồng"
COUNT_FILE = "Biên bản kiểm phiếu"
SUBJECT = "xét thi đua, khen thưởng năm {years}"  # when the meeting names none
REVIEWED = "{title} ({proposed_by})"
VENUE = "trụ sở {body}"  # when the meeting names no place


def _reviewed(db: Database, meeting: StoredMeeting) -> tuple[list[str], list[int]]:
    texts, years = [], []
    for proposal_id in meeting.proposal_ids:
        title, proposed_by, year = db.execute(
            "SELECT title, proposed_by, achievement_year FROM proposals WHERE id = ?",
            [proposal_id],
        ).fetchone()
        texts.append(
            REVIEWED.format(title=title, proposed_by=proposed_by) if proposed_by else title
        )
        years.append(year)
    return texts, sorted(set(years))


def meeting_papers(
    db: Database,
    meeting_id: int,
    folder: Path | str,
    pdf_writer: PdfWriter | None = None,
    ballot_paper: str = "A5",
) -> list[Path]:
    """The meeting's papers as .docx (and PDF through pdf_writer) in folder: the ballot, and
    once the count is entered the minutes of the meeting and of the count. Returns the files
    written."""
    from kienan_awards.core.documents import council_papers as papers
    from kienan_awards.core.documents.council_docx import write_council_docx
    from kienan_awards.core.records.office import office_on

    meeting = stored_meeting(db, meeting_id)
    office = office_on(db, meeting.held_on)
    if office is None:
        raise KienanError(
            Message(
                "no issuing authority is recorded for {day}: record the office first",
                day=f"{meeting.held_on:%d/%m/%Y}",
            )
        )
    body = papers.CouncilBody(office.body_name, office.place)
    reviewed, years = _reviewed(db, meeting)
    subject = meeting.subject or SUBJECT.format(years=", ".join(map(str, years)))
    titles, _votes = ballot_titles(db, meeting_id)
    contents = [
        (
            BALLOT_FILE,
            papers.ballot(body, meeting.held_on, subject, titles, papers.PAPERS[ballot_paper]),
        )
    ]
    if meeting.ballots is not None:
        result = meeting_tally(db, meeting_id)
        record = papers.MeetingRecord(
            subject=subject,
            venue=meeting.place or VENUE.format(body=office.body_name),
            chair=meeting.chair.member,
            secretary=meeting.secretary,
            number=meeting.minutes_number,
            reviewed=tuple(reviewed),
        )
        committee = tuple(papers.CountingMember(n, head) for n, head in meeting.counters)
        count = papers.CountRecord(committee)
        contents += [
            (MINUTES_FILE, papers.meeting_minutes(body, record, result)),
            (COUNT_FILE, papers.count_minutes(body, count, record, result)),
        ]
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise KienanError(
            Message("cannot write {path}: {reason}", path=folder, reason=error.strerror or error)
        ) from error
    written = []
    for stem, content in contents:
        name = f"{meeting.held_on:%Y-%m-%d} {stem}"
        written.append(write_council_docx(content, folder / f"{name}.docx"))
        if pdf_writer is not None:
            pdf_writer(content, folder / f"{name}.pdf")
            written.append(folder / f"{name}.pdf")
    return written
