import datetime as dt

import pytest
from openpyxl import load_workbook

from kienan_awards.core import demo
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists import spreadsheet_export as export
from kienan_awards.core.lists.spreadsheet_export import (
    export_database,
    export_record_list,
    sheet_name,
)
from kienan_awards.core.records.people import name_columns
from kienan_awards.core.records.record_lists import AWARDS, DECISIONS

SHEETS = ["Đơn vị", "Cá nhân", "Phong trào", "Chỉ tiêu", "Quyết định", "Khen thưởng"]
# People and units in the trash stay out of the workbook.
TABLES = {
    "Đơn vị": "units WHERE deleted_at IS NULL",
    "Cá nhân": "people WHERE deleted_at IS NULL",
    "Phong trào": "movements",
    "Chỉ tiêu": "targets",
    "Quyết định": "decisions",
    "Khen thưởng": "awards",
}


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


def headers(sheet) -> list[str]:
    return [cell.value for cell in next(sheet.iter_rows(max_row=1))]


def data_rows(sheet) -> list[list]:
    return [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]


def add_person(db, name="Nguyễn Thị Ánh", personal_id="001234567890", **fields):
    db["people"].insert(
        {
            **name_columns(name),
            "gender": "female",
            "birth_year": 1990,
            "personal_id": personal_id,
            **fields,
        }
    )


def test_workbook_has_one_sheet_per_record_kind_with_vietnamese_headers(demo_db, tmp_path):
    path = tmp_path / "so-khen-thuong.xlsx"
    export_database(demo_db, path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == SHEETS
    assert headers(workbook["Đơn vị"]) == [
        "Tên đơn vị",
        "Loại đơn vị",
        "Đơn vị cấp trên",
        "Hiệu lực từ ngày",
        "Hiệu lực đến ngày",
        "Đơn vị kế thừa",
    ]
    assert headers(workbook["Cá nhân"]) == [
        "Họ và tên",
        "Giới tính",
        "Ngày/năm sinh",
        "Chức vụ",
        "Đơn vị",
    ]
    assert headers(workbook["Khen thưởng"])[:4] == [
        "Năm vào sổ",
        "Số vào sổ",
        "Cá nhân, tập thể được khen",
        "Đối tượng",
    ]
    assert "Tiền thưởng (đồng)" in headers(workbook["Khen thưởng"])
    for sheet in workbook:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref is not None
        assert all(cell.font.b for cell in next(sheet.iter_rows(max_row=1)))


def test_every_sheet_holds_every_row_of_its_table(demo_db, tmp_path):
    path = tmp_path / "all.xlsx"
    written = export_database(demo_db, path)
    workbook = load_workbook(path)
    for sheet, table in TABLES.items():
        count = demo_db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert count > 0
        assert written[sheet] == count
        assert len(data_rows(workbook[sheet])) == count


def test_award_row_carries_its_decision_date_as_a_real_date_and_its_bonus_as_a_number(
    demo_db, tmp_path
):
    path = tmp_path / "all.xlsx"
    export_database(demo_db, path)
    sheet = load_workbook(path)["Khen thưởng"]
    columns = headers(sheet)
    number_col, date_col = columns.index("Số quyết định"), columns.index("Ngày quyết định")
    bonus_col = columns.index("Tiền thưởng (đồng)")
    rows = [row for row in sheet.iter_rows(min_row=2) if row[number_col].value == "15/QĐ-UBND"]
    assert rows
    assert {row[date_col].value for row in rows} == {dt.datetime(2024, 1, 12)}
    assert {row[date_col].number_format for row in rows} == {"dd/mm/yyyy"}
    bonuses = [row[bonus_col] for row in rows if row[bonus_col].value is not None]
    assert bonuses
    assert all(type(cell.value) is int for cell in bonuses)
    assert bonuses[0].number_format == "#,##0"
    assert {row[columns.index("Trạng thái")].value for row in rows} == {"Đã khen"}
    assert {row[columns.index("Đối tượng")].value for row in rows} <= {
        "Cá nhân",
        "Tập thể",
        "Hộ gia đình",
    }


def test_targets_show_the_whole_area_and_their_figures_as_numbers(demo_db, tmp_path):
    path = tmp_path / "all.xlsx"
    export_database(demo_db, path)
    sheet = load_workbook(path)["Chỉ tiêu"]
    columns = headers(sheet)
    rows = data_rows(sheet)
    retail = next(
        row
        for row in rows
        if row[columns.index("Chỉ tiêu")] == "Tổng mức bán lẻ hàng hóa"
        and row[columns.index("Năm")] == 2023
    )
    assert retail[columns.index("Đơn vị")] == "Toàn địa bàn"
    assert retail[columns.index("Thực hiện")] == 12_670_113
    assert retail[columns.index("Cùng kỳ")] == 10_385_339
    assert "12.547.151" in retail[columns.index("Kế hoạch")]
    fractions = [row[columns.index("Thực hiện")] for row in rows]
    assert any(isinstance(value, float) and not value.is_integer() for value in fractions)


def test_personal_ids_are_left_out_unless_asked_for(demo_db, tmp_path):
    add_person(demo_db)
    path = tmp_path / "all.xlsx"
    export_database(demo_db, path)
    sheet = load_workbook(path)["Cá nhân"]
    assert "Số CCCD" not in headers(sheet)
    values = {value for row in data_rows(sheet) for value in row}
    assert "001234567890" not in values


def test_personal_ids_when_asked_for_are_text_with_their_leading_zeros(demo_db, tmp_path):
    add_person(demo_db)
    path = tmp_path / "all.xlsx"
    export_database(demo_db, path, include_personal_ids=True)
    sheet = load_workbook(path)["Cá nhân"]
    columns = headers(sheet)
    assert columns[-1] == "Số CCCD"
    row = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "Nguyễn Thị Ánh")
    assert row[-1].value == "001234567890"
    assert row[-1].data_type == "s"
    assert row[columns.index("Giới tính")].value == "Nữ"
    # Only the year is known: text, as every birth in the column is.
    born = row[columns.index("Ngày/năm sinh")]
    assert born.value == "1990" and born.data_type == "s"


def test_people_of_units_sharing_a_name_show_which_one(demo_db, tmp_path):
    path = tmp_path / "all.xlsx"
    export_database(demo_db, path)
    sheet = load_workbook(path)["Cá nhân"]
    units = {row[headers(sheet).index("Đơn vị")] for row in data_rows(sheet)}
    assert "Tổ dân phố số 1" not in units
    assert any(unit.startswith("Tổ dân phố số 1 (Phường ") for unit in units if unit)
    assert "Phòng Tư pháp" in units


def test_people_in_the_trash_are_left_out(demo_db, tmp_path):
    add_person(demo_db, "Trần Văn Bỏ", None, deleted_at="2025-03-01T08:00:00")
    path = tmp_path / "all.xlsx"
    export_database(demo_db, path)
    names = [row[0] for row in data_rows(load_workbook(path)["Cá nhân"])]
    assert "Trần Văn Bỏ" not in names
    assert len(names) == demo_db.execute("SELECT count(*) FROM people").fetchone()[0] - 1


def test_record_list_export_writes_only_the_given_ids_in_their_order(demo_db, tmp_path):
    every_id = AWARDS.ids(demo_db)
    chosen = [every_id[7], every_id[2], every_id[40], every_id[0]]
    path = tmp_path / "list.xlsx"
    assert export_record_list(demo_db, AWARDS, chosen, path, title="Honour roll") == 4
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Honour roll"]
    sheet = workbook.active
    assert headers(sheet) == [
        "Cá nhân, tập thể được khen",
        "Đơn vị",
        "Hình thức khen thưởng",
        "Năm",
        "Quyết định",
        "Số vào sổ",
        "Trạng thái",
    ]
    expected = AWARDS.rows(demo_db, chosen)
    rows = data_rows(sheet)
    assert [row[0] for row in rows] == [expected[record_id][0] for record_id in chosen]
    assert [row[5] for row in rows] == [expected[record_id][5] for record_id in chosen]
    assert all(type(row[3]) is int for row in rows)


def test_record_list_export_writes_listed_dates_as_real_dates(demo_db, tmp_path):
    ids = DECISIONS.ids(demo_db)
    path = tmp_path / "decisions.xlsx"
    assert export_record_list(demo_db, DECISIONS, ids, path, title="Decisions") == len(ids)
    sheet = load_workbook(path).active
    date_col = headers(sheet).index("Ngày")
    cells = [row[date_col] for row in sheet.iter_rows(min_row=2)]
    assert all(isinstance(cell.value, dt.datetime) for cell in cells)
    assert cells[0].number_format == "dd/mm/yyyy"


def test_record_list_export_writes_statuses_kinds_and_coefficients_in_vietnamese(demo_db, tmp_path):
    from kienan_awards.core.records.record_lists import AWARD_FORMS

    path = tmp_path / "awards.xlsx"
    export_record_list(demo_db, AWARDS, AWARDS.ids(demo_db)[:3], path, title="Honour roll")
    assert {row[6] for row in data_rows(load_workbook(path).active)} == {"Đã khen"}
    path = tmp_path / "forms.xlsx"
    export_record_list(demo_db, AWARD_FORMS, AWARD_FORMS.ids(demo_db), path, title="Forms")
    first = data_rows(load_workbook(path).active)[0]
    assert first[3] == "cá nhân, tập thể, hộ gia đình"
    assert "tập thể 0,6" in first[4]


def test_every_translated_list_word_and_every_list_column_has_its_vietnamese_for_workbooks():
    from kienan_awards.core.records.audit_log import ACTION_TITLES, AUDIT_LOG, TABLE_TITLES
    from kienan_awards.core.records.record_lists import AWARD_FORMS, PEOPLE

    words = {"Awarded", "Revoked", "Male", "Female", *ACTION_TITLES.values()}
    words |= set(TABLE_TITLES.values())
    translated = export.list_words()
    assert words <= set(translated)
    assert all(translated[word] != word for word in words)
    for record_list in (PEOPLE, DECISIONS, AWARDS, AWARD_FORMS, AUDIT_LOG):
        for column in record_list.columns:
            assert export.list_header(column) != column.title, column.key


def test_record_list_export_falls_back_to_the_english_title_of_an_unknown_column():
    from kienan_awards.core.records.record_lists import ListColumn

    assert export.list_header(AWARDS.column("recipient_name")) == "Cá nhân, tập thể được khen"
    assert export.list_header(ListColumn("new", "Something new", "1")) == "Something new"


def test_sheet_names_drop_the_characters_excel_refuses_and_keep_to_31():
    assert sheet_name("Quyết định [2024]: 15/QĐ-UBND?") == "Quyết định 2024 15 QĐ-UBND"
    assert len(sheet_name("Danh sách " * 10)) <= 31
    assert sheet_name("/*?") == "Danh sách"


def test_writing_into_a_missing_folder_names_the_file_and_leaves_nothing(demo_db, tmp_path):
    path = tmp_path / "no such folder" / "all.xlsx"
    with pytest.raises(KienanError, match="no such folder") as raised:
        export_database(demo_db, path)
    assert str(path) in str(raised.value)
    assert "\n" not in str(raised.value)
    with pytest.raises(KienanError, match="no such folder"):
        export_record_list(demo_db, AWARDS, AWARDS.ids(demo_db), path, title="Honour roll")
    assert not path.parent.exists()


def test_failed_export_leaves_an_earlier_workbook_of_that_name_as_it_was(
    demo_db, tmp_path, monkeypatch
):
    path = tmp_path / "all.xlsx"
    path.write_bytes(b"earlier workbook")

    def broken_rows(db):
        yield from ()
        raise KienanError("the register could not be read")

    monkeypatch.setattr(export, "_award_rows", broken_rows)
    with pytest.raises(KienanError, match="register could not be read"):
        export_database(demo_db, path)
    assert path.read_bytes() == b"earlier workbook"
    assert not list(tmp_path.glob("*.part"))


def test_workbook_held_open_by_another_program_is_reported_in_one_line(
    demo_db, tmp_path, monkeypatch
):
    path = tmp_path / "all.xlsx"
    path.write_bytes(b"open in Excel")

    def refuse(source, target):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr("os.replace", refuse)
    with pytest.raises(KienanError) as raised:
        export_database(demo_db, path)
    message = str(raised.value)
    assert str(path) in message and "close it" in message and "\n" not in message
    assert path.read_bytes() == b"open in Excel"
    assert not list(tmp_path.glob("*.part"))


def test_every_word_a_list_shows_has_its_vietnamese_in_a_workbook():
    from kienan_awards.core.lists.spreadsheet_export import list_words
    from kienan_awards.core.records.record_lists import LIST_VALUES

    written = list_words()
    assert [value for value in LIST_VALUES if value not in written] == []
