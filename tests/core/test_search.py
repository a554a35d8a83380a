import datetime as dt
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import people, units
from kienan_awards.core.search.award_search import (
    AwardFilters,
    AwardSearch,
    award_ids,
    award_summaries,
    find_form,
    find_unit,
    rebuild_search_index,
    recipient_history,
    search_index_differences,
)
from kienan_awards.core.search.search_text import parse_query, spelled_tokens
from kienan_awards.core.search.tiers import match_expression


@pytest.fixture
def roll(db):
    """A small honour roll: who got what is known, so every search has one right answer."""
    forms = {row[1]: row[0] for row in db.execute("SELECT id, code FROM award_forms")}
    form_codes = list(forms)
    ward = units.save_unit(db, None, {"name": "Phường Đồng Hòa", "kind": "ward"}).record_id
    school = units.save_unit(
        db, None, {"name": "Trường Tiểu học Lê Lợi", "kind": "agency"}
    ).record_id
    movement = db.table("movements").insert({"name": "Thi đua 2023", "kind": "regular"}).last_pk
    decisions = {
        2022: db.table("decisions")
        .insert({"number": "15/QĐ-UBND", "decided_on": "2023-01-12"})
        .last_pk,
        2023: db.table("decisions")
        .insert({"number": "20/QĐ-UBND", "decided_on": "2024-01-15", "movement_id": movement})
        .last_pk,
    }
    ids = {}

    def person(name, unit_id=ward, birth_year=1980):
        return people.save_person(
            db, None, {"full_name": name, "birth_year": birth_year, "unit_id": unit_id}
        ).record_id

    def award(
        key,
        year,
        name,
        kind="individual",
        person_id=None,
        unit_id=ward,
        form=0,
        recipient_unit_id=None,
        achievement=None,
        status="awarded",
    ):
        ids[key] = (
            db.table("awards")
            .insert(
                {
                    "decision_id": decisions[year],
                    "form_id": forms[form_codes[form]],
                    "recipient_kind": kind,
                    "person_id": person_id,
                    "recipient_unit_id": recipient_unit_id,
                    "recipient_name": name,
                    "unit_id": unit_id,
                    "unit_name": db.execute(
                        "SELECT name FROM units WHERE id = ?", [unit_id]
                    ).fetchone()[0],
                    "achievement": achievement,
                    "achievement_year": year,
                    "status": status,
                }
            )
            .last_pk
        )

    son = person("Nguyễn Trường Sơn")
    award("son", 2022, "Nguyễn Trường Sơn", person_id=son)
    award("son_again", 2023, "Nguyễn Trường Sơn", person_id=son, form=1)
    award("hoa_grave_on_o", 2023, "Trần Thị Hòa", person_id=person("Trần Thị Hòa"))
    award("hoa_grave_on_a", 2022, "Lê Thị Hoà", person_id=person("Lê Thị Hoà"))
    award("hoa_plain", 2023, "Phạm Thị Hoa", person_id=person("Phạm Thị Hoa"))
    award("duc", 2023, "Đỗ Minh Đức", person_id=person("Đỗ Minh Đức", school), unit_id=school)
    award(
        "dung",
        2023,
        "Vũ Văn Dung",
        person_id=person("Vũ Văn Dung", school),
        unit_id=school,
        status="revoked",
        achievement="Sáng kiến đổi mới phương pháp dạy học",
    )
    award(
        "school",
        2023,
        "Trường Tiểu học Lê Lợi",
        kind="collective",
        recipient_unit_id=school,
        unit_id=school,
    )
    award("ward", 2022, "Phường Đồng Hòa", kind="collective", recipient_unit_id=ward)
    return {"ids": ids, "ward": ward, "school": school, "movement": movement, "forms": forms}


def found(db, text, **filters):
    return award_ids(db, AwardSearch(text, AwardFilters(**filters)))


def test_a_name_without_diacritics_in_any_case_finds_the_person(db, roll):
    ids = roll["ids"]
    for text in ("nguyen truong son", "NGUYEN TRUONG SON", "Nguyễn Trường Sơn"):
        assert set(found(db, text)) == {ids["son"], ids["son_again"]}


def test_decomposed_text_finds_what_composed_text_finds(db, roll):
    decomposed = unicodedata.normalize("NFD", "Nguyễn Trường Sơn")
    assert decomposed != "Nguyễn Trường Sơn"
    assert found(db, decomposed) == found(db, "Nguyễn Trường Sơn")


def test_d_matches_đ_both_ways(db, roll):
    assert found(db, "do minh duc") == [roll["ids"]["duc"]]
    assert found(db, "Đỗ Minh Đức") == [roll["ids"]["duc"]]
    assert spelled_tokens("Đức") == ["19d7uc"]


def test_both_tone_positions_find_each_other_and_rank_before_the_unmarked_name(db, roll):
    ids = roll["ids"]
    results = found(db, "Thị Hòa ")
    assert set(results[:2]) == {ids["hoa_grave_on_o"], ids["hoa_grave_on_a"]}
    assert ids["hoa_plain"] in results[2:]
    results = found(db, "Thị Hoà ")
    assert set(results[:2]) == {ids["hoa_grave_on_o"], ids["hoa_grave_on_a"]}
    # Without diacritics every spelling is an equal match.
    assert set(found(db, "thi hoa ")) == {
        ids["hoa_grave_on_o"],
        ids["hoa_grave_on_a"],
        ids["hoa_plain"],
    }


def test_exact_spelling_ranks_first_for_the_plain_name_too(db, roll):
    ids = roll["ids"]
    assert found(db, "Phạm Thị Hoa ")[0] == ids["hoa_plain"]


def test_every_word_must_match_and_the_last_is_a_prefix(db, roll):
    ids = roll["ids"]
    assert set(found(db, "nguyen truong so")) == {ids["son"], ids["son_again"]}
    assert found(db, "nguyen truong son x") == []
    assert found(db, "nguyen truong so ") == []  # a space ends the word: no prefix


def test_unit_names_achievements_and_decision_numbers_are_searched(db, roll):
    ids = roll["ids"]
    assert set(found(db, "le loi")) == {ids["duc"], ids["dung"], ids["school"]}
    assert found(db, "phuong phap day hoc") == [ids["dung"]]
    assert set(found(db, "15/QĐ-UBND")) == {ids["son"], ids["hoa_grave_on_a"], ids["ward"]}


@pytest.mark.parametrize(
    "text",
    [
        '"',
        "'",
        "*",
        "(",
        ")",
        "-",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "son*",
        '"son',
        "NEAR(a b)",
        "a OR b",
        "-son",
        "^son",
        "{names}: x",
        "'); DROP TABLE awards; --",
        "%",
        "_",
        "\\",
        "\x00",
        "\u200f",
        "😀",
        "col:son",
        "son +",
        ":",
        "*son",
    ],
)
def test_hostile_queries_are_searched_as_text_never_an_error(db, roll, text):
    found(db, text)
    found(db, f"nguyen {text}")
    assert db.execute("SELECT count(*) FROM awards").fetchone()[0] == len(roll["ids"])


def test_operator_words_are_searched_as_words(db, roll):
    parsed = parse_query("son AND (hoa OR")
    assert match_expression(parsed) == '{names others} : ("son" AND "and" AND "hoa" AND "or"*)'
    assert found(db, "son and") == []


def test_a_query_of_nothing_searchable_lists_everything(db, roll):
    assert len(found(db, " *() ")) == len(roll["ids"])


def test_filters_by_year_form_kind_status_and_movement(db, roll):
    ids = roll["ids"]
    assert set(found(db, "", from_year=2022, to_year=2022)) == {
        ids["son"],
        ids["hoa_grave_on_a"],
        ids["ward"],
    }
    assert set(found(db, "son", form_id=list(roll["forms"].values())[1])) == {ids["son_again"]}
    assert set(found(db, "", kind="collective")) == {ids["school"], ids["ward"]}
    assert found(db, "", status="revoked") == [ids["dung"]]
    assert ids["son"] not in found(db, "", movement_id=roll["movement"])
    assert ids["son_again"] in found(db, "son", movement_id=roll["movement"])


def test_a_unit_filter_takes_the_units_merged_into_it(db, roll):
    ids = roll["ids"]
    successor = units.merge_units(
        db, [roll["ward"]], dt.date(2025, 7, 1), successor_name="Phường Hòa Bình"
    ).record_id
    under_successor = set(found(db, "", unit_id=successor))
    assert {ids["son"], ids["ward"], ids["hoa_plain"]} <= under_successor
    assert ids["duc"] not in under_successor


def test_merged_units_are_found_by_their_old_and_their_new_name(db, roll):
    ids = roll["ids"]
    units.merge_units(db, [roll["ward"]], dt.date(2025, 7, 1), successor_name="Phường Hòa Bình")
    assert ids["ward"] in found(db, "Phường Đồng Hòa")
    assert ids["ward"] in found(db, "hoa binh")
    assert search_index_differences(db) == 0


def test_renaming_a_person_or_a_decision_number_keeps_the_index_in_step(db, roll):
    ids = roll["ids"]
    person_id = db.execute("SELECT person_id FROM awards WHERE id = ?", [ids["duc"]]).fetchone()[0]
    people.save_person(db, person_id, {"full_name": "Đỗ Minh Đạt", "birth_year": 1980})
    assert found(db, "do minh dat") == [ids["duc"]]
    db.execute("UPDATE decisions SET number = '99/QĐ-UBND' WHERE number = '20/QĐ-UBND'")
    assert ids["duc"] in found(db, "99/QĐ")
    db.execute("DELETE FROM awards WHERE id = ?", [ids["hoa_plain"]])
    assert search_index_differences(db) == 0


def test_sorting_by_a_column_and_by_relevance(db, roll):
    by_year = found(db, "thi")
    assert award_ids(db, AwardSearch("thi"), sort_key="year") != by_year or len(by_year) < 2
    years = [
        s["year"] for s in award_summaries(db, award_ids(db, AwardSearch(""), sort_key="year"))
    ]
    assert years == sorted(years)


def test_recipients_sort_in_vietnamese_order_people_by_given_name(db):
    from kienan_awards.core import demo
    from kienan_awards.core.text import name_sort_key, text_sort_text

    demo.load_demo(db)
    ordered = award_summaries(db, award_ids(db, AwardSearch(""), sort_key="recipient_name"))
    people_names = [s["name"] for s in ordered if s["kind"] == "individual"]
    assert people_names == sorted(people_names, key=name_sort_key)
    assert people_names[0].split()[-1] != people_names[-1].split()[-1]  # given names, A to Y
    unit_names = [s["name"] for s in ordered if s["kind"] == "collective"]
    # By the unit's own name ("Tổ dân phố số 1"), whatever the award adds after the comma.
    keys = [text_sort_text(name.split(",")[0]) for name in unit_names]
    assert keys == sorted(keys)


def test_every_sort_gives_what_the_forms_and_decisions_joined_would(db):
    from kienan_awards.core import demo
    from kienan_awards.core.records.record_lists import AWARDS

    demo.load_demo(db)
    for column in AWARDS.columns:
        for descending in (False, True):
            direction = "DESC" if descending else "ASC"
            order = f"{column.sort_sql or column.sql} {direction}, a.id {direction}"
            joined = [
                row[0] for row in db.execute(f"SELECT a.id FROM {AWARDS.from_sql} ORDER BY {order}")
            ]
            found = award_ids(db, AwardSearch(""), sort_key=column.key, descending=descending)
            assert found == joined, column.key


def test_rebuild_writes_the_same_index(db, roll):
    db.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    assert search_index_differences(db) == len(roll["ids"])
    db.execute("DELETE FROM search_index_entries")
    assert search_index_differences(db) == len(roll["ids"])
    assert rebuild_search_index(db) == len(roll["ids"])
    assert search_index_differences(db) == 0


def test_summaries_give_what_the_command_line_prints(db, roll):
    (summary,) = award_summaries(db, [roll["ids"]["son"]])
    assert summary["name"] == "Nguyễn Trường Sơn"
    assert summary["kind"] == "individual"
    assert summary["decision_number"] == "15/QĐ-UBND"
    assert summary["decision_date"] == "2023-01-12"
    assert summary["year"] == 2022


def test_a_recipients_history_holds_all_their_awards(db, roll):
    ids = roll["ids"]
    history = recipient_history(db, ids["son"])
    assert [entry.award_id for entry in history.entries] == [ids["son"], ids["son_again"]]
    history = recipient_history(db, ids["school"])
    assert history.name == "Trường Tiểu học Lê Lợi"
    assert [entry.award_id for entry in history.entries] == [ids["school"]]


def test_forms_and_units_are_found_by_name_or_refused_clearly(db, roll):
    assert find_unit(db, "phuong dong hoa") == roll["ward"]
    assert find_form(db, "Giấy khen") in roll["forms"].values()
    with pytest.raises(KienanError, match="no unit is named"):
        find_unit(db, "Xã Không Có")
    units.save_unit(db, None, {"name": "Phường Đồng Hòa Mới", "kind": "ward"})
    assert find_unit(db, "Phường Đồng Hòa") == roll["ward"]  # the exact name wins
    with pytest.raises(KienanError, match="2 units match"):
        find_unit(db, "dong hoa m") if False else find_unit(db, "dong")


def test_the_demo_and_an_imported_list_are_indexed_as_they_are_written(db, tmp_path):
    from kienan_awards.core import demo
    from kienan_awards.core.lists.list_import import import_list
    from tests.support.list_files import award_list, write_xlsx

    demo.load_demo(db)
    assert search_index_differences(db) == 0
    row = [1, "Quách Thị Yến Nhi", 1990, "Nữ", "Chuyên viên", "Phòng Nội vụ", "Giấy khen"]
    row += ["Hoàn thành xuất sắc nhiệm vụ", "77/QĐ-UBND", dt.date(2024, 3, 1)]
    plan = import_list(db, write_xlsx(tmp_path / "list.xlsx", {"DS": award_list([row])}))
    assert plan.errors == []
    assert search_index_differences(db) == 0
    assert len(found(db, "quach thi yen nhi")) == 1
    assert len(found(db, "77/QĐ")) == 1


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=60))
def test_any_typed_text_searches_without_error_and_changes_nothing(db, roll, text):
    parsed = parse_query(text)
    if parsed is not None:
        # Every word reaches FTS inside double quotes, never as syntax.
        inside = match_expression(parsed).split(": (", 1)[1]
        assert all(term.startswith('"') for term in inside.rstrip(")").split(" AND "))
    found(db, text)
    found(db, text + " ")
    assert db.execute("SELECT count(*) FROM awards").fetchone()[0] == len(roll["ids"])
    assert search_index_differences(db) == 0


def test_awards_written_in_bulk_are_indexed_together_and_the_trigger_resumes(db, roll):
    from kienan_awards.core.search.award_search import indexed_in_bulk
    from kienan_awards.core.storage.database import write_transaction

    source = roll["ids"]["duc"]
    copy_sql = (
        "INSERT INTO awards (decision_id, form_id, recipient_kind, person_id, recipient_name, "
        "unit_id, unit_name, achievement_year) SELECT decision_id, form_id, recipient_kind, "
        "person_id, recipient_name, unit_id, unit_name, 2019 FROM awards WHERE id = ?"
    )
    with write_transaction(db), indexed_in_bulk(db):
        db.execute(copy_sql, [source])
        # Not yet indexed inside the block: the index is written once, at its end.
        assert search_index_differences(db) == 1
    assert search_index_differences(db) == 0
    assert len(found(db, "do minh duc")) == 2

    with pytest.raises(RuntimeError), write_transaction(db), indexed_in_bulk(db):
        db.execute(copy_sql, [source])
        raise RuntimeError("the import failed half-way")
    assert db.search_index_deferred is False
    db.execute(copy_sql, [source])  # an ordinary insert is indexed by the trigger again
    assert search_index_differences(db) == 0
    assert len(found(db, "do minh duc")) == 3
