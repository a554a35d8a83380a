"""The dossier sent up for a proposal, filled from the records: the proposal's lines whose form
the city confers on the day (by the dated conferring levels, as decisions are checked), each
candidate with its award history, its recognised initiatives and its unit's targets of the
year (and, for a line made from a cluster's ranking, where it stood and its score sheet),
signed by the office in force on the day and addressed to the city recorded as another body.
What the papers then say is core/documents/dossier_papers'."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from kienan_awards.core import vocabulary as words
from kienan_awards.core.cycle import council
from kienan_awards.core.cycle.city_forms import CITY, NOT_SENT, city_forms
from kienan_awards.core.cycle.initiatives import SCOPE_NAMES, initiatives
from kienan_awards.core.documents.certificate_wording import ADMINISTRATIVE_KINDS
from kienan_awards.core.documents.decision_document import decision_wording
from kienan_awards.core.documents.dossier_package import (
    DossierPackage,
    PdfWriter,
    write_dossier_package,
)
from kienan_awards.core.documents.dossier_papers import (
    COLLECTIVE,
    INDIVIDUAL,
    ClusterStanding,
    Dossier,
    DossierCandidate,
    PastAward,
    ProposedForm,
    RecognisedInitiative,
    TargetFigure,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.movements.progress import target_progress
from kienan_awards.core.output_files import can_create_files_in, safe_file_name
from kienan_awards.core.records.office import CHAIRMAN_TITLE, office_period_on
from kienan_awards.core.text import clean, fold

# Written when no city is recorded as another body: the clerk completes it in the .docx.
CITY_COMMITTEE = f"{words.COMMITTEE} thành phố"
DOSSIER_NAME = "Hồ sơ trình khen"
ARCHIVE_NAME_MAX_BYTES = 180 - len(".zip")


@dataclass(frozen=True)
class ProposalLineRow:
    kind: str
    name: str
    person_id: int | None
    recipient_unit_id: int | None
    unit_id: int | None
    position: str
    achievement: str
    form: ProposedForm
    line_id: int | None = None


def _proposal(db: Database, proposal_id: int) -> tuple[str, int]:
    row = db.execute(
        "SELECT title, achievement_year FROM proposals WHERE id = ?", [proposal_id]
    ).fetchone()
    if row is None:
        raise KienanError(Message("there is no proposal {id}", id=proposal_id))
    return row


def city_lines(db: Database, proposal_id: int, day: dt.date) -> list[ProposalLineRow]:
    """The proposal's lines the city decides, in the order they were added."""
    _proposal(db, proposal_id)
    forms = city_forms(db, day)
    if not forms:
        return []
    marks = ", ".join("?" for _ in forms)
    rows = db.execute(
        f"""SELECT recipient_kind, recipient_name, person_id, recipient_unit_id, unit_id,
                   coalesce(position, ''), coalesce(achievement, ''), form_id, id
            FROM proposal_lines
            WHERE proposal_id = ? AND form_id IN ({marks})
              AND review_status NOT IN ({", ".join("?" for _ in NOT_SENT)})
            ORDER BY id""",
        [proposal_id, *forms, *NOT_SENT],
    ).fetchall()
    return [
        ProposalLineRow(*row[:7], forms[row[7]], row[8]) for row in rows if row[0] != "household"
    ]


def has_city_lines(db: Database, proposal_id: int, day: dt.date | None = None) -> bool:
    return bool(city_lines(db, proposal_id, day or dt.date.today()))


# --- each candidate's records ----------------------------------------------------------------
def body_in_text(name: str) -> str:
    """A body named in capitals ("ỦY BAN NHÂN DÂN QUẬN KIẾN AN") as a sentence writes it
    ("Ủy ban nhân dân quận Kiến An"); any other name as it is."""
    name = " ".join(name.split())
    if name != name.upper() or not fold(name).startswith(fold(words.COMMITTEE)):
        return name
    rest = name[len(words.COMMITTEE) :].strip()
    kind = next((k for k in ADMINISTRATIVE_KINDS if fold(rest).startswith(fold(k) + " ")), "")
    place = " ".join(word.capitalize() for word in rest[len(kind) :].split())
    return " ".join(part for part in (words.COMMITTEE, kind.lower(), place) if part)


def _awards(db: Database, line: ProposalLineRow, year: int, dated: dt.date):
    column, recipient = (
        ("person_id", line.person_id)
        if line.kind == INDIVIDUAL
        else ("recipient_unit_id", line.recipient_unit_id)
    )
    rows = db.execute(
        f"""SELECT a.achievement_year, f.name_vi, f.category, d.number, d.decided_on,
                   ia.body_name
            FROM awards a JOIN decisions d ON d.id = a.decision_id
            JOIN award_forms f ON f.id = a.form_id
            LEFT JOIN issuing_authorities ia ON ia.id = d.authority_id
            WHERE a.{column} = ? AND a.status = 'awarded' AND a.achievement_year <= ?
              AND d.decided_on <= ?
            ORDER BY a.achievement_year, d.decided_on, a.id""",
        [recipient, year, dated.isoformat()],
    ).fetchall()
    return tuple(
        PastAward(
            award_year,
            form,
            category == "title",
            number,
            dt.date.fromisoformat(decided_on) if decided_on else None,
            f"{CHAIRMAN_TITLE} {body_in_text(body)}" if body else "",
        )
        for award_year, form, category, number, decided_on, body in rows
    )


def _initiatives(db: Database, line: ProposalLineRow, year: int, dated: dt.date):
    if line.kind == INDIVIDUAL:
        found = initiatives(db, person_id=line.person_id)
    else:
        found = [x for x in initiatives(db) if x.unit_id == line.recipient_unit_id]
    day = dated.isoformat()
    found = [x for x in found if x.recognised and x.year <= year and (x.decided_on or day) <= day]
    return tuple(
        RecognisedInitiative(
            x.title,
            x.decision_number or "",
            dt.date.fromisoformat(x.decided_on) if x.decided_on else None,
            x.authority or "",
            SCOPE_NAMES[x.scope],
        )
        for x in sorted(found, key=lambda x: (x.year, x.decided_on or "", x.id))
    )


def _targets(db: Database, unit_id: int | None, year: int) -> tuple[TargetFigure, ...]:
    if unit_id is None:
        return ()
    return tuple(
        TargetFigure(
            t.indicator,
            t.measure_unit,
            t.plans[0].plan.in_words() if t.plans else "",
            t.actual,
            t.percent_of_plan,
        )
        for t in target_progress(db, year=year)
        if t.unit_id == unit_id
    )


def _unit(db: Database, unit_id: int | None) -> tuple[str, str, int | None]:
    """(name, the name of the unit above it when another unit bears the same name, parent id)."""
    if unit_id is None:
        return "", "", None
    name, folded, parent_id = db.execute(
        "SELECT name, name_folded, parent_id FROM units WHERE id = ?", [unit_id]
    ).fetchone()
    shared = db.execute(
        "SELECT 1 FROM units WHERE name_folded = ? AND id <> ? AND deleted_at IS NULL",
        [folded, unit_id],
    ).fetchone()
    parent = ""
    if shared and parent_id is not None:
        parent = db.execute("SELECT name FROM units WHERE id = ?", [parent_id]).fetchone()[0]
    return name, parent, parent_id


def _ranking(db: Database, line_id: int | None) -> tuple | None:
    """(cluster id, cluster name, year, rank, member count, total) of a line made from a
    cluster's ranking, else None."""
    if line_id is None:
        return None
    return db.execute(
        "SELECT r.cluster_id, c.name, r.year, r.rank, r.member_count, r.total_points "
        "FROM proposal_line_rankings r JOIN clusters c ON c.id = r.cluster_id "
        "WHERE r.proposal_line_id = ?",
        [line_id],
    ).fetchone()


def _standing(db: Database, line: ProposalLineRow) -> ClusterStanding | None:
    found = _ranking(db, line.line_id)
    return ClusterStanding(*found[1:]) if found else None


def _candidate(db: Database, line: ProposalLineRow, year: int, dated: dt.date):
    """The line's candidate with what was decided and recognised by the dossier's day."""
    common = {
        "achievement": clean(line.achievement),
        "awards": _awards(db, line, year, dated),
        "initiatives": _initiatives(db, line, year, dated),
    }
    if line.kind == INDIVIDUAL:
        birth_year, gender = db.execute(
            "SELECT birth_year, gender FROM people WHERE id = ?", [line.person_id]
        ).fetchone()
        unit, parent, _ = _unit(db, line.unit_id)
        return DossierCandidate(
            INDIVIDUAL,
            line.name,
            line.form,
            year,
            birth_year=birth_year,
            gender=gender,
            position=clean(line.position),
            unit=unit,
            unit_parent=parent,
            targets=_targets(db, line.unit_id, year),
            **common,
        )
    _, _, parent_id = _unit(db, line.recipient_unit_id)
    above = _unit(db, parent_id)[0] if parent_id is not None else ""
    return DossierCandidate(
        COLLECTIVE,
        line.name,
        line.form,
        year,
        unit=above,
        targets=_targets(db, line.recipient_unit_id, year),
        standing=_standing(db, line),
        **common,
    )


# --- the dossier ------------------------------------------------------------------------------
def city_addressee(db: Database) -> str:
    """The city as recorded among the other bodies (the one recorded last), else its kind."""
    row = db.execute(
        "SELECT body_name FROM issuing_authorities WHERE is_this_office = 0 AND level = ? "
        "ORDER BY id DESC LIMIT 1",
        [CITY],
    ).fetchone()
    return body_in_text(row[0]) if row else CITY_COMMITTEE


def council_meeting(db: Database, proposal_id: int, dated: dt.date) -> council.StoredMeeting | None:
    """The latest meeting of the council, held by the dossier's day, that reviewed the
    proposal and whose count is entered: the one whose minutes go up with the dossier."""
    for meeting_id in council.meetings_reviewing(db, proposal_id):
        meeting = council.stored_meeting(db, meeting_id)
        if meeting.held_on <= dated and meeting.ballots is not None:
            return meeting
    return None


def proposal_dossier(
    db: Database,
    proposal_id: int,
    dated: dt.date,
    number: str = "",
    addressee: str | None = None,
) -> Dossier:
    """The dossier of the proposal's lines the city decides, dated and signed by the office
    in force on the day. Refused for a proposal with no such line or a day no office signs."""
    title, year = _proposal(db, proposal_id)
    period = office_period_on(db, dated)
    if period is None:
        raise KienanError(
            Message(
                "no issuing authority is recorded in force on {day}: record the office that "
                "signs on that day before sending a dossier",
                day=f"{dated:%d/%m/%Y}",
            )
        )
    lines = city_lines(db, proposal_id, dated)
    if not lines:
        raise KienanError(
            Message(
                "the proposal '{title}' has no line the city decides (none of its forms is "
                "conferred by the city)",
                title=title,
            )
        )
    meeting = council_meeting(db, proposal_id, dated)
    if meeting is not None and council.council_rules(db) is None:
        raise KienanError(
            Message(
                "the council's meeting of {day} reviewed this proposal, but its minutes cannot "
                "be made before the office sets the council's rules",
                day=f"{meeting.held_on:%d/%m/%Y}",
            )
        )
    return Dossier(
        office=period.office,
        year=year,
        dated=dated,
        addressee=" ".join((addressee or city_addressee(db)).split()),
        candidates=tuple(_candidate(db, line, year, dated) for line in lines),
        number=" ".join(number.split()),
        legal_bases=tuple(decision_wording(db, "legal_basis", dated, period.level)),
        council_met_on=meeting.held_on if meeting else None,
        council_minutes_number=meeting.minutes_number if meeting else "",
    )


def dossier_file_name(proposal_id: int, number: str, dated: dt.date) -> str:
    """The archive's name: the submission's number (else the proposal's) and the day, so a
    later year's dossier never takes an earlier one's name, e.g. "Hồ sơ trình khen 25-TTr-UBND
    2026-12-10.zip"."""
    day = f" {dated:%Y-%m-%d}"
    text = f"{DOSSIER_NAME} {' '.join(number.split()) or proposal_id}"
    return safe_file_name(text, max_bytes=ARCHIVE_NAME_MAX_BYTES - len(day)) + day + ".zip"


def write_proposal_dossier(
    db: Database,
    proposal_id: int,
    folder: Path | str,
    dated: dt.date,
    number: str = "",
    pdf_writer: PdfWriter | None = None,
    minutes_pdf_writer: council.PdfWriter | None = None,
) -> DossierPackage:
    """The proposal's dossier as one ZIP in folder, named by dossier_file_name. pdf_writer
    draws each paper as PDF (printing/dossier_pdf; core never draws), minutes_pdf_writer the
    council's minutes (printing/council_pdf). When a counted meeting of the council reviewed
    the proposal, its minutes and the minutes of its count go in, made from the records."""
    folder = Path(folder)
    if not folder.is_dir():
        raise KienanError(Message("cannot write {path}: the folder does not exist", path=folder))
    if not can_create_files_in(folder):  # before the papers are drawn, not after
        raise KienanError(Message("cannot write into {folder}: permission denied", folder=folder))
    dossier = proposal_dossier(db, proposal_id, dated, number)
    path = folder / dossier_file_name(proposal_id, dossier.number, dated)
    meeting = council_meeting(db, proposal_id, dated)
    with tempfile.TemporaryDirectory(prefix="kienan-dossier-", ignore_cleanup_errors=True) as tmp:
        minutes = []
        if meeting is not None:
            minutes = council.minutes_files(db, meeting.id, Path(tmp), minutes_pdf_writer)
        sheets = score_sheets(db, proposal_id, dated, Path(tmp))
        return write_dossier_package(
            dossier, path, pdf_writer=pdf_writer, minutes=minutes, score_sheets=sheets
        )


def score_sheets(db: Database, proposal_id: int, dated: dt.date, folder: Path):
    """(unit, sheet) for each of the dossier's lines made from a cluster's ranking: the
    member's score sheet of that cluster-year, written into folder."""
    ranked = [
        (line, found)
        for line in city_lines(db, proposal_id, dated)
        if line.recipient_unit_id is not None and (found := _ranking(db, line.line_id)) is not None
    ]
    if not ranked:
        return []
    from kienan_awards.core.clusters.score_sheets.writing import write_scoring_sheet

    sheets = []
    for line, (cluster_id, _name, year, *_standing) in ranked:
        path = folder / f"score-sheet-{line.line_id}.xlsx"
        written = write_scoring_sheet(db, cluster_id, year, line.recipient_unit_id, path)
        sheets.append((line.name, Path(written)))
    return sheets
