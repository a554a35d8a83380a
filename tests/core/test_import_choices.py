"""A row whose name fits several records names them, and the clerk chooses which record it
is (or a new one) before anything is written; every row can be read beside its record."""

from kienan_awards.core.lists.list_import import (
    ImportOptions,
    commit_import,
    import_list,
    prepare_import,
)
from kienan_awards.core.lists.plan_records import record_beside_row
from kienan_awards.core.lists.record_matching import NEW_RECORD
from tests.support.list_files import award_list, write_xlsx

UNITS = ImportOptions(list_kind="units")
PEOPLE_HEADER = ["STT", "Họ và tên", "Năm sinh", "Đơn vị"]


def people_list(tmp_path, rows, name="people.xlsx"):
    return write_xlsx(tmp_path / name, {"DS": [PEOPLE_HEADER, *rows]})


def two_namesakes(db, tmp_path) -> dict[int, int]:
    """Two recorded Nguyễn Văn An of two units; their ids by birth year."""
    plan = import_list(
        db,
        people_list(
            tmp_path,
            [[1, "Nguyễn Văn An", 1980, "Phường Lê Lợi"], [2, "Nguyễn Văn An", 1985, "Xã An Hòa"]],
            "recorded.xlsx",
        ),
        ImportOptions(list_kind="people"),
    )
    assert plan.errors == []
    return dict(db.execute("SELECT birth_year, id FROM people").fetchall())


def test_a_row_that_fits_two_people_names_both_with_their_birth_years_and_units(db, tmp_path):
    ids = two_namesakes(db, tmp_path)
    plan = prepare_import(
        db, people_list(tmp_path, [[1, "Nguyễn Văn An"]]), ImportOptions(list_kind="people")
    )
    [error] = plan.errors
    ambiguity = error.ambiguity
    assert ambiguity.record_kind == "person" and ambiguity.typed == "Nguyễn Văn An"
    assert dict(ambiguity.candidates) == {
        ids[1980]: "Nguyễn Văn An - 1980 - Phường Lê Lợi",
        ids[1985]: "Nguyễn Văn An - 1985 - Xã An Hòa",
    }


def test_the_clerks_choice_makes_the_row_that_person_and_fills_only_its_blanks(db, tmp_path):
    ids = two_namesakes(db, tmp_path)
    path = people_list(tmp_path, [[1, "Nguyễn Văn An"]])
    first = prepare_import(db, path, ImportOptions(list_kind="people"))
    key = first.errors[0].ambiguity.key("DS", 2)
    plan = prepare_import(db, path, ImportOptions(list_kind="people", choices={key: ids[1985]}))
    assert plan.errors == []
    [result] = plan.results
    assert result.status == "matched" and result.record.id == ids[1985]
    commit_import(db, plan)
    assert db["people"].count == 2


def test_choosing_a_new_record_creates_a_third_namesake(db, tmp_path):
    two_namesakes(db, tmp_path)
    path = people_list(tmp_path, [[1, "Nguyễn Văn An"]])
    key = prepare_import(db, path, ImportOptions(list_kind="people")).errors[0].ambiguity
    options = ImportOptions(list_kind="people", choices={key.key("DS", 2): NEW_RECORD})
    plan = import_list(db, path, options)
    assert plan.errors == [] and plan.summary()["people_created"] == 1
    assert db["people"].count == 3


def test_a_choice_of_a_record_the_name_does_not_fit_leaves_the_row_wrong(db, tmp_path):
    ids = two_namesakes(db, tmp_path)
    path = people_list(tmp_path, [[1, "Nguyễn Văn An"]])
    ambiguity = prepare_import(db, path, ImportOptions(list_kind="people")).errors[0].ambiguity
    stranger = max(ids.values()) + 100
    choices = {ambiguity.key("DS", 2): stranger}
    plan = prepare_import(db, path, ImportOptions(list_kind="people", choices=choices))
    assert len(plan.errors) == 1 and plan.errors[0].ambiguity == ambiguity
    # A choice made for another row does not decide this one.
    plan = prepare_import(
        db,
        path,
        ImportOptions(list_kind="people", choices={ambiguity.key("DS", 3): ids[1980]}),
    )
    assert len(plan.errors) == 1


def test_a_unit_typed_without_diacritics_is_chosen_among_the_units_it_fits(db, tmp_path):
    units = write_xlsx(
        tmp_path / "units.xlsx",
        {"DS": [["STT", "Tên đơn vị"], [1, "Xã Cẩm Giàng"], [2, "Xã Cẩm Giang"]]},
    )
    import_list(db, units, UNITS)
    giang = db.execute("SELECT id FROM units WHERE name = 'Xã Cẩm Giang'").fetchone()[0]
    row = [1, "Xa Cam Giang", None, None, None, None, "Giấy khen", "Năm 2023", "15/QĐ-UBND"]
    rows = [["I. TẬP THỂ"], [*row, "12/01/2024"]]
    path = write_xlsx(tmp_path / "a.xlsx", {"DS": award_list(rows)})
    [error] = prepare_import(db, path).errors
    assert {name for _id, name in error.ambiguity.candidates} == {"Xã Cẩm Giàng", "Xã Cẩm Giang"}
    key = error.ambiguity.key(error.sheet_name, error.row_number)
    plan = import_list(db, path, ImportOptions(choices={key: giang}))
    assert plan.errors == []
    assert db.execute("SELECT recipient_unit_id FROM awards").fetchone()[0] == giang
    assert db["units"].count == 2


def test_a_units_list_row_fitting_two_recorded_units_is_chosen_too(db, tmp_path):
    units = write_xlsx(
        tmp_path / "units.xlsx",
        {"DS": [["STT", "Tên đơn vị"], [1, "Xã Cẩm Giàng"], [2, "Xã Cẩm Giang"]]},
    )
    import_list(db, units, UNITS)
    again = write_xlsx(
        tmp_path / "again.xlsx", {"DS": [["STT", "Tên đơn vị"], [1, "Xa Cam Giang"]]}
    )
    [error] = prepare_import(db, again, UNITS).errors
    assert error.ambiguity.record_kind == "unit"
    choices = {error.ambiguity.key("DS", 2): NEW_RECORD}
    plan = prepare_import(db, again, ImportOptions(list_kind="units", choices=choices))
    assert plan.errors == [] and plan.summary()["units_created"] == 1


def test_a_matched_row_is_read_beside_the_recorded_persons_facts(db, tmp_path):
    ids = two_namesakes(db, tmp_path)
    plan = prepare_import(
        db,
        people_list(tmp_path, [[1, "Nguyễn Văn An", 1985]]),
        ImportOptions(list_kind="people"),
    )
    [result] = plan.results
    beside = record_beside_row(db, plan, result)
    assert beside.record_kind == "person" and beside.recorded_id == ids[1985]
    assert beside.row == [
        ("STT", "1"),
        ("Họ và tên", "Nguyễn Văn An"),
        ("Năm sinh", "1985"),
        ("Đơn vị", ""),
    ]
    facts = {str(what): value for what, value in beside.record}
    assert facts["Full name"] == "Nguyễn Văn An" and facts["Born"] == "1985"
    assert facts["Unit"] == "Xã An Hòa"


def test_a_new_unit_is_read_beside_what_the_import_would_create(db, tmp_path):
    path = write_xlsx(
        tmp_path / "units.xlsx",
        {
            "DS": [
                ["STT", "Tên đơn vị", "Đơn vị cấp trên"],
                [1, "Thị trấn Núi Đối", "Huyện Kiến Thụy"],
                [2, "Huyện Kiến Thụy"],
            ]
        },
    )
    plan = prepare_import(db, path, UNITS)
    beside = record_beside_row(db, plan, plan.results[0])
    assert beside.recorded_id is None and beside.record_kind == "unit"
    facts = {str(what): value for what, value in beside.record}
    assert facts["Unit name"] == "Thị trấn Núi Đối"
    assert facts["Unit above"] == "Huyện Kiến Thụy"


def test_an_error_row_has_its_cells_and_no_record(db, tmp_path):
    plan = prepare_import(
        db, people_list(tmp_path, [[1, None, 1980]]), ImportOptions(list_kind="people")
    )
    beside = record_beside_row(db, plan, plan.results[0])
    assert beside.record == [] and beside.record_kind == ""
    assert ("Năm sinh", "1980") in beside.row
