import dataclasses

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from kienan_awards.core import demo
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.documents.certificate_layout import template_for
from kienan_awards.core.documents.certificate_prints import Calibration, decision_award_ids
from kienan_awards.core.documents.certificates import certificate
from kienan_awards.core.errors import KienanError
from kienan_awards.printing.certificate_printing import (
    print_to_pdf,
    print_to_zip,
    write_calibration_sheet,
)
from kienan_awards.printing.certificate_renderer import fit_text, render

DECISION = "15/QĐ-UBND"


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


def pdf_text(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_a_decision_prints_one_page_per_award_with_names_codes_and_embedded_fonts(
    demo_db, tmp_path
):
    ids = decision_award_ids(demo_db, DECISION)
    out = tmp_path / "certificates.pdf"
    assert print_to_pdf(demo_db, ids, out) == ChangeSet.of(RecordKind.CERTIFICATES, *ids)
    assert len(ids) == 40
    pages = pdf_text(out)
    assert len(pages) == 40
    for page, award_id in zip(pages, ids, strict=True):
        data, code = certificate(demo_db, award_id)
        assert data.recipient_name in page and f"Mã xác thực: {code}" in page
        assert "GIẤY KHEN" in page and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in page
    assert "Đ" in "".join(pages) and "ậ" in "".join(pages)
    fonts = set()
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()
            descendants = descriptor.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else descriptor
            fonts.add(str(target["/BaseFont"]))
            assert (
                "/FontFile2" in target["/FontDescriptor"]
                or "/FontFile3" in target["/FontDescriptor"]
            )
    assert any("Tinos" in name for name in fonts)


def test_preprinted_mode_prints_only_the_variable_text(demo_db, tmp_path):
    ids = decision_award_ids(demo_db, DECISION)[:1]
    out = tmp_path / "stock.pdf"
    print_to_pdf(demo_db, ids, out, mode="preprinted")
    page = pdf_text(out)[0]
    assert "GIẤY KHEN" not in page and "CỘNG HÒA" not in page
    assert certificate(demo_db, ids[0])[0].recipient_name in page


def test_printing_again_needs_a_reason_and_marks_the_reissue(demo_db, tmp_path):
    ids = decision_award_ids(demo_db, DECISION)[:2]
    print_to_pdf(demo_db, ids, tmp_path / "first.pdf")
    with pytest.raises(KienanError, match="reason for the reissue"):
        print_to_pdf(demo_db, ids, tmp_path / "second.pdf")
    print_to_pdf(demo_db, ids, tmp_path / "second.pdf", reissue_reason="bản in hỏng")
    assert all("Cấp lại" in page for page in pdf_text(tmp_path / "second.pdf"))
    assert all("Cấp lại" not in page for page in pdf_text(tmp_path / "first.pdf"))
    log = demo_db.execute(
        "SELECT award_id, copy_number, reissue_reason, printer, os_user FROM print_log ORDER BY id"
    ).fetchall()
    assert [(row[1], row[2]) for row in log] == [
        (1, None),
        (1, None),
        (2, "bản in hỏng"),
        (2, "bản in hỏng"),
    ]
    assert log[0][3].endswith("first.pdf")


def test_a_zip_holds_one_pdf_per_award_and_its_log_names_the_archive(demo_db, tmp_path):
    import zipfile

    ids = decision_award_ids(demo_db, DECISION)[:3]
    assert print_to_zip(demo_db, ids, tmp_path / "all.zip") == ChangeSet.of(
        RecordKind.CERTIFICATES, *ids
    )
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        assert len(archive.namelist()) == 3
    log = demo_db.execute("SELECT award_id, printer FROM print_log ORDER BY id").fetchall()
    assert log == [(award_id, str(tmp_path / "all.zip")) for award_id in ids]


def test_the_calibration_sheet_is_one_page_of_the_chosen_paper(qapp, tmp_path):
    sheet = write_calibration_sheet(tmp_path / "grid.pdf", "A3")
    (page,) = PdfReader(sheet).pages
    assert round(float(page.mediabox.width) / 72 * 25.4) == 420
    with pytest.raises(KienanError, match="folder does not exist"):
        write_calibration_sheet(tmp_path / "nowhere" / "grid.pdf", "A4")


def test_long_names_shrink_to_fit_and_stay_inside(qapp, demo_db):
    award_id = decision_award_ids(demo_db, DECISION)[-1]
    data, code = certificate(demo_db, award_id)
    template = template_for(data.form_code, data.recipient_kind)
    box = next(b for b in template.boxes if b.key == "recipient")
    image = QImage(2970, 2100, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(10_000)  # 10 dots a millimetre, so points measure as on paper
    image.setDotsPerMeterY(10_000)
    painter = QPainter(image)
    per_mm = 10
    rect = QRectF(
        box.x_mm * per_mm, box.y_mm * per_mm, box.width_mm * per_mm, box.height_mm * per_mm
    )
    short_font, short_lines = fit_text(painter, box, "Bà Lê Thị An", rect)
    long_name = "Bà " + " ".join(["Nguyễn Thị Phương Thảo Ngọc Diễm"] * 4)
    long_font, long_lines = fit_text(painter, box, long_name, rect)
    painter.end()
    assert short_font.pointSizeF() == box.size_pt and len(short_lines) == 1
    assert long_font.pointSizeF() < box.size_pt
    assert " ".join(long_lines) == long_name  # nothing cut off


def test_calibration_moves_the_text_by_the_offset(qapp, demo_db, tmp_path):
    from PySide6.QtGui import QPdfWriter

    award_id = decision_award_ids(demo_db, DECISION)[0]
    data, code = certificate(demo_db, award_id)
    template = template_for(data.form_code, data.recipient_kind)

    def name_position(calibration):
        path = tmp_path / "cal.pdf"
        writer = QPdfWriter(str(path))
        from kienan_awards.printing.certificate_printing import _set_page

        _set_page(writer, "A4")
        painter = QPainter(writer)
        render(
            painter,
            QRectF(painter.viewport()),
            data,
            template,
            calibration,
            code=code,
            mode="preprinted",
        )
        painter.end()
        found = []

        def visit(text, cm, tm, font_dict, font_size):
            if data.recipient_name.split()[-1] in text:
                found.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

        PdfReader(path).pages[0].extract_text(visitor_text=visit)
        return found[0]

    x0, y0 = name_position(Calibration())
    x1, y1 = name_position(Calibration(offset_x_mm=5, offset_y_mm=-3))
    assert x1 - x0 == pytest.approx(5 * 72 / 25.4, abs=0.6)
    assert y1 - y0 == pytest.approx(3 * 72 / 25.4, abs=0.6)  # PDF y grows upwards


def test_a3_is_the_same_layout_scaled(demo_db):
    template = template_for("GIAY_KHEN", "individual")
    a3 = template.on_page("A3")
    first, scaled = template.boxes[0], a3.boxes[0]
    assert scaled.x_mm / first.x_mm == pytest.approx(420 / 297)
    assert (
        dataclasses.replace(
            scaled, x_mm=0, y_mm=0, width_mm=0, height_mm=0, size_pt=0, min_size_pt=0
        ).text
        == first.text
    )


@pytest.mark.parametrize("suffix", [".pdf", ".zip"])
def test_a_print_job_that_fails_midway_leaves_no_file_and_no_log(
    demo_db, tmp_path, monkeypatch, suffix
):
    from kienan_awards.printing import certificate_printing

    ids = decision_award_ids(demo_db, DECISION)
    calls = []

    def render_until_the_fifth(*args, **kwargs):
        calls.append(1)
        if len(calls) == 5:
            raise KienanError("the printer ran out of paper")
        return render(*args, **kwargs)

    monkeypatch.setattr(certificate_printing, "render", render_until_the_fifth)
    out = tmp_path / f"certificates{suffix}"
    write = print_to_pdf if suffix == ".pdf" else print_to_zip
    with pytest.raises(KienanError, match="ran out of paper"):
        write(demo_db, ids, out)
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("awards.sqlite3")] == []
    assert demo_db.execute("SELECT count(*) FROM print_log").fetchone()[0] == 0
