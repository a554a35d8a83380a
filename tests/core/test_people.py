import datetime as dt
import json

import pytest

from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import people, record_edits
from kienan_awards.core.records.record_lists import PEOPLE


def add(db, name, **fields):
    return people.save_person(db, None, {"full_name": name, **fields}).record_id


def test_validation_names_each_wrong_field():
    today = dt.date(2026, 11, 25)
    assert people.validate_person({"full_name": "Lê Văn A", "birth_year": 1980}, today) == {}
    problems = people.validate_person(
        {"full_name": "  ", "birth_year": 2020, "personal_id": "12345", "gender": "x"}, today
    )
    assert set(problems) == {"full_name", "birth_year", "personal_id", "gender"}
    assert "between 1900 and 2011" in problems["birth_year"]
    assert people.validate_person(
        {"full_name": "A", "birth_year": 1980, "birth_date": "1981-02-03"}, today
    ) == {"birth_date": "the birth date and the birth year disagree"}


def test_saving_stores_clean_name_with_search_and_sort_forms_and_audits(db):
    person_id = add(
        db, "  Nguyễn   Thị  Hòa ", birth_year="1985", gender="female", personal_id="031185000001"
    )
    row = record_edits.fetch(db, "people", person_id)
    assert row["full_name"] == "Nguyễn Thị Hòa" and row["name_folded"] == "nguyen thi hoa"
    assert row["name_sort_key"] and row["birth_year"] == 1985
    audit = db.execute(
        "SELECT action, after_json FROM audit_log WHERE table_name = 'people'"
    ).fetchall()
    assert audit[0][0] == "insert" and json.loads(audit[0][1])["full_name"] == "Nguyễn Thị Hòa"


def test_a_personal_id_belongs_to_one_person_only(db):
    add(db, "Lê Văn A", personal_id="031185000001")
    with pytest.raises(KienanError, match="already Lê Văn A's"):
        add(db, "Trần Văn B", personal_id="031185000001")


def test_possible_duplicates_fold_the_name_and_match_the_birth_year(db):
    first = add(db, "Nguyễn Thị Hòa", birth_year=1985)
    add(db, "Nguyễn Thị Hòa", birth_year=1990)
    found = people.possible_duplicates(db, "NGUYEN THI HOA", 1985)
    assert [d.id for d in found] == [first]
    assert people.possible_duplicates(db, "Nguyễn Thị Hòa", 1985, exclude_id=first) == []


def test_people_list_sorts_by_given_name_then_family(db):
    for name in ("Trần Văn Bình", "Nguyễn Văn An", "Lê Thị Ánh", "Đỗ Văn An"):
        add(db, name)
    names = [PEOPLE.rows(db, [i])[i][0] for i in PEOPLE.ids(db)]
    assert names == ["Đỗ Văn An", "Nguyễn Văn An", "Lê Thị Ánh", "Trần Văn Bình"]


def test_undo_reverses_an_edit_and_a_creation(db):
    person_id = add(db, "Lê Văn A", birth_year=1980)
    edit = people.save_person(db, person_id, {"full_name": "Lê Văn An", "birth_year": 1981})
    record_edits.undo(db, edit)
    row = record_edits.fetch(db, "people", person_id)
    assert (row["full_name"], row["birth_year"], row["name_folded"]) == (
        "Lê Văn A",
        1980,
        "le van a",
    )
    created = people.save_person(db, None, {"full_name": "Tạm Thời"})
    record_edits.undo(db, created)
    assert db.execute("SELECT count(*) FROM people WHERE full_name = 'Tạm Thời'").fetchone()[0] == 0


def test_an_edit_on_a_record_changed_elsewhere_is_refused(db):
    person_id = add(db, "Lê Văn A")
    seen = record_edits.fetch(db, "people", person_id)
    people.save_person(db, person_id, {"full_name": "Lê Văn Anh"})  # the other clerk
    with pytest.raises(record_edits.EditConflict, match="changed elsewhere"):
        record_edits.update_record(
            db,
            "people",
            person_id,
            {"position": "Chuyên viên"},
            "edit",
            expected={"full_name": seen["full_name"]},
        )
    assert record_edits.fetch(db, "people", person_id)["position"] is None


def test_trash_hides_a_person_and_restore_brings_them_back(db):
    person_id = add(db, "Lê Văn A")
    record_edits.move_to_trash(db, "people", person_id, "delete")
    assert person_id not in PEOPLE.ids(db)
    record_edits.restore_from_trash(db, "people", person_id, "restore")
    assert person_id in PEOPLE.ids(db)


def test_merging_two_people_keeps_every_award_and_fills_blanks(db):
    from kienan_awards.core import demo

    demo.load_demo(db)
    keep, other = db.execute(
        "SELECT p.id FROM people p WHERE EXISTS (SELECT 1 FROM awards a WHERE a.person_id = p.id)"
        " AND p.personal_id IS NULL LIMIT 2"
    ).fetchall()
    keep, other = keep[0], other[0]
    awards_before = db.execute(
        "SELECT count(*) FROM awards WHERE person_id IN (?, ?)", [keep, other]
    ).fetchone()[0]
    other_id_number = db.execute("SELECT personal_id FROM people WHERE id = ?", [other]).fetchone()[
        0
    ]
    group = people.merge_people(db, keep, other)
    assert (
        db.execute("SELECT count(*) FROM awards WHERE person_id = ?", [keep]).fetchone()[0]
        == awards_before
    )
    merged = record_edits.fetch(db, "people", other)
    assert merged["merged_into_id"] == keep and merged["deleted_at"]
    assert record_edits.fetch(db, "people", keep)["personal_id"] == other_id_number
    record_edits.undo(db, group)
    assert record_edits.fetch(db, "people", other)["deleted_at"] is None
    assert (
        db.execute("SELECT count(*) FROM awards WHERE person_id = ?", [keep]).fetchone()[0]
        < awards_before
    )


def test_merging_moves_the_proposal_lines_too_and_undo_puts_them_back(db):
    from kienan_awards.core.awards import decisions
    from kienan_awards.core.awards.catalogue import find_award_form

    keep = add(db, "Lê Văn Hòa")
    other = add(db, "Lê Văn Hoà")
    proposal = decisions.create_proposal(db, "Đề nghị 2024", 2024).record_id
    line = decisions.add_line(
        db, proposal, {"form_id": find_award_form(db, "LDTT").id, "person_id": other}
    ).record_id
    group = people.merge_people(db, keep, other)
    assert record_edits.fetch(db, "proposal_lines", line)["person_id"] == keep
    record_edits.undo(db, group)
    assert record_edits.fetch(db, "proposal_lines", line)["person_id"] == other


def test_people_with_different_personal_ids_are_not_merged(db):
    a = add(db, "Lê Văn A", personal_id="031185000001")
    b = add(db, "Lê Văn A", personal_id="031185000002")
    with pytest.raises(KienanError, match="different personal IDs"):
        people.merge_people(db, a, b)
