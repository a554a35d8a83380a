"""The decision pack's .docx as Word and LibreOffice open it: Times New Roman 14 in
Vietnamese in every style, the office as author, no template leftovers; the header split 42/58
with "Số:" and the date in one row; "Nơi nhận:" flush left 12 pt bold italic; page breaks as
"page break before"; tables with a repeated header row, rows never split, widths from the
content, the total row bold; page numbers from page 2 as a PAGE field."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from pypdf import PdfReader

from kienan_awards.core import vocabulary as words
from kienan_awards.core.demo import load_demo
from kienan_awards.core.documents.decision_document import decision_content
from kienan_awards.core.documents.decision_docx import write_decision_docx
from kienan_awards.core.storage.database import open_database
from tests.support.office_suite import convert_to_pdf, needs_office_suite

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docx")
    database = open_database(folder / "demo.sqlite3")
    load_demo(database)
    files = {}
    for number in ("15/QĐ-UBND", "512/QĐ-UBND"):
        decision = database.execute(
            "SELECT id FROM decisions WHERE number = ?", [number]
        ).fetchone()[0]
        content = decision_content(database, decision)
        files[number] = (content, write_decision_docx(content, folder / f"{decision}.docx"))
    database.close()
    return files


@pytest.fixture(scope="module")
def giay_khen(written):
    content, path = written["15/QĐ-UBND"]
    return content, Document(path), path


def test_every_style_is_times_new_roman_in_vietnamese(giay_khen):
    _, document, _ = giay_khen
    styles = document.styles.element
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    fonts = defaults.find(f"{W}rFonts")
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert fonts.get(f"{W}{slot}") == "Times New Roman"
    assert not any(k.endswith("Theme") or k.endswith("theme") for k in fonts.attrib)
    lang = defaults.find(f"{W}lang")
    assert {lang.get(f"{W}{k}") for k in ("val", "eastAsia", "bidi")} == {"vi-VN"}
    assert defaults.find(f"{W}sz").get(f"{W}val") == "28"
    for style in styles.findall(f"{W}style"):
        rfonts = style.find(f"{W}rPr/{W}rFonts")
        assert rfonts is not None and rfonts.get(f"{W}ascii") == "Times New Roman", style.get(
            f"{W}styleId"
        )
        assert style.find(f"{W}rPr/{W}lang").get(f"{W}val") == "vi-VN"
    normal = document.styles["Normal"]
    assert normal.font.size.pt == 14 and normal.paragraph_format.space_after.pt == 0
    assert document.styles["Header"].font.size.pt == 13


def test_core_properties_are_the_offices(giay_khen):
    _, document, _ = giay_khen
    properties = document.core_properties
    assert properties.author == "ỦY BAN NHÂN DÂN QUẬN KIẾN AN"
    assert "python-docx" not in (properties.comments + properties.author)
    assert properties.comments == ""
    created = properties.created.replace(tzinfo=dt.UTC)
    assert abs(created - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    assert properties.language == "vi-VN"
    assert properties.title == "Quyết định số 15/QĐ-UBND"
    rels = document.part.package.rels.values()
    assert not any(rel.reltype.endswith("/thumbnail") for rel in rels)


def test_the_header_is_42_58_with_the_number_and_the_date_in_one_row(giay_khen):
    content, document, _ = giay_khen
    header = document.tables[0]
    widths = [cell.width.mm for cell in header.rows[0].cells]
    assert round(widths[0] / sum(widths), 2) == 0.42
    assert [p.text for p in header.cell(0, 0).paragraphs if p.text] == [
        "ỦY BAN NHÂN DÂN",
        "QUẬN KIẾN AN",
    ]
    assert header.cell(1, 0).text == "Số: 15/QĐ-UBND"
    assert header.cell(1, 1).text == content.place_date
    sizes = {
        run.font.size.pt for cell in header.rows[1].cells for p in cell.paragraphs for run in p.runs
    }
    assert sizes == {13}
    for cell in (*header.rows[0].cells, *header.rows[1].cells):
        for paragraph in cell.paragraphs:
            assert (paragraph.paragraph_format.space_after or 0) == 0
    # Rules under the authority's name and the motto: a paragraph with a top border each.
    for cell in header.rows[0].cells:
        assert cell._tc.findall(f".//{W}pBdr/{W}top")


def test_copies_to_is_flush_left_12_pt_bold_italic_and_its_lines_11_pt(giay_khen):
    _, document, _ = giay_khen
    cell = document.tables[1].cell(0, 0)
    heading, *items = cell.paragraphs
    assert heading.text == "Nơi nhận:" and heading.alignment == WD_ALIGN_PARAGRAPH.LEFT
    run = heading.runs[0]
    assert run.bold and run.italic and run.font.size.pt == 12
    assert [p.text for p in items] == list(words.COPIES)
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.LEFT for p in items)
    assert {r.font.size.pt for p in items for r in p.runs} == {11}


def test_articles_have_a_bold_label_and_a_first_line_indent(giay_khen):
    _, document, _ = giay_khen
    articles = [p for p in document.paragraphs if p.text.startswith("Điều ")]
    assert [p.text[:7] for p in articles] == ["Điều 1.", "Điều 2.", "Điều 3."]
    for paragraph in articles:
        assert paragraph.runs[0].bold and paragraph.runs[0].text.strip() in {
            "Điều 1.",
            "Điều 2.",
            "Điều 3.",
        }
        assert not paragraph.runs[1].bold
        assert round(paragraph.paragraph_format.first_line_indent.mm, 1) == 12.7
    bases = [p for p in document.paragraphs if p.text.startswith("Căn cứ")]
    assert bases and all(p.paragraph_format.first_line_indent for p in bases)


def test_page_breaks_are_page_break_before_never_an_empty_paragraph(giay_khen):
    _, document, _ = giay_khen
    body = document.element.body
    assert not body.findall(f".//{W}br[@{W}type='page']")
    titles = [p for p in document.paragraphs if p.paragraph_format.page_break_before]
    assert [p.text for p in titles] == [
        words.RECIPIENT_LIST_TITLE,
        words.RECEIPT_TITLE,
        words.PAYMENT_TITLE,
    ]


def test_page_numbers_from_page_2_as_a_page_field(giay_khen):
    _, document, _ = giay_khen
    section = document.sections[0]
    assert section.different_first_page_header_footer
    fields = section.header._element.findall(f".//{W}fldSimple")
    assert [f.get(f"{W}instr").strip() for f in fields] == ["PAGE"]
    assert section.header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert not section.first_page_header._element.findall(f".//{W}fldSimple")


def test_tables_repeat_the_header_keep_rows_whole_and_take_widths_from_content(giay_khen):
    content, document, _ = giay_khen
    recipients, receipt, payment = document.tables[2:5]
    for table, attachment in zip((recipients, receipt, payment), content.attachments, strict=True):
        rows = table._tbl.tr_lst
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
        assert all(tr.find(f"{W}trPr/{W}cantSplit") is not None for tr in rows)
        assert all(tr.find(f"{W}trPr/{W}tblHeader") is None for tr in rows[1:])
        assert table._tbl.tblPr.find(f"{W}tblLayout").get(f"{W}type") == "fixed"
        grid = [round(col.width.mm, 1) for col in table.columns]
        assert grid == [pytest.approx(c.width_mm, abs=0.2) for c in attachment.columns]
        total = table.rows[-1]
        assert total.cells[1].text == words.TOTAL
        assert all(r.bold for c in total.cells for p in c.paragraphs for r in p.runs)
    widths = {c.header: c.width_mm for c in content.attachments[0].columns}
    assert widths[words.ACHIEVEMENT] > 3 * widths[words.ROW_NUMBER]
    stt = recipients.rows[2].cells[0].paragraphs[0]
    amount = recipients.rows[2].cells[-1].paragraphs[0]
    assert stt.alignment == amount.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert recipients.rows[1].cells[0].text == "I. TẬP THỂ"
    assert len({id(c._tc) for c in recipients.rows[1].cells}) == 1  # one cell across
    sign = receipt.columns[-1]
    assert receipt.rows[0].cells[-1].text == words.SIGNED_FOR and sign.width.mm >= 35
    heights = [row.height.mm for row in receipt.rows[1:-1]]
    assert heights and min(heights) >= 12


@needs_office_suite
def test_libreoffice_opens_it_and_prints_the_decision_on_page_1(written, tmp_path):
    _, path = written["512/QĐ-UBND"]
    pdf = convert_to_pdf(path, tmp_path)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pages[0]
    assert "Nơi nhận:" in pages[0] and "Trần Quốc Khánh" in pages[0]
    assert pages[1].startswith("2 ") and words.RECIPIENT_LIST_TITLE in pages[1]
    assert not any(page.strip() in {"", str(n)} for n, page in enumerate(pages, start=1))
