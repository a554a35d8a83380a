"""Schema step 15: a person keeps a 9-digit CMND as well as a 12-digit CCCD, and the honorific
a list types before the name is kept apart from the name, and printed before it."""

import sqlite3

import pytest

from kienan_awards.core.documents.certificates import certificate
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.list_import import ImportOptions, import_list
from kienan_awards.core.records.people import save_person, validate_person
from kienan_awards.core.storage import migrations
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.text import fold, name_sort_text
from tests.support.list_files import award_list, write_xlsx

PEOPLE = ImportOptions(list_kind="people")
HEADER = ["STT", "Họ và tên", "Năm sinh", "Số CMND/CCCD", "Đơn vị"]


def insert_person(db, name, personal_id):
    return db.execute(
        "INSERT INTO people (full_name, name_folded, name_sort_key, personal_id) "
        "VALUES (?, ?, ?, ?)",
        [name, fold(name), name_sort_text(name), personal_id],
    ).lastrowid


def test_a_database_of_step_14_keeps_its_people_and_takes_a_cmnd_after_step_15(tmp_path):
    db = open_database(tmp_path / "old.db", migrate=False)
    migrations.STEPS.apply(db, stop_before="0015_identity_cards_and_honorifics")
    kept = insert_person(db, "Nguyễn Văn An", "031188000123")
    with pytest.raises(sqlite3.IntegrityError):
        insert_person(db, "Lê Thị Bình", "123456789")
    db.close()
    db = open_database(tmp_path / "old.db")
    assert db.execute("SELECT personal_id FROM people WHERE id = ?", [kept]).fetchone()[0] == (
        "031188000123"
    )
    insert_person(db, "Lê Thị Bình", "123456789")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for wrong in ("12345678", "1234567890", "12345678x"):
        with pytest.raises(sqlite3.IntegrityError):
            insert_person(db, "Trần Văn Cường", wrong)
    # The audit trail follows the new column.
    db.execute("UPDATE people SET honorific = 'Bà' WHERE id = ?", [kept])
    after = db.execute(
        "SELECT after_json FROM audit_log WHERE table_name = 'people' ORDER BY id DESC"
    ).fetchone()[0]
    assert '"honorific":"Bà"' in after


def test_the_person_form_takes_a_cmnd_and_an_honorific(db):
    assert validate_person({"full_name": "Lê Thị Bình", "personal_id": "012345678"}) == {}
    problems = validate_person({"full_name": "Lê Thị Bình", "personal_id": "0123456789"})
    assert "9" in problems["personal_id"] and "12" in problems["personal_id"]
    assert "honorific" in validate_person({"full_name": "Lê Thị Bình", "honorific": "Đại tá " * 9})
    save_person(
        db, None, {"full_name": "Lê Thị Bình", "honorific": " Đại  tá ", "personal_id": "012345678"}
    )
    assert db.execute("SELECT honorific, personal_id FROM people").fetchone() == (
        "Đại tá",
        "012345678",
    )


def test_two_people_may_not_share_a_cmnd_either(db):
    save_person(db, None, {"full_name": "Lê Thị Bình", "personal_id": "012345678"})
    with pytest.raises(KienanError):
        save_person(db, None, {"full_name": "Lê Văn Bình", "personal_id": "012345678"})


def test_a_list_with_cmnd_numbers_as_text_and_as_numbers_imports_them_as_nine_digits(db, tmp_path):
    rows = [
        HEADER,
        [1, "Lê Thị Bình", 1970, "'012345678", "Phường Lê Lợi"],
        [2, "Trần Văn Cường", 1968, 123456789, "Phường Lê Lợi"],
        [3, "Phạm Thị Dung", 1990, "031190000456", "Phường Lê Lợi"],
    ]
    plan = import_list(db, write_xlsx(tmp_path / "p.xlsx", {"DS": rows}), PEOPLE)
    assert plan.errors == [], [str(e.message) for e in plan.errors]
    assert dict(db.execute("SELECT full_name, personal_id FROM people").fetchall()) == {
        "Lê Thị Bình": "012345678",
        "Trần Văn Cường": "123456789",
        "Phạm Thị Dung": "031190000456",
    }


def test_an_honorific_typed_before_a_name_is_kept_apart_and_printed_on_the_certificate(
    db, tmp_path
):
    rows = [
        [
            1,
            "Đại tá Nguyễn Văn An",
            1970,
            "Nam",
            None,
            "Phường Lê Lợi",
            "Giấy khen",
            "Năm 2025",
            "15/QĐ-UBND",
            "12/12/2025",
        ],
        [
            2,
            "Bà Lê Thị Bình",
            1975,
            None,
            None,
            "Phường Lê Lợi",
            "Giấy khen",
            "Năm 2025",
            "15/QĐ-UBND",
            "12/12/2025",
        ],
    ]
    plan = import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list(rows)}))
    assert plan.errors == [], [str(e.message) for e in plan.errors]
    people = dict(db.execute("SELECT full_name, honorific FROM people").fetchall())
    assert people == {"Nguyễn Văn An": "Đại tá", "Lê Thị Bình": "Bà"}
    award = db.execute(
        "SELECT a.id FROM awards a JOIN people p ON p.id = a.person_id "
        "WHERE p.full_name = 'Nguyễn Văn An'"
    ).fetchone()[0]
    data, _code = certificate(db, award)
    assert (data.honorific, data.recipient_name) == ("Đại tá", "Nguyễn Văn An")


def test_a_later_list_fills_a_recorded_persons_blank_honorific_only(db, tmp_path):
    first = [HEADER, [1, "Nguyễn Văn An", 1970, None, "Phường Lê Lợi"]]
    import_list(db, write_xlsx(tmp_path / "1.xlsx", {"DS": first}), PEOPLE)
    second = [HEADER, [1, "Ông Nguyễn Văn An", 1970, None, "Phường Lê Lợi"]]
    plan = import_list(db, write_xlsx(tmp_path / "2.xlsx", {"DS": second}), PEOPLE)
    assert plan.summary()["people_matched"] == 1
    third = [HEADER, [1, "Đồng chí Nguyễn Văn An", 1970, None, "Phường Lê Lợi"]]
    import_list(db, write_xlsx(tmp_path / "3.xlsx", {"DS": third}), PEOPLE)
    assert db.execute("SELECT honorific FROM people").fetchall() == [("Ông",)]
