"""Certificates: long achievements wrap to two or three lines before their type
shrinks, lines do not break inside a place name or a year, and the certificates of one
decision keep one type size where they can."""

import dataclasses
from collections import defaultdict

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from kienan_awards.core import demo
from kienan_awards.core.documents.certificate_layout import template_for
from kienan_awards.core.documents.certificate_prints import CertificateCopy, decision_award_ids
from kienan_awards.core.documents.certificates import certificate_with_qr
from kienan_awards.printing.certificate_printing import print_to_pdf
from kienan_awards.printing.certificate_renderer import batch_sizes, fit_text

PER_MM = 10
LONG = (
    "Đã có thành tích xuất sắc trong thực hiện sắp xếp tổ chức bộ máy, vận hành chính quyền "
    "địa phương hai cấp và phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân "
    "cư” trên địa bàn phường Kiến An năm 2025"
)


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


@pytest.fixture
def page(qapp):
    """A painter on an A4 landscape page measured as paper is: ten dots a millimetre."""
    image = QImage(297 * PER_MM, 210 * PER_MM, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(PER_MM * 1000)
    image.setDotsPerMeterY(PER_MM * 1000)
    painter = QPainter(image)
    yield painter, QRectF(0, 0, 297 * PER_MM, 210 * PER_MM)
    painter.end()


def _box_and_rect(key: str, kind: str = "individual"):
    box = next(b for b in template_for("GIAY_KHEN", kind).boxes if b.key == key)
    return box, QRectF(
        box.x_mm * PER_MM, box.y_mm * PER_MM, box.width_mm * PER_MM, box.height_mm * PER_MM
    )


def test_a_long_achievement_wraps_at_its_full_size_before_it_shrinks(page):
    painter, _ = page
    box, rect = _box_and_rect("achievement")
    font, lines = fit_text(painter, box, LONG, rect)
    assert font.pointSizeF() == box.size_pt
    assert 2 <= len(lines) <= 3
    assert " ".join(lines) == LONG  # nothing cut off
    widths = [len(line) for line in lines]
    assert max(widths) - min(widths) < 30  # balanced, no word left alone on a line


def test_lines_do_not_break_inside_a_place_name_or_a_year(page):
    painter, _ = page
    box, rect = _box_and_rect("achievement")
    for width_mm in range(90, 231, 7):
        narrower = QRectF(rect.left(), rect.top(), width_mm * PER_MM, rect.height())
        _font, lines = fit_text(painter, box, LONG, narrower)
        text = "\n".join(lines)
        assert "phường\nKiến" not in text and "Kiến\nAn" not in text and "năm\n2025" not in text


def test_an_achievement_too_long_for_three_lines_shrinks_and_stays_inside(page):
    painter, _ = page
    box, rect = _box_and_rect("achievement")
    font, lines = fit_text(painter, box, f"{LONG}, {LONG}", rect)
    assert font.pointSizeF() < box.size_pt
    assert " ".join(lines) == f"{LONG}, {LONG}"


def _copies(db, number):
    copies = []
    for award_id in decision_award_ids(db, number):
        data, code, qr = certificate_with_qr(db, award_id)
        template = template_for(data.form_code, data.recipient_kind, db)
        copies.append(CertificateCopy(award_id, data, code, qr, template, 1))
    return copies


def test_a_batch_takes_the_size_every_copy_fits_at_but_not_below_the_minimum(demo_db, page):
    painter, rect = page
    copies = [c for c in _copies(demo_db, "15/QĐ-UBND") if c.data.recipient_kind == "individual"]
    code = copies[0].template.code
    box, _ = _box_and_rect("achievement")
    assert batch_sizes(painter, rect, copies, "full")[code]["achievement"] == box.size_pt
    # One copy far too long for the box: the rest of the batch stops at the box's minimum.
    crowded = dataclasses.replace(
        copies[0], data=dataclasses.replace(copies[0].data, achievement=f"{LONG} {LONG} {LONG}")
    )
    sizes = batch_sizes(painter, rect, [crowded, *copies[1:]], "full")[code]
    assert sizes["achievement"] == box.min_size_pt
    # A copy merely longer than the rest: the batch wraps it and keeps its size.
    longer = dataclasses.replace(
        copies[0], data=dataclasses.replace(copies[0].data, achievement=LONG)
    )
    assert batch_sizes(painter, rect, [longer, *copies[1:]], "full")[code]["achievement"] == (
        box.size_pt
    )


def _achievement_sizes(path) -> set[float]:
    """The type sizes of the achievement lines, over every page of the PDF."""
    sizes: set[float] = set()
    for page in PdfReader(path).pages:
        by_size: dict[float, list[str]] = defaultdict(list)

        def visit(text, cm, tm, font_dict, font_size, by_size=by_size):
            if text.strip():
                by_size[round(font_size * tm[0] * cm[0], 1)].append(" ".join(text.split()))

        page.extract_text(visitor_text=visit)
        sizes |= {size for size, texts in by_size.items() if "thành tích" in " ".join(texts)}
    return sizes


@pytest.mark.parametrize("mode", ["full", "preprinted"])
def test_the_certificates_of_a_decision_print_at_one_achievement_size(demo_db, tmp_path, mode):
    ids = decision_award_ids(demo_db, "15/QĐ-UBND")
    out = tmp_path / f"{mode}.pdf"
    print_to_pdf(demo_db, ids, out, mode=mode)
    assert len(_achievement_sizes(out)) == 1
