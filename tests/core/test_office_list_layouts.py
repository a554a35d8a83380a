"""Lists laid out as other offices make them by hand, not as this program exports them."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.clean_rows import RowCleaner
from kienan_awards.core.lists.collective_names import kind_by_name
from kienan_awards.core.lists.list_import import ImportOptions, import_list, prepare_import
from kienan_awards.core.lists.list_layout import detect_layout, no_rows_error
from kienan_awards.core.lists.name_cells import split_honorific
from kienan_awards.core.lists.source_rows import iter_source_rows
from kienan_awards.core.lists.spreadsheet_reading import read_workbook
from tests.support.list_files import write_xlsx

TITLES = [
    ["UBND PHƯỜNG KIẾN AN"],
    ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025"],
    [],
]
DECISION = ["15/QĐ-UBND", dt.date(2025, 12, 20)]
SIGNATURES = [
    [],
    [None, "NGƯỜI LẬP BIỂU", None, None, "CHỦ TỊCH"],
    [],
    [None, "Nguyễn Thị Hoa", None, None, "Trần Văn Hùng"],
]


def _sheet(path):
    return read_workbook(path)[0]


def _rows(path, list_kind="awards"):
    sheet = _sheet(path)
    return list(iter_source_rows(sheet, detect_layout(sheet, list_kind)))


def _people(db):
    return list(
        db.query("SELECT full_name, gender, birth_date, birth_year FROM people ORDER BY id")
    )


def _awards(db):
    return [
        (row["recipient_name"], row["recipient_kind"])
        for row in db.query("SELECT recipient_name, recipient_kind FROM awards ORDER BY id")
    ]


@pytest.mark.parametrize("number", ["TT", "STT", "Số TT"])
@pytest.mark.parametrize(
    "name",
    [
        "Tên tập thể/cá nhân/hộ gia đình",
        "Tên đơn vị / tập thể",
        "Họ và tên",
        "HỌ VÀ TÊN",
        "Họ tên",
        "Tên tập thể, cá nhân",
        "Tên cá nhân, tập thể",
    ],
)
def test_office_headers_are_read(db, tmp_path, number, name):
    header = [number, name, "Chức vụ", "Đơn vị công tác", "Hình thức đề nghị khen thưởng"]
    header += ["Tóm tắt thành tích", "Số quyết định", "Ngày quyết định"]
    rows = [
        [1, "Phòng Văn hóa - Xã hội", None, None, "Giấy khen", "Xuất sắc năm 2025", *DECISION],
        [2, "Lê Thị Mai", "Chuyên viên", "Phòng Nội vụ", "Giấy khen", "Năm 2025", *DECISION],
    ]
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": [*TITLES, header, *rows]})
    layout = detect_layout(_sheet(path), "awards")
    assert layout.header_row == 4
    assert layout.columns[0] == "row_number" and layout.columns[1] == "name"
    assert set(layout.columns.values()) >= {"position", "unit", "form", "achievement"}
    plan = import_list(db, path)
    assert plan.errors == []
    assert _awards(db) == [
        ("Phòng Văn hóa - Xã hội", "collective"),
        ("Lê Thị Mai", "individual"),
    ]


@pytest.mark.parametrize(
    "numbering",
    [
        [1, 2, 3, 4, 5, 6, 7],
        ["1", "2", "3", "4", "5", "6", "7"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
        ["A", "B", "1", "2", "3", "4", "5"],
    ],
)
def test_a_row_of_column_numbers_is_part_of_the_header(db, tmp_path, numbering):
    header = ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị", "Hình thức khen thưởng"]
    header += ["Thành tích"]
    rows = [
        [1, "Nguyễn Văn An", 1980, "Chuyên viên", "Phòng Nội vụ", "Giấy khen", "Năm 2025"],
        [2, "Trần Thị Bình", 1985, "Kế toán", "Phòng Nội vụ", "Giấy khen", "Năm 2025"],
    ]
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": [*TITLES, header, numbering, *rows]})
    read = _rows(path)
    assert [row.row_number for row in read] == [6, 7]
    plan = import_list(
        db, path, ImportOptions(decision_number="15/QĐ-UBND", decision_date=dt.date(2025, 12, 20))
    )
    assert plan.errors == [] and plan.passed_over == []
    assert plan.summary()["rows_read"] == 2


def test_the_first_data_row_is_not_taken_for_column_numbers(tmp_path):
    header = ["STT", "Họ và tên", "Năm sinh", "Hình thức khen thưởng"]
    path = write_xlsx(
        tmp_path / "list.xlsx", {"DS": [header, [1, "An Văn Bình", 1980, "Giấy khen"]]}
    )
    assert [row.row_number for row in _rows(path)] == [2]


def _split_birth_list(path, rows, numbering=True):
    """A header over two rows, as offices merge it: "Ngày tháng năm sinh" across "Nam" and
    "Nữ", the other headers merged down both rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet.append(["DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG"])
    sheet.merge_cells("A1:G1")
    sheet.append([])
    top = ["TT", "Họ và tên", "Ngày tháng năm sinh", None, "Chức vụ, đơn vị công tác"]
    sheet.append([*top, "Hình thức khen thưởng", "Ghi chú"])
    sheet.append([None, None, "Nam", "Nữ", None, None, None])
    for column in "ABEFG":
        sheet.merge_cells(f"{column}3:{column}4")
    sheet.merge_cells("C3:D3")
    if numbering:
        sheet.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_birth_date_under_nam_or_nu_gives_the_date_and_the_gender(db, tmp_path):
    path = _split_birth_list(
        tmp_path / "list.xlsx",
        [
            [1, "Nguyễn Văn An", "12/03/1980", None, "Chuyên viên, Phòng Nội vụ", "Giấy khen"],
            [2, "Trần Thị Bình", None, dt.datetime(1985, 7, 1), "Kế toán, Phòng Nội vụ"]
            + ["Giấy khen"],
            [3, "Lê Thị Cúc", None, 1990, "Văn thư, Phòng Nội vụ", "Giấy khen"],
        ],
    )
    layout = detect_layout(_sheet(path), "awards")
    assert layout.header_rows == 2 and layout.split_birth == (2, 3)
    assert layout.columns[2] == "birth"
    plan = import_list(
        db, path, ImportOptions(decision_number="15/QĐ-UBND", decision_date=dt.date(2025, 12, 20))
    )
    assert plan.errors == [] and plan.passed_over == []
    assert [tuple(p.values()) for p in _people(db)] == [
        ("Nguyễn Văn An", "male", "1980-03-12", 1980),
        ("Trần Thị Bình", "female", "1985-07-01", 1985),
        ("Lê Thị Cúc", "female", None, 1990),
    ]


def test_birth_date_under_both_nam_and_nu_is_refused_naming_both(db, tmp_path):
    path = _split_birth_list(
        tmp_path / "list.xlsx",
        [[1, "Nguyễn Văn An", 1980, 1981, "Chuyên viên, Phòng Nội vụ", "Giấy khen"]],
        numbering=False,
    )
    plan = prepare_import(
        db, path, ImportOptions(decision_number="15/QĐ-UBND", decision_date=dt.date(2025, 12, 20))
    )
    [error] = plan.errors
    assert "'Nam'" in str(error.message) and "'Nữ'" in str(error.message)


def test_rows_with_a_name_and_a_form_but_no_number_are_rows(db, tmp_path):
    header = ["STT", "Họ và tên", "Năm sinh", "Đơn vị", "Hình thức khen thưởng", "Thành tích"]
    rows = [
        [1, "Nguyễn Văn An", 1980, "Phòng Nội vụ", "Giấy khen", "Năm 2025"],
        [None, "Trần Thị Bình", None, None, "Giấy khen", None],
        [None, "Tổ dân phố số 3", None, None, "Giấy khen", None],
        ["Tổng cộng: 3"],
        *SIGNATURES,
    ]
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": [*TITLES, header, *rows]}, False)
    plan = import_list(
        db, path, ImportOptions(decision_number="15/QĐ-UBND", decision_date=dt.date(2025, 12, 20))
    )
    assert plan.errors == []
    assert _awards(db) == [
        ("Nguyễn Văn An", "individual"),
        ("Trần Thị Bình", "individual"),
        ("Tổ dân phố số 3", "collective"),
    ]
    assert [number for _, number in plan.passed_over] == [8, 10, 12]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Sở Nội vụ", "collective"),
        ("Phòng Kinh tế", "collective"),
        ("PHÒNG KINH TẾ", "collective"),
        ("Ban Chỉ huy Quân sự phường", "collective"),
        ("UBND phường Kiến An", "collective"),
        ("Ủy ban nhân dân phường Kiến An", "collective"),
        ("Trường Tiểu học Kiến An", "collective"),
        ("Tổ dân phố số 5", "collective"),
        ("Gia đình ông Nguyễn Văn An", "household"),
        ("Hộ bà Trần Thị Bình", "household"),
        ("Hộ gia đình ông Lê Văn Cường", "household"),
        ("Hồ Thị Lan", None),  # a family name, not "Hộ"
        ("Tô Văn Ba", None),  # not "Tổ"
        ("Đoàn Văn Hậu", None),
        ("Trương Văn Tâm", None),
        ("Nguyễn Văn An", None),
    ],
)
def test_the_name_tells_collectives_and_households(name, kind):
    assert kind_by_name(name) == kind


def test_a_list_without_kind_column_reads_kinds_from_names(db, tmp_path):
    header = ["STT", "Họ và tên", "Hình thức khen thưởng", "Thành tích"]
    rows = [
        [1, "Trường Tiểu học Kiến An", "Giấy khen", "Năm 2025"],
        [2, "UBND phường Kiến An", "Giấy khen", "Năm 2025"],
        [3, "Gia đình ông Nguyễn Văn Tư", "Gia đình văn hóa", "Năm 2025"],
        [4, "Hồ Thị Lan", "Giấy khen", "Năm 2025"],
    ]
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": [header, *rows]})
    sheet = _sheet(path)
    cleaner = RowCleaner("awards")
    cleaned = [
        cleaner.clean(row) for row in iter_source_rows(sheet, detect_layout(sheet, "awards"))
    ]
    assert [row.kind_from_name for row in cleaned] == [True, True, True, False]
    assert cleaner.kinds_from_names == [
        ("DS", 2, "Trường Tiểu học Kiến An", "collective"),
        ("DS", 3, "UBND phường Kiến An", "collective"),
        ("DS", 4, "Gia đình ông Nguyễn Văn Tư", "household"),
    ]
    plan = import_list(
        db, path, ImportOptions(decision_number="15/QĐ-UBND", decision_date=dt.date(2025, 12, 20))
    )
    assert plan.errors == []
    assert _awards(db) == [
        ("Trường Tiểu học Kiến An", "collective"),
        ("UBND phường Kiến An", "collective"),
        ("Gia đình ông Nguyễn Văn Tư", "household"),
        ("Hồ Thị Lan", "individual"),
    ]


@pytest.mark.parametrize(
    ("typed", "name", "honorific", "gender"),
    [
        ("Ông Nguyễn Văn An", "Nguyễn Văn An", "Ông", "male"),
        ("Bà Trần Thị Bình", "Trần Thị Bình", "Bà", "female"),
        ("BÀ TRẦN THỊ BÌNH", "TRẦN THỊ BÌNH", "BÀ", "female"),
        ("Đồng chí Lê Văn Cường", "Lê Văn Cường", "Đồng chí", None),
        ("Đ/c Lê Văn Cường", "Lê Văn Cường", "Đ/c", None),
        ("Đ/c: Lê Văn Cường", "Lê Văn Cường", "Đ/c", None),
        ("Đại tá Phạm Văn Dũng", "Phạm Văn Dũng", "Đại tá", None),
        ("Thiếu úy Phạm Văn Dũng", "Phạm Văn Dũng", "Thiếu úy", None),
        ("Bà Lan", "Bà Lan", "", None),  # too short to be a name once the honorific goes
        ("Bàng Văn Tú", "Bàng Văn Tú", "", None),
        ("Đại Văn Tú", "Đại Văn Tú", "", None),
    ],
)
def test_an_honorific_before_a_name_is_kept_apart(typed, name, honorific, gender):
    cell = split_honorific(typed)
    assert (cell.name, cell.honorific, cell.gender) == (name, honorific, gender)


def test_honorifics_are_not_stored_in_the_name(db, tmp_path):
    header = ["STT", "Họ và tên", "Năm sinh", "Đơn vị", "Hình thức khen thưởng", "Thành tích"]
    rows = [
        [1, "Ông Nguyễn Văn An", 1960, "Tổ dân phố số 2", "Giấy khen", "Năm 2025"],
        [2, "Bà Trần Thị Bình", 1962, "Tổ dân phố số 2", "Giấy khen", "Năm 2025"],
        [3, "Đại tá Phạm Văn Dũng", 1970, "Công an phường", "Giấy khen", "Năm 2025"],
        [4, "Gia đình ông Nguyễn Văn Tư", None, None, "Gia đình văn hóa", "Năm 2025"],
    ]
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": [header, *rows]})
    sheet = _sheet(path)
    cleaner = RowCleaner("awards")
    read = [cleaner.clean(row) for row in iter_source_rows(sheet, detect_layout(sheet, "awards"))]
    assert [row.honorific for row in read] == ["Ông", "Bà", "Đại tá", ""]
    plan = import_list(
        db, path, ImportOptions(decision_number="15/QĐ-UBND", decision_date=dt.date(2025, 12, 20))
    )
    assert plan.errors == []
    assert [(p["full_name"], p["gender"]) for p in _people(db)] == [
        ("Nguyễn Văn An", "male"),
        ("Trần Thị Bình", "female"),
        ("Phạm Văn Dũng", None),
    ]
    assert _awards(db)[-1] == ("Gia đình ông Nguyễn Văn Tư", "household")


def test_honorifics_in_a_list_of_people(db, tmp_path):
    path = write_xlsx(
        tmp_path / "people.xlsx",
        {"DS": [["STT", "Họ và tên", "Năm sinh"], [1, "Ông Nguyễn Văn An", 1960]]},
    )
    plan = import_list(db, path, ImportOptions(list_kind="people"))
    assert plan.errors == []
    assert [(p["full_name"], p["gender"]) for p in _people(db)] == [("Nguyễn Văn An", "male")]


def _template(tmp_path):
    header = ["TT", "Tên tập thể/cá nhân/hộ gia đình", "Hình thức khen thưởng", "Ghi chú"]
    return write_xlsx(
        tmp_path / "mau.xlsx", {"Mẫu": [*TITLES, header, [1, 2, 3, 4], *SIGNATURES]}, False
    )


def test_a_template_without_rows_names_the_header_it_found(tmp_path):
    path = _template(tmp_path)
    sheet = _sheet(path)
    layout = detect_layout(sheet, "awards")
    assert layout.found and layout.header_row == 4
    assert [item for item in iter_source_rows(sheet, layout) if not isinstance(item, int)] == []
    message = str(no_rows_error(path.name, [layout]).args[0])
    assert "no rows" in message and "'Mẫu'" in message and "row 4" in message
    assert "Tên tập thể/cá nhân/hộ gia đình" in message


def test_importing_a_template_says_no_rows(db, tmp_path):
    with pytest.raises(KienanError, match="no rows"):
        prepare_import(db, _template(tmp_path))
