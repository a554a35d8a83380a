"""Cells a clerk never meant to type, arriving in lists from other programs: each is a row
error naming sheet, row and column, or is read as the letter it stands for, never an
unexpected error."""

import datetime as dt

import pytest

from kienan_awards.core.lists import cell_values, record_matching
from kienan_awards.core.lists.list_import import ImportOptions, import_list, prepare_import
from kienan_awards.core.lists.record_matching import NewUnit, UnitIndex
from kienan_awards.core.records.record_counts import record_counts
from kienan_awards.core.text import clean, fold
from tests.support.list_files import award_list, write_xlsx

DECISION = ["15/QĐ-UBND", dt.date(2025, 9, 12)]


def person_row(n, name, born=1985, decided_on=DECISION[1]):
    return [
        n,
        name,
        born,
        "Nam",
        "Chuyên viên",
        "Phòng Văn hóa - Xã hội",
        "Giấy khen",
        "Hoàn thành xuất sắc nhiệm vụ năm 2025",
        DECISION[0],
        decided_on,
    ]


PEOPLE_HEADER = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Chức vụ", "Đơn vị"]
UNITS_HEADER = ["STT", "Tên đơn vị", "Loại đơn vị"]


@pytest.mark.parametrize(
    "hostile",
    ["\x00", "\x07", "\x1b[31m", "\u202e", "\u2066"],
    ids=["NUL", "BEL", "ESC", "RLO", "LRI"],
)
@pytest.mark.parametrize("list_kind", ["awards", "proposals", "people", "units"])
def test_a_control_character_in_a_name_is_a_row_error_naming_sheet_row_and_column(
    db, tmp_path, list_kind, hostile
):
    name = f"Nguyễn Văn{hostile} An"
    if list_kind in ("awards", "proposals"):
        rows = award_list([person_row(1, "Trần Thị Bình"), person_row(2, name)])
    elif list_kind == "people":
        rows = [
            PEOPLE_HEADER,
            [1, "Trần Thị Bình", 1980, "Nữ", "Chuyên viên", "Phòng Nội vụ"],
            [2, name, 1985, "Nam", "Chuyên viên", "Phòng Nội vụ"],
        ]
    else:
        rows = [UNITS_HEADER, [1, "Phòng Nội vụ", "Phòng"], [2, name, "Phòng"]]
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": rows})
    before = record_counts(db)

    plan = prepare_import(db, path, ImportOptions(list_kind=list_kind))

    assert len(plan.errors) == 1
    error = plan.errors[0]
    assert error.sheet_name == "DS"
    assert error.row_number == len(rows)
    assert "column B" in error.message and "U+" in error.message
    assert "\x00" not in error.name and "\u202e" not in error.name
    assert record_counts(db) == before


def test_zero_width_characters_and_eth_are_normalised_away():
    assert clean("Trịnh\u200b Văn Kh\u200dải\ufeff") == "Trịnh Văn Khải"
    assert clean("\u200cÐặng Thị Hà") == "Đặng Thị Hà"
    assert fold("ÐẶNG ðức") == fold("Đặng Đức") == "dang duc"


def test_a_hidden_zero_width_space_is_the_same_person_and_the_same_award(db, tmp_path):
    first = write_xlsx(
        tmp_path / "first.xlsx", {"DS": award_list([person_row(1, "Trịnh Văn Khải")])}
    )
    assert import_list(db, first).errors == []
    again = write_xlsx(
        tmp_path / "again.xlsx",
        {"DS": award_list([person_row(1, "Trịnh Văn\u200b Khải"), person_row(2, "Ðặng Văn Hùng")])},
    )

    plan = prepare_import(db, again)

    assert [e.row_number for e in plan.errors] == [7]
    assert "already holds" in plan.errors[0].message
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 1


def test_an_eth_typed_for_d_stroke_is_stored_as_d_stroke(db, tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": award_list([person_row(1, "ÐẶNG VĂN HÙNG")])})
    assert import_list(db, path).errors == []
    assert db.execute("SELECT full_name FROM people").fetchone()[0] == "ĐẶNG VĂN HÙNG"


@pytest.mark.parametrize(
    "typed",
    ["31/12/1899", "01/01/2101", dt.date(1850, 5, 1), dt.date(2150, 1, 1), 60, "0001-01-01"],
)
def test_dates_outside_1900_to_2100_and_the_phantom_29_february_1900_are_refused(typed):
    with pytest.raises(cell_values.CellError):
        cell_values.date(typed)


def test_dates_at_the_edges_of_the_range_are_read():
    assert cell_values.date("01/01/1900") == dt.date(1900, 1, 1)
    assert cell_values.date("31/12/2100") == dt.date(2100, 12, 31)
    assert cell_values.date(61) == dt.date(1900, 3, 1)
    assert cell_values.date(59) == dt.date(1900, 2, 28)


@pytest.mark.parametrize("year", [1899, 2101, 99999])
def test_achievement_years_outside_1900_to_2100_are_refused(year):
    with pytest.raises(cell_values.CellError):
        cell_values.year(year, latest=3000)


def test_a_decision_date_out_of_range_is_a_row_error(db, tmp_path):
    path = write_xlsx(
        tmp_path / "list.xlsx",
        {"DS": award_list([person_row(1, "Lê Văn Tám", decided_on="12/09/2205")])},
    )
    plan = prepare_import(db, path)
    assert [e.row_number for e in plan.errors] == [7]
    assert "2205" in plan.errors[0].message


def test_a_cell_longer_than_any_field_is_a_row_error_naming_its_column(db, tmp_path):
    long_position = "Chuyên viên " * 3_000
    row = person_row(1, "Lê Văn Tám")
    row[4] = long_position
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": award_list([row])})
    plan = prepare_import(db, path)
    assert len(plan.errors) == 1
    assert "column E" in plan.errors[0].message and "4000" in plan.errors[0].message


def test_finding_the_unit_at_the_end_of_a_long_position_cell_is_linear(monkeypatch):
    index = UnitIndex()
    unit = index.add(NewUnit("Phòng Văn hóa - Xã hội", "department"))
    folded_lengths = []
    monkeypatch.setattr(
        record_matching, "fold", lambda text: folded_lengths.append(len(text)) or fold(text)
    )
    found = index.longest_suffix("Chuyên viên " * 600 + "Phòng Văn hóa - Xã hội")
    assert found is not None and found[1] is unit
    assert len(folded_lengths) <= index.most_words and sum(folded_lengths) < 500


def test_names_stored_before_the_new_folding_are_folded_again_on_upgrade(db_path, tmp_path):
    """A database of schema 10 holds "Ðặng" folded the old way: after the upgrade the same
    name typed again matches the person, and the search finds it."""
    from kienan_awards.core.search.award_search import (
        AwardSearch,
        award_ids,
        search_index_differences,
    )
    from kienan_awards.core.storage import migrations
    from kienan_awards.core.storage.database import open_database

    # A file of schema 10, holding the name as it stored it: the eth kept, folded to "ðang".
    db = open_database(db_path, migrate=False)
    migrations.STEPS.apply(db, stop_before="0011_refold_names")
    with db.conn:
        unit = "Phòng Văn hóa - Xã hội"
        unit_id = db.execute(
            "INSERT INTO units (name, name_folded, name_sort_key, kind) VALUES (?, ?, ?, ?)",
            [unit, fold(unit), unit, "agency"],
        ).lastrowid
        person_id = db.execute(
            "INSERT INTO people (full_name, name_folded, name_sort_key, birth_year, unit_id) "
            "VALUES ('Ðặng Văn Hùng', 'ðang van hung', 'hung', 1985, ?)",
            [unit_id],
        ).lastrowid
        decision_id = db.execute(
            "INSERT INTO decisions (number, decided_on) VALUES (?, ?)",
            [DECISION[0], DECISION[1].isoformat()],
        ).lastrowid
        db.execute(
            "INSERT INTO awards (decision_id, form_id, recipient_kind, person_id, "
            "recipient_name, unit_id, unit_name, achievement_year) VALUES (?, "
            "(SELECT id FROM award_forms WHERE name_vi = 'Giấy khen'), 'individual', ?, "
            "'Ðặng Văn Hùng', ?, ?, 2025)",
            [decision_id, person_id, unit_id, unit],
        )
    db.close()

    db = open_database(db_path)
    assert db.execute("SELECT name_folded FROM people").fetchone()[0] == "dang van hung"
    assert search_index_differences(db) == 0
    assert len(award_ids(db, AwardSearch("Đặng Văn Hùng"))) == 1
    assert len(award_ids(db, AwardSearch("dang van hung"))) == 1
    again = write_xlsx(
        tmp_path / "b.xlsx",
        {"DS": award_list([person_row(1, "Đặng Văn Hùng", decided_on=dt.date(2025, 12, 1))])},
    )
    plan = prepare_import(db, again)
    assert plan.summary()["people_created"] == 0, [e.message for e in plan.errors]
    assert plan.summary()["people_matched"] == 1, [e.message for e in plan.errors]
    db.close()
