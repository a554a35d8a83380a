"""The dossier's ZIP: the submission, the list of candidates as .xlsx that this
program's proposals import reads without an error, each report as .docx (and PDF when a
renderer is given), the council's minutes given as files, and a manifest whose names, sizes
and sha256 match the members; Vietnamese member names with the UTF-8 flag, safe on Windows,
unique without regard to case."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from kienan_awards.core.documents.dossier_package import (
    MANIFEST,
    UTF8_NAMES,
    package_problems,
    write_candidates_xlsx,
    write_dossier_package,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.import_plan import ImportOptions
from kienan_awards.core.lists.list_import import prepare_import
from kienan_awards.core.storage.database import open_database
from tests.core.test_dossier_papers import sample_dossier

WINDOWS_FORBIDDEN = set('<>:"|?*\\')


@pytest.fixture
def minutes(tmp_path):
    folder = tmp_path / "minutes"
    folder.mkdir()
    files = []
    for name in ("Biên bản họp.pdf", "BIÊN BẢN HỌP.pdf", "CON.docx", "kiểm phiếu: 10?.pdf"):
        path = (
            folder / name.replace(":", "_").replace("?", "_")
            if name != "CON.docx"
            else folder / name
        )
        path.write_bytes(name.encode("utf-8") * 3)
        files.append(path)
    return files


@pytest.fixture
def package(tmp_path, minutes):
    return write_dossier_package(sample_dossier(), tmp_path / "Hồ sơ.zip", minutes=minutes)


def test_the_manifest_matches_the_members(package):
    assert package_problems(package.path) == []
    with zipfile.ZipFile(package.path) as archive:
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
        names = [info.filename for info in archive.infolist()]
        assert names[-1] == MANIFEST and names[:-1] == [m.name for m in package.members]
        for entry in manifest["files"]:
            data = archive.read(entry["name"])
            assert entry["size"] == len(data)
            assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert manifest["dossier"]["number"] == "25/TTr-UBND"
    assert manifest["dossier"]["candidates"] == 5


def test_a_member_changed_after_writing_is_found(package, tmp_path):
    spoiled = tmp_path / "spoiled.zip"
    with zipfile.ZipFile(package.path) as source, zipfile.ZipFile(spoiled, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith(".xlsx"):
                data += b"x"
            target.writestr(info, data)
    assert package_problems(spoiled) == ["Danh sách đề nghị khen thưởng.xlsx"]


def test_member_names_keep_vietnamese_are_safe_and_unique(package):
    with zipfile.ZipFile(package.path) as archive:
        infos = archive.infolist()
    names = [info.filename for info in infos]
    assert all(info.flag_bits & UTF8_NAMES for info in infos if not info.filename.isascii())
    assert len({name.casefold() for name in names}) == len(names)
    for name in names:
        for part in name.split("/"):
            assert not WINDOWS_FORBIDDEN & set(part), name
            assert part == part.strip(" .") and part.split(".")[0].upper() != "CON", name
    assert "Tờ trình 25-TTr-UBND.docx" in names
    assert "Danh sách đề nghị khen thưởng.xlsx" in names
    reports = sorted(n for n in names if n.startswith("Báo cáo thành tích/"))
    assert reports == [
        "Báo cáo thành tích/01 Tổ dân phố số 1 - Phường Kiến An.docx",
        "Báo cáo thành tích/02 Tổ dân phố số 1 - Phường Phù Liễn.docx",
        "Báo cáo thành tích/03 Phạm Văn Đức.docx",
        "Báo cáo thành tích/04 Lê Thị Hồng Nhung.docx",
        "Báo cáo thành tích/05 Nguyễn Thị Ngọc Ánh.docx",
    ]
    minutes = sorted(n for n in names if n.startswith("Biên bản Hội đồng/"))
    assert len(minutes) == 4
    assert "Biên bản Hội đồng/Biên bản họp.pdf" in minutes
    assert "Biên bản Hội đồng/BIÊN BẢN HỌP (2).pdf" in minutes
    assert "Biên bản Hội đồng/_CON.docx" in minutes


def test_the_submission_mentions_the_minutes_only_when_they_come(tmp_path):
    from docx import Document

    package = write_dossier_package(sample_dossier(), tmp_path / "a.zip")
    with zipfile.ZipFile(package.path) as archive:
        assert not any(n.startswith("Biên bản") for n in archive.namelist())
        (tmp_path / "cover.docx").write_bytes(archive.read("Tờ trình 25-TTr-UBND.docx"))
    text = "\n".join(p.text for p in Document(str(tmp_path / "cover.docx")).paragraphs)
    assert "05 báo cáo thành tích của các tập thể, cá nhân." in text
    assert "; Biên bản họp Hội đồng" not in text


def test_missing_minutes_or_folder_are_refused(tmp_path):
    with pytest.raises(KienanError):
        write_dossier_package(sample_dossier(), tmp_path / "a.zip", minutes=[tmp_path / "none.pdf"])
    with pytest.raises(KienanError):
        write_dossier_package(sample_dossier(), tmp_path / "no" / "a.zip")
    assert list(tmp_path.iterdir()) == []  # no draft left behind


def _import_errors(tmp_path, dossier) -> list[str]:
    path = write_candidates_xlsx(dossier, tmp_path / "Danh sách.xlsx")
    db = open_database(tmp_path / "city.sqlite3")
    try:
        plan = prepare_import(db, path, ImportOptions(list_kind="proposals"))
    finally:
        db.close()
    assert len(plan.results) == len(dossier.candidates)
    assert plan.counts["proposal_lines_created"] + len(plan.errors) == len(dossier.candidates)
    return [f"{r.name}: {r.message}" for r in plan.results if r.status == "error"]


def test_the_list_imports_as_proposals_without_an_error(tmp_path):
    full = sample_dossier()
    # One of the two same-named collectives: see the test below for both.
    dossier = sample_dossier(candidates=full.candidates[:1] + full.candidates[2:])
    assert _import_errors(tmp_path, dossier) == []


def test_two_collectives_of_one_name_under_two_wards_import_as_two(tmp_path):
    dossier = sample_dossier()
    path = write_candidates_xlsx(dossier, tmp_path / "Danh sách.xlsx")
    db = open_database(tmp_path / "city.sqlite3")
    try:
        plan = prepare_import(db, path, ImportOptions(list_kind="proposals"))
    finally:
        db.close()
    groups = [u for u in plan.new_units if u.name == "Tổ dân phố số 1"]
    assert sorted(u.parent.name for u in groups) == ["Phường Kiến An", "Phường Phù Liễn"]
    # A person of one of them is named by the unit alone (the list has no column for the
    # unit above a person's): never guessed, the row names the two units to choose from.
    (error,) = plan.errors
    assert error.ambiguity.record_kind == "unit" and error.ambiguity.typed == "Tổ dân phố số 1"


def test_a_score_sheet_goes_in_named_for_its_unit(tmp_path):
    sheet = tmp_path / "score-sheet-12.xlsx"
    sheet.write_bytes(b"sheet")
    package = write_dossier_package(
        sample_dossier(), tmp_path / "a.zip", score_sheets=[("Phường Kiến An", sheet)]
    )
    assert package_problems(package.path) == []
    with zipfile.ZipFile(package.path) as archive:
        assert archive.read("Bảng chấm điểm thi đua/Phường Kiến An.xlsx") == b"sheet"
    with pytest.raises(KienanError, match="score sheet"):
        write_dossier_package(
            sample_dossier(), tmp_path / "b.zip", score_sheets=[("X", tmp_path / "none.xlsx")]
        )
