"""The council's papers as PDF: the ballot on A5 landscape (half an A4 sheet) and on
A4, both minutes on A4, drawn in the shipped serif with its Vietnamese marks whole; the
signatures never alone on a page."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from kienan_awards.printing.council_pdf import write_council_pdf
from tests.core.test_council_papers import sample_papers

MM_PER_POINT = 25.4 / 72


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    from kienan_awards.printing import offscreen_application

    offscreen_application()
    folder = tmp_path_factory.mktemp("council")
    return {
        name: write_council_pdf(content, folder / f"{name}.pdf")
        for name, content in sample_papers().items()
    }


def _text(reader: PdfReader) -> str:
    text = "\n".join(page.extract_text() for page in reader.pages)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _size_mm(page) -> tuple[int, int]:
    box = page.mediabox
    return round(float(box.width) * MM_PER_POINT), round(float(box.height) * MM_PER_POINT)


def test_the_ballot_is_half_an_a4_sheet_or_a_whole_one(written):
    a5 = PdfReader(written["ballot_a5"])
    assert len(a5.pages) == 1 and _size_mm(a5.pages[0]) == (210, 148)
    text = _text(a5)
    for expected in ("PHIẾU BẦU", "Lê Thị Hồng Nhung", "Trường Tiểu học Trần Thành Ngọ"):
        assert expected in text
    assert "Chiến sĩ thi đua cơ sở" in text and "Không đồng ý" in text
    a4 = PdfReader(written["ballot_a4"])
    assert _size_mm(a4.pages[0]) == (210, 297)


def test_the_minutes_hold_the_names_and_the_figures(written):
    meeting = _text(PdfReader(written["meeting_minutes"]))
    for expected in ("BIÊN BẢN", "Nguyễn Trường Sơn", "Bùi Thị Hạnh", "77,78%", "CHỦ TỌA"):
        assert expected in meeting
    count = PdfReader(written["count_minutes"])
    text = _text(count)
    for expected in ("BIÊN BẢN KIỂM PHIẾU", "57,14%", "Chưa kết luận", "TRƯỞNG BAN"):
        assert expected in text
    assert all(_size_mm(page) == (210, 297) for page in count.pages)


def test_the_papers_embed_the_shipped_serif(written):
    for path in written.values():
        fonts = set()
        for page in PdfReader(path).pages:
            for font in page["/Resources"]["/Font"].values():
                fonts.add(str(font.get_object()["/BaseFont"]))
        assert fonts and all("Tinos" in font for font in fonts), (path, fonts)


def test_signatures_never_stand_alone_on_a_page(written):
    for name in ("meeting_minutes", "count_minutes"):
        pages = PdfReader(written[name]).pages
        last = " ".join(pages[-1].extract_text().split())
        assert "./." in last or len(pages) == 1, name  # the closing line is with them


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_the_papers_convert_to_images(written, tmp_path):
    for name, path in written.items():
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", str(path), str(tmp_path / name)], check=True
        )
        assert list(tmp_path.glob(f"{name}*.png")), name
