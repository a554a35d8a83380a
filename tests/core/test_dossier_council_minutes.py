"""The dossier's council line: when a counted meeting of the council reviewed the proposal by
the dossier's day, the submission cites its minutes (number and date) and says they are
enclosed, and the ZIP carries the minutes of the meeting and of the count made from the
records, as .docx and through the PDF writer passed in; a meeting not counted, removed or held
after the day adds nothing; minutes that cannot be made for want of rules are refused."""

from __future__ import annotations

import datetime as dt
import zipfile
from fractions import Fraction

import pytest
from docx import Document

from kienan_awards.core.awards.council_votes import OF_PRESENT, BallotCount, Threshold, Votes
from kienan_awards.core.cycle import council
from kienan_awards.core.cycle.dossier_data import proposal_dossier, write_proposal_dossier
from kienan_awards.core.documents.dossier_package import MINUTES_FOLDER, package_problems
from kienan_awards.core.documents.dossier_papers import submission
from kienan_awards.core.errors import KienanError
from tests.core.test_dossier_data import DAY, db, proposal  # noqa: F401 (fixtures)

MET_ON = dt.date(2025, 12, 16)
MEMBERS = [("Nguyễn Trường Sơn", "Chủ tịch Hội đồng"), ("Bùi Thị Hạnh", "Ủy viên, Thư ký")]


def reviewed(db, proposal_id: int, held_on=MET_ON, count=True) -> int:  # noqa: F811
    if not council.council_members(db):
        for name, role in MEMBERS:
            council.record_member(db, name, role, dt.date(2025, 7, 1))
    # The council in office: the demo's, or the two members made here.
    names = [member.name for member in council.council_members(db)]
    (meeting,) = council.record_meeting(
        db, held_on, [proposal_id], names, secretary="Bùi Thị Hạnh", minutes_number="05/BB-HĐTĐKT"
    ).ids.values()
    (meeting,) = meeting
    if count:
        lines = [row[0] for row in db.execute(
            "SELECT line_id FROM council_votes WHERE meeting_id = ?", [meeting]
        )]  # fmt: skip
        votes = {line: Votes(2, 0) for line in lines}
        council.enter_count(db, meeting, BallotCount(2, 2), votes, names[:1], number="06/BB-KP")
    return meeting


def with_rules(db) -> None:  # noqa: F811
    council.set_rules(
        db, OF_PRESENT, {"CSTD_CITY": Threshold(Fraction(1, 2), "Quy chế Hội đồng", "Điều 8")}
    )


def paragraphs(paper) -> str:
    return "\n".join(block.text for block in paper.blocks if hasattr(block, "text"))


def test_no_meeting_no_council_line(db, proposal):  # noqa: F811
    dossier = proposal_dossier(db, proposal, DAY)
    assert dossier.council_met_on is None
    reviewed(db, proposal, count=False)  # not counted: no minutes to send
    assert proposal_dossier(db, proposal, DAY).council_met_on is None
    later = reviewed(db, proposal, held_on=dt.date(2025, 12, 28))
    with_rules(db)
    assert proposal_dossier(db, proposal, DAY).council_met_on is None  # held after the day
    council.remove_meeting(db, later)
    assert proposal_dossier(db, proposal, dt.date(2025, 12, 30)).council_met_on is None


def test_the_submission_cites_and_encloses_the_minutes(db, proposal, tmp_path):  # noqa: F811
    reviewed(db, proposal)
    with_rules(db)
    dossier = proposal_dossier(db, proposal, DAY)
    assert dossier.council_met_on == MET_ON
    assert dossier.council_minutes_number == "05/BB-HĐTĐKT"
    drawn = []
    package = write_proposal_dossier(
        db,
        proposal,
        tmp_path,
        DAY,
        minutes_pdf_writer=lambda content, path: (
            drawn.append(content.kind),
            path.write_bytes(b"%PDF-1.4 minutes"),
        ),
    )
    assert drawn == ["meeting_minutes", "count_minutes"]
    assert package_problems(package.path) == []
    names = [m.name for m in package.members]
    assert [n for n in names if n.startswith(MINUTES_FOLDER)] == [
        f"{MINUTES_FOLDER}/2025-12-16 Biên bản họp Hội đồng.docx",
        f"{MINUTES_FOLDER}/2025-12-16 Biên bản họp Hội đồng.pdf",
        f"{MINUTES_FOLDER}/2025-12-16 Biên bản kiểm phiếu.docx",
        f"{MINUTES_FOLDER}/2025-12-16 Biên bản kiểm phiếu.pdf",
    ]
    text = paragraphs(submission(dossier, with_minutes=True))
    assert "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng số 05/BB-HĐTĐKT" in text
    assert "; Biên bản họp Hội đồng Thi đua - Khen thưởng." in text
    with zipfile.ZipFile(package.path) as archive:
        cover = next(n for n in archive.namelist() if n.endswith(".docx") and "/" not in n)
        (tmp_path / "cover.docx").write_bytes(archive.read(cover))
    cover_text = "\n".join(p.text for p in Document(str(tmp_path / "cover.docx")).paragraphs)
    assert "05/BB-HĐTĐKT" in cover_text and "Biên bản họp Hội đồng Thi đua" in cover_text


def test_minutes_without_rules_are_refused_before_anything_is_written(
    db,  # noqa: F811
    proposal,  # noqa: F811
    tmp_path,
):
    with db.conn:  # an office that has not set its rules (the demo's are set)
        db.execute("DELETE FROM council_thresholds")
        db.execute("DELETE FROM council_rules")
    reviewed(db, proposal)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(KienanError, match="sets the council's rules"):
        write_proposal_dossier(db, proposal, out, DAY)
    assert list(out.iterdir()) == []
