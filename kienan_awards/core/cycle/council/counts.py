"""The count of a meeting's ballots, entered per proposal line with the vote counting
committee and the number of its minutes; the tally read from it; and the check a decision
makes against it (a line below its title's threshold needs an override reason)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from kienan_awards.core.awards.council_votes import (
    OF_PRESENT,
    BallotCount,
    Candidate,
    CouncilRules,
    Meeting,
    Tally,
    TitleOnBallot,
    Votes,
    share_text,
    tally,
    threshold_text,
)
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.cycle.council.meetings import meeting_row, stored_meeting
from kienan_awards.core.cycle.council.members import council_members
from kienan_awards.core.cycle.council.rules import council_rules
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_edits import transaction
from kienan_awards.core.text import clean, fold

if TYPE_CHECKING:
    from sqlite_utils import Database


def enter_count(
    db: Database,
    meeting_id: int,
    ballots: BallotCount,
    counts: Mapping[int, Votes],
    counters: Sequence[str] = (),
    number: str | None = None,
) -> ChangeSet:
    """The count of the meeting's ballots, a count for every line on its ballot, the vote
    counting committee (present members by name, its head first) and the number of the
    minutes of the count (None keeps the one entered). Refused, with nothing stored, when a
    line is missing or not on the ballot or the count does not add up."""
    with transaction(db):
        meeting_row(db, meeting_id)
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
        if number is not None:
            db.execute(
                "UPDATE council_meetings SET count_number = ? WHERE id = ?",
                [clean(number) or None, meeting_id],
            )
        for line_id, votes in counts.items():
            db.execute(
                "UPDATE council_votes SET agree = ?, disagree = ?, spoiled = ? "
                "WHERE meeting_id = ? AND line_id = ?",
                [votes.agree, votes.disagree, votes.spoiled, meeting_id, line_id],
            )
        _set_counters(db, meeting_id, counters)
        # Counted against the members present only to check it adds up: the rules may wait.
        tally_of(db, meeting_id, council_rules(db) or CouncilRules(OF_PRESENT))
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


def tally_of(db: Database, meeting_id: int, rules: CouncilRules) -> Tally:
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
    meeting_row(db, meeting_id)
    rules = council_rules(db)
    if rules is None:
        raise KienanError(
            Message(
                "the office has not said what a share is counted against: set the council's "
                "rules first"
            )
        )
    return tally_of(db, meeting_id, rules)


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
