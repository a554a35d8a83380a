"""What the import fuzzer found (tests/support/list_fuzzer.py), each cause kept here as its
own case: a clean refusal or a right import, never an unexpected error or a list half read."""

import datetime as dt

import pytest

from kienan_awards.app import main
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.list_import import ImportOptions, prepare_import
from kienan_awards.core.lists.spreadsheet_reading import read_workbook
from kienan_awards.core.records.record_counts import record_counts
from tests.support.hostile_workbooks import ods_table, read_in_child, write_raw_ods
from tests.support.list_files import AWARD_HEADER, TITLE_ROWS, award_list, write_xlsx

DAY = dt.date(2025, 11, 20)


def person(n, name, form="Giấy khen"):
    return [
        n,
        name,
        1979,
        "Nữ",
        "Cán bộ",
        "Phường Kiến An",
        form,
        "Thành tích năm 2025",
        "31/QĐ-UBND",
        DAY,
    ]


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "where",
    ["title", "header", "row number", "unrelated sheet"],
)
def test_a_control_character_where_the_header_is_searched_is_no_unexpected_error(
    db, tmp_path, where
):
    titles = [list(row) for row in TITLE_ROWS]
    header = list(AWARD_HEADER)
    rows = [person(1, "Bùi Thị Lý"), person(2, "Vũ Văn Khoa")]
    sheets = {}
    if where == "title":
        titles[1] = ["DANH SÁCH\x07"]
    elif where == "header":
        header[9] = "Ngày quyết\u202e định"
    elif where == "row number":
        rows[1][0] = "2\x07"
    else:
        sheets["Ghi chú"] = [["Người lập\x1b biểu"], ["\u202eKý tên"]]
    sheets["DS"] = [*titles, [], header, *rows]
    path = write_xlsx(tmp_path / "list.xlsx", sheets)

    plan = prepare_import(db, path)

    if where == "header":  # the date column is not recognised: its header hides something
        assert all("decision date" in e.message for e in plan.errors)
    elif where == "row number":
        assert len(plan.errors) <= 1
    else:
        assert plan.errors == [] and plan.rows_read == 2


def test_two_sheets_of_one_name_are_refused_not_read_twice(db, tmp_path):
    tables = ods_table("DS", [AWARD_HEADER, person(1, "Ngô Thị Hằng")]) + ods_table(
        "ds", [AWARD_HEADER, person(1, "Mai Văn Tùng"), person(2, "Đinh Thị Hoa")]
    )
    path = write_raw_ods(tmp_path / "hai.ods", tables)
    with pytest.raises(KienanError, match="two sheets named 'ds'"):
        read_workbook(path)


def test_the_error_copy_takes_any_sheet_name_and_numbers_excel_cannot_hold(
    capsys, db_path, tmp_path
):
    bad_form = person(2, "Lê Văn Bảy", form=float("inf"))
    tables = (
        ods_table("DS:2025/[1]", [AWARD_HEADER, person(1, "Trịnh Văn Khải"), bad_form])
        + ods_table("A" * 31 + " một", [AWARD_HEADER, person(1, "Hà Văn An"), bad_form])
        + ods_table("A" * 31 + " hai", [AWARD_HEADER, person(1, "Tạ Văn Ba"), bad_form])
    )
    path = write_raw_ods(tmp_path / "ten-trang.ods", tables)
    copy = tmp_path / "loi.xlsx"

    code, out, err = run(capsys, "--db", db_path, "import", "awards", path, "--errors-out", copy)

    assert code == 1 and "unexpected" not in err and copy.exists()
    from openpyxl import load_workbook

    names = load_workbook(copy).sheetnames
    assert len(set(n.casefold() for n in names)) == 3 and all(len(n) <= 31 for n in names)
    assert names[0] == "DS 2025-(1)" or ":" not in names[0]


def test_a_new_line_in_a_sheet_name_or_an_override_in_a_file_name_stays_on_one_line(
    capsys, db_path, tmp_path
):
    bad = person(1, "Phan Văn Tư", form="Bằng khen không có")
    path = write_xlsx(tmp_path / "DS\u202eslx.xlsx", {"Danh\nsách": award_list([bad])})
    code, _, err = run(capsys, "--db", db_path, "import", "awards", path)
    assert code == 1
    assert "\u202e" not in err and all(line.count("sheet '") <= 1 for line in err.splitlines())
    assert "sheet 'Danh sách' row 7" in err


def test_a_file_name_with_an_override_is_stored_without_it(db, capsys, db_path, tmp_path):
    path = write_xlsx(tmp_path / "DS\u202eslx.xlsx", {"DS": award_list([person(1, "An")])})
    assert run(capsys, "--db", db_path, "import", "proposals", path)[0] == 0
    from kienan_awards.core.storage.database import open_database

    stored = open_database(db_path)
    names = [r[0] for r in stored.execute("SELECT file_name FROM import_batches")]
    titles = [r[0] for r in stored.execute("SELECT title FROM proposals")]
    stored.close()
    assert names and not any("\u202e" in n for n in names + titles)


def far_stray_table(name: str) -> str:
    """A sheet with one value at A1 and a single space at I1048576, as the fuzzer made."""
    return (
        f'<table:table table:name="{name}"><table:table-row><table:table-cell '
        'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048574"><table:table-cell/>'
        "</table:table-row><table:table-row>"
        '<table:table-cell table:number-columns-repeated="8"/>'
        '<table:table-cell office:value-type="string"><text:p> </text:p></table:table-cell>'
        "</table:table-row></table:table>"
    )


def test_stray_far_cells_on_several_sheets_count_together(db, tmp_path):
    tables = "".join(far_stray_table(f"T{n}") for n in range(4))
    path = write_raw_ods(tmp_path / "xa.ods", tables)
    before = record_counts(db)
    with pytest.raises(KienanError, match="cells together"):
        prepare_import(db, path, ImportOptions())
    assert record_counts(db) == before


def test_an_ods_with_far_cells_on_many_sheets_is_refused_before_it_is_opened(tmp_path):
    """calamine reads every sheet of an .ods when it opens the file: 8 sheets of 200,000 x 26
    cells (3.5 KB) took 1.3 GB and aborted the process (fuzzer seed 70003521)."""
    far = (
        '<table:table-row table:number-rows-repeated="199998"><table:table-cell/>'
        "</table:table-row><table:table-row>"
        '<table:table-cell table:number-columns-repeated="25"/>'
        '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>'
        "</table:table-row>"
    )
    tables = "".join(
        f'<table:table table:name="T{n}"><table:table-row><table:table-cell '
        'office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row>'
        f"{far}</table:table>"
        for n in range(8)
    )
    path = write_raw_ods(tmp_path / "tam.ods", tables)
    child = read_in_child(path, memory_mb=600)
    assert child.refused and "cells together" in child.refused, child


def test_a_sheet_kept_outside_the_worksheets_folder_is_measured_too(tmp_path):
    """calamine follows the workbook's relations to any part: a far value in a sheet stored
    as xl/data1.xml must be refused as one in xl/worksheets/ is."""
    import zipfile

    from tests.support.hostile_workbooks import far_cell_xlsx

    usual = far_cell_xlsx(tmp_path / "usual.xlsx", "GR1048576", with_a1=True)
    moved = tmp_path / "moved.xlsx"
    with zipfile.ZipFile(usual) as source, zipfile.ZipFile(moved, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            name = info.filename
            if name == "xl/worksheets/sheet1.xml":
                name = "xl/data1.xml"
            if name == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"worksheets/sheet1.xml", b"data1.xml")
            if name == "[Content_Types].xml":
                data = data.replace(b"/xl/worksheets/sheet1.xml", b"/xl/data1.xml")
            target.writestr(name, data)
    child = read_in_child(moved, memory_mb=600)
    assert child.refused and "GR" in child.refused and child.seconds < 5, child


def test_a_zip_naming_a_version_nobody_knows_is_refused_not_an_unexpected_error(tmp_path):
    """One flipped byte made the zip claim version 16.6 (fuzzer seed 80009782): Python's
    zipfile raises NotImplementedError, which was an unexpected error."""
    path = write_xlsx(tmp_path / "lat.xlsx", {"DS": award_list([person(1, "An")])})
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 6] = 166  # version needed to extract: 16.6
    path.write_bytes(bytes(data))
    with pytest.raises(KienanError, match="cannot be read as a spreadsheet"):
        read_workbook(path)
