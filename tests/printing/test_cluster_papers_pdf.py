"""A cluster-year's papers as PDF, drawn by the council's renderer: the score summary on A4
landscape, the minutes on A4 portrait, long Vietnamese names whole (wrapped, never cut), the
leader's two-line signature title on two lines, signatures never alone on a page."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from kienan_awards.core import demo
from kienan_awards.core.clusters.cluster_papers import write_cluster_papers
from kienan_awards.core.clusters.clusters import find_cluster
from kienan_awards.core.storage.database import open_database
from kienan_awards.printing.council_pdf import write_council_pdf
from tests.core.test_cluster_papers import BLOCK, LONG_WARD, score_city_cluster

MM_PER_POINT = 25.4 / 72


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    from kienan_awards.printing import offscreen_application

    offscreen_application()
    folder = tmp_path_factory.mktemp("cluster_papers")
    db = open_database(folder / "awards.sqlite3")
    try:
        demo.load_demo(db)
        city = score_city_cluster(db)
        block = find_cluster(db, BLOCK).id
        files = {}
        for name, cluster_id in (("block", block), ("city", city)):
            out = folder / name
            paths = write_cluster_papers(db, cluster_id, 2025, out, write_council_pdf)
            pdfs = [path for path in paths if path.suffix == ".pdf"]
            files[f"{name}_summary"], files[f"{name}_minutes"] = pdfs
        return files
    finally:
        db.close()


def _text(reader: PdfReader) -> str:
    text = "\n".join(page.extract_text() for page in reader.pages)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _size_mm(page) -> tuple[int, int]:
    box = page.mediabox
    return round(float(box.width) * MM_PER_POINT), round(float(box.height) * MM_PER_POINT)


def test_the_summary_is_on_a4_landscape_and_the_minutes_on_a4_portrait(written):
    for name in ("block_summary", "city_summary"):
        assert all(_size_mm(page) == (297, 210) for page in PdfReader(written[name]).pages)
    for name in ("block_minutes", "city_minutes"):
        assert all(_size_mm(page) == (210, 297) for page in PdfReader(written[name]).pages)


def test_the_summary_holds_the_ranking_the_groups_and_the_leading_member(written):
    reader = PdfReader(written["block_summary"])
    assert len(reader.pages) == 1  # the block's summary and its signature on one page
    text = _text(reader)
    for expected in (
        "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA",
        "ỦY BAN NHÂN DÂN",
        "Tổ dân phố số 2",
        "102,88",
        "Dẫn đầu",
        "Không đạt tiêu chí bắt buộc II.1",
        "I. Thực hiện các",
        "Đơn vị dẫn đầu khối thi đua năm 2025",
        "Giấy khen): Tổ dân phố số 2 (102,88 điểm).",
    ):
        assert expected in text, expected


def test_a_city_cluster_is_headed_and_signed_by_its_leader(written):
    text = _text(PdfReader(written["city_summary"]))
    assert "UBND PHƯỜNG DƯƠNG KINH" in text and "TRƯỞNG CỤM THI ĐUA SỐ 4" in text
    assert "CHỦ TỊCH UBND PHƯỜNG DƯƠNG KINH" in text  # the title's second line, whole


def test_long_names_wrap_and_are_never_cut(written):
    for name in ("city_summary", "city_minutes"):
        text = _text(PdfReader(written[name]))
        words = " ".join(LONG_WARD.split())
        # Wrapped over lines, the name reads whole once the lines are joined.
        assert words in text, name


def test_the_minutes_hold_those_present_the_vote_and_the_signatures(written):
    text = _text(PdfReader(written["block_minutes"]))
    for expected in (
        "BIÊN BẢN",
        "Ông Nguyễn Văn Tuấn, Tổ trưởng",
        "4/4 đơn vị có mặt đồng ý đề nghị (100%)",
        "Kết luận",
        "THƯ KÝ",
        "CHỦ TỌA",
        "Hoàng Thị Lan",
    ):
        assert expected in text, expected


def test_signatures_never_stand_alone_on_a_page(written):
    for name, path in written.items():
        pages = PdfReader(path).pages
        last = " ".join(pages[-1].extract_text().split())
        if len(pages) > 1:
            # The closing line or the leading members go with the signatures.
            assert "./." in last or "Đơn vị dẫn đầu" in last, name


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_the_papers_convert_to_images(written, tmp_path):
    for name, path in written.items():
        subprocess.run(
            ["pdftoppm", "-r", "50", "-png", str(path), str(tmp_path / name)], check=True
        )
        assert list(tmp_path.glob(f"{name}*.png")), name
