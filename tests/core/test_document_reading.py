"""Word lists read as sheets: each table of the body as Word shows it, merges resolved, and
every hostile or unreadable file refused in one line."""

from __future__ import annotations

import zipfile
import zlib

import pytest

from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists import document_plain_rows, document_tables
from kienan_awards.core.lists.document_reading import read_document
from kienan_awards.core.lists.document_tables import MAX_TABLES
from kienan_awards.core.lists.list_files import read_list_file
from kienan_awards.core.lists.spreadsheet_reading import read_workbook
from tests.support.hostile_workbooks import Member, write_zip
from tests.support.list_files import write_xlsx
from tests.support.word_lists import (
    CONTENT_TYPES,
    LIST_WIDTH,
    PACKAGE_RELATIONS,
    PAGE_BREAK,
    WordTable,
    document_xml,
    down,
    list_table,
    para,
    proposal_document,
    run,
    tbl,
    tc,
    tr,
    write_docx,
    write_raw_docx,
)

HEADER = [
    ("STT", "Họ và tên", "Ngày sinh", None, "Chức vụ", "Đơn vị", "Hình thức khen thưởng"),
    # merged down: each row the merge covers reads its value
    ("STT", "Họ và tên", "Nam", "Nữ", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"),
    ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"),
]
SECTION_GAP = (None,) * (LIST_WIDTH - 1)
COLLECTIVES = [["1", "Tổ dân phố số 3", None, None, None, "Phường Lê Chân", "Giấy khen"]]
PEOPLE = [
    ["1", "Nguyễn Văn An\nTổ trưởng Tổ dân phố số 3", "1975", None, "Tổ trưởng", "Tổ dân phố số 3",
     "Giấy khen"],
    ["2", "Trần Thị Bình", None, "1980", "Tổ phó", None, "Giấy khen"],
    ["3", "Lê Văn Cường", "1990", None, "Thành viên", None, "Giấy khen"],
]  # fmt: skip


def people_table():
    # rows 0-1 header, 2 numbers, 3 section, 4 collective, 5 section, 6-8 people
    return list_table(
        [("I. TẬP THỂ", COLLECTIVES), ("II. CÁ NHÂN", PEOPLE)], unit_merges=[down(5, 6, 8)]
    )


def test_a_proposal_reads_every_table_in_order_with_merges_resolved(tmp_path):
    path = proposal_document(tmp_path / "to_trinh.docx", [people_table()])

    sheets = read_document(path)

    assert [(s.name, s.table) for s in sheets] == [("Bảng 1", 1), ("Bảng 2", 2), ("Bảng 3", 3)]
    heading, listed, signature = sheets
    assert heading.rows == [
        (
            "ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN\nSố: 25/TTr-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        ),
        (None, "Lê Chân, ngày 10 tháng 12 năm 2025"),
    ]
    assert listed.rows == [
        *HEADER,
        ("I. TẬP THỂ", *SECTION_GAP),
        ("1", "Tổ dân phố số 3", None, None, None, "Phường Lê Chân", "Giấy khen"),
        ("II. CÁ NHÂN", *SECTION_GAP),
        ("1", "Nguyễn Văn An\nTổ trưởng Tổ dân phố số 3", "1975", None, "Tổ trưởng",
         "Tổ dân phố số 3", "Giấy khen"),
        # the unit merged down over three people gives its value to each
        ("2", "Trần Thị Bình", None, "1980", "Tổ phó", "Tổ dân phố số 3", "Giấy khen"),
        ("3", "Lê Văn Cường", "1990", None, "Thành viên", "Tổ dân phố số 3", "Giấy khen"),
    ]  # fmt: skip
    assert signature.rows == [
        ("Nơi nhận:\n- Như trên;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình")
    ]
    assert all(not sheet.hidden and not sheet.hidden_rows for sheet in sheets)


def test_two_list_tables_after_a_page_break_keep_the_documents_numbers(tmp_path):
    collectives = list_table([("I. TẬP THỂ", COLLECTIVES)])
    people = list_table([("II. CÁ NHÂN", PEOPLE)], unit_merges=[down(5, 4, 6)])
    path = proposal_document(tmp_path / "hai_bang.docx", [collectives, people])

    sheets = read_document(path)

    assert [s.table for s in sheets] == [1, 2, 3, 4]
    assert sheets[1].rows[4] == ("1", "Tổ dân phố số 3", None, None, None, "Phường Lê Chân",
                                 "Giấy khen")  # fmt: skip
    assert [row[5] for row in sheets[2].rows[4:]] == ["Tổ dân phố số 3"] * 3


def test_a_long_table_with_a_header_repeated_on_each_page_is_read_row_by_row(tmp_path):
    rows = [[str(n), f"Người số {n}", "1980", None, "Chuyên viên", "Phòng A", "Giấy khen"]
            for n in range(1, 301)]  # fmt: skip
    path = write_docx(tmp_path / "dai.docx", [list_table([("II. CÁ NHÂN", rows)])])

    [sheet] = read_document(path)

    assert len(sheet.rows) == 4 + 300
    assert sheet.rows[-1] == ("300", "Người số 300", "1980", None, "Chuyên viên", "Phòng A",
                              "Giấy khen")  # fmt: skip


def test_a_document_without_tables_has_no_sheets(tmp_path):
    path = write_docx(tmp_path / "thu.docx", ["Kính gửi: Ủy ban nhân dân phường", PAGE_BREAK])
    assert read_document(path) == []


def test_blank_rows_and_empty_columns_at_the_end_are_dropped_as_a_sheets_are(tmp_path):
    table = WordTable([["1", "An", None], [None, None, None], ["2", "Bình", None], [None] * 3])
    [sheet] = read_document(write_docx(tmp_path / "trong.docx", [table]))
    assert sheet.rows == [("1", "An"), (), ("2", "Bình")]


def read_body(tmp_path, body: str):
    return read_document(write_raw_docx(tmp_path / "tay.docx", document_xml(body)))


def test_line_breaks_tabs_and_spaces_in_a_cell(tmp_path):
    cell = (
        "<w:p><w:pPr><w:tabs><w:tab w:val='left' w:pos='720'/></w:tabs></w:pPr>"
        "<w:r><w:t>Nguyễn Văn An</w:t><w:br/><w:t>Tổ trưởng</w:t><w:tab/><w:t>số 3</w:t></w:r>"
        "</w:p><w:p/><w:p>" + run("  ") + "</w:p>"
    )
    [sheet] = read_body(tmp_path, tbl(tr(tc(cell), tc("  ông  An  "), tc(para("  ")))))
    # the empty last column is dropped, as a sheet's rows end at its last value
    assert sheet.rows == [("Nguyễn Văn An\nTổ trưởng số 3", "ông  An")]


def test_tracked_changes_read_as_accepted_and_fields_by_their_result(tmp_path):
    cell = para(
        run("Nguyễn "),
        '<w:del w:id="1" w:author="A"><w:r><w:delText>Thị </w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="A"><w:r><w:t>Văn </w:t></w:r></w:ins>',
        '<w:moveFrom w:id="3" w:author="A"><w:r><w:t>Cũ </w:t></w:r></w:moveFrom>',
        "An",
    )
    field = para(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> SEQ STT </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        "7",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )
    [sheet] = read_body(tmp_path, tbl(tr(tc(field), tc(cell))))
    assert sheet.rows == [("7", "Nguyễn Văn An")]


def test_a_table_inside_a_cell_is_flattened_into_its_text(tmp_path):
    inner = tbl(tr(tc("Tổ 1"), tc("5 người")), tr(tc("Tổ 2"), tc()))
    [sheet] = read_body(tmp_path, tbl(tr(tc("1"), tc(para("Các tổ:") + inner))))
    assert sheet.rows == [("1", "Các tổ:\nTổ 1 5 người\nTổ 2")]


def test_tables_in_text_boxes_are_not_read(tmp_path):
    box = (
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>"
        "<w:txbxContent>" + tbl(tr(tc("trong hộp"))) + "</w:txbxContent></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict>"
        "<w:txbxContent>" + tbl(tr(tc("trong hộp"))) + "</w:txbxContent></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    sheets = read_body(tmp_path, box + tbl(tr(tc("1"), tc("An"))))
    assert [(s.name, s.rows) for s in sheets] == [("Bảng 1", [("1", "An")])]


def test_spans_leave_their_columns_empty_and_rows_start_after_grid_before(tmp_path):
    span = "<w:gridSpan w:val='2'/>"
    body = tbl(
        tr(tc("Ngày sinh", span), tc("Đơn vị")),
        tr(tc("1"), tc("2"), tc("3")),
        tr(tc("sau"), properties="<w:gridBefore w:val='1'/><w:gridAfter w:val='1'/>"),
        tr(tc("gộp", "<w:vMerge w:val='restart'/>"), tc("a"), tc("b")),
        tr(tc("", "<w:vMerge/>"), tc("c"), tc("d")),
        tr(tc("x"), tc("", "<w:hMerge/>"), tc("y")),
    )
    [sheet] = read_body(tmp_path, body)
    assert sheet.rows == [
        ("Ngày sinh", None, "Đơn vị"),
        ("1", "2", "3"),
        (None, "sau", None),
        ("gộp", "a", "b"),
        ("gộp", "c", "d"),
        ("x", None, "y"),
    ]


def test_rows_taken_by_pattern_read_as_expat_reads_them(tmp_path):
    """The same document with a comment at its start is read by expat alone."""
    path = proposal_document(tmp_path / "to_trinh.docx", [people_table()])
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml")
    declaration_end = xml.index(b"?>") + 2
    commented = xml[:declaration_end] + b"<!-- no rows by pattern -->" + xml[declaration_end:]
    other = write_raw_docx(tmp_path / "commented.docx", commented)

    def plain_rows_taken(target):
        taken = []
        original = document_plain_rows.PlainRows._values

        def counting(self, data, start, end):
            values = original(self, data, start, end)
            taken.append(values is not None)
            return values

        document_plain_rows.PlainRows._values = counting
        try:
            return [s.rows for s in read_document(target)], sum(taken)
        finally:
            document_plain_rows.PlainRows._values = original

    by_pattern, taken = plain_rows_taken(path)
    by_expat, none_taken = plain_rows_taken(other)
    assert taken >= 3 and none_taken == 0
    assert by_pattern == by_expat


def test_rows_of_one_skeleton_read_as_expat_reads_them_whatever_their_texts(tmp_path):
    """Rows that differ only in their texts are vouched for once; a row whose texts are not
    each one cell's whole text (here a text inside the paragraph's properties) never is."""
    hidden = "<w:p><w:pPr><w:t>{}</w:t></w:pPr><w:r><w:t>x</w:t></w:r></w:p>"
    rows = [
        tr(tc("1"), tc("Nguyễn Văn An"), tc("Tổ 3")),
        tr(tc("2"), tc("  Trần Thị Bình "), tc("")),
        tr(tc("3"), tc("Lê Văn Cường"), tc()),
        tr(tc("4"), tc("A & B"), tc("Tổ 4")),
        tr(tc("5"), tc(hidden.format("")), tc("Tổ 5")),
        tr(tc("6"), tc(hidden.format("ẩn")), tc("Tổ 6")),
        tr(tc("7"), tc("Phạm Thị Dung"), tc("Tổ 7")),
    ]
    xml = document_xml(tbl(*rows)).encode()
    declaration_end = xml.index(b"?>") + 2
    commented = xml[:declaration_end] + b"<!-- no rows by pattern -->" + xml[declaration_end:]
    by_pattern = read_document(write_raw_docx(tmp_path / "plain.docx", xml))
    by_expat = read_document(write_raw_docx(tmp_path / "commented.docx", commented))
    assert [s.rows for s in by_pattern] == [s.rows for s in by_expat]
    assert by_pattern[0].rows[1][1] == "Trần Thị Bình"


def test_rows_told_apart_only_by_words_ids_read_as_expat_reads_them(tmp_path):
    """Word gives each paragraph its own id: the ids are left out of the skeleton, and a text
    that looks like one is read as it is."""

    def paragraph(number: int, text: str) -> str:
        return (
            f'<w:p w14:paraId="{number:08X}" w14:textId="77777777" w:rsidR="00A1B2C3">'
            f"{run(text)}</w:p>"
        )

    rows = [
        tr(tc(paragraph(2 * n, str(n))), tc(paragraph(2 * n + 1, f"Người số {n}")))
        for n in range(1, 6)
    ]
    rows.append(tr(tc(paragraph(20, "6")), tc(paragraph(21, 'mã="0011AABB"'))))
    body = tbl(*rows)
    xml = (
        document_xml(body)
        .replace(
            "<w:document ",
            '<w:document xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ',
        )
        .encode()
    )
    declaration_end = xml.index(b"?>") + 2
    commented = xml[:declaration_end] + b"<!-- no rows by pattern -->" + xml[declaration_end:]
    by_pattern = read_document(write_raw_docx(tmp_path / "word.docx", xml))
    by_expat = read_document(write_raw_docx(tmp_path / "commented.docx", commented))
    assert [s.rows for s in by_pattern] == [s.rows for s in by_expat]
    assert by_pattern[0].rows[-1] == ("6", 'mã="0011AABB"')


def test_a_docm_is_read_for_its_tables_only(tmp_path):
    path = write_docx(tmp_path / "macro.docx", [WordTable([["1", "An"]])])
    docm = path.rename(tmp_path / "macro.docm")
    with zipfile.ZipFile(docm, "a") as archive:
        archive.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 macros never run")
    assert [s.rows for s in read_list_file(docm)] == [[("1", "An")]]


# --- refusals -------------------------------------------------------------------------------


def refusal(path) -> str:
    with pytest.raises(KienanError) as raised:
        read_list_file(path)
    message = str(raised.value)
    assert "\n" not in message
    return message


def test_legacy_word_and_rich_text_are_refused_with_what_to_do(tmp_path):
    doc = tmp_path / "cu.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600 + b"WordDocument")
    rtf = tmp_path / "van_ban.rtf"
    rtf.write_text("{\\rtf1\\ansi Danh sach}")
    renamed_rtf = tmp_path / "doi_ten.docx"
    renamed_rtf.write_text("{\\rtf1\\ansi Danh sach}")
    renamed_doc = tmp_path / "doi_ten_2.docx"
    renamed_doc.write_bytes(doc.read_bytes())

    for path in (doc, renamed_doc):
        message = refusal(path)
        assert path.name in message and ".doc)" in message and "save it as" in message
    for path in (rtf, renamed_rtf):
        message = refusal(path)
        assert path.name in message and ".rtf" in message and "save it as" in message


def test_a_document_sealed_with_a_password_is_refused(tmp_path):
    sealed = tmp_path / "mat_khau.docx"
    sealed.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 2000
        + "EncryptionInfo".encode("utf-16-le")
        + b"\0" * 50
        + "EncryptedPackage".encode("utf-16-le")
        + b"\0" * 3000
    )
    assert "protected by a password; save a copy without the password" in refusal(sealed)


def test_a_damaged_file_cannot_be_read_as_a_document(tmp_path):
    garbage = tmp_path / "hong.docx"
    garbage.write_bytes(b"PK\x03\x04 not really a zip at all" * 10)
    cut = tmp_path / "cat.docx"
    whole = write_docx(tmp_path / "du.docx", [WordTable([["1", "An"]])]).read_bytes()
    cut.write_bytes(whole[: len(whole) // 2])
    text_file = tmp_path / "ghi_chu.docx"
    text_file.write_text("Danh sách")
    no_text = tmp_path / "khong_co_van_ban.docx"
    with zipfile.ZipFile(no_text, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)

    for path in (garbage, cut, text_file, no_text):
        assert f"{path.name} cannot be read as a document: " in refusal(path)


def test_a_part_that_lies_about_its_checksum_is_refused(tmp_path):
    member = Member.of("word/document.xml", document_xml(tbl(tr(tc("1"), tc("An")))))
    member.crc ^= 1
    path = write_zip(
        tmp_path / "sai.docx",
        [
            Member.of("[Content_Types].xml", CONTENT_TYPES),
            Member.of("_rels/.rels", PACKAGE_RELATIONS.format(target="word/document.xml")),
            member,
        ],
    )
    message = refusal(path)
    assert "is damaged: its part word/document.xml" in message and "from Word" in message


def test_a_document_type_declaration_is_refused(tmp_path):
    xml = document_xml(tbl(tr(tc("&a;"))))
    xml = xml.replace("?>", '?><!DOCTYPE w:document [<!ENTITY a "An">]>', 1)
    message = refusal(write_raw_docx(tmp_path / "dtd.docx", xml))
    assert "cannot be read as a document: part word/document.xml declares a document type" in (
        message
    )


def test_a_zip_bomb_of_the_document_text_is_refused(tmp_path):
    xml = document_xml(tbl(tr(tc("1"))) + "<w:p/>" * 2_000_000)
    assert len(xml) / len(zlib.compress(xml.encode(), 9)) > 100
    message = refusal(write_raw_docx(tmp_path / "bom.docx", xml))
    assert "cannot be read safely: its part word/document.xml unpacks to" in message


def test_too_many_tables_are_refused(tmp_path):
    body = tbl(tr(tc("1"))) * (MAX_TABLES + 1)
    message = refusal(write_raw_docx(tmp_path / "nhieu_bang.docx", document_xml(body)))
    assert f"holds more than {MAX_TABLES} tables" in message and "nhieu_bang.docx" in message


def test_a_table_reaching_past_the_last_column_is_refused(tmp_path):
    body = tbl(tr(tc("1"), tc("An", "<w:gridSpan w:val='999999'/>"), tc("x")))
    message = refusal(write_raw_docx(tmp_path / "rong.docx", document_xml(body)))
    assert "table 1 of rong.docx reaches column 1000000" in message


def test_too_many_cells_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(document_tables, "MAX_CELLS", 50)
    body = tbl(*(tr(tc(str(n)), tc("An")) for n in range(30)))
    message = refusal(write_raw_docx(tmp_path / "o.docx", document_xml(body)))
    assert "the tables of o.docx hold more than 50 cells together, up to table 1" in message


def test_too_many_rows_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(document_tables, "MAX_ROWS", 10)
    body = tbl(*(tr(tc(str(n))) for n in range(11)))
    message = refusal(write_raw_docx(tmp_path / "dong.docx", document_xml(body)))
    assert "table 1 of dong.docx has more than 10 rows" in message


# --- the dispatcher ------------------------------------------------------------------------


def test_lists_are_read_by_their_kind(tmp_path):
    workbook = write_xlsx(tmp_path / "ds.xlsx", {"DS": [["STT", "Họ và tên"], [1, "An"]]})
    document = write_docx(tmp_path / "ds.docx", [WordTable([["STT", "Họ và tên"], [1, "An"]])])

    assert [s.rows for s in read_list_file(workbook)] == [s.rows for s in read_workbook(workbook)]
    [table] = read_list_file(document)
    assert (table.name, table.table, table.rows) == ("Bảng 1", 1, [("STT", "Họ và tên"),
                                                                  ("1", "An")])  # fmt: skip
    other = tmp_path / "ds.pdf"
    other.write_bytes(b"%PDF-1.4")
    assert ".docx" in refusal(other) and ".xlsx" in refusal(other)


def numbered(num_id: str) -> str:
    """An empty paragraph Word numbers itself, as an STT column numbered by Word holds."""
    return (
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        "</w:pPr></w:p>"
    )


def test_an_stt_column_numbered_by_word_reads_as_its_numbers(tmp_path):
    body = tbl(
        tr(tc("STT"), tc("Họ và tên")),
        tr(tc(numbered("3")), tc("Nguyễn Văn An")),
        tr(tc(numbered("3")), tc("Lê Thị Bình")),
        tr(tc(numbered("0")), tc("Trần Văn Cường")),  # numbering taken away
        tr(tc(numbered("3")), tc("Phạm Thị Dung")),
    )
    [sheet] = read_document(write_raw_docx(tmp_path / "so.docx", document_xml(body)))
    assert sheet.rows == [
        ("STT", "Họ và tên"),
        ("1", "Nguyễn Văn An"),
        ("2", "Lê Thị Bình"),
        (None, "Trần Văn Cường"),
        ("3", "Phạm Thị Dung"),
    ]
