"""The desk's whole year on the demo's 2026, as it runs: the registrations of January, an
initiative recognised, the council's meeting on the titles and on the proposal to the city
with its count, this office's decision, the dossier sent up with the council's minutes, and
the city's answer imported from the list attached to its decision, which then belongs to the
honour roll. Once through the core, once through the command line."""

from __future__ import annotations

import datetime as dt
import json
import zipfile

import openpyxl
import pytest

from kienan_awards.app import main
from kienan_awards.core import demo
from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.council_votes import BallotCount, Votes
from kienan_awards.core.cycle import council
from kienan_awards.core.cycle.dossier_data import write_proposal_dossier
from kienan_awards.core.cycle.initiatives import initiatives, record_initiative
from kienan_awards.core.cycle.registrations import registrations
from kienan_awards.core.demo.council import MEMBERS
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import shown
from kienan_awards.core.lists.city_answer_list import import_city_answer
from kienan_awards.core.search.award_search import AwardSearch, award_ids, award_summaries
from kienan_awards.core.storage.database import open_database

YEAR = 2026
TITLES = "Đề nghị công nhận danh hiệu thi đua năm 2026"
TO_THE_CITY = "Đề nghị Chủ tịch Ủy ban nhân dân thành phố khen thưởng năm 2026"
MEETING_DAY = dt.date(2026, 12, 15)
DECIDED_ON = dt.date(2026, 12, 22)
SENT_ON = dt.date(2026, 12, 23)


@pytest.fixture
def db_path(db_path):
    """The demo in the test's own database file (a copy of the session's)."""
    database = open_database(db_path)
    demo.load_demo(database)
    database.close()
    return db_path


def proposal_id(db, title: str) -> int:
    return db.execute("SELECT id FROM proposals WHERE title = ?", [title]).fetchone()[0]


def city_lines(db, proposal: int) -> list[tuple[int, str, str, str | None]]:
    """(line, recipient, the unit as the city writes it, the city's outcome) of the
    proposal, in order."""
    return db.execute(
        "SELECT l.id, l.recipient_name, coalesce(u.name || ' Kiến An', 'Phường Kiến An'), "
        "l.city_outcome FROM proposal_lines l LEFT JOIN units u ON u.id = l.unit_id "
        "WHERE l.proposal_id = ? ORDER BY l.id",
        [proposal],
    ).fetchall()


def accept_the_titles(db, proposal: int) -> None:
    """The clerk's review of the units' titles: what the rules pass is accepted, the rest
    sent back with the rule it breaks."""
    for (line,) in db.execute(
        "SELECT id FROM proposal_lines WHERE proposal_id = ? AND review_status = 'pending'",
        [proposal],
    ).fetchall():
        try:
            decisions.review_line(db, line, "accepted")
        except KienanError as refused:  # a rule the line breaks: sent back with the reason
            decisions.review_line(db, line, "returned", reason=shown(refused))


def city_list(path, lines) -> None:
    """The city's list as its office types it: the decision in merged title lines, a
    collective section, names without diacritics, and one of the ward's people left out."""
    (bk_name, bk_unit), unit_name = lines
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "DS"
    rows = [
        ["ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"],
        ["DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG"],
        [
            "(Kèm theo Quyết định số 2150/QĐ-UBND ngày 20/3/2027 của Chủ tịch UBND thành phố "
            "Hải Phòng)"
        ],
        [],
        ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"],
        ["I", "TẬP THỂ"],
        [1, unit_name, None, "Phường Kiến An", "Tập thể lao động xuất sắc"],
        ["II", "CÁ NHÂN"],
        [1, bk_name, "Chuyên viên", bk_unit, "Bằng khen"],
    ]
    for row in rows:
        sheet.append(row)
    for number in (1, 2, 3):
        sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=5)
    book.save(path)


def unaccented(name: str) -> str:
    from kienan_awards.core.text import fold

    return fold(name).title()


def test_the_whole_year_runs_through_the_core(db_path, tmp_path):
    db = open_database(db_path, create=False)
    # January: every unit registered; the year's rates read the registrations.
    assert len(registrations(db, YEAR)) > 20
    # An initiative recognised in the year, with its author.
    author = db.execute("SELECT id, unit_id FROM people ORDER BY id DESC LIMIT 1").fetchone()
    record_initiative(
        db,
        {
            "title": "Phần mềm theo dõi hồ sơ khen thưởng của phường",
            "unit_id": author[1],
            "year": YEAR,
            "decision_number": "230/QĐ-UBND",
            "decided_on": "2026-11-20",
            "authority": "Chủ tịch Ủy ban nhân dân phường Kiến An",
            "scope": "grassroots",
            "effect": "Tra cứu hồ sơ trong vài phút.",
        },
        [(author[0], 100)],
    )
    assert len(initiatives(db, year=YEAR)) == 2
    # December: the council meets on the titles and on the proposal to the city.
    titles, to_the_city = proposal_id(db, TITLES), proposal_id(db, TO_THE_CITY)
    accept_the_titles(db, titles)
    changes = council.record_meeting(
        db, MEETING_DAY, [titles, to_the_city], [name for name, _role in MEMBERS]
    )
    (meeting,) = next(iter(changes.ids.values()))
    lines = council.lines_on_ballot(db, meeting)
    on_ballot = [
        row[0]
        for row in db.execute("SELECT line_id FROM council_votes WHERE meeting_id = ?", [meeting])
    ]
    assert lines == len(on_ballot)
    everyone = len(MEMBERS)
    council.enter_count(
        db,
        meeting,
        BallotCount(everyone, everyone),
        {line: Votes(everyone, 0) for line in on_ballot},
        counters=[MEMBERS[2][0], MEMBERS[3][0]],
        number="03/BB-KP",
    )
    tally = council.meeting_tally(db, meeting)
    assert tally.quorum.met
    fighters = [t for t in tally.titles if t.title.code == "CSTDCS"]
    assert fighters and all(result.verdict for result in fighters[0].candidates)
    # This office decides its own titles.
    decided = decisions.decide(db, titles, "520/QĐ-UBND", DECIDED_ON)
    assert decided.award_ids
    # The dossier to the city carries the council's minutes.
    package = write_proposal_dossier(db, to_the_city, tmp_path, SENT_ON, "45/TTr-UBND")
    with zipfile.ZipFile(package.path) as archive:
        names = archive.namelist()
    assert any(name.startswith("Biên bản Hội đồng/") for name in names)
    assert "manifest.json" in names
    # Months later, the city's answer: one Bằng khen and the collective chosen.
    proposed = city_lines(db, to_the_city)
    (bk, bk_name, bk_unit, _), (left_out, *_), (ttldxs, unit_name, *_) = proposed
    answer = tmp_path / "DS kem QD 2150.xlsx"
    city_list(answer, [(unaccented(bk_name), bk_unit), unit_name])
    imported = import_city_answer(db, answer, to_the_city)
    assert not imported.plan.errors, [shown(e) for e in imported.plan.errors]
    assert imported.changes
    outcomes = {line: outcome for line, _name, _code, outcome in city_lines(db, to_the_city)}
    assert outcomes == {bk: "decided", left_out: "not_chosen", ttldxs: "decided"}
    # The city's award is in the honour roll, found without diacritics.
    found = award_summaries(db, award_ids(db, AwardSearch(text=unaccented(bk_name))))
    assert "2150/QĐ-UBND" in [summary["decision_number"] for summary in found]
    db.close()


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_whole_year_runs_on_the_command_line(db_path, tmp_path, capsys):
    db = open_database(db_path, create=False)
    titles, to_the_city = proposal_id(db, TITLES), proposal_id(db, TO_THE_CITY)
    accept_the_titles(db, titles)
    db.close()
    code, out, _err = run(
        capsys, "--db", db_path, "registrations", "--year", YEAR, "--format", "json"
    )
    assert code == 0 and len(json.loads(out)) > 20
    code, out, _err = run(
        capsys, "--db", db_path, "initiatives", "--year", YEAR, "--format", "json"
    )
    assert code == 0 and len(json.loads(out)) == 1
    names = [name for name, _role in MEMBERS]
    code, out, err = run(
        capsys, "--db", db_path, "council", "meeting", "add", "--date", "15/12/2026",
        "--proposal", titles, to_the_city, "--present", *names,
    )  # fmt: skip
    assert code == 0, err
    db = open_database(db_path, create=False)
    meeting = db.execute("SELECT max(id) FROM council_meetings").fetchone()[0]
    on_ballot = [
        row[0]
        for row in db.execute("SELECT line_id FROM council_votes WHERE meeting_id = ?", [meeting])
    ]
    db.close()
    every = len(names)
    counted = [arg for line in on_ballot for arg in ("--line", f"{line}={every},0,0")]
    code, out, err = run(
        capsys, "--db", db_path, "council", "count", meeting,
        "--ballots", f"{every},{every},0", *counted, "--number", "03/BB-KP",
        "--counter", names[2], "--counter", names[3],
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, "--db", db_path, "council", "tally", meeting, "--format", "json")
    assert code == 0, err
    fighters = [t for t in json.loads(out)["titles"] if t["code"] == "CSTDCS"]
    assert fighters and all(c["passed"] for c in fighters[0]["candidates"])
    # This office's decision is taken in the window; here, through the core it calls.
    db = open_database(db_path, create=False)
    decisions.decide(db, titles, "520/QĐ-UBND", DECIDED_ON)
    proposed = city_lines(db, to_the_city)
    db.close()
    out_folder = tmp_path / "gửi thành phố"
    out_folder.mkdir()
    code, out, err = run(
        capsys, "--db", db_path, "dossier", "--proposal", to_the_city, "--out", out_folder,
        "--date", "23/12/2026", "--number", "45/TTr-UBND",
    )  # fmt: skip
    assert code == 0, err
    (zip_path,) = out_folder.glob("*.zip")
    with zipfile.ZipFile(zip_path) as archive:
        assert any(n.startswith("Biên bản Hội đồng/") for n in archive.namelist())
    (bk, bk_name, bk_unit, _), (left_out, *_), (ttldxs, unit_name, *_) = proposed
    answer = tmp_path / "DS kem QD 2150.xlsx"
    city_list(answer, [(unaccented(bk_name), bk_unit), unit_name])
    code, out, err = run(
        capsys, "--db", db_path, "import", "city-answer", answer, "--proposal", to_the_city
    )
    assert code == 0, err
    code, out, err = run(capsys, "--db", db_path, "search", unaccented(bk_name), "--format", "json")
    assert code == 0 and "2150/QĐ-UBND" in out
    db = open_database(db_path, create=False)
    outcomes = {line: outcome for line, _name, _code, outcome in city_lines(db, to_the_city)}
    db.close()
    assert outcomes == {bk: "decided", left_out: "not_chosen", ttldxs: "decided"}
