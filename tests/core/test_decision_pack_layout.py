"""What a demo decision pack says and where its PDF puts it: titles recognised or given
one clause a title with the counts of collectives and individuals, Giấy khen for what, Article 2
as a sentence with the total in words, the last article taking effect on signing; the header
breaking the authority before its area; the attached list in sections with its note; the bonus
and receipt sheets; page numbers from page 2 at the top; each table row drawn once."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from pypdf import PdfReader

from kienan_awards.core import vocabulary as words
from kienan_awards.core.demo import load_demo
from kienan_awards.core.documents.amount_words import amount_in_words
from kienan_awards.core.documents.decision_attachments import SIGN_ROW_MM
from kienan_awards.core.documents.decision_document import body_name_lines, decision_content
from kienan_awards.core.documents.table_columns import SIGN_COLUMN_MM
from kienan_awards.core.storage.database import open_database


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    load_demo(database)
    yield database
    database.close()


def decision_id(db, number):
    return db.execute("SELECT id FROM decisions WHERE number = ?", [number]).fetchone()[0]


@pytest.fixture(scope="module")
def giay_khen(demo_db):
    return decision_content(demo_db, decision_id(demo_db, "15/QĐ-UBND"))


@pytest.fixture(scope="module")
def titles(demo_db):
    return decision_content(demo_db, decision_id(demo_db, "512/QĐ-UBND"))


@pytest.fixture(scope="module")
def pdfs(demo_db, tmp_path_factory):
    from kienan_awards.printing import offscreen_application
    from kienan_awards.printing.decision_pack import write_decision_pack

    offscreen_application()
    folder = tmp_path_factory.mktemp("packs")
    return {
        number: write_decision_pack(demo_db, decision_id(demo_db, number), folder, ["pdf"]).files[0]
        for number in ("15/QĐ-UBND", "512/QĐ-UBND")
    }


def pages_text(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_a_title_decision_names_each_title_in_a_clause_with_its_counts(titles):
    first = titles.articles[0]
    assert first.label == "Điều 1."
    assert first.text.startswith("Công nhận, tặng danh hiệu thi đua năm 2025")
    assert first.clauses == (
        "1. Công nhận danh hiệu “Tập thể lao động tiên tiến”: 02 tập thể;",
        "2. Công nhận danh hiệu “Lao động tiên tiến”: 35 cá nhân;",
        "3. Tặng danh hiệu “Chiến sĩ thi đua cơ sở”: 04 cá nhân.",
    )


def test_a_giay_khen_decision_says_what_for_and_splits_collectives_and_individuals(giay_khen):
    assert str(giay_khen.articles[0]) == (
        "Điều 1. Tặng Giấy khen cho 14 tập thể và 26 cá nhân đã có thành tích xuất sắc trong "
        "thực hiện nhiệm vụ năm 2023 (có danh sách kèm theo)."
    )


def test_article_2_is_a_sentence_with_the_total_in_words(giay_khen):
    second = str(giay_khen.articles[1])
    assert second.startswith("Điều 2. Các tập thể, cá nhân có tên tại Điều 1 được thưởng")
    assert "29.160.000 đồng (Bằng chữ: Hai mươi chín triệu một trăm sáu mươi nghìn đồng)" in second
    assert second.endswith(".") and "Kèm theo Giấy khen là" not in second


def test_the_last_article_takes_effect_on_signing_and_names_who_carries_it_out(titles):
    last = titles.articles[-1]
    assert last.label == "Điều 3."
    assert last.text.startswith("Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng")
    assert last.text.endswith("chịu trách nhiệm thi hành Quyết định này./.")
    assert sum(str(a).count(words.TAKES_EFFECT) for a in titles.articles) == 1


def test_amounts_in_words():
    assert amount_in_words(1_080_000) == "Một triệu không trăm tám mươi nghìn đồng"
    assert amount_in_words(1_005_000) == "Một triệu không trăm linh năm nghìn đồng"
    assert amount_in_words(21_500_000) == "Hai mươi mốt triệu năm trăm nghìn đồng"
    assert amount_in_words(15_000) == "Mười lăm nghìn đồng"


def test_the_header_never_breaks_a_place_name():
    assert body_name_lines("ỦY BAN NHÂN DÂN QUẬN KIẾN AN") == ["ỦY BAN NHÂN DÂN", "QUẬN KIẾN AN"]
    assert body_name_lines("ỦY BAN NHÂN DÂN THỊ XÃ SƠN TÂY") == [
        "ỦY BAN NHÂN DÂN",
        "THỊ XÃ SƠN TÂY",
    ]
    assert body_name_lines("ỦY BAN NHÂN DÂN XÃ AN HÒA") == ["ỦY BAN NHÂN DÂN", "XÃ AN HÒA"]


def test_the_list_has_sections_numbered_from_one_with_the_note(giay_khen):
    recipients = giay_khen.attachments[0]
    sections = [row.cells[0] for row in recipients.rows if row.kind == "section"]
    assert sections == ["I. TẬP THỂ", "II. CÁ NHÂN"]
    second = [row.kind for row in recipients.rows].index("section", 1)
    assert recipients.rows[second + 1].cells[0] == "1."
    assert recipients.note == (
        "(Kèm theo Quyết định số 15/QĐ-UBND ngày 12/01/2024 của Chủ tịch UBND quận Kiến An)"
    )
    assert recipients.rows[-1].kind == "total" and recipients.rows[-1].cells[-1] == "29.160.000"


def test_the_list_columns_fit_the_content(giay_khen, titles):
    for content in (giay_khen, titles):
        columns = {c.header: c for c in content.attachments[0].columns}
        assert round(sum(c.width_mm for c in columns.values())) == 165
        assert columns[words.ROW_NUMBER].align == columns[words.AMOUNT].align == "right"
        widest = max(columns.values(), key=lambda c: c.width_mm)
        assert widest.header == words.ACHIEVEMENT and widest.width_mm >= 45
        assert columns[words.ROW_NUMBER].width_mm <= 12
    # A Giấy khen decision gives one form: the list does not repeat it on every row.
    assert words.FORM not in giay_khen.attachments[0].headers
    assert words.FORM in titles.attachments[0].headers


def test_the_bonus_and_receipt_sheets_show_each_amount_and_room_to_sign(giay_khen):
    _, receipt, payment = giay_khen.attachments
    for sheet in (receipt, payment):
        assert sheet.headers[-1] == words.SIGNED_FOR
        assert sheet.columns[-1].width_mm >= 35 and sheet.min_row_height_mm >= 12
        amounts = [row.cells[-2] for row in sheet.rows if row.kind == "line"]
        assert len(amounts) == 40 and all(re.fullmatch(r"[\d.]+", a) for a in amounts)
    assert SIGN_COLUMN_MM >= 35 and SIGN_ROW_MM >= 12
    assert payment.closing == (
        "Tổng số tiền bằng chữ: Hai mươi chín triệu một trăm sáu mươi nghìn đồng.",
    )
    assert [block.title for block in payment.signatures] == [
        "NGƯỜI LẬP BIỂU",
        "KẾ TOÁN TRƯỞNG",
        "THỦ TRƯỞNG ĐƠN VỊ",
    ]


def test_a_signing_capacity_prints_over_the_title(giay_khen):
    assert giay_khen.signature_lines == ["CHỦ TỊCH"]
    from dataclasses import replace

    deputy = replace(giay_khen, signer_capacity="KT. CHỦ TỊCH", signer_title="PHÓ CHỦ TỊCH")
    assert deputy.signature_lines == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def test_the_pdf_numbers_pages_from_the_second_at_the_top(pdfs):
    pages = pages_text(pdfs["15/QĐ-UBND"])
    assert not pages[0].startswith("1 ")
    for number, text in enumerate(pages[1:], start=2):
        assert text.startswith(f"{number} "), text[:40]


def test_the_pdf_header_keeps_the_place_whole_and_the_list_repeats_its_header(pdfs):
    pages = pages_text(pdfs["15/QĐ-UBND"])
    assert "ỦY BAN NHÂN DÂN" in pages[0] and "QUẬN KIẾN AN" in pages[0]
    assert "Điều 1." in pages[0] and "Nơi nhận:" in pages[0]
    listed = [p for p in pages if words.ACHIEVEMENT in p and words.SIGNED_FOR not in p]
    assert len(listed) >= 2  # the header row on each page of the list
    assert "I. TẬP THỂ" in listed[0]
    assert any("II. CÁ NHÂN" in p for p in listed)
    assert "Kèm theo Quyết định số 15/QĐ-UBND ngày 12/01/2024 của Chủ tịch UBND quận Kiến An" in (
        " ".join(pages)
    )
    assert "Tổng số tiền bằng chữ: Hai mươi chín triệu" in pages[-1]


def test_each_table_row_is_drawn_once(pdfs, giay_khen):
    """No row split across pages: each recipient's name stands once in the list's pages."""
    pages = pages_text(pdfs["15/QĐ-UBND"])
    listed = " ".join(p for p in pages if words.ACHIEVEMENT in p and words.SIGNED_FOR not in p)
    names = Counter(line.name for line in giay_khen.lines)
    for name, count in names.items():
        found = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", listed))
        assert found >= count, name
    total_words = len(listed.split())
    assert total_words < 2000  # the 23 words written twice before would show as a duplicate


def test_a_title_decision_pdf_says_what_its_content_says(pdfs, titles):
    first_page = pages_text(pdfs["512/QĐ-UBND"])[0]
    for clause in titles.articles[0].clauses:
        assert clause in first_page
    assert "ỦY BAN NHÂN DÂN" in first_page and "PHƯỜNG KIẾN AN" in first_page


def test_the_list_writes_position_and_unit_as_documents_do(giay_khen, titles):
    """Not "Chuyên viên, Phòng Nội vụ" nor "Phó Chủ tịch UBND phường, Phường Đồng Hòa"; a name
    the register keeps cut at its place's kind is completed ("... UBND phường Kiến An")."""
    units = [line.position_unit for line in giay_khen.lines if line.kind == "individual"]
    assert "Chuyên viên Phòng Nội vụ" in units
    assert "Phó Chủ tịch UBND phường Đồng Hòa" in units
    assert not any(", Phường" in unit or unit.endswith((" quận", " phường")) for unit in units)
    names = [line.name for line in titles.lines if line.kind == "collective"]
    assert "Văn phòng HĐND và UBND phường Kiến An" in names
    assert "Chuyên viên Văn phòng HĐND và UBND phường Kiến An" in [
        line.position_unit for line in titles.lines
    ]


def test_the_header_breaks_before_the_kinds_the_wording_reads():
    """One list of the kinds of area: the certificate's wording's, in capitals."""
    from kienan_awards.core.documents.certificate_wording import ADMINISTRATIVE_KINDS
    from kienan_awards.core.documents.decision_document import AREA_KINDS_UPPER

    assert set(AREA_KINDS_UPPER) == {kind.upper() for kind in ADMINISTRATIVE_KINDS}
    assert body_name_lines("ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC") == [
        "ỦY BAN NHÂN DÂN",
        "ĐẶC KHU PHÚ QUỐC",
    ]
