import datetime as dt

import pytest

from kienan_awards.core import demo
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records.office import (
    Office,
    add_office,
    office_on,
    office_period_on,
    office_periods,
    office_problems,
    record_office,
)

WARD = {
    "body_name": "Ủy ban nhân dân phường Kiến An",
    "place": "Kiến An",
    "signer_title": "Chủ tịch",
    "signer_name": "Lê Văn Bình",
}


def test_an_office_is_recorded_from_today_and_signs_from_then_on(db):
    assert office_on(db) is None
    changes = record_office(db, WARD, dt.date(2025, 7, 1))
    assert changes.kinds == {RecordKind.OFFICE}
    assert (
        office_on(db, dt.date(2025, 7, 1)).issuer_title == "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN"
    )
    assert office_on(db, dt.date(2025, 7, 1)) == Office(*WARD.values())
    assert office_on(db, dt.date(2025, 6, 30)) is None
    authority = office_period_on(db, dt.date(2025, 12, 20)).office
    assert (authority.signer_title, authority.signer_name) == ("Chủ tịch", "Lê Văn Bình")


def test_a_new_signer_closes_the_earlier_authority_the_day_before(db):
    record_office(db, WARD, dt.date(2025, 7, 1))
    record_office(db, {**WARD, "signer_name": "Trần Thị Hoa"}, dt.date(2026, 3, 1))
    assert office_on(db, dt.date(2026, 2, 28)).signer_name == "Lê Văn Bình"
    assert office_on(db, dt.date(2026, 3, 1)).signer_name == "Trần Thị Hoa"
    # Corrected on the same day: the day's record is changed, not doubled.
    record_office(db, {**WARD, "signer_name": "Trần Thị Hòa"}, dt.date(2026, 3, 1))
    assert db.execute("SELECT count(*) FROM issuing_authorities").fetchone()[0] == 2
    assert office_on(db, dt.date(2026, 3, 2)).signer_name == "Trần Thị Hòa"


def test_the_demo_ward_takes_over_from_the_district_and_a_new_chairman_from_a_day(db):
    demo.load_demo(db)
    # The district's last months were signed by its Vice-Chairman on the Chairman's behalf.
    assert office_on(db, dt.date(2025, 6, 30)).signer_name == "Trịnh Quốc Hưng"
    assert office_on(db, dt.date(2025, 7, 1)).body_name == "Ủy ban nhân dân phường Kiến An"
    demo_chairman = office_on(db).signer_name
    record_office(db, WARD, dt.date(2026, 11, 25))
    assert office_on(db, dt.date(2024, 12, 25)).signer_name == "Nguyễn Trường Sơn"
    assert office_on(db, dt.date(2026, 11, 24)).signer_name == demo_chairman
    assert office_on(db, dt.date(2026, 11, 25)).signer_name == WARD["signer_name"]


def test_every_field_is_required_and_nothing_is_saved_without_it(db):
    problems = office_problems({**WARD, "signer_name": " ", "place": "Kiến\x07An"})
    assert set(problems) == {"signer_name", "place"}
    assert "required" in problems["signer_name"] and "U+0007" in problems["place"]
    with pytest.raises(KienanError, match="signer_name"):
        record_office(db, {**WARD, "signer_name": ""})
    assert db.execute("SELECT count(*) FROM issuing_authorities").fetchone()[0] == 0


def test_saving_the_office_says_which_authorities_it_wrote(db):
    first = record_office(db, WARD, dt.date(2025, 7, 1))
    (first_id,) = first.ids[RecordKind.OFFICE]
    # A new signer from a later day closes the first authority and adds one: both changed.
    later = record_office(db, {**WARD, "signer_name": "Trần Thị Hoa"}, dt.date(2026, 3, 1))
    assert first_id in later.ids[RecordKind.OFFICE] and len(later.ids[RecordKind.OFFICE]) == 2
    # Corrected on the same day: only that day's authority.
    again = record_office(db, {**WARD, "signer_name": "Trần Thị Hòa"}, dt.date(2026, 3, 1))
    assert again.ids[RecordKind.OFFICE] == later.ids[RecordKind.OFFICE] - {first_id}


def test_an_office_added_from_a_day_closes_the_open_one_the_day_before(db):
    record_office(db, WARD, dt.date(2025, 7, 1))
    (first_id,) = [period.id for period in office_periods(db)]
    changes = add_office(db, {**WARD, "signer_name": "Trần Thị Hoa"}, dt.date(2026, 3, 1))
    assert changes.kinds == {RecordKind.OFFICE} and first_id in changes.ids[RecordKind.OFFICE]
    assert len(changes.ids[RecordKind.OFFICE]) == 2
    newest, first = office_periods(db)
    assert (newest.valid_from, newest.valid_to) == (dt.date(2026, 3, 1), None)
    assert (first.valid_from, first.valid_to) == (dt.date(2025, 7, 1), dt.date(2026, 2, 28))
    assert office_period_on(db, dt.date(2026, 3, 1)) == newest
    assert office_on(db, dt.date(2026, 2, 28)).signer_name == "Lê Văn Bình"


def test_an_office_added_after_the_demo_ward_began_closes_it_and_leaves_the_district(db):
    demo.load_demo(db)
    ward, district, chairman = office_periods(db)
    assert (ward.valid_from, ward.valid_to) == (dt.date(2025, 7, 1), None)
    assert district.valid_to == dt.date(2025, 6, 30)
    add_office(db, WARD, dt.date(2026, 3, 1))
    newest, closed, kept, first = office_periods(db)
    assert (kept, first) == (district, chairman) and newest.office == Office(*WARD.values())
    assert (closed.id, closed.valid_to) == (ward.id, dt.date(2026, 2, 28))


def authorities(db) -> list[tuple]:
    return db.execute("SELECT * FROM issuing_authorities ORDER BY id").fetchall()


@pytest.mark.parametrize(
    ("day", "overlapping"),
    [
        (dt.date(2025, 7, 1), "in force from 01/07/2025 to 31/12/2025"),  # the same day
        (dt.date(2025, 3, 1), "in force from 01/07/2025 to 31/12/2025"),  # before it
        (dt.date(2025, 10, 1), "in force from 01/07/2025 to 31/12/2025"),  # within it
        (dt.date(2026, 1, 1), "(Trần Thị Hoa), in force from 01/01/2026"),  # the open one's day
    ],
)
def test_an_office_overlapping_another_is_refused_naming_it_and_nothing_is_written(
    db, day, overlapping
):
    add_office(db, WARD, dt.date(2025, 7, 1))
    add_office(db, {**WARD, "signer_name": "Trần Thị Hoa"}, dt.date(2026, 1, 1))
    before = authorities(db)
    with pytest.raises(KienanError) as refused:
        add_office(db, {**WARD, "signer_name": "Phạm Văn Nam"}, day)
    assert overlapping in str(refused.value)
    assert f"from {day:%d/%m/%Y} the office would overlap" in str(refused.value)
    assert authorities(db) == before


def test_an_office_added_with_a_field_missing_is_refused_and_nothing_is_written(db):
    with pytest.raises(KienanError, match="place"):
        add_office(db, {**WARD, "place": " "}, dt.date(2025, 7, 1))
    assert authorities(db) == []


def test_an_office_name_too_long_to_print_is_refused():
    from kienan_awards.core.records.office import office_problems

    problems = office_problems({**WARD, "body_name": "Ủy ban nhân dân " + "X" * 300})
    assert "a name holds at most 250" in str(problems["body_name"])
