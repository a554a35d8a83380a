import datetime as dt

import pytest

from kienan_awards.core import demo
from kienan_awards.core.awards.decisions import authority_on
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records.office import Office, office_on, office_problems, save_office

WARD = {
    "body_name": "Ủy ban nhân dân phường Kiến An",
    "place": "Kiến An",
    "signer_title": "Chủ tịch",
    "signer_name": "Lê Văn Bình",
}


def test_an_office_is_recorded_from_today_and_signs_from_then_on(db):
    assert office_on(db) is None
    changes = save_office(db, WARD, dt.date(2025, 7, 1))
    assert changes.kinds == {RecordKind.OFFICE}
    assert (
        office_on(db, dt.date(2025, 7, 1)).issuer_title == "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN"
    )
    assert office_on(db, dt.date(2025, 7, 1)) == Office(*WARD.values())
    assert office_on(db, dt.date(2025, 6, 30)) is None
    authority = authority_on(db, dt.date(2025, 12, 20))
    assert authority[1:] == ("Chủ tịch", "Lê Văn Bình")


def test_a_new_signer_closes_the_earlier_authority_the_day_before(db):
    save_office(db, WARD, dt.date(2025, 7, 1))
    save_office(db, {**WARD, "signer_name": "Trần Thị Hoa"}, dt.date(2026, 3, 1))
    assert office_on(db, dt.date(2026, 2, 28)).signer_name == "Lê Văn Bình"
    assert office_on(db, dt.date(2026, 3, 1)).signer_name == "Trần Thị Hoa"
    # Corrected on the same day: the day's record is changed, not doubled.
    save_office(db, {**WARD, "signer_name": "Trần Thị Hòa"}, dt.date(2026, 3, 1))
    assert db.execute("SELECT count(*) FROM issuing_authorities").fetchone()[0] == 2
    assert office_on(db, dt.date(2026, 3, 2)).signer_name == "Trần Thị Hòa"


def test_the_demo_district_closes_and_the_new_ward_takes_over(db):
    demo.load_demo(db)
    assert office_on(db, dt.date(2026, 11, 25)) is None  # the district was dissolved
    save_office(db, WARD, dt.date(2026, 11, 25))
    assert office_on(db, dt.date(2024, 12, 25)).signer_name == "Nguyễn Trường Sơn"
    assert office_on(db, dt.date(2026, 11, 25)).body_name == WARD["body_name"]


def test_every_field_is_required_and_nothing_is_saved_without_it(db):
    problems = office_problems({**WARD, "signer_name": " ", "place": "Kiến\x07An"})
    assert set(problems) == {"signer_name", "place"}
    assert "required" in problems["signer_name"] and "U+0007" in problems["place"]
    with pytest.raises(KienanError, match="signer_name"):
        save_office(db, {**WARD, "signer_name": ""})
    assert db.execute("SELECT count(*) FROM issuing_authorities").fetchone()[0] == 0


def test_saving_the_office_says_which_authorities_it_wrote(db):
    first = save_office(db, WARD, dt.date(2025, 7, 1))
    (first_id,) = first.ids[RecordKind.OFFICE]
    # A new signer from a later day closes the first authority and adds one: both changed.
    later = save_office(db, {**WARD, "signer_name": "Trần Thị Hoa"}, dt.date(2026, 3, 1))
    assert first_id in later.ids[RecordKind.OFFICE] and len(later.ids[RecordKind.OFFICE]) == 2
    # Corrected on the same day: only that day's authority.
    again = save_office(db, {**WARD, "signer_name": "Trần Thị Hòa"}, dt.date(2026, 3, 1))
    assert again.ids[RecordKind.OFFICE] == later.ids[RecordKind.OFFICE] - {first_id}
