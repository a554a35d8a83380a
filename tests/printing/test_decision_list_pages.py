"""The decision's attached list: its table text is 13 pt (Decree 30/2020) in the .docx
and the PDF, and its columns are fitted so that a list of 40 people with the achievements,
positions and units a ward writes takes two pages, in the PDF and in the .docx as LibreOffice
prints it."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter

import pytest
from docx import Document
from pypdf import PdfReader

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.certificate_wording import position_with_unit
from kienan_awards.core.documents.decision_attachments import RecipientLine
from kienan_awards.core.documents.decision_document import DecisionContent
from kienan_awards.core.documents.decision_docx import write_decision_docx
from kienan_awards.core.documents.table_columns import TABLE_POINT_SIZE, lines_of
from tests.support.office_suite import convert_to_pdf, needs_office_suite

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi")
MIDDLE = ("Thị Thanh", "Văn", "Thị", "Đức", "Minh", "Thị Thu")
GIVEN = ("Hương", "Hùng", "Lan", "Tuấn", "Phương", "Cường", "Ngọc", "Dũng", "Hạnh", "Quang")
POSITIONS = (
    ("Phó Trưởng phòng Văn hóa - Xã hội", "UBND phường Lê Chân"),
    ("Chuyên viên Phòng Văn hóa - Xã hội", "UBND phường Kiến An"),
    ("Phó Chủ tịch UBND phường", "Phường Lê Chân"),
    ("Trưởng phòng Văn hóa - Xã hội", "UBND phường Phù Liễn"),
    ("Chuyên viên Văn phòng HĐND và UBND", "UBND phường Lê Chân"),
    ("Công chức Văn phòng - Thống kê", "UBND phường Kiến An"),
    ("Tổ trưởng tổ dân phố", "Tổ dân phố số 5, phường Lê Chân"),
    ("Chủ tịch Hội Cựu chiến binh", "Hội Cựu chiến binh phường Phù Liễn"),
)
ACHIEVEMENTS = (
    "Hoàn thành xuất sắc nhiệm vụ năm 2025",
    "Hoàn thành xuất sắc nhiệm vụ năm 2025",
    "Hoàn thành tốt nhiệm vụ năm 2025",
)
AMOUNT = 702_000  # 0.3 of the base salary: a ward chairman's Giấy khen to a person


def forty_people() -> DecisionContent:
    lines = [
        RecipientLine(
            number,
            f"{FAMILY[number % 8]} {MIDDLE[number % 6]} {GIVEN[number % 10]}",
            position_with_unit(*POSITIONS[number % len(POSITIONS)]),
            ACHIEVEMENTS[number % len(ACHIEVEMENTS)],
            "Giấy khen",
            AMOUNT,
            "individual",
            "GIAY_KHEN",
            False,
            2025,
        )
        for number in range(1, 41)
    ]
    day = dt.date(2026, 1, 15)
    return DecisionContent(
        body_name="ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN",
        number_line="Số: 15/QĐ-UBND",
        place_date="Kiến An, ngày 15 tháng 01 năm 2026",
        title="Về việc tặng Giấy khen",
        issuer_title="CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN",
        legal_bases=["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"],
        proposer_line="Xét đề nghị của Phòng Văn hóa - Xã hội.",
        articles=[],
        recipients_note=words.ATTACHED_TO_DECISION.format(
            number="15/QĐ-UBND", day=day, issuer="Chủ tịch UBND phường Kiến An"
        ),
        signer_title="CHỦ TỊCH",
        signer_name="Trần Quốc Khánh",
        number="15/QĐ-UBND",
        decided_on=day,
        lines=lines,
        total_amount=AMOUNT * len(lines),
    )


def list_pages(pdf) -> list[str]:
    """The texts of the pages the recipient list takes: from its title to the receipt's."""
    texts = [
        "".join(unicodedata.normalize("NFC", page.extract_text()).split())
        for page in PdfReader(pdf).pages
    ]
    titles = (words.RECIPIENT_LIST_TITLE, words.RECEIPT_TITLE)
    start, end = ("".join(title.split()) for title in titles)
    first = next(i for i, text in enumerate(texts) if start in text)
    last = next(i for i, text in enumerate(texts) if end in text)
    return texts[first:last]


@pytest.fixture(scope="module")
def content():
    return forty_people()


@pytest.fixture(scope="module")
def pdf(content, tmp_path_factory):
    from kienan_awards.printing import offscreen_application
    from kienan_awards.printing.decision_pdf import write_decision_pdf

    offscreen_application()
    return write_decision_pdf(content, tmp_path_factory.mktemp("pdf") / "forty.pdf")


@pytest.fixture(scope="module")
def docx(content, tmp_path_factory):
    return write_decision_docx(content, tmp_path_factory.mktemp("docx") / "forty.docx")


def test_every_row_of_the_forty_takes_two_lines_at_most(content):
    recipients = content.attachments[0]
    widths = [column.width_mm for column in recipients.columns]
    assert round(sum(widths)) == 165
    rows = [row for row in recipients.rows if row.kind == "line"]
    assert len(rows) == 40
    for row in rows:
        cells = zip(row.cells, widths, strict=True)
        assert max(lines_of(text, width) for text, width in cells) <= 2, row
    by_header = dict(zip(recipients.headers, widths, strict=True))
    # "Hoàn thành xuất sắc nhiệm vụ năm 2025" in two lines, a name in two at most
    assert lines_of(ACHIEVEMENTS[0], by_header[words.ACHIEVEMENT]) == 2
    assert lines_of("Nguyễn Thị Thanh Phương", by_header[words.NAME_OR_COLLECTIVE]) <= 2


def test_the_forty_take_two_pages_of_the_pdf(pdf, content):
    pages = list_pages(pdf)
    assert len(pages) == 2
    listed = "".join(pages)
    for line in content.lines:  # each row once: none split across the two pages
        assert listed.count("".join(line.name.split())) >= 1


def test_the_pdf_table_text_is_13_pt(pdf):
    """The size each text is drawn at (Qt rounds it to the device's pixels, 300 dpi)."""
    sizes: Counter = Counter()

    def seen(text, cm, tm, font, size):
        if text.strip():
            sizes[round(size * (tm[3] or 1) * (cm[3] or 1))] += len(text.split())

    PdfReader(pdf).pages[1].extract_text(visitor_text=seen)
    assert sizes.most_common(1)[0][0] == TABLE_POINT_SIZE == 13


def test_the_docx_table_text_is_13_pt(docx):
    document = Document(docx)
    recipients = document.tables[2]
    sizes = {
        run.font.size.pt
        for row in recipients.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
        for run in paragraph.runs
    }
    assert sizes == {13}


@needs_office_suite
def test_the_forty_take_two_pages_of_the_docx_as_libreoffice_prints_it(docx, tmp_path):
    assert len(list_pages(convert_to_pdf(docx, tmp_path))) == 2
