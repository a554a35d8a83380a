"""The dossier's papers as PDF: the submission with its list of candidates and an
achievement report on A4, drawn in the shipped serif with the Vietnamese marks whole; in the
ZIP each report goes as .docx and as PDF under one name."""

from __future__ import annotations

import unicodedata
import zipfile

import pytest
from pypdf import PdfReader

from kienan_awards.core.documents.dossier_package import package_problems, write_dossier_package
from kienan_awards.core.documents.dossier_papers import achievement_report, submission
from kienan_awards.printing.dossier_pdf import write_dossier_pdf
from tests.core.test_dossier_papers import sample_dossier

MM_PER_POINT = 25.4 / 72


@pytest.fixture(scope="module")
def application():
    from kienan_awards.printing import offscreen_application

    return offscreen_application()


def _text(reader: PdfReader) -> str:
    text = "\n".join(page.extract_text() for page in reader.pages)
    return unicodedata.normalize("NFC", " ".join(text.replace("\u2060", "").split()))


def _size_mm(page) -> tuple[int, int]:
    box = page.mediabox
    return round(float(box.width) * MM_PER_POINT), round(float(box.height) * MM_PER_POINT)


def test_the_submission_renders_with_its_list(application, tmp_path):
    path = write_dossier_pdf(submission(sample_dossier()), tmp_path / "Tờ trình.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 2 and _size_mm(reader.pages[0]) == (210, 297)
    first = unicodedata.normalize("NFC", " ".join(reader.pages[0].extract_text().split()))
    for expected in (
        "TỜ TRÌNH",
        "Kính gửi: Ủy ban nhân dân thành phố Hải Phòng",
        "TM. ỦY BAN NHÂN DÂN",
        "Nguyễn Trường Sơn",
        "Tổng số: 05 (02 tập thể, 03 cá nhân).",
    ):
        assert expected in first, expected
    text = _text(reader)
    for expected in (
        "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
        "Nguyễn Thị Ngọc Ánh",
        "Lê Thị Hồng Nhung",
        "phường Phù Liễn",
    ):
        assert expected in text, expected


def test_a_report_renders_with_its_tables(application, tmp_path):
    dossier = sample_dossier()
    path = write_dossier_pdf(achievement_report(dossier, dossier.candidates[2]), tmp_path / "r.pdf")
    text = _text(PdfReader(path))
    for expected in (
        "BÁO CÁO THÀNH TÍCH",
        "CHIẾN SĨ THI ĐUA THÀNH PHỐ",
        "Nguyễn Thị Ngọc Ánh",
        "Tỷ lệ hộ gia đình văn hóa",
        "103,78%",
        "Số hóa hồ sơ hộ tịch tại tổ dân phố",
        "NGƯỜI BÁO CÁO THÀNH TÍCH",
    ):
        assert expected in text, expected


def test_a_heading_never_ends_a_page(application, tmp_path):
    dossier = sample_dossier()
    path = write_dossier_pdf(achievement_report(dossier, dossier.candidates[2]), tmp_path / "r.pdf")
    for page in PdfReader(path).pages[:-1]:
        last = page.extract_text().strip().splitlines()[-1]
        assert not last.rstrip().endswith(":"), last


def test_the_package_holds_each_paper_as_docx_and_pdf(application, tmp_path):
    package = write_dossier_package(
        sample_dossier(), tmp_path / "Hồ sơ.zip", pdf_writer=write_dossier_pdf
    )
    assert package_problems(package.path) == []
    with zipfile.ZipFile(package.path) as archive:
        names = archive.namelist()
        pdfs = [n for n in names if n.endswith(".pdf")]
        assert len(pdfs) == 6  # the submission and five reports
        assert all(n[: -len(".pdf")] + ".docx" in names for n in pdfs)
        assert all(archive.read(n).startswith(b"%PDF") for n in pdfs)
