"""The people and units a proposal line may name, and how typed words find them."""

from kienan_awards.core.records import people, units
from kienan_awards.core.records.recipient_choices import (
    PERSON,
    UNIT,
    matching_choices,
    named,
    recipient_choices,
)


def office(db):
    ward = units.save_unit(db, None, {"name": "Phường Kiến An", "kind": "ward"}).record_id
    team = units.save_unit(
        db, None, {"name": "Tổ dân phố 3", "kind": "residential_group", "parent_id": ward}
    ).record_id
    first = people.save_person(
        db,
        None,
        {
            "full_name": "Nguyễn Văn An",
            "birth_year": 1985,
            "unit_id": team,
            "position": "Tổ trưởng",
        },
    ).record_id
    second = people.save_person(
        db, None, {"full_name": "Nguyễn Văn An", "birth_year": 1992, "unit_id": ward}
    ).record_id
    anh = people.save_person(db, None, {"full_name": "Nguyễn Văn Anh"}).record_id
    thanh = people.save_person(db, None, {"full_name": "Lê Văn Thanh"}).record_id
    return ward, team, first, second, anh, thanh


def test_every_recorded_person_and_unit_is_a_choice_with_what_tells_namesakes_apart(db):
    ward, team, first, second, anh, thanh = office(db)
    gone = people.save_person(db, None, {"full_name": "Nguyễn Văn Cũ"}).record_id
    people.move_person_to_trash(db, gone)
    choices = {(c.kind, c.id): c for c in recipient_choices(db)}
    assert (PERSON, gone) not in choices
    one, other = choices[(PERSON, first)], choices[(PERSON, second)]
    assert (one.birth_year, one.position, one.unit, one.parent_unit) == (
        1985,
        "Tổ trưởng",
        "Tổ dân phố 3",
        "Phường Kiến An",
    )
    assert (other.birth_year, other.unit, other.parent_unit) == (1992, "Phường Kiến An", None)
    assert choices[(UNIT, team)].unit == "Phường Kiến An"  # a unit's: the unit above it
    assert choices[(UNIT, ward)].unit is None
    assert one.line_fields() == {"person_id": first}
    assert choices[(UNIT, team)].line_fields() == {"recipient_unit_id": team}


def test_typing_without_diacritics_finds_the_name_first_then_longer_names(db):
    ward, team, first, second, anh, thanh = office(db)
    found = matching_choices(recipient_choices(db), "nguyen van an")
    assert [c.id for c in found] == [first, second, anh]
    assert thanh not in [c.id for c in matching_choices(recipient_choices(db), "van an")]


def test_the_year_or_the_unit_narrows_namesakes(db):
    ward, team, first, second, anh, thanh = office(db)
    choices = recipient_choices(db)
    assert [c.id for c in matching_choices(choices, "an 1992")] == [second]
    assert [c.id for c in matching_choices(choices, "NGUYỄN VĂN AN to dan pho")] == [first]


def test_a_name_typed_whole_is_matched_folded(db):
    ward, team, first, second, anh, thanh = office(db)
    choices = recipient_choices(db)
    assert {c.id for c in named(choices, "nguyen van an")} == {first, second}
    assert [(c.kind, c.id) for c in named(choices, "phuong kien an")] == [(UNIT, ward)]
    assert named(choices, "") == [] and matching_choices(choices, "  ") == []
