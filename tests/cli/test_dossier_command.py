"""`kienan-awards dossier --proposal ID --out FOLDER`: the ZIP for a proposal's city
lines with the submission and reports as .docx and PDF, the list as .xlsx and a manifest whose
sha256 match; the council's minutes from the records when a counted meeting reviewed the
proposal; named by number and day so a later year's never overwrites an earlier one's;
a missing proposal, one without city lines, a missing database or a folder that cannot be
written refused in one line with exit 1 and nothing written."""

from __future__ import annotations

import json
import zipfile

import pytest
from pypdf import PdfReader

from kienan_awards.core.awards import decisions
from kienan_awards.core.documents.dossier_package import MANIFEST, package_problems
from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run


@pytest.fixture
def city_proposal(demo_path):
    """The demo with a 2025 proposal of a city Emulation Fighter and a Tập thể lao động xuất
    sắc: (database path, proposal id, the person's name)."""
    db = open_database(demo_path, create=False)
    forms = dict(db.execute("SELECT code, id FROM award_forms").fetchall())
    person, name = db.execute(
        """SELECT p.id, p.full_name FROM awards a JOIN people p ON p.id = a.person_id
           JOIN award_forms f ON f.id = a.form_id WHERE f.code = 'CSTDCS'
           GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1"""
    ).fetchone()
    (unit,) = db.execute("SELECT id FROM units WHERE parent_id IS NOT NULL LIMIT 1").fetchone()
    proposal = decisions.create_proposal(db, "Đề nghị khen thưởng cấp thành phố", 2025).record_id
    decisions.add_line(db, proposal, {"form_id": forms["CSTD_CITY"], "person_id": person})
    decisions.add_line(db, proposal, {"form_id": forms["TTLDXS"], "recipient_unit_id": unit})
    db.close()
    return demo_path, proposal, name


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "paper.pdf"
    path.write_bytes(data)
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_dossier_is_written_whole(capsys, city_proposal, tmp_path):
    db_path, proposal, name = city_proposal
    out = tmp_path / "gửi thành phố"
    code, stdout, stderr = run(
        capsys, "--db", db_path, "dossier", "--proposal", proposal, "--out", out,
        "--number", "25/TTr-UBND", "--date", "20/12/2025",
    )  # fmt: skip
    assert (code, stderr) == (0, "")
    archive_path = out / "Hồ sơ trình khen 25-TTr-UBND 2025-12-20.zip"
    assert str(archive_path) in stdout and "2 candidates" in stdout
    assert package_problems(archive_path) == []
    with zipfile.ZipFile(archive_path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read(MANIFEST))
        submission = pdf_text(archive.read("Tờ trình 25-TTr-UBND.pdf"), tmp_path)
        report = pdf_text(archive.read(f"Báo cáo thành tích/01 {name}.pdf"), tmp_path)
    assert "Danh sách đề nghị khen thưởng.xlsx" in names and names[-1] == MANIFEST
    assert "Tờ trình 25-TTr-UBND.docx" in names
    assert sum(n.startswith("Báo cáo thành tích/") for n in names) == 4  # .docx and PDF each
    assert {f["name"] for f in manifest["files"]} == set(names) - {MANIFEST}
    assert manifest["dossier"]["candidates"] == 2 and manifest["dossier"]["date"] == "2025-12-20"
    assert "TỜ TRÌNH" in submission and "Số: 25/TTr-UBND" in submission
    assert "Ủy ban nhân dân thành phố Hải Phòng" in submission
    assert "BÁO CÁO THÀNH TÍCH" in report and name in report
    assert "Chiến sĩ thi đua cơ sở" in report  # the history from the records


def test_next_years_dossier_keeps_this_years(capsys, city_proposal, tmp_path):
    db_path, proposal, _name = city_proposal
    for day in ("20/12/2025", "18/12/2026"):
        code, _out, _err = run(
            capsys, "--db", db_path, "dossier", "--proposal", proposal, "--out", tmp_path,
            "--date", day,
        )  # fmt: skip
        assert code == 0
    assert sorted(p.name for p in tmp_path.glob("*.zip")) == [
        f"Hồ sơ trình khen {proposal} 2025-12-20.zip",
        f"Hồ sơ trình khen {proposal} 2026-12-18.zip",
    ]


def one_line_refusal(capsys, *argv) -> str:
    code, stdout, stderr = run(capsys, *argv)
    assert (code, stdout) == (1, "") and stderr.count("\n") == 1
    assert stderr.startswith("kienan-awards: ")
    return stderr


def test_bad_input_is_refused_in_one_line(capsys, city_proposal, tmp_path):
    db_path, proposal, _name = city_proposal
    out = tmp_path / "out"
    assert "9999" in one_line_refusal(
        capsys, "--db", db_path, "dossier", "--proposal", 9999, "--out", out
    )
    db = open_database(db_path, create=False)
    (giay_khen,) = db.execute(
        "SELECT id FROM proposals WHERE title = 'Đề nghị tặng Giấy khen năm 2026'"
    ).fetchone()
    db.close()
    assert "Giấy khen năm 2026" in one_line_refusal(
        capsys, "--db", db_path, "dossier", "--proposal", giay_khen, "--out", out
    )
    assert not out.exists()  # refused before any folder is made
    a_file = tmp_path / "a file.txt"
    a_file.write_text("x")
    for folder in (a_file, a_file / "under"):
        one_line_refusal(
            capsys, "--db", db_path, "dossier", "--proposal", proposal, "--out", folder
        )
    missing = tmp_path / "none.sqlite3"
    one_line_refusal(capsys, "--db", missing, "dossier", "--proposal", proposal, "--out", out)
    assert not missing.exists()
    code, _out, err = run(capsys, "--db", db_path, "dossier", "--proposal", "x", "--out", out)
    assert code == 2 and err.count("\n") == 1


def test_a_folder_that_cannot_be_written_is_refused(capsys, city_proposal, tmp_path, monkeypatch):
    """Refused before any paper is drawn (a refused draft file stands in for a folder that
    root could write)."""
    from kienan_awards.core import output_files

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    db_path, proposal, _name = city_proposal
    monkeypatch.setattr(output_files.tempfile, "mkstemp", refuse)
    refusal = one_line_refusal(
        capsys, "--db", db_path, "dossier", "--proposal", proposal, "--out", tmp_path
    )
    assert "permission denied" in refusal and not list(tmp_path.glob("*.zip"))


def test_the_councils_minutes_go_in_from_the_records(capsys, city_proposal, tmp_path):
    from tests.core.test_dossier_council_minutes import reviewed, with_rules

    db_path, proposal, _name = city_proposal
    db = open_database(db_path, create=False)
    reviewed(db, proposal)
    with_rules(db)
    db.close()
    code, stdout, stderr = run(
        capsys, "--db", db_path, "--lang", "en", "dossier", "--proposal", proposal,
        "--out", tmp_path, "--date", "20/12/2025",
    )  # fmt: skip
    assert (code, stderr) == (0, "")
    assert "With the minutes of the council's meeting of 16/12/2025." in stdout
    (archive_path,) = tmp_path.glob("*.zip")
    assert package_problems(archive_path) == []
    with zipfile.ZipFile(archive_path) as archive:
        names = archive.namelist()
        minutes = pdf_text(
            archive.read("Biên bản Hội đồng/2025-12-16 Biên bản kiểm phiếu.pdf"), tmp_path
        )
        submission = pdf_text(archive.read("Tờ trình.pdf"), tmp_path)
    assert sum(n.startswith("Biên bản Hội đồng/") for n in names) == 4
    assert "BIÊN BẢN KIỂM PHIẾU" in minutes and "06/BB-KP" in minutes
    assert "Biên bản họp Hội đồng Thi đua - Khen thưởng số 05/BB-HĐTĐKT" in submission
