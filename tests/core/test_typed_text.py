"""Whatever a clerk types or pastes into a name is stored and read back as typed, or refused
with a message that names the character and where it is."""

import json

import pytest

from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import people, record_edits, units
from kienan_awards.core.records.record_lists import PEOPLE
from kienan_awards.core.text import clean, text_problem

KEPT_AS_TYPED = [
    ("500 characters", ("Nguyễn Thị Hồng Nhung " * 23)[:500].strip()),
    ("emoji", "Nguyễn Văn An 😀"),
    ("an emoji sequence with joiners", "Gia đình 👩‍👩‍👧‍👦 Lê"),
    ("right-to-left", "محمد علي"),
    ("a direction mark", "Trần\u200f Bình"),
    ("an SQL fragment", "Robert'); DROP TABLE people;--"),
    ("quotes and wildcards", 'Lê "Út" 100% _ \\ Văn'),
    ("decomposed marks", "Nguye\u0302\u0303n Thi\u0323 Hoa\u0300"),
]
REFUSED = [
    ("a NUL", "Nguyễn\x00Văn", "U+0000) at position 7"),
    ("a bell", "\x07Lê Văn", "U+0007) at position 1"),
    ("a right-to-left override", "Lê \u202eVăn", "U+202E) at position 4"),
    ("an isolate", "Lê Văn\u2066", "U+2066) at position 7"),
]


@pytest.mark.parametrize("name", [n for _, n in KEPT_AS_TYPED], ids=[k for k, _ in KEPT_AS_TYPED])
def test_a_name_is_stored_and_read_back_as_typed(db, name):
    person_id = people.save_person(db, None, {"full_name": name, "note": name}).record_id
    row = record_edits.fetch(db, "people", person_id)
    assert row["full_name"] == clean(name) == row["note"]
    assert row["full_name"] == name or "\u0302" in name  # only decomposed marks are composed
    assert PEOPLE.rows(db, [person_id])[person_id][0] == row["full_name"]
    assert person_id in PEOPLE.ids(db, filter_text=name.split()[0])
    logged = db.execute(
        "SELECT after_json FROM audit_log WHERE table_name = 'people' AND record_id = ?",
        [person_id],
    ).fetchone()[0]
    assert json.loads(logged)["full_name"] == row["full_name"]
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("name", "where"), [(n, w) for _, n, w in REFUSED], ids=[k for k, _, _ in REFUSED]
)
def test_an_invisible_control_character_is_refused_with_where_it_is(db, name, where):
    assert where in text_problem(name)
    with pytest.raises(KienanError, match="full name: the text holds an invisible control"):
        people.save_person(db, None, {"full_name": name})
    with pytest.raises(KienanError, match="name: the name holds an invisible control"):
        units.save_unit(db, None, {"name": name, "kind": "department"})
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM units").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0


def test_an_empty_or_blank_name_is_refused(db):
    for blank in ("", "   ", "\t\n"):
        with pytest.raises(KienanError, match="the full name is required"):
            people.save_person(db, None, {"full_name": blank})
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 0
