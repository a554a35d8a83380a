"""Matching a list's rows with the register never guesses and never makes two records one:
names are the same only when spelt the same, a unit is its name and the unit above it, a
person is their name and every other fact the row gives, and repeated rows are named."""

from kienan_awards.core.lists.list_import import ImportOptions, import_list, prepare_import
from tests.support.list_files import award_list, write_xlsx

UNITS = ImportOptions(list_kind="units")
PEOPLE = ImportOptions(list_kind="people")
UNIT_HEADER = ["STT", "Tên đơn vị", "Đơn vị cấp trên"]
TAPTHE = ["I. TẬP THỂ"]  # names typed without diacritics do not tell a collective
PEOPLE_HEADER = ["STT", "Họ và tên", "Năm sinh", "Đơn vị"]


def units_list(tmp_path, rows, name="units.xlsx"):
    return write_xlsx(tmp_path / name, {"DS": [UNIT_HEADER, *rows]})


def people_list(tmp_path, rows, name="people.xlsx"):
    return write_xlsx(tmp_path / name, {"DS": [PEOPLE_HEADER, *rows]})


def collective(n, name, decision="15/QĐ-UBND"):
    return [n, name, None, None, None, None, "Giấy khen", "Năm 2023", decision, "12/01/2024"]


def person(n, name, born=None, unit=None, decision="15/QĐ-UBND", form="Giấy khen"):
    return [n, name, born, None, None, unit, form, "Năm 2023", decision, "12/01/2024"]


def unit_ids(db):
    return {
        (row["name"], row["parent"]): row["id"]
        for row in db.query(
            "SELECT u.id, u.name, p.name AS parent FROM units u "
            "LEFT JOIN units p ON p.id = u.parent_id"
        )
    }


def messages(plan):
    return [str(result.message) for result in plan.errors]


def test_units_that_differ_only_in_diacritics_are_two_units_each_row_to_its_own(db, tmp_path):
    plan = import_list(db, units_list(tmp_path, [[1, "Xã Cẩm Giàng"], [2, "Xã Cẩm Giang"]]), UNITS)
    assert plan.errors == [] and plan.summary()["units_created"] == 2
    ids = unit_ids(db)
    awards = [collective(1, "XÃ CẨM GIANG"), collective(2, "Xã  Cẩm Giàng")]
    plan = import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list(awards)}))
    assert plan.errors == [], messages(plan)
    given = dict(db.execute("SELECT recipient_name, recipient_unit_id FROM awards").fetchall())
    assert given["XÃ CẨM GIANG"] == ids[("Xã Cẩm Giang", None)]
    assert given["Xã Cẩm Giàng"] == ids[("Xã Cẩm Giàng", None)]
    assert db["units"].count == 2


def test_a_name_typed_without_diacritics_that_fits_two_units_is_ambiguous_and_named(db, tmp_path):
    import_list(db, units_list(tmp_path, [[1, "Xã Cẩm Giàng"], [2, "Xã Cẩm Giang"]]), UNITS)
    plan = prepare_import(
        db,
        write_xlsx(
            tmp_path / "a.xlsx", {"DS": award_list([TAPTHE, collective(1, "Xa Cam Giang")])}
        ),
    )
    [message] = messages(plan)
    assert "'Xa Cam Giang' fits 2 units" in message
    assert "Xã Cẩm Giàng" in message and "Xã Cẩm Giang" in message


def test_a_name_typed_without_diacritics_that_fits_one_unit_is_that_unit(db, tmp_path):
    import_list(db, units_list(tmp_path, [[1, "Xã Cẩm Giàng"]]), UNITS)
    plan = import_list(
        db,
        write_xlsx(
            tmp_path / "a.xlsx", {"DS": award_list([TAPTHE, collective(1, "XA CAM GIANG")])}
        ),
    )
    assert plan.errors == [], messages(plan)
    assert (
        db.execute("SELECT recipient_unit_id FROM awards").fetchone()[0]
        == (unit_ids(db)[("Xã Cẩm Giàng", None)])
    )
    assert db["units"].count == 1


def test_two_wards_of_one_name_under_two_districts_are_two_units_and_match_again(db, tmp_path):
    rows = [
        [1, "Phường Nam Sơn", "Quận Kiến An"],
        [2, "Phường Nam Sơn", "Huyện An Lão"],
        [3, "Quận Kiến An", None],
        [4, "Huyện An Lão", None],
    ]
    plan = import_list(db, units_list(tmp_path, rows), UNITS)
    assert plan.errors == [], messages(plan)
    assert plan.summary()["units_created"] == 4
    ids = unit_ids(db)
    assert ("Phường Nam Sơn", "Quận Kiến An") in ids and ("Phường Nam Sơn", "Huyện An Lão") in ids
    again = import_list(db, units_list(tmp_path, list(reversed(rows)), "again.xlsx"), UNITS)
    assert again.errors == [], messages(again)
    assert again.summary()["units_matched"] == 4 and again.summary()["units_created"] == 0
    assert [r.status for r in again.results] == ["matched"] * 4
    assert db["units"].count == 4
    # An awards row naming the ward alone cannot tell which: it is named, not guessed.
    plan = prepare_import(
        db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list([collective(1, "Phường Nam Sơn")])})
    )
    [message] = messages(plan)
    assert "Phường Nam Sơn - Quận Kiến An" in message and "Phường Nam Sơn - Huyện An Lão" in message


def test_a_parent_may_come_later_in_the_list_than_its_children_at_any_depth(db, tmp_path):
    rows = [
        [1, "Tổ dân phố số 3", "Phường Nam Sơn"],
        [2, "Phường Nam Sơn", "Quận Kiến An"],
        [3, "Quận Kiến An", "Thành phố Hải Phòng"],
        [4, "Thành phố Hải Phòng", None],
    ]
    plan = import_list(db, units_list(tmp_path, rows), UNITS)
    assert plan.errors == [], messages(plan)
    ids = unit_ids(db)
    assert set(ids) == {
        ("Tổ dân phố số 3", "Phường Nam Sơn"),
        ("Phường Nam Sơn", "Quận Kiến An"),
        ("Quận Kiến An", "Thành phố Hải Phòng"),
        ("Thành phố Hải Phòng", None),
    }


def test_a_child_of_a_wrong_row_is_told_what_is_wrong_with_its_parent(db, tmp_path):
    header = ["STT", "Tên đơn vị", "Loại", "Đơn vị cấp trên"]
    rows = [[1, "Tổ dân phố số 1", None, "Phường Mẫu"], [2, "Phường Mẫu", "Loại lạ", None]]
    plan = prepare_import(db, write_xlsx(tmp_path / "u.xlsx", {"DS": [header, *rows]}), UNITS)
    child, parent = plan.errors
    assert "unknown kind of unit 'Loại lạ'" in parent.message
    assert "'Phường Mẫu' is in the list but cannot be made: sheet 'DS' row 3" in child.message
    assert "unknown kind of unit 'Loại lạ'" in child.message
    assert plan.rows_read == 2


def test_units_whose_parents_lead_back_to_them_are_named(db, tmp_path):
    plan = prepare_import(
        db, units_list(tmp_path, [[1, "Phòng A", "Phòng B"], [2, "Phòng B", "Phòng A"]]), UNITS
    )
    assert len(plan.errors) == 2
    assert any("lead back to it" in m for m in messages(plan))


def test_a_unit_listed_twice_is_counted_and_named_as_a_repeat(db, tmp_path):
    rows = [[1, "Quận Kiến An", None], [2, "Phường Bắc Sơn", "Quận Kiến An"]]
    plan = import_list(
        db, units_list(tmp_path, [*rows, [3, "phường  bắc sơn", "QUẬN KIẾN AN"]]), UNITS
    )
    assert plan.errors == [], messages(plan)
    assert plan.summary()["units_created"] == 2 and plan.counts["units_repeated"] == 1
    repeat = plan.results[2]
    assert repeat.status == "repeated" and "repeats sheet 'DS' row 3" in repeat.message
    assert db["units"].count == 2


def test_a_person_without_birth_year_is_not_a_namesake_of_another_unit(db, tmp_path):
    import_list(
        db,
        write_xlsx(
            tmp_path / "a.xlsx",
            {"DS": award_list([person(1, "Nguyễn Văn An", 1985, "Phường Bắc Sơn")])},
        ),
    )
    plan = import_list(
        db,
        write_xlsx(
            tmp_path / "b.xlsx",
            {"DS": award_list([person(1, "Nguyễn Văn An", None, "Phường Nam Sơn", "9/QĐ")])},
        ),
    )
    assert plan.errors == [], messages(plan)
    assert plan.summary()["people_created"] == 1 and plan.summary()["people_matched"] == 0
    assert db["people"].count == 2
    # The same name in the recorded person's own unit is that person.
    plan = import_list(
        db,
        write_xlsx(
            tmp_path / "c.xlsx",
            {"DS": award_list([person(1, "Nguyễn Văn An", None, "Phường Bắc Sơn", "10/QĐ")])},
        ),
    )
    assert plan.summary()["people_matched"] == 1 and db["people"].count == 2


def test_two_rows_of_one_name_and_different_birth_years_are_two_people(db, tmp_path):
    rows = [[1, "Trần Thị Bình", 1980, None], [2, "Trần Thị Bình", 1992, None]]
    plan = import_list(db, people_list(tmp_path, rows), PEOPLE)
    assert plan.summary()["people_created"] == 2 and db["people"].count == 2


def test_rows_of_one_file_never_both_take_a_record_that_lacked_their_birth_year(db, tmp_path):
    import_list(db, people_list(tmp_path, [[1, "Trần Thị Bình", None, None]]), PEOPLE)
    rows = [[1, "Trần Thị Bình", 1980, None], [2, "Trần Thị Bình", 1992, None]]
    plan = import_list(db, people_list(tmp_path, rows, "b.xlsx"), PEOPLE)
    assert plan.errors == [], messages(plan)
    assert [r.status for r in plan.results] == ["matched", "new"]
    years = [r[0] for r in db.execute("SELECT birth_year FROM people ORDER BY id")]
    assert years == [1980, 1992]


def test_rows_repeated_in_a_people_list_are_counted_and_named_not_folded_away(db, tmp_path):
    rows = [
        [1, "Lê Văn Tám", 1970, None],
        [2, "Đỗ Thị Mai", 1988, None],
        [3, "LÊ VĂN TÁM", 1970, None],
        [4, "Lê Văn Tám", None, None],
    ]
    plan = import_list(db, people_list(tmp_path, rows), PEOPLE)
    assert plan.errors == [], messages(plan)
    assert plan.summary()["people_created"] == 2 and plan.counts["people_repeated"] == 2
    assert [r.status for r in plan.results] == ["new", "new", "repeated", "repeated"]
    assert all("repeats sheet 'DS' row 2" in r.message for r in plan.results[2:])
    assert plan.rows_read == 4


def test_both_tone_positions_are_one_name_and_a_missing_tone_another(db, tmp_path):
    rows = [[1, "Lê Thị Hòa", 1990, None], [2, "LÊ THỊ HOÀ", 1990, None]]
    plan = import_list(db, people_list(tmp_path, rows), PEOPLE)
    assert plan.summary()["people_created"] == 1 and plan.counts["people_repeated"] == 1
    plan = import_list(db, people_list(tmp_path, [[1, "Lê Thị Hoa", 1990, None]], "b.xlsx"), PEOPLE)
    assert plan.summary()["people_created"] == 1 and plan.summary()["people_matched"] == 0
    # Typed without diacritics, the name fits both: named, not guessed.
    plan = prepare_import(
        db, people_list(tmp_path, [[1, "Le Thi Hoa", 1990, None]], "c.xlsx"), PEOPLE
    )
    [message] = messages(plan)
    assert "2 people named 'Le Thi Hoa' fit" in message


def test_a_personal_id_of_another_birth_year_is_refused(db, tmp_path):
    header = ["STT", "Họ và tên", "Năm sinh", "Số CCCD"]
    first = write_xlsx(tmp_path / "a.xlsx", {"DS": [header, [1, "Bùi Lan", 1988, "031188000123"]]})
    import_list(db, first, PEOPLE)
    again = write_xlsx(tmp_path / "b.xlsx", {"DS": [header, [1, "Bùi Lan", 1990, "031188000123"]]})
    [message] = messages(prepare_import(db, again, PEOPLE))
    assert "031188000123 belongs to Bùi Lan born in 1988" in message
    assert db["people"].count == 1


def test_a_list_of_units_each_under_the_next_is_refused_deep_down_without_crashing(db, tmp_path):
    rows = [[n, f"Tổ {n}", f"Tổ {n + 1}"] for n in range(1, 400)] + [[400, "Tổ 400", None]]
    plan = prepare_import(db, units_list(tmp_path, rows), UNITS)
    assert plan.rows_read == 400 and plan.errors
    assert any("more than 64 units above it" in m for m in messages(plan))
    # Each row names the problem where it lies, not its parent's report of it.
    assert max(len(m) for m in messages(plan)) < 300


def test_an_awards_row_naming_the_unit_above_a_collective_tells_two_same_named_wards(db, tmp_path):
    rows = [
        [1, "Quận Kiến An", None],
        [2, "Huyện An Lão", None],
        [3, "Phường Nam Sơn", "Quận Kiến An"],
        [4, "Phường Nam Sơn", "Huyện An Lão"],
    ]
    assert import_list(db, units_list(tmp_path, rows), UNITS).errors == []
    ward = collective(1, "Phường Nam Sơn")
    ward[5] = "Huyện An Lão"  # the unit column: the unit above the collective
    plan = import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list([ward])}))
    assert plan.errors == [], messages(plan)
    assert plan.summary()["units_created"] == 0
    honoured = db.execute("SELECT recipient_unit_id FROM awards").fetchone()[0]
    assert honoured == unit_ids(db)[("Phường Nam Sơn", "Huyện An Lão")]


def test_a_recorded_unit_without_parent_takes_the_parent_a_list_gives_it(db, tmp_path):
    db["units"].insert({"name": "Phường Nam Sơn", "name_folded": "phuong nam son", "kind": "ward"})
    rows = [[1, "Quận Kiến An", None], [2, "Phường Nam Sơn", "Quận Kiến An"]]
    plan = import_list(db, units_list(tmp_path, rows), UNITS)
    assert plan.errors == [], messages(plan)
    assert plan.summary()["units_matched"] == 1 and plan.summary()["units_created"] == 1
    assert ("Phường Nam Sơn", "Quận Kiến An") in unit_ids(db)
    assert db["units"].count == 2


def test_the_one_recorded_unit_of_a_name_under_another_parent_is_another_unit(db, tmp_path):
    first = [[1, "Quận Kiến An", None], [2, "Phường Nam Sơn", "Quận Kiến An"]]
    assert import_list(db, units_list(tmp_path, first), UNITS).errors == []
    # A later list names a ward of the same name under another district: a second ward, not
    # the recorded one moved or merged.
    later = [[1, "Huyện An Lão", None], [2, "Phường Nam Sơn", "Huyện An Lão"]]
    plan = import_list(db, units_list(tmp_path, later, "later.xlsx"), UNITS)
    assert plan.errors == [], messages(plan)
    assert plan.summary()["units_created"] == 2 and plan.summary()["units_matched"] == 0
    ids = unit_ids(db)
    assert ("Phường Nam Sơn", "Quận Kiến An") in ids and ("Phường Nam Sơn", "Huyện An Lão") in ids
