"""A meeting's papers from the stored records: the ballot, and once counted the minutes of
the meeting and of the count, as .docx (and PDF through the writer the caller passes: core
draws no PDF)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kienan_awards.core.cycle.council.counts import ballot_titles, meeting_tally
from kienan_awards.core.cycle.council.meetings import StoredMeeting, stored_meeting
from kienan_awards.core.cycle.council.members import shown_day
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message

if TYPE_CHECKING:
    from sqlite_utils import Database

# Draws a paper as PDF (printing/council_pdf.write_council_pdf).
PdfWriter = Callable[[object, Path], object]

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


def _contents(
    db: Database, meeting: StoredMeeting, ballot_paper: str | None
) -> list[tuple[str, object]]:
    """(file stem, content) of each paper: the ballot unless ballot_paper is None, and the
    two minutes once the count is entered."""
    from kienan_awards.core.documents import council_papers as papers
    from kienan_awards.core.records.office import office_on

    office = office_on(db, meeting.held_on)
    if office is None:
        raise KienanError(
            Message(
                "no issuing authority is recorded for {day}: record the office first",
                day=shown_day(meeting.held_on),
            )
        )
    body = papers.CouncilBody(office.body_name, office.place)
    reviewed, years = _reviewed(db, meeting)
    subject = meeting.subject or SUBJECT.format(years=", ".join(map(str, years)))
    contents: list[tuple[str, object]] = []
    if ballot_paper is not None:
        titles, _votes = ballot_titles(db, meeting.id)
        paper = papers.PAPERS[ballot_paper]
        contents.append((BALLOT_FILE, papers.ballot(body, meeting.held_on, subject, titles, paper)))
    if meeting.ballots is not None:
        result = meeting_tally(db, meeting.id)
        record = papers.MeetingRecord(
            subject=subject,
            venue=meeting.place or VENUE.format(body=office.body_name),
            chair=meeting.chair.member,
            secretary=meeting.secretary,
            number=meeting.minutes_number,
            reviewed=tuple(reviewed),
        )
        committee = tuple(papers.CountingMember(n, head) for n, head in meeting.counters)
        count = papers.CountRecord(committee, number=meeting.count_number)
        contents += [
            (MINUTES_FILE, papers.meeting_minutes(body, record, result)),
            (COUNT_FILE, papers.count_minutes(body, count, record, result)),
        ]
    return contents


def _write(
    meeting: StoredMeeting, contents, folder: Path | str, pdf_writer: PdfWriter | None
) -> list[Path]:
    from kienan_awards.core.documents.council_docx import write_council_docx
    from kienan_awards.core.output_files import made_folder

    folder = made_folder(folder)
    written = []
    for stem, content in contents:
        name = f"{meeting.held_on:%Y-%m-%d} {stem}"
        written.append(write_council_docx(content, folder / f"{name}.docx"))
        if pdf_writer is not None:
            pdf_writer(content, folder / f"{name}.pdf")
            written.append(folder / f"{name}.pdf")
    return written


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
    meeting = stored_meeting(db, meeting_id)
    return _write(meeting, _contents(db, meeting, ballot_paper), folder, pdf_writer)


def minutes_files(
    db: Database, meeting_id: int, folder: Path | str, pdf_writer: PdfWriter | None = None
) -> list[Path]:
    """The minutes of the meeting and of its count, as the papers write them, without the
    ballot; refused before the count is entered."""
    meeting = stored_meeting(db, meeting_id)
    if meeting.ballots is None:
        raise KienanError(
            Message(
                "the count of council meeting {meeting_id} is not entered yet",
                meeting_id=meeting_id,
            )
        )
    return _write(meeting, _contents(db, meeting, None), folder, pdf_writer)
