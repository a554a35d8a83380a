"""Workbooks made to hurt the reader, or that a careless program wrote: each is refused in one
line naming the file, the sheet and what to do, quickly and in little memory, or is read
without costing more than it holds. The dangerous ones are read in a child process whose
memory is capped, so a reader that would build the sheet's whole rectangle fails the test
instead of ending the run; the child reports its own time and peak memory."""

import datetime as dt
import zlib

import pytest
import xlsxwriter

from kienan_awards.app import main
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.list_import import prepare_import
from kienan_awards.core.lists.sheet_extent import MAX_COLUMNS
from kienan_awards.core.lists.spreadsheet_reading import read_workbook
from kienan_awards.core.lists.workbook_limits import MAX_CELLS, MAX_XML_BYTES
from kienan_awards.core.records.record_counts import record_counts
from kienan_awards.core.storage.database import open_database
from tests.support.hostile_workbooks import (
    MIB,
    Member,
    RawSheet,
    RawWorkbook,
    bomb_member,
    far_cell_xlsx,
    ods_table,
    read_in_child,
    repeated_value_ods,
    sheet_xml,
    write_raw_ods,
    write_raw_xlsx,
    write_zip,
    zip_bomb_xlsx,
)
from tests.support.list_files import AWARD_HEADER, TITLE_ROWS, award_list, write_xlsx

# A refusal takes a fraction of a second and the interpreter's own 20-60 MB; the bounds
# leave room for a slow, busy machine.
QUICK_SECONDS = 5
SMALL_MB = 150
DECISION = ["15/QĐ-UBND", dt.date(2025, 9, 12)]
PEOPLE = [["STT", "Họ và tên", "Năm sinh"], [1, "Nguyễn Văn An", 1985], [2, "Lê Thị Bình", 1990]]


def far_cell_xlsx_xml():
    return sheet_xml({1: {0: "STT"}, 1_048_576: {16_383: "x"}})


def person(n, name):
    return [n, name, 1985, "Nam", "Chuyên viên", "Phòng Nội vụ", "Giấy khen", "Tốt", *DECISION]


def refused_quickly(child):
    assert child.exit_code == 0, child.stderr
    assert child.refused, child.sheets
    assert child.seconds < QUICK_SECONDS and child.max_rss_mb < SMALL_MB, child
    return child.refused


@pytest.fixture(scope="module")
def bomb(tmp_path_factory):
    """2 MB of zip whose one sheet is 2 GiB of XML."""
    return zip_bomb_xlsx(tmp_path_factory.mktemp("bomb") / "DS khen thưởng.xlsx")


# --- 1. a sheet that reaches far ----------------------------------------------------------


def test_a_lone_value_at_xfd1048576_is_refused_naming_file_sheet_and_column(tmp_path):
    # A few KB that once made calamine ask for the whole sheet's rectangle and abort.
    path = far_cell_xlsx(tmp_path / "DS khen thưởng.xlsx")
    assert path.stat().st_size < 5_000

    assert refused_quickly(read_in_child(path)) == (
        "sheet 'DS' of DS khen thưởng.xlsx reaches column XFD (a value at XFD1048576); a list "
        "this program reads has at most 200 columns: delete what lies to the right of the list "
        "and save it again"
    )


@pytest.mark.parametrize(
    ("ref", "dimension", "column"),
    [
        ("XFD16384", "auto", "XFD"),  # once a minute and 10 GB
        ("XFD1048576", None, "XFD"),  # no dimension at all
        ("XFD2", "A1:B2", "XFD"),  # a dimension that lies small
        ("GS7", "auto", "GS"),  # the first column past the limit
    ],
)
def test_a_value_past_the_last_column_is_refused_whatever_the_dimension_says(
    tmp_path, ref, dimension, column
):
    path = far_cell_xlsx(tmp_path / "list.xlsx", ref, with_a1=True, dimension=dimension)
    refusal = refused_quickly(read_in_child(path))
    assert refusal.startswith(f"sheet 'DS' of list.xlsx reaches column {column} (a value at {ref})")


def test_the_last_column_allowed_is_read(tmp_path):
    assert MAX_COLUMNS == 200
    sheet = read_workbook(far_cell_xlsx(tmp_path / "list.xlsx", "GR3", with_a1=True))[0]
    assert len(sheet.rows) == 3 and len(sheet.rows[2]) == 200 and sheet.rows[2][199] == "x"


def test_values_spread_over_more_than_ten_million_cells_are_refused_before_calamine_holds_them(
    tmp_path,
):
    # 200 columns by a million rows: within both limits, yet 6.4 GB as calamine holds it.
    path = write_raw_xlsx(
        tmp_path / "list.xlsx", {"DS": sheet_xml({1: {0: "STT"}, 1_048_576: {199: "x"}})}
    )
    assert refused_quickly(read_in_child(path)) == (
        f"sheet 'DS' of list.xlsx has values from A1 to GR1048576, {200 * 1_048_576} cells; a "
        f"list this program reads fills at most {MAX_CELLS}: delete what lies below or to the "
        "right of the list and save it again"
    )


def test_cells_without_a_reference_are_placed_after_the_one_before_them(tmp_path):
    # r= may be left out; calamine then counts on from the cell before, and so must the check.
    cells = "".join('<c t="inlineStr"><is><t>x</t></is></c>' for _ in range(300))
    xml = sheet_xml([["STT", "Họ và tên"]]).replace(
        "</sheetData>", f"<row>{cells}</row></sheetData>"
    )
    path = write_raw_xlsx(tmp_path / "list.xlsx", {"DS": xml})
    refusal = refused_quickly(read_in_child(path))
    assert refusal.startswith("sheet 'DS' of list.xlsx reaches column KN (a value at KN2)")


def test_a_dimension_that_lies_large_does_not_refuse_a_small_list(tmp_path):
    # Only the cells decide: the dimension is a claim, and calamine reads such a file well.
    path = write_raw_xlsx(tmp_path / "list.xlsx", {"DS": sheet_xml(PEOPLE, "A1:XFD1048576")})
    sheet = read_workbook(path)[0]
    assert sheet.rows == [list(row) for row in PEOPLE]


# --- 1. a zip that unpacks to more than it is ---------------------------------------------


def test_a_two_gigabyte_zip_bomb_is_refused_from_the_zip_directory(bomb):
    assert bomb.stat().st_size < 3 * MIB
    refusal = refused_quickly(read_in_child(bomb))
    assert refusal == (
        "DS khen thưởng.xlsx is too large to read: its parts unpack to 2047 MB; a list this "
        f"program reads unpacks to at most {MAX_XML_BYTES // MIB} MB"
    )


def test_a_part_packed_tighter_than_any_spreadsheet_is_refused(tmp_path):
    # 150 MB of blanks, under the size limit: packed a thousand to one, as no program writes.
    path = write_raw_xlsx(tmp_path / "list.xlsx", {"DS": bomb_member(150 * MIB)})
    refusal = refused_quickly(read_in_child(path))
    assert refusal.startswith("list.xlsx cannot be read safely: its part xl/worksheets/sheet1.xml")
    assert refusal.endswith("times its packed size, which no spreadsheet program writes")


def test_a_bomb_whose_zip_states_a_small_size_is_refused_as_damaged(tmp_path):
    path = zip_bomb_xlsx(tmp_path / "list.xlsx", inflated=300 * MIB, declared=1_000)
    refusal = refused_quickly(read_in_child(path))
    assert refusal == (
        "list.xlsx is damaged: its part xl/worksheets/sheet1.xml does not match the size or "
        "checksum the zip gives for it; save the list again from the spreadsheet program"
    )


def test_a_zip_of_ten_thousand_parts_is_refused_before_its_directory_is_read(tmp_path):
    members = RawWorkbook([RawSheet("DS", sheet_xml(PEOPLE))]).members()
    members += [Member.of(f"xl/media/image{n}.png", b"") for n in range(10_001)]
    with pytest.raises(KienanError, match="it holds 10006 parts; a spreadsheet holds at most"):
        read_workbook(write_zip(tmp_path / "list.xlsx", members))


def test_two_parts_of_one_name_are_refused(tmp_path):
    # Which of the two would calamine read? The check must have read that one.
    members = RawWorkbook([RawSheet("DS", sheet_xml(PEOPLE))]).members()
    members.append(Member.of("xl/worksheets/sheet1.xml", sheet_xml({1: {16383: "x"}})))
    with pytest.raises(KienanError, match="two parts of the zip have the same name"):
        read_workbook(write_zip(tmp_path / "list.xlsx", members))


def test_a_sheet_part_named_like_a_picture_is_checked_all_the_same(tmp_path):
    # The workbook's relations name a sheet's part, and calamine opens whatever they name.
    members = RawWorkbook([RawSheet("DS", far_cell_xlsx_xml())]).members()
    for member in members:
        if member.name == "xl/worksheets/sheet1.xml":
            member.name = "xl/worksheets/anh.png"
    relations = next(m for m in members if m.name == "xl/_rels/workbook.xml.rels")
    members[members.index(relations)] = Member.of(
        relations.name, zlib.decompress(relations.data, -15).replace(b"sheet1.xml", b"anh.png")
    )
    path = write_zip(tmp_path / "list.xlsx", members)
    assert refused_quickly(read_in_child(path)).startswith(
        "sheet 'DS' of list.xlsx reaches column XFD (a value at XFD1048576)"
    )


def test_an_ods_whose_repeat_counts_fill_the_sheet_is_refused(tmp_path):
    whole = repeated_value_ods(tmp_path / "full.ods")
    assert whole.stat().st_size < 2_000
    assert refused_quickly(read_in_child(whole)).startswith(
        "sheet 'DS' of full.ods reaches column XFD (a value at XFD1)"
    )
    # Within the columns, 15 million cells: 2.7 GB and five seconds in calamine.
    wide = repeated_value_ods(tmp_path / "wide.ods", rows=100_000, columns=150)
    assert refused_quickly(read_in_child(wide)).startswith(
        "sheet 'DS' of wide.ods has values from A1 to ET100000, 15000000 cells"
    )


# --- 1. what a sheet holds is what it costs -------------------------------------------------


def test_a_stray_value_a_million_rows_down_is_read_in_little_memory(tmp_path):
    rows = {n: dict(enumerate(row)) for n, row in enumerate(PEOPLE, start=1)}
    rows[1_048_576] = {0: "x"}
    path = write_raw_xlsx(tmp_path / "list.xlsx", {"DS": sheet_xml(rows)})

    child = read_in_child(path, memory_mb=512)
    assert child.exit_code == 0, child.stderr
    assert child.sheets == [["DS", 1_048_576]]
    assert child.max_rss_mb < SMALL_MB and child.seconds < QUICK_SECONDS * 2

    sheet = read_workbook(path)[0]
    assert sheet.rows[:3] == [list(row) for row in PEOPLE]
    assert sheet.rows[-1] == ["x", None, None]
    assert sheet.rows[3] is sheet.rows[500_000] and not sheet.rows[3]  # one blank, shared


def test_rows_of_empty_text_after_the_list_are_not_rows(tmp_path):
    # Cells holding "" count as values to calamine; a list ends at its last real value.
    rows = {n: dict(enumerate(row)) for n, row in enumerate(PEOPLE, start=1)}
    rows[200_000] = {1: ""}
    sheet = read_workbook(write_raw_xlsx(tmp_path / "list.xlsx", {"DS": sheet_xml(rows)}))[0]
    assert sheet.rows == [list(row) for row in PEOPLE]


# --- 2. hidden sheets and rows ----------------------------------------------------------


def test_hidden_and_very_hidden_sheets_are_told(tmp_path):
    path = tmp_path / "list.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    for name in ("DS", "Ẩn", "Rất ẩn"):
        workbook.add_worksheet(name).write_row(0, 0, PEOPLE[0])
    workbook.worksheets()[1].hide()
    workbook.worksheets()[2].very_hidden()
    workbook.close()
    sheets = read_workbook(path)
    assert [(s.name, s.hidden) for s in sheets] == [("DS", False), ("Ẩn", True), ("Rất ẩn", True)]

    tables = ods_table("DS", PEOPLE) + ods_table("Ẩn", PEOPLE)
    sheets = read_workbook(write_raw_ods(tmp_path / "list.ods", tables, hidden_tables=("Ẩn",)))
    assert [(s.name, s.hidden) for s in sheets] == [("DS", False), ("Ẩn", True)]


def test_hidden_rows_of_an_xlsx_are_told_by_their_excel_numbers(tmp_path):
    path = tmp_path / "list.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("DS")
    rows = award_list([person(n, f"Nguyễn Văn {n}") for n in range(1, 6)])
    for r, row in enumerate(rows):
        sheet.write_row(r, 0, [v.isoformat() if isinstance(v, dt.date) else v for v in row])
    for excel_row in (8, 10):  # two of the people, as a clerk hides rows to leave them out
        sheet.set_row(excel_row - 1, None, None, {"hidden": True})
    sheet.set_row(4_999, None, None, {"hidden": True})  # far below the list: no row of it
    workbook.close()

    read = read_workbook(path)[0]
    assert read.hidden_rows == frozenset({8, 10})
    assert read.rows[7][1] == "Nguyễn Văn 2"  # hidden rows are read all the same


def test_hidden_rows_written_by_hand_are_told_too(tmp_path):
    # hidden="true" is as good as "1"; an empty hidden row inside the list is still hidden.
    xml = sheet_xml(PEOPLE + [[], [3, "Trần Văn Cường", 1970]], hidden_rows=(2, 4)).replace(
        '<row r="2" hidden="1">', '<row r="2" hidden="true">'
    )
    sheet = read_workbook(write_raw_xlsx(tmp_path / "list.xlsx", {"DS": xml}))[0]
    assert sheet.hidden_rows == frozenset({2, 4})


def test_hidden_rows_of_an_ods_are_told_and_a_hidden_tail_costs_nothing(tmp_path):
    table = ods_table("DS", PEOPLE + [[3, "Trần Văn Cường", 1970]], hidden_rows=(3,))
    # LibreOffice writes the rows hidden to the end of the sheet as one repeated row.
    table = table.replace(
        "</table:table>",
        '<table:table-row table:number-rows-repeated="1048572" table:visibility="collapse">'
        "<table:table-cell/></table:table-row></table:table>",
    )
    child = read_in_child(write_raw_ods(tmp_path / "list.ods", table))
    assert child.sheets == [["DS", 4]], child.stderr
    sheet = read_workbook(tmp_path / "list.ods")[0]
    assert sheet.hidden_rows == frozenset({3}) and not sheet.hidden


# --- 3. two columns that mean the same ----------------------------------------------------


def test_two_name_columns_in_an_office_list_are_refused_naming_both(db, tmp_path):
    header = [*AWARD_HEADER, "Họ tên"]  # K: a second name column, added at the end
    rows = [*TITLE_ROWS, [], header, [*person(1, "Nguyễn Văn An"), "Nguyễn Văn An"]]
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": rows})
    before = record_counts(db)
    with pytest.raises(KienanError) as raised:
        prepare_import(db, path)
    assert str(raised.value) == (
        "sheet 'DS' has two columns that mean the same in its header row 6: B ('Họ và tên') "
        "and K ('Họ tên'); delete or rename one"
    )
    assert record_counts(db) == before


def test_two_award_columns_are_refused_and_the_command_says_so_in_one_line(
    capsys, db_path, tmp_path
):
    header = [*AWARD_HEADER[:7], "Danh hiệu", *AWARD_HEADER[7:]]  # G and H both the award
    row = person(1, "Lê Thị Bình")
    path = write_xlsx(
        tmp_path / "list.xlsx",
        {"Danh sách": [*TITLE_ROWS, [], header, [*row[:7], "LĐTT", *row[7:]]]},
    )
    assert main(["--db", str(db_path), "import", "awards", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "sheet 'Danh sách' has two columns that mean the same" in err
    assert "G ('Hình thức khen thưởng') and H ('Danh hiệu')" in err
    db = open_database(db_path)
    try:
        assert record_counts(db)["awards"] == 0 and db["import_batches"].count == 0
    finally:
        db.close()


def test_a_header_merged_over_two_columns_is_not_two_columns(db, tmp_path):
    # "Năm sinh" across C:D above "Nam" / "Nữ": one column for the birth year, as offices do.
    path = tmp_path / "list.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("DS")
    for r, title in enumerate(TITLE_ROWS):
        sheet.merge_range(r, 0, r, 9, title[0])
    header = ["STT", "Họ và tên", "Năm sinh", None, "Chức vụ", "Đơn vị", "Hình thức khen thưởng"]
    header += ["Thành tích", "Số quyết định", "Ngày quyết định"]
    sheet.write_row(5, 0, header)
    sheet.merge_range(5, 2, 5, 3, "Năm sinh")
    sheet.write_row(6, 2, ["Nam", "Nữ"])
    sheet.write_row(7, 0, [1, "Nguyễn Văn An", 1985, None, "Chuyên viên", "Phòng Nội vụ"])
    sheet.write_row(7, 6, ["Giấy khen", "Tốt", DECISION[0], "12/09/2025"])
    workbook.close()

    plan = prepare_import(db, path)
    assert plan.errors == [] and plan.rows_read == 1
