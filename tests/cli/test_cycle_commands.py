"""The registers of the year's cycle on the command line: a unit's registration and a list of
initiatives imported as real offices send them (a title row, a header of two rows, "TT", a row
of column numbers, section rows, honorifics, capitals, "Ð" for "Đ", the tone placed otherwise),
all rows or none; then listed as a table or as JSON with stable keys."""

import datetime as dt
import json

import pytest

from kienan_awards.core.records import people, units
from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run
from tests.support.list_files import write_xlsx

WARD = "Phường Văn Đẩu"


@pytest.fixture
def ward_file(db_path):
    """A ward with its people recorded (two namesakes among them); the file's path."""
    db = open_database(db_path)
    ward = units.save_unit(db, None, {"name": WARD, "kind": "ward"}).record_id
    units.save_unit(
        db, None, {"name": "Tổ dân phố số 3", "kind": "residential_group", "parent_id": ward}
    )
    for name, born in (
        ("Nguyễn Văn An", 1980),
        ("Đỗ Thị Hoa", 1985),
        ("Lê Thị Hòa", 1990),
        ("Trần Văn Bình", 1975),
        ("Trần Văn Bình", 1988),
    ):
        people.save_person(db, None, {"full_name": name, "unit_id": ward, "birth_year": born})
    db.close()
    return db_path


def registration_rows(extra=()):
    return [
        ["ỦY BAN NHÂN DÂN PHƯỜNG VĂN ĐẨU"],
        ["BẢN ĐĂNG KÝ THI ĐUA NĂM 2026"],
        [],
        ["TT", "Họ và tên", "Ngày tháng năm sinh", None, "Chức vụ", "Danh hiệu đăng ký"],
        [None, None, "Nam", "Nữ", None, None],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["I. TẬP THỂ"],
        [1, "Tổ dân phố số 3", None, None, None, "Tập thể lao động tiên tiến"],
        ["II. CÁ NHÂN"],
        [1, "Ông NGUYỄN VĂN AN", 1980, " ", "Chủ tịch", "LĐTT, CSTĐCS"],
        [2, "Bà ÐỖ THỊ HOA", None, 1985, "Công chức", "Lao động tiên tiến"],
        [3, "Lê Thị Hoà", None, 1990, "Công chức", "lđtt"],
        *extra,
        [],
        [None, None, None, None, "NGƯỜI LẬP BIỂU"],
    ]


def test_a_units_registration_is_imported_and_listed(ward_file, tmp_path, capsys):
    path = write_xlsx(tmp_path / "dang-ky.xlsx", {"Đăng ký": registration_rows()})
    code, out, err = run(
        capsys, "--db", ward_file, "import", "registrations", path, "--year", "2026", "--unit", WARD
    )
    assert (code, err) == (0, ""), err
    assert "titles registered: 5, already registered: 0" in out
    assert "people created: 0, matched: 3" in out
    code, out, _err = run(capsys, "--db", ward_file, "registrations", "--year", "2026")
    assert code == 0
    assert sorted(out.splitlines()) == sorted(
        [
            f"{WARD} | Đỗ Thị Hoa | individual | Lao động tiên tiến | open",
            f"{WARD} | Lê Thị Hòa | individual | Lao động tiên tiến | open",
            f"{WARD} | Nguyễn Văn An | individual | Lao động tiên tiến | open",
            f"{WARD} | Nguyễn Văn An | individual | Chiến sĩ thi đua cơ sở | open",
            "Tổ dân phố số 3 | Tổ dân phố số 3 | collective | Tập thể lao động tiên tiến | open",
        ]
    )
    code, out, _err = run(
        capsys, "--db", ward_file, "registrations", "--year", "2026", "--format", "json"
    )
    rows = json.loads(out)
    assert sorted(rows[0]) == [
        "id",
        "kind",
        "name",
        "outcome",
        "person_id",
        "registered_on",
        "title",
        "title_code",
        "unit",
        "unit_id",
        "year",
    ]
    assert {(r["name"], r["title_code"], r["kind"]) for r in rows} == {
        ("Tổ dân phố số 3", "TTLDTT", "collective"),
        ("Nguyễn Văn An", "LDTT", "individual"),
        ("Nguyễn Văn An", "CSTDCS", "individual"),
        ("Đỗ Thị Hoa", "LDTT", "individual"),
        ("Lê Thị Hòa", "LDTT", "individual"),
    }
    # The same titles sent again in another file are matched, not registered twice.
    again = write_xlsx(
        tmp_path / "dang-ky-bo-sung.xlsx",
        {"DK": [*registration_rows()[3:12], [4, "Trần Văn Bình", 1975, None, None, "LĐTT"]]},
    )
    code, out, err = run(
        capsys,
        "--db",
        ward_file,
        "import",
        "registrations",
        again,
        "--year",
        "2026",
        "--unit",
        WARD,
    )
    assert code == 0 and "titles registered: 1, already registered: 5" in out


def test_a_registration_with_a_wrong_row_writes_nothing_and_names_the_rows(
    ward_file, tmp_path, capsys
):
    extra = [
        [4, "Trần Văn Bình", None, None, "Công chức", "Lao động tiên tiến"],
        [5, "Đỗ Thị Hoa", None, 1985, "Công chức", "Giấy khen"],
    ]
    path = write_xlsx(tmp_path / "dang-ky.xlsx", {"DK": registration_rows(extra)})
    code, out, err = run(
        capsys, "--db", ward_file, "import", "registrations", path, "--year", "2026", "--unit", WARD
    )
    assert code == 1 and out == ""
    assert "row 13: 2 people named 'Trần Văn Bình' fit" in err
    assert "row 14: Giấy khen is not an emulation title" in err
    code, out, _err = run(capsys, "--db", ward_file, "registrations", "--year", "2026")
    assert (code, out) == (0, "")


def test_a_registration_without_its_year_is_refused(ward_file, tmp_path, capsys):
    path = write_xlsx(tmp_path / "dang-ky.xlsx", {"DK": registration_rows()})
    code, _out, err = run(
        capsys, "--db", ward_file, "import", "registrations", path, "--unit", WARD
    )
    assert code == 1 and "give --year" in err


INITIATIVE_ROWS = [
    ["ỦY BAN NHÂN DÂN PHƯỜNG VĂN ĐẨU"],
    ["DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN NĂM 2025"],
    [],
    [
        "TT",
        "Tên sáng kiến",
        "Tác giả",
        "Đơn vị",
        "Quyết định công nhận",
        "Ngày",
        "Phạm vi ảnh hưởng",
        "Hiệu quả",
        "Năm",
    ],
    ["1", "2", "3", "4", "5", "6", "7", "8", "9"],
    [
        1,
        "Số hóa hồ sơ thi đua",
        "Ông Nguyễn Văn An (60%), Bà ÐỖ THỊ HOA (40%)",
        WARD,
        "125/QĐ-UBND",
        dt.date(2025, 11, 10),
        "Cơ sở",
        "Giảm 30% thời gian",
        2025,
    ],
    [
        2,
        "Bản đồ số tổ dân phố",
        "Lê Thị Hoà",
        WARD,
        "Số 88/QĐ-UBND ngày 02/12/2025",
        None,
        "Cấp thành phố",
        None,
        None,
    ],
]


def test_initiatives_are_imported_and_listed_by_author(ward_file, tmp_path, capsys):
    path = write_xlsx(tmp_path / "sang-kien.xlsx", {"SK": INITIATIVE_ROWS})
    code, out, err = run(capsys, "--db", ward_file, "import", "initiatives", path)
    assert (code, err) == (0, ""), err
    assert "initiatives recorded: 2" in out and "people created: 0, matched: 3" in out
    code, out, _err = run(
        capsys, "--db", ward_file, "initiatives", "--person", "do thi hoa", "--format", "json"
    )
    (entry,) = json.loads(out)
    assert sorted(entry) == [
        "authority",
        "authors",
        "decided_on",
        "decision_number",
        "effect",
        "id",
        "scope",
        "title",
        "unit",
        "unit_id",
        "year",
    ]
    assert (entry["title"], entry["decision_number"], entry["decided_on"], entry["scope"]) == (
        "Số hóa hồ sơ thi đua",
        "125/QĐ-UBND",
        "2025-11-10",
        "grassroots",
    )
    assert [(a["name"], a["share"]) for a in entry["authors"]] == [
        ("Nguyễn Văn An", 60.0),
        ("Đỗ Thị Hoa", 40.0),
    ]
    code, out, _err = run(capsys, "--db", ward_file, "initiatives", "--year", "2025")
    lines = out.splitlines()
    assert len(lines) == 2
    assert (
        "Bản đồ số tổ dân phố | Lê Thị Hòa | Phường Văn Đẩu | 88/QĐ-UBND of 02/12/2025 | "
        "city or ministry" in lines[0]
    )


def test_an_initiative_whose_author_fits_two_people_writes_nothing(ward_file, tmp_path, capsys):
    rows = [
        *INITIATIVE_ROWS[:5],
        [
            1,
            "Sổ tay điện tử",
            "Trần Văn Bình; Lê Thị Hòa",
            WARD,
            "9/QĐ-UBND",
            dt.date(2025, 5, 1),
            "Cơ sở",
            None,
            2025,
        ],
    ]
    path = write_xlsx(tmp_path / "sang-kien.xlsx", {"SK": rows})
    code, _out, err = run(capsys, "--db", ward_file, "import", "initiatives", path)
    assert code == 1 and "2 people named 'Trần Văn Bình' fit" in err and "--choose" in err
    code, out, _err = run(capsys, "--db", ward_file, "initiatives")
    assert (code, out) == (0, "")


def test_the_listings_refuse_a_database_that_is_not_there(tmp_path, capsys):
    missing = tmp_path / "none.sqlite3"
    for words in (("registrations", "--year", "2026"), ("initiatives",)):
        code, out, err = run(capsys, "--db", missing, *words)
        assert code == 1 and out == "" and len(err.splitlines()) == 1
    assert not missing.exists()
