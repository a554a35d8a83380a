"""A long line of a certificate or a decision never breaks inside a place name
("quận Kiến" / "An") or a decision number ("15/QĐ-" / "UBND"), in the .docx (non-breaking
spaces and hyphens), the PDF (Qt keeps the pieces whole) and on a certificate (its own wrap)."""

from __future__ import annotations

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPdfWriter

from kienan_awards.core.demo import load_demo
from kienan_awards.core.documents.certificate_layout import TextBox
from kienan_awards.core.documents.decision_document import decision_content
from kienan_awards.core.documents.decision_docx import write_decision_docx
from kienan_awards.core.documents.line_breaks import NO_BREAK_SPACE, joined, pieces
from kienan_awards.core.storage.database import open_database
from kienan_awards.printing import offscreen_application
from kienan_awards.printing.certificate_renderer import fit_text
from kienan_awards.printing.decision_pack import write_decision_pack
from kienan_awards.printing.page_flow import PageFlow, unbroken_html

NOTE = "(Kèm theo Quyết định số 15/QĐ-UBND ngày 12/01/2024 của Chủ tịch UBND quận Kiến An)"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A line ending with one of these broke before the name or number that follows it.
KIND_WORDS = ("phường", "quận", "huyện", "xã", "tỉnh", "số", "năm", "ngày", "tháng")


@pytest.mark.parametrize(
    "text, kept",
    [
        (NOTE, ["số 15/QĐ-UBND", "ngày 12/01/2024", "quận Kiến An)"]),
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN KIẾN AN", ["QUẬN KIẾN AN"]),
        ("Tổ dân phố số 3, phường Trần Thành Ngọ", ["số 3,", "phường Trần Thành Ngọ"]),
        ("Kiến An, ngày 05 tháng 7 năm 2025", ["ngày 05", "tháng 7", "năm 2025"]),
        ("Phó Trưởng phòng Văn hóa - Xã hội UBND phường Lê Chân", ["hóa -", "phường Lê Chân"]),
        # A name ends where its comma is: "Phường" of the next name starts a piece of its own.
        ("phường Đồng Hòa, Phường Lãm Hà", ["phường Đồng Hòa,", "Phường Lãm Hà"]),
        ("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 17 tháng 6", ["số 152/2025/NĐ-CP"]),
    ],
)
def test_place_names_and_numbers_are_pieces_a_line_keeps_whole(text, kept):
    found = pieces(text)
    assert " ".join(found) == " ".join(text.split())
    for piece in kept:
        assert piece in found


def test_a_piece_too_wide_for_its_column_breaks_after_its_kind_first():
    text = "Tổ dân phố số 1, phường Trần Thành Ngọ"
    assert "phường Trần Thành Ngọ" in pieces(text, within_mm=60)
    assert pieces(text, within_mm=35)[-2:] == ["phường", "Trần Thành Ngọ"]
    assert pieces(text, within_mm=15)[-3:] == ["Trần", "Thành", "Ngọ"]


def test_joined_text_has_non_breaking_spaces_inside_its_pieces():
    assert joined("UBND quận Kiến An") == f"UBND quận{NO_BREAK_SPACE}Kiến{NO_BREAK_SPACE}An"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    load_demo(database)
    yield database
    database.close()


def _decision(db, number):
    decision = db.execute("SELECT id FROM decisions WHERE number = ?", [number]).fetchone()[0]
    return decision


def test_the_docx_joins_place_names_and_keeps_the_hyphen_of_a_number(demo, tmp_path):
    content = decision_content(demo, _decision(demo, "15/QĐ-UBND"))
    document = Document(write_decision_docx(content, tmp_path / "15.docx"))
    note = next(p for p in document.paragraphs if p.text.startswith("(Kèm theo"))
    assert f"quận{NO_BREAK_SPACE}Kiến{NO_BREAK_SPACE}An)" in note.text
    assert f"số{NO_BREAK_SPACE}15/QĐ-UBND" in note.text  # read back with "-"
    hyphens = note._p.findall(f".//{W}noBreakHyphen")
    assert len(hyphens) == 1  # Word's non-breaking hyphen in "QĐ-UBND", none elsewhere
    assert " ".join(note.text.split()) == content.recipients_note


def _lines_of(document) -> list[str]:
    document.size()
    found, block = [], document.begin()
    while block.isValid():
        layout = block.layout()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            found.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return found


def _broken(lines: list[str]) -> list[str]:
    """The lines that end inside a place name or a number."""
    return [
        line
        for line in lines[:-1]
        if line.split()
        and (line.split()[-1].casefold() in KIND_WORDS or line.rstrip().endswith(("-", "/")))
    ]


def test_the_pdf_breaks_a_paragraph_only_between_its_pieces(tmp_path):
    """At every width, the note breaks neither in "quận Kiến An" nor in "15/QĐ-UBND": Qt
    would end a line after the hyphen or the slash of a word; a word joiner goes there."""
    offscreen_application()
    writer = QPdfWriter(str(tmp_path / "widths.pdf"))
    writer.setResolution(300)
    flow = PageFlow(writer, 2000, 3000, 20)
    try:
        for width in range(700, 2000, 23):
            lines = _lines_of(flow.document(f"<p>{unbroken_html(NOTE)}</p>", width))
            assert _broken(lines) == [], (width, lines)
            assert " ".join(" ".join(lines).replace("\u2060", "").split()) == NOTE
    finally:
        flow.finish()


def test_the_demo_decisions_pdf_never_ends_a_line_before_a_name_or_a_number(demo, tmp_path):
    offscreen_application()
    for number in ("15/QĐ-UBND", "512/QĐ-UBND"):
        pdf = write_decision_pack(demo, _decision(demo, number), tmp_path, ["pdf"]).files[0]
        pages = [
            [" ".join(line.split()) for line in page.extract_text().split("\n")]
            for page in PdfReader(pdf).pages
        ]
        assert _broken(pages[0]) == []  # the decision itself
        notes = [  # the note under each table's title, on two lines
            lines[at : at + 2]
            for lines in pages
            for at, line in enumerate(lines)
            if line.startswith("(Kèm theo")
        ]
        assert len(notes) == 3
        for note in notes:
            assert _broken(note) == [] and note[1].endswith("Kiến An)"), note


def test_a_certificate_wraps_a_long_line_between_its_pieces(tmp_path):
    offscreen_application()
    box = TextBox("achievement", "{achievement}", 0, 0, 120, 30, size_pt=16, min_size_pt=12)
    text = (
        "Đã có thành tích xuất sắc trong phong trào thi đua yêu nước của quận Kiến An năm "
        "2025 theo Quyết định số 15/QĐ-UBND ngày 12 tháng 01 năm 2025 của phường Trần Thành Ngọ"
    )
    writer = QPdfWriter(str(tmp_path / "certificate.pdf"))
    writer.setResolution(300)
    painter = QPainter(writer)
    try:
        per_mm = 300 / 25.4
        for width_mm in range(60, 200, 7):
            _font, lines = fit_text(painter, box, text, QRectF(0, 0, width_mm * per_mm, 400))
            assert len(lines) > 1
            assert _broken(lines) == [], (width_mm, lines)
            assert not any(line.startswith(("An ", "Kiến An", "Ngọ", "2025")) for line in lines)
            assert " ".join(lines) == text
    finally:
        painter.end()
