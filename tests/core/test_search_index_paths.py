"""The search index written and read the quick ways give what the plain ways give: the entries
of many awards worked out at once are those the view makes award by award, the words of the
index are all listed, a word still being typed read as the whole words it begins finds what
the index's own prefix query finds, and the upgrade to schema step 20 keeps the index in step."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from kienan_awards.core.records import people, units
from kienan_awards.core.search import award_search
from kienan_awards.core.search.award_search import (
    AwardSearch,
    indexed_in_bulk,
    rebuild_search_index,
    search_index_differences,
    tiered_award_ids,
)
from kienan_awards.core.search.search_index import _ENTRY_COLUMNS, _SOURCE_COLUMNS
from kienan_awards.core.search.search_text import EntryWords, parse_query, spelled_tokens
from kienan_awards.core.search.tiers import prefixes_to_complete
from kienan_awards.core.storage import bulk_indexes, migrations
from kienan_awards.core.storage.database import write_transaction
from kienan_awards.core.storage.schema_check import schema_differences
from kienan_awards.core.storage.sql_functions import add_program_functions


def _award(db, decision, form, name, **columns) -> int:
    row = {
        "decision_id": decision,
        "form_id": form,
        "recipient_kind": "individual",
        "recipient_name": name,
        "achievement_year": 2020,
    }
    row.update(columns)
    if row["recipient_kind"] == "individual" and "person_id" not in row:
        person = people.save_person(db, None, {"full_name": name, "birth_year": 1980})
        row["person_id"] = person.record_id
    return db.table("awards").insert(row).last_pk


@pytest.fixture
def awkward(db):
    """Awards whose texts repeat one another, or hold no word, or come in other spellings."""
    form = db.execute("SELECT id FROM award_forms ORDER BY id").fetchone()[0]
    ward = units.save_unit(db, None, {"name": "Phường Hòa Bình", "kind": "ward"}).record_id
    old = units.save_unit(db, None, {"name": "Xã Hòa Tây", "kind": "ward"}).record_id
    later = units.save_unit(db, None, {"name": "Phường Tây Hồ", "kind": "ward"}).record_id
    db.table("unit_successions").insert({"predecessor_id": old, "successor_id": later})
    decision = db.table("decisions").insert({"number": "7/QĐ", "decided_on": "2021-03-01"}).last_pk
    undated = db.table("decisions").insert({"number": "Hòa Bình", "decided_on": ""}).last_pk
    an = people.save_person(db, None, {"full_name": "Nguyễn Văn Ân", "birth_year": 1980}).record_id
    ids = [
        # the name written on the award is not the person's name now
        _award(db, decision, form, "Nguyễn Văn An", person_id=an, unit_id=ward, unit_name="x"),
        _award(db, decision, form, "Nguyễn Văn Ân", person_id=an, unit_id=ward),
        # the achievement and the decision say what the unit says
        _award(
            db,
            undated,
            form,
            "Lê Thị Hà",
            unit_id=ward,
            unit_name="Phường Hòa Bình",
            achievement="phường hòa bình",
        ),
        _award(db, decision, form, "Trần Thị Ðào", unit_name="---", achievement="7/QĐ"),
        _award(
            db,
            decision,
            form,
            unicodedata.normalize("NFD", "Phạm Đức Mạnh"),
            unit_name="Xã Hòa Tây",
            unit_id=old,
            achievement="Hoàn thành xuất sắc nhiệm vụ",
        ),
        # a collective whose unit was taken over
        _award(
            db,
            decision,
            form,
            "Xã Hòa Tây",
            recipient_kind="collective",
            recipient_unit_id=old,
            unit_id=old,
        ),
        _award(db, undated, form, "Hộ ông Tư", recipient_kind="household", achievement=""),
    ]
    return ids


def test_the_entries_of_many_awards_at_once_are_those_the_view_makes(db, awkward):
    made_at_once = [
        EntryWords().entry(row)
        for row in db.execute(f"SELECT {_SOURCE_COLUMNS} FROM award_search_source ORDER BY id")
    ]
    columns = _ENTRY_COLUMNS.replace("award_id", "id")
    by_view = db.execute(f"SELECT {columns} FROM award_search_text ORDER BY id").fetchall()
    assert made_at_once == [tuple(row) for row in by_view]
    # The same words from caches that hold few of them.
    few = EntryWords(kept=1)
    rows = db.execute(f"SELECT {_SOURCE_COLUMNS} FROM award_search_source ORDER BY id")
    assert [few.entry(row) for row in rows] == made_at_once
    assert rebuild_search_index(db) == len(awkward)
    assert search_index_differences(db) == 0


def _listed(db) -> set[str]:
    return {row[0] for row in db.execute("SELECT word FROM search_index_words")}


def _index_terms(db) -> set[str]:
    db.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, search_index, 'row')")
    try:
        return {row[0] for row in db.execute("SELECT term FROM temp.terms")}
    finally:
        db.execute("DROP TABLE temp.terms")


def test_every_word_of_the_index_is_listed_however_it_was_written(db, awkward, tmp_path):
    from kienan_awards.core.lists.list_import import import_list
    from tests.support.list_files import award_list, write_xlsx

    row = [1, "Quách Thị Yến Nhi", 1990, "Nữ", "Chuyên viên", "Phòng Nội vụ", "Giấy khen"]
    row += ["Hoàn thành xuất sắc nhiệm vụ", "77/QĐ-UBND", dt.date(2024, 3, 1)]
    assert import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list([row])})).errors == []
    person = db.execute("SELECT person_id FROM awards WHERE id = ?", [awkward[0]]).fetchone()[0]
    people.save_person(db, person, {"full_name": "Nguyễn Văn Khuê", "birth_year": 1980})
    ward = db.execute("SELECT id FROM units WHERE name = 'Phường Hòa Bình'").fetchone()[0]
    units.save_unit(db, ward, {"name": "Phường Quỳnh Lôi", "kind": "ward"})
    db.execute("UPDATE decisions SET number = '9/QĐ-Xuyên' WHERE number = '7/QĐ'")
    db.execute("UPDATE awards SET achievement = 'Lao động giỏi' WHERE id = ?", [awkward[2]])
    assert _index_terms(db) <= _listed(db)
    written = {"quach", "khue", "quynh", "xuyen", "gioi", *spelled_tokens("Khuê Quỳnh")}
    assert written <= _listed(db)
    assert search_index_differences(db) == 0
    # A word missing from the list is found, and the rebuild lists it again.
    db.execute("DELETE FROM search_index_words WHERE word = 'quynh'")
    assert search_index_differences(db) > 0
    rebuild_search_index(db)
    assert search_index_differences(db) == 0
    assert _index_terms(db) == _listed(db)


def test_awards_written_in_bulk_have_their_words_listed(db, awkward):
    form = db.execute("SELECT id FROM award_forms ORDER BY id").fetchone()[0]
    decision = db.execute("SELECT id FROM decisions ORDER BY id").fetchone()[0]
    with write_transaction(db), indexed_in_bulk(db):
        _award(db, decision, form, "Ông Ích Khiêm", achievement="Xuất sắc")
        edited = _award(db, decision, form, "Ông Ích Khiêm", achievement="Xuất sắc")
        db.execute("UPDATE awards SET recipient_name = 'Ông Ích Đường' WHERE id = ?", [edited])
    assert {"ich", "khiem", "duong", *spelled_tokens("Ông Ích Khiêm Đường")} <= _listed(db)
    assert search_index_differences(db) == 0


QUERIES = [
    "hoa",
    "Hòa",
    "hòa bì",
    "phuong hoa",
    "Phường Hòa",
    "nguy",
    "Nguyễ",
    "nguyen van a",
    "Nguyễn Văn Â",
    "tran thi da",
    "Trần Thị Ðà",
    "pham duc man",
    "hoan thanh xua",
    "xa hoa ta",
    "Xã Hòa Tâ",
    "ho ong",
    "quy",
    "7/qđ",
    "ABC",
]


@pytest.mark.parametrize("most", [0, 1, 64])
def test_a_word_being_typed_finds_what_the_prefix_query_finds(db, awkward, monkeypatch, most):
    monkeypatch.setattr(award_search, "_MOST_COMPLETIONS", most)
    for names_only in (False, True):
        for text in QUERIES:
            search = AwardSearch(text, names_only=names_only)
            completed = tiered_award_ids(db, search)
            with monkeypatch.context() as plain:
                plain.setattr(award_search, "_completed", lambda db, words: words)
                assert tiered_award_ids(db, search) == completed, text


def test_words_being_typed_are_looked_up_beyond_the_prefix_indexes(db, awkward):
    assert prefixes_to_complete(parse_query("ho")) == []  # two letters: a prefix index
    assert prefixes_to_complete(parse_query("hoa ")) == []  # a whole word
    assert prefixes_to_complete(parse_query("hoa")) == ["hoa"]
    assert prefixes_to_complete(parse_query("Hòa")) == ["hoa", "2hoa"]
    # Two letters folded, three spelt: the spelt word leads with its tone, any tone if none.
    assert prefixes_to_complete(parse_query("Hòa Tâ")) == [f"{tone}t6a" for tone in "012345"]
    words = award_search._completed(db, parse_query("Xã Hòa Tâ"))
    assert words.completions["0t6a"] == ("0t6ay",)
    assert words.completions["1t6a"] == ()
    words = award_search._completed(db, parse_query("hòa bìn"))
    assert words.completions == {"bin": ("binh",), "2bin": ("2binh",)}


def test_the_upgrade_to_step_20_keeps_the_index_in_step(tmp_path):
    import sqlite3

    from sqlite_utils import Database

    db = Database(sqlite3.connect(tmp_path / "old.db"))
    db.audit_deferred, db.search_index_deferred = set(), False
    add_program_functions(db)
    migrations.STEPS.apply(db, stop_before="0020_search_prefixes")
    form = db.execute("SELECT id FROM award_forms ORDER BY id").fetchone()[0]
    with db.conn:
        decision = db.table("decisions").insert({"number": "3/QĐ", "decided_on": "2022-05-01"})
        for n, name in enumerate(["Hoàng Văn Thái", "Hoàng Thị Hoa", "Lò Văn Hoan"]):
            _award(db, decision.last_pk, form, name, achievement=f"Năm {2020 + n}")
    migrations.apply_pending(db)
    assert schema_differences(db) == []
    assert search_index_differences(db) == 0
    assert _index_terms(db) == _listed(db)
    found = [
        db.execute("SELECT recipient_name FROM awards WHERE id = ?", [award_id]).fetchone()[0]
        for award_id in tiered_award_ids(db, AwardSearch("hoa")).ids
    ]
    assert found == ["Hoàng Văn Thái", "Hoàng Thị Hoa", "Lò Văn Hoan"]
    db.close()


def test_a_large_import_makes_the_entries_indexes_again_as_they_were(db, awkward, monkeypatch):
    monkeypatch.setattr(bulk_indexes, "REBUILT_FROM_ROWS", 5)
    before = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'search_index_entries'"
    ).fetchall()
    form = db.execute("SELECT id FROM award_forms ORDER BY id").fetchone()[0]
    decision = db.execute("SELECT id FROM decisions ORDER BY id").fetchone()[0]
    executed = []
    db.conn.set_trace_callback(executed.append)
    with write_transaction(db), indexed_in_bulk(db):
        for n in range(20):
            _award(db, decision, form, f"Đinh Văn Số {n}")
    db.conn.set_trace_callback(None)
    assert any(s.startswith("DROP INDEX [search_index_entries_name]") for s in executed)
    after = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'search_index_entries'"
    ).fetchall()
    assert sorted(after) == sorted(before)
    assert schema_differences(db) == []
    assert search_index_differences(db) == 0
