"""Cells as real offices and other programs type them: personal IDs, kinds of unit, kinds of
recipient, and cells that hold nothing but spaces."""

import datetime as dt

import pytest

from kienan_awards.core import vocabulary as words
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.cell_values import CellError
from kienan_awards.core.lists.list_import import ImportOptions, import_list, prepare_import
from tests.support.list_files import write_xlsx

DECISION = ["15/QĐ-UBND", dt.date(2024, 1, 12)]
PEOPLE_HEADER = ["STT", "Họ và tên", "Năm sinh", "Số CCCD", "Hình thức", "Số QĐ", "Ngày QĐ"]


# --- personal IDs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("031188000123", "031188000123"),  # a CCCD typed as text
        (31188000123, "031188000123"),  # a CCCD whose leading zero Excel dropped
        (31188000123.0, "031188000123"),
        (3.1188000123e10, "031188000123"),
        (123456789012, "123456789012"),
        ("'031188000123", "031188000123"),  # Excel's apostrophe that keeps text as text
        ("’031188000123", "031188000123"),
        ("031 188 000 123", "031188000123"),
        ("\xa0031188000123\xa0", "031188000123"),
        ("0311.8800.0123", "031188000123"),
        ("031-188-000-123", "031188000123"),
    ],
)
def test_a_cccd_is_kept_as_typed(typed, stored):
    assert cell_values.personal_id(typed) == stored


CMNDS = [
    ("123456789", "123456789"),  # typed as text
    ("012 345 678", "012345678"),  # a CMND keeps its leading zero as text
    ("'023456789", "023456789"),
    (123456789, "123456789"),  # typed as a number: never padded to 12
    (1.23456789e8, "123456789"),  # the same read back from Excel as a float
]


@pytest.mark.parametrize(("typed", "digits"), CMNDS)
def test_a_cmnd_is_kept_as_its_nine_digits_and_never_padded(typed, digits):
    assert cell_values.personal_id(typed) == digits


@pytest.mark.parametrize(
    ("typed", "shown", "count"),
    [
        ("1234567890", "1234567890", 10),
        (1234567890, "1234567890", 10),  # a CCCD of Hà Nội (001...) lost two zeros
        ("12345678", "12345678", 8),
        (12345678.0, "12345678", 8),  # a CMND that began with 0, typed as a number
        ("31188000123", "31188000123", 11),  # text is never padded: only a number lost a zero
        ("0311880001234", "0311880001234", 13),
        ("031 188 000 12", "031 188 000 12", 11),
    ],
)
def test_a_personal_id_of_another_length_says_what_is_wrong(typed, shown, count):
    with pytest.raises(CellError) as raised:
        cell_values.personal_id(typed)
    message = raised.value.args[0]
    assert message.values == {"value": shown, "count": count}
    assert "12" in message.template and "9" in message.template


@pytest.mark.parametrize("typed", ["CCCD 031188000123", "٠١٢٣٤٥٦٧٨", "12345678x", 12.5, -123456789])
def test_a_personal_id_that_is_not_digits_is_refused(typed):
    with pytest.raises(CellError):
        cell_values.personal_id(typed)


def test_a_list_keeps_ids_as_text_and_names_each_wrong_one(db, tmp_path):
    rows = [
        PEOPLE_HEADER,
        [1, "Bùi Thị Lan", 1988, "031 188 000 123", "Giấy khen", *DECISION],
        [2, "Lê Văn Hùng", 1975, 31175000456, "Giấy khen", *DECISION],
        [3, "Trần Thị Mai", 1980, "'031180000789", "Giấy khen", *DECISION],
        [4, "Phạm Văn Nam", 1990, 1234567890, "Giấy khen", *DECISION],
        [5, "Đỗ Thị Hoa", 1970, "023456789", "Giấy khen", *DECISION],
    ]
    plan = prepare_import(db, write_xlsx(tmp_path / "ids.xlsx", {"DS": rows}), ImportOptions())
    wrong = {error.name: str(error.line()) for error in plan.errors}
    assert set(wrong) == {"Phạm Văn Nam"}
    assert "1234567890" in wrong["Phạm Văn Nam"]
    import_list(db, write_xlsx(tmp_path / "ids.xlsx", {"DS": rows[:4] + rows[5:]}))
    stored = dict(db.execute("SELECT full_name, personal_id FROM people").fetchall())
    assert stored == {
        "Bùi Thị Lan": "031188000123",
        "Lê Văn Hùng": "031175000456",
        "Trần Thị Mai": "031180000789",
        "Đỗ Thị Hoa": "023456789",  # a CMND, its leading zero kept
    }


# --- kinds of unit ----------------------------------------------------------------------------

DOMAIN_UNIT_KINDS = [
    ("Tỉnh", "province"),
    ("Thành phố trực thuộc trung ương", "province"),
    ("Thành phố Trung ương", "province"),  # as the statistics office's list writes it
    ("Thành phố", "district"),  # a city under a province: see cell_values
    ("Thành phố (thuộc tỉnh)", "district"),
    ("Thị xã", "district"),
    ("Quận", "district"),
    ("Huyện", "district"),
    ("Phường", "ward"),
    ("Xã", "ward"),
    ("Thị trấn", "ward"),
    ("Đặc khu", "ward"),
    ("Tổ dân phố", "residential_group"),
    ("Thôn", "residential_group"),
    ("Xóm", "residential_group"),
    ("Ấp", "residential_group"),
    ("Bản", "residential_group"),
    ("Thôn/Xóm/Ấp/Bản", "residential_group"),
    ("Sở", "agency"),
    ("Văn phòng", "agency"),
    ("Trường", "agency"),
    ("Trạm", "agency"),
    ("Trung tâm", "agency"),
    ("Phòng", "department"),
    ("Ban", "department"),
    ("THỊ TRẤN", "ward"),
    (" thị  xã ", "district"),
    ("thi tran", "ward"),  # typed without diacritics, one kind fits
    ("dac khu", "ward"),
    ("Quận, huyện, thị xã", "district"),
]


@pytest.mark.parametrize(("typed", "code"), DOMAIN_UNIT_KINDS)
def test_every_administrative_kind_and_agency_reads_to_a_unit_kind(typed, code):
    assert cell_values.unit_kind(typed) == code


def test_each_unit_kinds_own_word_reads_back_to_its_code():
    assert "province" in words.UNIT_KINDS
    for code, word in words.UNIT_KINDS.items():
        assert cell_values.unit_kind(word) == code


@pytest.mark.parametrize("typed", ["Quân đội", "Tỉnh, Huyện", "Bản, Ban"])
def test_an_unknown_or_mixed_kind_of_unit_names_the_known_ones(typed):
    with pytest.raises(CellError) as raised:
        cell_values.unit_kind(typed)
    assert raised.value.args[0].values == {
        "kind_text": typed,
        "known": "; ".join(words.UNIT_KINDS.values()),
    }


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Thị trấn Trường Sơn", "ward"),
        ("Đặc khu Bạch Long Vĩ", "ward"),
        ("Tỉnh Hải Dương", "province"),
        ("Thị xã Kinh Môn", "district"),
        ("Thôn Đông", "residential_group"),
        ("Bản Lác", "residential_group"),
        ("Ban Chỉ huy quân sự", "department"),
        ("Sở Nội vụ", "agency"),
        ("Thành phố Hải Phòng", None),  # whether it is centrally run, the name does not say
        ("Nguyễn Văn An", None),
        ("Phường", None),  # a kind with no name
    ],
)
def test_a_units_name_gives_the_kind_it_begins_with(name, code):
    assert cell_values.unit_kind_of_name(name) == code


def test_a_list_of_units_takes_every_kind_a_statistics_office_list_names(db, tmp_path):
    rows = [
        [words.ROW_NUMBER, words.UNIT_NAME, words.UNIT_KIND, words.PARENT_UNIT],
        [1, "Thành phố Hải Phòng", "Thành phố Trung ương", None],
        [2, "Thị xã Kinh Môn", "Thị xã", "Thành phố Hải Phòng"],
        [3, "Thị trấn Trường Sơn", "Thị trấn", "Thị xã Kinh Môn"],
        [4, "Đặc khu Bạch Long Vĩ", "Đặc khu", "Thành phố Hải Phòng"],
        [5, "Tỉnh Hải Dương", "Tỉnh", None],
    ]
    plan = prepare_import(
        db, write_xlsx(tmp_path / "units.xlsx", {"DS": rows}), ImportOptions(list_kind="units")
    )
    assert not plan.errors
    kinds = {unit.name: unit.kind for unit in plan.new_units}
    assert kinds == {
        "Thành phố Hải Phòng": "province",
        "Thị xã Kinh Môn": "district",
        "Thị trấn Trường Sơn": "ward",
        "Đặc khu Bạch Long Vĩ": "ward",
        "Tỉnh Hải Dương": "province",
    }


# --- kinds of recipient ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("TAPTHE", "collective"),
        ("CANHAN", "individual"),
        ("HOGIADINH", "household"),
        ("Khen thưởng cá nhân", "individual"),
        ("Khen thưởng tập thể", "collective"),
        ("Khen thưởng hộ gia đình", "household"),
        ("Tập thể", "collective"),
        ("Cá nhân", "individual"),
        ("Hộ gia đình", "household"),
        ("CÁ NHÂN", "individual"),
        ("\xa0Tập  thể\xa0", "collective"),
        ("Tap the", "collective"),
    ],
)
def test_recipient_kinds_as_offices_and_other_programs_write_them(typed, code):
    assert cell_values.recipient_kind(typed) == code


def test_a_list_with_kind_codes_of_another_program_imports(db, tmp_path):
    header = ["STT", "Tên tập thể/cá nhân", "Đối tượng", "Hình thức", "Số QĐ", "Ngày QĐ"]
    rows = [
        header,
        [1, "Phòng Văn hóa", "TAPTHE", "Giấy khen", *DECISION],
        [2, "Nguyễn Văn An", "CANHAN", "Giấy khen", *DECISION],
        [3, "Tổ dân phố số 5", "Khen thưởng tập thể", "Giấy khen", *DECISION],
    ]
    plan = prepare_import(db, write_xlsx(tmp_path / "kinds.xlsx", {"DS": rows}), ImportOptions())
    assert not plan.errors
    assert [award.recipient_kind for award in plan.awards] == [
        "collective",
        "individual",
        "collective",
    ]


# --- cells of nothing but spaces -------------------------------------------------------------

BLANKS = ["   ", "\xa0", "\xa0 \xa0", "\u200b", "\t"]


@pytest.mark.parametrize("blank", BLANKS, ids=repr)
def test_a_cell_of_spaces_is_empty_for_every_reader(blank):
    assert cell_values.text(blank) == ""
    assert cell_values.date(blank) is None
    assert cell_values.year(blank) is None
    assert cell_values.birth(blank) == (None, None)
    assert cell_values.gender(blank) is None
    assert cell_values.recipient_kind(blank) is None
    assert cell_values.personal_id(blank) is None
    assert cell_values.unit_kind(blank) is None
    with pytest.raises(CellError) as raised:
        cell_values.decimal_number(blank)
    assert raised.value.args[0].template == "a number is required"


def test_a_row_with_spaces_in_its_optional_cells_imports(db, tmp_path):
    header = [
        "STT",
        "Họ và tên",
        "Năm sinh",
        "Giới tính",
        "Số CCCD",
        "Hình thức",
        "Số QĐ",
        "Ngày QĐ",
    ]
    rows = [header, [1, "Bùi Thị Lan", "\xa0", "  ", " \xa0 ", "Giấy khen", *DECISION]]
    plan = import_list(db, write_xlsx(tmp_path / "blank.xlsx", {"DS": rows}))
    assert not plan.errors
    assert db.execute("SELECT birth_year, gender, personal_id FROM people").fetchall() == [
        (None, None, None)
    ]
