import datetime as dt
import unicodedata

import pytest
from msoffcrypto.format.ooxml import OOXMLFile

from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.clean_rows import RowCleaner, RowProblem
from kienan_awards.core.lists.import_error_copy import write_error_copy
from kienan_awards.core.lists.list_import import (
    ImportCancelled,
    ImportOptions,
    commit_import,
    import_list,
    prepare_import,
)
from kienan_awards.core.lists.source_rows import SourceRow
from kienan_awards.core.lists.spreadsheet_reading import read_workbook
from kienan_awards.core.records.record_counts import record_counts
from tests.support.list_files import AWARD_HEADER, award_list, write_ods, write_xlsx

DECISION = ["15/QĐ-UBND", dt.date(2024, 1, 12)]


def person(n, name, born=1985, gender="Nam", unit="Phòng Nội vụ", form="Giấy khen"):
    return [
        n,
        name,
        born,
        gender,
        "Chuyên viên",
        unit,
        form,
        "Hoàn thành xuất sắc nhiệm vụ năm 2023",
        *DECISION,
    ]


def collective(n, name, form="Giấy khen"):
    return [n, name, None, None, None, None, form, "Thành tích xuất sắc năm 2023", *DECISION]


def awards(db):
    return list(
        db.query(
            "SELECT recipient_name, recipient_kind, person_id, recipient_unit_id, unit_name, "
            "position, achievement_year, bonus_amount FROM awards ORDER BY id"
        )
    )


def test_list_with_title_rows_merged_cells_and_sections_is_read(db, tmp_path):
    path = write_xlsx(
        tmp_path / "list.xlsx",
        {
            "Danh sách": award_list(
                [
                    ["I. TẬP THỂ"],
                    collective(1, "Phường Bắc Sơn"),
                    collective(2, "Phòng Kinh tế"),
                    ["II. CÁ NHÂN"],
                    person(1, "Nguyễn Văn An"),
                    person(2, "Trần Thị Bình", gender="Nữ"),
                ]
            )
        },
    )
    plan = import_list(db, path)
    assert plan.errors == []
    assert plan.layouts[0].header_row == 6
    assert plan.summary()["awards_created"] == 4
    rows = awards(db)
    assert [(r["recipient_name"], r["recipient_kind"]) for r in rows] == [
        ("Phường Bắc Sơn", "collective"),
        ("Phòng Kinh tế", "collective"),
        ("Nguyễn Văn An", "individual"),
        ("Trần Thị Bình", "individual"),
    ]
    assert rows[0]["recipient_unit_id"] is not None and rows[2]["person_id"] is not None
    assert (
        db.execute("SELECT kind FROM units WHERE name = 'Phường Bắc Sơn'").fetchone()[0] == "ward"
    )


@pytest.mark.parametrize("heading", ["TẬP THỂ", "tập thể", "I - Tập thể", "A. TẬP THỂ:"])
def test_section_rows_are_recognised_in_any_case_with_or_without_numeral(db, tmp_path, heading):
    path = write_xlsx(
        tmp_path / "list.xlsx",
        {
            "DS": award_list(
                [[heading], collective(1, "Phòng Tư pháp"), ["Cá nhân"], person(1, "Lê Văn Cường")]
            )
        },
    )
    import_list(db, path)
    assert [r["recipient_kind"] for r in awards(db)] == ["collective", "individual"]


def test_kind_column_wins_over_the_section_row(db, tmp_path):
    header = ["STT", "Họ và tên", "Loại", "Hình thức", "Số QĐ", "Ngày QĐ"]
    path = write_xlsx(
        tmp_path / "list.xlsx",
        {
            "DS": [
                header,
                ["II. CÁ NHÂN"],
                [1, "Phòng Y tế", "Tập thể", "Giấy khen", *DECISION],
                [2, "Đỗ Thị Hoa", "Cá nhân", "Giấy khen", *DECISION],
            ]
        },
    )
    import_list(db, path)
    assert [r["recipient_kind"] for r in awards(db)] == ["collective", "individual"]


def test_blank_rows_text_numbers_and_every_date_form_are_accepted(db, tmp_path):
    rows = award_list(
        [
            [],
            [
                "1",
                "Nguyễn Văn An",
                "1985",
                "Nam",
                "Chuyên viên",
                "Phòng Nội vụ",
                "Giấy khen",
                "Năm 2023",
                "15/QĐ-UBND",
                "12/01/2024",
            ],
            [None, None, None],
            [
                2,
                "Trần Văn Bình",
                1979.0,
                "nam",
                None,
                "Phòng Nội vụ",
                "GIẤY KHEN",
                "Năm 2023",
                "15/QĐ-UBND",
                "2024-01-12",
            ],
            [
                3,
                "Phạm Thị Cúc",
                "02/03/1990",
                "Nữ",
                None,
                "Phòng Nội vụ",
                "Giấy khen",
                "Năm 2023",
                "15/QĐ-UBND",
                dt.date(2024, 1, 12),
            ],
            [],
        ]
    )
    plan = import_list(db, write_xlsx(tmp_path / "list.xlsx", {"DS": rows}))
    assert plan.errors == []
    assert plan.summary()["decisions_created"] == 1  # three date forms, one decision
    people = list(db.query("SELECT full_name, birth_year, birth_date, gender FROM people"))
    assert [(p["birth_year"], p["birth_date"]) for p in people] == [
        (1985, None),
        (1979, None),
        (1990, "1990-03-02"),
    ]
    assert [p["gender"] for p in people] == ["male", "male", "female"]


def test_decomposed_text_and_stray_spaces_are_stored_as_nfc_and_match(db, tmp_path):
    first = write_xlsx(tmp_path / "a.xlsx", {"DS": award_list([person(1, "Nguyễn Thị Hòa")])})
    import_list(db, first)
    nfd = unicodedata.normalize("NFD", "  Nguyễn  Thị Hòa ")
    row = [
        1,
        nfd,
        1985,
        "Nữ",
        "Chuyên viên",
        unicodedata.normalize("NFD", "Phòng Nội vụ "),
        "Lao động tiên tiến",
        "Năm 2023",
        "20/QĐ-UBND",
        dt.date(2023, 12, 20),
    ]
    plan = import_list(db, write_xlsx(tmp_path / "b.xlsx", {"DS": award_list([row])}))
    assert plan.summary()["people_matched"] == 1 and plan.summary()["people_created"] == 0
    assert plan.summary()["units_created"] == 0
    names = [r["recipient_name"] for r in awards(db)]
    assert names == ["Nguyễn Thị Hòa", "Nguyễn Thị Hòa"]
    assert all(unicodedata.is_normalized("NFC", name) for name in names)


def test_each_sheet_is_its_own_list_with_its_own_header_row(db, tmp_path):
    path = write_xlsx(
        tmp_path / "list.xlsx",
        {
            "Tập thể": award_list([collective(1, "Phòng Tư pháp")]),
            "Cá nhân": [AWARD_HEADER, person(1, "Vũ Văn Dũng")],
            "Ghi chú": [["Danh sách kèm theo tờ trình"]],
        },
    )
    plan = import_list(db, path)
    assert [layout.header_row for layout in plan.layouts] == [6, 1, None]
    assert plan.sheets_without_table == ["Ghi chú"]
    assert plan.summary()["awards_created"] == 2


def test_ods_files_are_read_like_xlsx(db, tmp_path):
    path = write_ods(tmp_path / "list.ods", {"DS": award_list([person(1, "Hoàng Văn Em")])})
    plan = import_list(db, path)
    assert plan.errors == [] and awards(db)[0]["recipient_name"] == "Hoàng Văn Em"


def test_english_headers_are_accepted(db, tmp_path):
    header = [
        "No",
        "Name",
        "Kind",
        "Gender",
        "Birth year",
        "Unit",
        "Award",
        "Achievement",
        "Decision number",
        "Decision date",
        "Year",
    ]
    path = write_xlsx(
        tmp_path / "list.xlsx",
        {
            "List": [
                header,
                [
                    1,
                    "Ngô Thị Gấm",
                    "individual",
                    "female",
                    1991,
                    "Phòng Y tế",
                    "Advanced Worker",
                    "Good work",
                    "21/QĐ-UBND",
                    "20/12/2023",
                    2023,
                ],
            ]
        },
    )
    import_list(db, path)
    assert awards(db)[0]["achievement_year"] == 2023


def test_one_wrong_row_writes_nothing_and_is_named_by_sheet_and_excel_row(db, tmp_path):
    rows = award_list(
        [
            person(1, "Nguyễn Văn An"),
            [
                2,
                "Trần Văn Bình",
                1980,
                "Nam",
                None,
                "Phòng Nội vụ",
                "Giấy khen",
                "Năm 2023",
                "15/QĐ-UBND",
                "31/02/2024",
            ],
            [3, None, 1980, "Nam", None, "Phòng Nội vụ", "Giấy khen", "Năm 2023", *DECISION],
            person(4, "Lê Văn Cường", form="Huân chương Lao động"),
            collective(5, "Phòng Nội vụ", form="Lao động tiên tiến"),
        ]
    )
    before = record_counts(db)
    plan = import_list(db, write_xlsx(tmp_path / "list.xlsx", {"Danh sách": rows}))
    assert record_counts(db) == before
    lines = [error.line() for error in plan.errors]
    assert (
        lines[0] == "sheet 'Danh sách' row 8: decision date (column J): impossible date 31/02/2024"
    )
    assert lines[1] == "sheet 'Danh sách' row 9: name missing"
    assert lines[2].startswith(
        "sheet 'Danh sách' row 10: unknown award form "
        "'Huân chương Lao động' (known forms: Giấy khen, "
    )
    assert lines[3].startswith("sheet 'Danh sách' row 11: Lao động tiên tiến is not given to")
    with pytest.raises(KienanError, match="nothing was written"):
        commit_import(db, plan)


def test_the_same_person_is_not_created_twice_within_a_file_or_across_files(db, tmp_path):
    path = write_xlsx(
        tmp_path / "a.xlsx",
        {
            "DS": award_list(
                [
                    person(1, "Nguyễn Văn An", form="Giấy khen"),
                    person(2, "NGUYỄN VĂN AN", form="Lao động tiên tiến"),
                ]
            )
        },
    )
    assert import_list(db, path).summary()["people_created"] == 1
    second = write_xlsx(
        tmp_path / "b.xlsx",
        {
            "DS": award_list(
                [
                    [
                        1,
                        "Nguyen Van An",
                        1985,
                        "Nam",
                        None,
                        None,
                        "Giấy khen",
                        "Năm 2022",
                        "9/QĐ-UBND",
                        "10/01/2023",
                    ]
                ]
            )
        },
    )
    assert import_list(db, second).summary()["people_matched"] == 1
    assert db["people"].count == 1


def test_a_different_birth_year_is_a_different_person(db, tmp_path):
    import_list(
        db,
        write_xlsx(
            tmp_path / "a.xlsx",
            {
                "DS": award_list(
                    [person(1, "Nguyễn Văn An", born=1985), person(2, "Nguyễn Văn An", born=1990)]
                )
            },
        ),
    )
    assert db["people"].count == 2


def test_an_ambiguous_match_is_reported_not_guessed(db, tmp_path):
    import_list(
        db,
        write_xlsx(
            tmp_path / "a.xlsx",
            {
                "DS": award_list(
                    [
                        person(1, "Nguyễn Văn An", born=1985, unit="Phòng Nội vụ"),
                        person(2, "Nguyễn Văn An", born=1990, unit="Phòng Nội vụ"),
                    ]
                )
            },
        ),
    )
    header = ["STT", "Họ và tên", "Hình thức", "Số QĐ", "Ngày QĐ"]
    plan = import_list(
        db,
        write_xlsx(
            tmp_path / "b.xlsx",
            {
                "DS": [
                    header,
                    [1, "Nguyễn Văn An", "Lao động tiên tiến", "30/QĐ-UBND", "20/12/2023"],
                ]
            },
        ),
    )
    assert "2 people named 'Nguyễn Văn An' fit" in plan.errors[0].message
    assert db["awards"].count == 2


def test_personal_id_matches_and_keeps_its_leading_zeros(db, tmp_path):
    header = ["STT", "Họ và tên", "Năm sinh", "Số CCCD", "Hình thức", "Số QĐ", "Ngày QĐ"]
    import_list(
        db,
        write_xlsx(
            tmp_path / "a.xlsx",
            {"DS": [header, [1, "Bùi Thị Lan", 1988, "031188000123", "Giấy khen", *DECISION]]},
        ),
    )
    plan = import_list(
        db,
        write_xlsx(
            tmp_path / "b.xlsx",
            {
                "DS": [
                    header,
                    [
                        1,
                        "Bùi Thị Lan",
                        None,
                        31188000123,
                        "Lao động tiên tiến",
                        "30/QĐ-UBND",
                        "20/12/2023",
                    ],
                ]
            },
        ),
    )
    assert plan.summary()["people_matched"] == 1
    assert db.execute("SELECT personal_id FROM people").fetchall() == [("031188000123",)]


def test_a_file_already_imported_is_recognised_and_not_imported_twice(db, tmp_path):
    rows = {"DS": award_list([person(1, "Nguyễn Văn An")])}
    import_list(db, write_xlsx(tmp_path / "a.xlsx", rows))
    before = record_counts(db)
    with pytest.raises(KienanError, match="already imported"):
        import_list(db, write_xlsx(tmp_path / "copy of a.xlsx", rows))
    assert record_counts(db) == before


def test_an_award_already_held_for_the_year_is_an_error(db, tmp_path):
    import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list([person(1, "Lý Văn Hải")])}))
    row = [
        1,
        "Lý Văn Hải",
        1985,
        "Nam",
        None,
        "Phòng Nội vụ",
        "Giấy khen",
        "Năm 2023",
        "16/QĐ-UBND",
        "15/01/2024",
    ]
    plan = import_list(db, write_xlsx(tmp_path / "b.xlsx", {"DS": award_list([row])}))
    assert "already holds Giấy khen for 2023 (decision 15/QĐ-UBND of 12/01/2024)" in (
        plan.errors[0].message
    )


def test_decision_and_form_can_be_given_for_the_whole_file(db, tmp_path):
    path = write_xlsx(
        tmp_path / "a.xlsx", {"DS": [["STT", "Họ và tên", "Năm sinh"], [1, "Đinh Văn Khoa", 1980]]}
    )
    options = ImportOptions(
        decision_number="7/QĐ-UBND",
        decision_date=dt.date(2023, 12, 25),
        form_name="LĐTT" if False else "Lao động tiên tiến",
    )
    plan = import_list(db, path, options)
    assert plan.errors == []
    row = db.execute(
        "SELECT d.number, d.decided_on, f.code, a.achievement_year FROM awards a "
        "JOIN decisions d ON d.id = a.decision_id "
        "JOIN award_forms f ON f.id = a.form_id"
    ).fetchone()
    assert row == ("7/QĐ-UBND", "2023-12-25", "LDTT", 2023)


def test_unknown_form_given_for_the_whole_file_lists_the_known_forms(db, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", {"DS": [["STT", "Họ và tên"], [1, "A"]]})
    with pytest.raises(KienanError, match="known forms: Giấy khen"):
        prepare_import(db, path, ImportOptions(form_name="Huân chương"))


def test_position_and_unit_in_one_column_are_split_at_a_known_unit(db, tmp_path):
    header = ["STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức", "Số QĐ", "Ngày QĐ"]
    db["units"].insert(
        {
            "name": "Phòng Tài chính - Kế hoạch",
            "name_folded": "phong tai chinh - ke hoach",
            "kind": "department",
        }
    )
    import_list(
        db,
        write_xlsx(
            tmp_path / "a.xlsx",
            {
                "DS": [
                    header,
                    [
                        1,
                        "Mai Văn Long",
                        "Phó Trưởng phòng Phòng Tài chính - Kế hoạch",
                        "Giấy khen",
                        *DECISION,
                    ],
                    [2, "Mai Thị Mơ", "Chuyên viên, Phòng Y tế", "Giấy khen", *DECISION],
                ]
            },
        ),
    )
    rows = awards(db)
    assert (rows[0]["position"], rows[0]["unit_name"]) == (
        "Phó Trưởng phòng",
        "Phòng Tài chính - Kế hoạch",
    )
    assert (rows[1]["position"], rows[1]["unit_name"]) == ("Chuyên viên", "Phòng Y tế")


def test_notes_below_the_table_are_passed_over_not_imported(db, tmp_path):
    rows = award_list(
        [person(1, "Nguyễn Văn An"), [], [None, "Người lập biểu"], ["Tổng cộng: 01 cá nhân"]]
    )
    plan = import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": rows}))
    assert plan.errors == [] and plan.passed_over == [("DS", 9), ("DS", 10)]


def test_people_list_creates_and_matches_people(db, tmp_path):
    header = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Đơn vị", "CCCD"]
    path = write_xlsx(
        tmp_path / "people.xlsx",
        {
            "DS": [
                header,
                [
                    1,
                    "Phan Văn Nam",
                    "Nam",
                    "05/06/1982",
                    "Chuyên viên",
                    "Phòng Y tế",
                    "031082001234",
                ],
                [2, "Phan Thị Oanh", "Nữ", 1990, None, "Phòng Y tế", None],
            ]
        },
    )
    plan = import_list(db, path, ImportOptions(list_kind="people"))
    assert plan.summary()["people_created"] == 2 and db["people"].count == 2
    again = write_xlsx(
        tmp_path / "again.xlsx",
        {"DS": [header, [1, "Phan Thị Oanh", "Nữ", 1990, "Kế toán", "Phòng Y tế", None]]},
    )
    plan = import_list(db, again, ImportOptions(list_kind="people"))
    assert plan.summary()["people_matched"] == 1 and db["people"].count == 2
    assert (
        db.execute("SELECT position FROM people WHERE full_name = 'Phan Thị Oanh'").fetchone()[0]
        == "Kế toán"
    )


def test_units_list_links_parents_listed_after_their_children(db, tmp_path):
    header = ["STT", "Tên đơn vị", "Loại", "Đơn vị cấp trên", "Từ ngày"]
    path = write_xlsx(
        tmp_path / "units.xlsx",
        {
            "DS": [
                header,
                [1, "Tổ dân phố số 1", "Tổ dân phố", "Phường Mẫu", "01/01/2019"],
                [2, "Phường Mẫu", "Phường", None, "01/01/2019"],
            ]
        },
    )
    plan = import_list(db, path, ImportOptions(list_kind="units"))
    assert plan.errors == []
    rows = {r["name"]: r for r in db.query("SELECT id, name, kind, parent_id FROM units")}
    assert rows["Tổ dân phố số 1"]["parent_id"] == rows["Phường Mẫu"]["id"]
    assert rows["Tổ dân phố số 1"]["kind"] == "residential_group"


def test_units_list_reports_an_unknown_parent(db, tmp_path):
    header = ["STT", "Tên đơn vị", "Đơn vị cấp trên"]
    path = write_xlsx(tmp_path / "units.xlsx", {"DS": [header, [1, "Tổ 5", "Phường Không Có"]]})
    plan = import_list(db, path, ImportOptions(list_kind="units"))
    assert "parent unit 'Phường Không Có'" in plan.errors[0].message
    assert db["units"].count == 0


def test_missing_corrupt_and_password_protected_files_give_one_clear_error(db, tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", {"DS": award_list([person(1, "A B")])})
    locked = tmp_path / "locked.xlsx"
    with open(good, "rb") as source, open(locked, "wb") as target:
        OOXMLFile(source).encrypt("secret", target)
    corrupt = tmp_path / "corrupt.xlsx"
    corrupt.write_bytes(good.read_bytes()[:1500])
    (tmp_path / "notes.txt").write_text("STT;Họ và tên", encoding="utf-8")
    for path, message in [
        (tmp_path / "missing.xlsx", "no such file"),
        (corrupt, "cannot be read as a spreadsheet"),
        (locked, "protected by a password"),
        (tmp_path / "notes.txt", "not a spreadsheet"),
    ]:
        with pytest.raises(KienanError, match=message) as raised:
            prepare_import(db, path)
        assert "\n" not in str(raised.value)


def test_cancelling_stops_before_anything_is_written(db, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", {"DS": award_list([person(1, "Nguyễn Văn An")])})
    with pytest.raises(ImportCancelled):
        prepare_import(db, path, cancelled=lambda: True)
    plan = prepare_import(db, path)
    with pytest.raises(ImportCancelled):
        commit_import(db, plan, cancelled=lambda: True)
    assert record_counts(db)["awards"] == 0 and db["import_batches"].count == 0


def test_error_copy_marks_each_wrong_row_in_an_extra_column(db, tmp_path):
    from openpyxl import load_workbook

    path = write_xlsx(
        tmp_path / "a.xlsx",
        {"DS": award_list([person(1, "Nguyễn Văn An"), person(2, "Lê Văn B", form="Huân chương")])},
    )
    sheets = read_workbook(path)
    plan = prepare_import(db, path, sheets=sheets)
    out = tmp_path / "errors.xlsx"
    assert write_error_copy(sheets, plan, out) == 1
    sheet = load_workbook(out).active
    error_column = len(AWARD_HEADER) + 1
    assert sheet.cell(row=6, column=error_column).value == "Lỗi"
    assert sheet.cell(row=7, column=error_column).value is None
    assert sheet.cell(row=8, column=error_column).value.startswith("unknown award form")
    assert sheet.cell(row=8, column=2).value == "Lê Văn B"


def test_without_sections_or_kind_column_names_of_collectives_are_told_from_people(db, tmp_path):
    header = ["STT", "Họ và tên", "Hình thức", "Số QĐ", "Ngày QĐ"]
    import_list(
        db,
        write_xlsx(
            tmp_path / "a.xlsx",
            {
                "DS": [
                    header,
                    [1, "Tổ dân phố số 4", "Giấy khen", *DECISION],
                    [2, "Tô Văn Phòng", "Giấy khen", *DECISION],
                    [3, "UBND phường Mẫu", "Giấy khen", *DECISION],
                ]
            },
        ),
    )
    assert [r["recipient_kind"] for r in awards(db)] == ["collective", "individual", "collective"]


def test_names_spelt_differently_are_different_people_but_undiacritised_text_matches(db, tmp_path):
    import_list(
        db,
        write_xlsx(
            tmp_path / "a.xlsx",
            {
                "DS": award_list(
                    [person(1, "Lê Khánh Hòa", gender="Nữ"), person(2, "Lê Khánh Hoa", gender="Nữ")]
                )
            },
        ),
    )
    assert db["people"].count == 2
    plan = import_list(
        db,
        write_xlsx(
            tmp_path / "b.xlsx",
            {
                "DS": award_list(
                    [
                        [
                            1,
                            "Lê Khánh Hoà",
                            1985,
                            "Nữ",
                            None,
                            "Phòng Nội vụ",
                            "Lao động tiên tiến",
                            "Năm 2023",
                            "30/QĐ-UBND",
                            "20/12/2023",
                        ]
                    ]
                )
            },
        ),
    )
    assert plan.summary()["people_matched"] == 1


def test_error_copy_into_a_missing_folder_is_one_clear_error(db, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", {"DS": award_list([person(1, "A", form="X")])})
    sheets = read_workbook(path)
    plan = prepare_import(db, path, sheets=sheets)
    with pytest.raises(KienanError, match="cannot write"):
        write_error_copy(sheets, plan, tmp_path / "missing" / "errors.xlsx")


def test_a_units_proposal_list_becomes_proposal_lines_to_review_not_awards(db, tmp_path):
    header = ["STT", "Họ và tên", "Năm sinh", "Đơn vị", "Hình thức", "Thành tích", "Năm"]
    path = write_xlsx(
        tmp_path / "de-nghi.xlsx",
        {
            "DS": [
                header,
                ["I. TẬP THỂ"],
                [1, "Phòng Y tế", None, None, "Giấy khen", "Xuất sắc", 2025],
                ["II. CÁ NHÂN"],
                [1, "Lê Văn Mới", 1990, "Phòng Y tế", "Lao động tiên tiến", "Tốt", 2025],
            ]
        },
    )
    plan = import_list(db, path, ImportOptions(list_kind="proposals"))
    assert plan.errors == [] and plan.summary()["proposal_lines_created"] == 2
    assert db["awards"].count == 0 and db["decisions"].count == 0
    lines = db.execute(
        "SELECT recipient_name, recipient_kind, review_status FROM proposal_lines ORDER BY id"
    ).fetchall()
    assert lines == [
        ("Phòng Y tế", "collective", "pending"),
        ("Lê Văn Mới", "individual", "pending"),
    ]
    assert db.execute("SELECT achievement_year FROM proposals").fetchone()[0] == 2025


def test_committing_an_awards_list_returns_the_records_it_wrote(db, tmp_path):
    rows = award_list([collective(1, "Phòng Kinh tế"), person(1, "Nguyễn Văn An")])
    plan = prepare_import(db, write_xlsx(tmp_path / "a.xlsx", {"DS": rows}))
    summary = commit_import(db, plan)
    assert summary == plan.summary() and summary["awards_created"] == 2
    ids = {
        table: frozenset(row[0] for row in db.execute(f"SELECT id FROM {table}"))
        for table in ("import_batches", "units", "people", "decisions")
    }
    assert summary.changes == ChangeSet(
        {
            RecordKind.IMPORTS: ids["import_batches"],
            RecordKind.UNITS: ids["units"],
            RecordKind.PEOPLE: ids["people"],
            RecordKind.DECISIONS: ids["decisions"],
            RecordKind.AWARDS: frozenset(),  # thousands at once: the kind alone
        }
    )
    assert all(summary.changes.ids[kind] for kind in summary.changes.kinds - {RecordKind.AWARDS})


def test_committing_a_people_list_names_the_people_it_filled_in_and_no_new_unit(db, tmp_path):
    header = ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Đơn vị"]
    first = write_xlsx(tmp_path / "a.xlsx", {"DS": [header, [1, "Phan Văn Nam", 1982, None, "Y"]]})
    import_list(db, first, ImportOptions(list_kind="people"))
    again = [header, [1, "Phan Văn Nam", 1982, "Kế toán", "Y"], [2, "Lê Thị Lan", 1990, None, "Y"]]
    plan = prepare_import(
        db, write_xlsx(tmp_path / "b.xlsx", {"DS": again}), ImportOptions(list_kind="people")
    )
    changes = commit_import(db, plan).changes
    people = dict(db.execute("SELECT full_name, id FROM people"))
    assert changes.kinds == {RecordKind.IMPORTS, RecordKind.PEOPLE}
    assert changes.ids[RecordKind.PEOPLE] == {people["Phan Văn Nam"], people["Lê Thị Lan"]}


def test_committing_a_proposal_names_its_proposals_and_writes_no_award(db, tmp_path):
    header = ["STT", "Họ và tên", "Năm sinh", "Đơn vị", "Hình thức", "Thành tích", "Năm"]
    rows = [
        header,
        [1, "Lê Văn Mới", 1990, "Phòng Y tế", "Lao động tiên tiến", "Tốt", 2024],
        [2, "Lê Văn Cũ", 1980, "Phòng Y tế", "Lao động tiên tiến", "Tốt", 2025],
    ]
    plan = prepare_import(
        db, write_xlsx(tmp_path / "d.xlsx", {"DS": rows}), ImportOptions(list_kind="proposals")
    )
    changes = commit_import(db, plan).changes
    proposals = {row[0] for row in db.execute("SELECT id FROM proposals")}
    assert len(proposals) == 2 and changes.ids[RecordKind.PROPOSALS] == proposals
    assert RecordKind.AWARDS not in changes.kinds and RecordKind.DECISIONS not in changes.kinds


def test_a_wrong_cell_no_planner_reads_is_no_error(db, tmp_path):
    """A collective has no gender: what its row says there is not read, so not refused."""
    row = collective(1, "Phòng Kinh tế")
    row[3] = "không rõ"
    plan = prepare_import(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list([row])}))
    assert plan.errors == [] and plan.summary()["awards_created"] == 1


def test_a_true_cell_and_a_one_are_cleaned_apart():
    cleaner = RowCleaner("people")
    rows = [SourceRow("DS", n, None, {"name": "An", "position": v}) for n, v in ((2, 1), (3, True))]
    assert [cleaner.clean(row).text("position") for row in rows] == ["1", "True"]


def test_a_row_cleaned_once_names_its_wrong_cell_only_when_it_is_read():
    row = RowCleaner("people").clean(
        SourceRow("DS", 7, None, {"name": "Lê\x07An", "gender": "x"}, {"name": 1, "gender": 2})
    )
    assert row.shown_name == "Lê\ufffdAn"
    with pytest.raises(RowProblem) as problem:
        row.text("name")
    assert str(problem.value.args[0]).startswith("name (column B): the text ")
    with pytest.raises(RowProblem, match=r"gender \(column C\): 'x' is not a gender"):
        row.value("gender")
