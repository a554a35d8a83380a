"""Decisions of other authorities: the city's Bằng khen is recorded with the body that decided
it, so the honour roll is whole, and is never printed as this office's certificate or pack."""

import datetime as dt

import pytest

from kienan_awards.core.awards import decision_issuer
from kienan_awards.core.awards.other_decisions import (
    OtherAuthority,
    OtherAward,
    find_recipient,
    record_other_authority,
    record_other_decision,
)
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.documents.certificate_prints import decision_award_ids
from kienan_awards.core.documents.decision_document import decision_content
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import people, units
from kienan_awards.core.records.office import office_period_on, record_office
from kienan_awards.core.records.record_lists import DECISIONS
from kienan_awards.core.search.award_search import AwardSearch, award_ids
from tests.core.test_never_unsigned import OFFICE, print_run

CITY = OtherAuthority("Ủy ban nhân dân thành phố Hải Phòng", "city", "Chủ tịch")
NUMBER, DAY = "12/QĐ-UBND", dt.date(2025, 12, 20)
REFUSAL = (
    "decision 12/QĐ-UBND of 20/12/2025 was decided by Ủy ban nhân dân thành phố Hải Phòng: "
    "its certificates are not this office's to print"
)


@pytest.fixture
def recorded(db):
    """The ward's office, a person and a unit: (person id, unit id)."""
    record_office(db, OFFICE, dt.date(2025, 7, 1))
    unit = units.save_unit(db, None, {"name": "Tổ dân phố số 5", "kind": "residential_group"})
    person = people.save_person(
        db, None, {"full_name": "Nguyễn Văn A", "unit_id": unit.record_id, "position": "Tổ trưởng"}
    )
    return person.record_id, unit.record_id


def city_decision(db, person, **award):
    fields = {"form": "BK_CITY", "person_id": person, "achievement": "Xuất sắc", **award}
    return record_other_decision(db, CITY, NUMBER, DAY, [OtherAward(**fields)])


def written(db) -> tuple[int, int, int]:
    return db["decisions"].count, db["awards"].count, db["issuing_authorities"].count


def test_the_citys_bang_khen_is_recorded_with_the_city_and_no_register_number(db, recorded):
    person, _unit = recorded
    result = city_decision(db, person, bonus_amount=3_510_000)
    authority = db.execute(
        "SELECT body_name, level, is_this_office, signer_title, issuer_title "
        "FROM issuing_authorities WHERE id = ?",
        [result.authority_id],
    ).fetchone()
    assert authority == (
        "Ủy ban nhân dân thành phố Hải Phòng",
        "city",
        0,
        "Chủ tịch",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG",
    )
    decision = db.execute(
        "SELECT authority_id, status, signer_title, title FROM decisions WHERE id = ?",
        [result.decision_id],
    ).fetchone()
    assert decision[:3] == (result.authority_id, "signed", "Chủ tịch")
    assert decision[3].startswith("Về việc tặng Bằng khen")
    award = db.execute(
        "SELECT recipient_kind, recipient_name, unit_name, position, achievement_year, "
        "bonus_amount, register_book, register_year, register_number FROM awards"
    ).fetchone()
    assert award == (
        "individual",
        "Nguyễn Văn A",
        "Tổ dân phố số 5",
        "Tổ trưởng",
        2025,
        3_510_000,
        None,
        None,
        None,
    )
    assert db["certificates"].count == 0
    assert result.changes.kinds == {RecordKind.DECISIONS, RecordKind.AWARDS, RecordKind.OFFICE}
    # The city is no office of this one's: the ward still signs its own decisions.
    assert office_period_on(db, DAY).office.body_name == OFFICE["body_name"]


def test_a_unit_is_honoured_as_a_collective_and_no_bonus_is_none(db, recorded):
    _person, unit = recorded
    result = record_other_decision(
        db, CITY, NUMBER, DAY, [OtherAward("TTLDXS", unit_id=unit, year=2025)]
    )
    award = db.execute(
        "SELECT recipient_kind, recipient_unit_id, recipient_name, bonus_amount FROM awards "
        "WHERE id = ?",
        [result.award_ids[0]],
    ).fetchone()
    assert award == ("collective", unit, "Tổ dân phố số 5", None)


def test_the_same_body_is_found_again_by_its_folded_name(db, recorded):
    person, _unit = recorded
    city_decision(db, person)
    again = OtherAuthority("  UY BAN NHAN DAN THANH PHO HAI PHONG ", signer_name="Lê Văn Thành")
    second = record_other_decision(
        db, again, "13/QĐ-UBND", DAY, [OtherAward("CSTD_CITY", person_id=person)]
    )
    assert (
        db.execute("SELECT count(*) FROM issuing_authorities WHERE is_this_office = 0").fetchone()[
            0
        ]
        == 1
    )
    # What was blank is filled in; what was recorded stays.
    assert db.execute(
        "SELECT body_name, signer_name FROM issuing_authorities WHERE id = ?",
        [second.authority_id],
    ).fetchone() == ("Ủy ban nhân dân thành phố Hải Phòng", "Lê Văn Thành")
    assert record_other_authority(db, again) == record_other_authority(db, again)


@pytest.mark.parametrize(
    ("award", "refusal"),
    [
        ({"form": "NO_SUCH_FORM"}, "'NO_SUCH_FORM' is not in the catalogue"),
        ({"form": "GIAY_KHEN"}, "Giấy khen is not conferred at the city level on 20/12/2025"),
        ({"person_id": None}, "award 1: choose one person or one unit"),
        ({"form": "TTLDXS"}, "award 1: Tập thể lao động xuất sắc is not given to a person"),
        ({"year": 2026}, "the achievement year 2026 lies outside"),
    ],
    ids=["unknown form", "level", "no recipient", "recipient kind", "year"],
)
def test_refusals_write_nothing(db, recorded, award, refusal):
    person, _unit = recorded
    before = written(db)
    with pytest.raises(KienanError, match=refusal):
        city_decision(db, person, **award)
    assert written(db) == before


def test_a_number_already_recorded_on_that_day_is_refused(db, recorded):
    person, _unit = recorded
    city_decision(db, person)
    before = written(db)
    with pytest.raises(KienanError, match="decision 12/QĐ-UBND of 20/12/2025 already exists"):
        city_decision(db, person)
    assert written(db) == before


def test_a_decision_with_no_award_or_a_body_of_no_level_is_refused(db, recorded):
    person, _unit = recorded
    with pytest.raises(KienanError, match="at least one award"):
        record_other_decision(db, CITY, NUMBER, DAY, [])
    nameless = OtherAuthority("Bộ Nội vụ")
    with pytest.raises(KienanError, match="level: say whether Bộ Nội vụ"):
        record_other_decision(db, nameless, NUMBER, DAY, [OtherAward("BK_CITY", person_id=person)])
    this_office = OtherAuthority(OFFICE["body_name"], "city")
    with pytest.raises(KienanError, match="is this office"):
        record_other_decision(
            db, this_office, NUMBER, DAY, [OtherAward("BK_CITY", person_id=person)]
        )
    assert written(db) == (0, 0, 1)


def test_a_form_the_catalogue_gives_no_level_is_taken_as_the_decision_names_it(db, recorded):
    person, _unit = recorded
    form = db.execute("SELECT id FROM award_forms WHERE code = 'BK_CITY'").fetchone()[0]
    db.execute("DELETE FROM conferring_levels WHERE form_id = ?", [form])
    ministry = OtherAuthority("Bộ Nội vụ", "national")
    record_other_decision(db, ministry, "7/QĐ-BNV", DAY, [OtherAward("BK_CITY", person_id=person)])
    assert db["awards"].count == 1


def test_recipients_are_found_by_their_folded_names(db, recorded):
    person, unit = recorded
    assert find_recipient(db, "nguyen van a") == {"person_id": person}
    assert find_recipient(db, "TỔ DÂN PHỐ SỐ 5", "unit") == {"unit_id": unit}
    with pytest.raises(KienanError, match="no person is recorded as 'Tổ dân phố số 5'"):
        find_recipient(db, "Tổ dân phố số 5", "person")
    with pytest.raises(KienanError, match="give a person's or a unit's name"):
        find_recipient(db, "  ")


def test_its_certificates_and_pack_are_never_printed(db, recorded):
    person, _unit = recorded
    result = city_decision(db, person)
    award_ids_of_it = decision_award_ids(db, NUMBER)
    assert decision_issuer.unsigned_decisions(db, award_ids_of_it)[0].message == REFUSAL
    with pytest.raises(KienanError) as refused:
        print_run(db, award_ids_of_it)
    assert str(refused.value) == REFUSAL
    assert db["print_log"].count == 0 and db["certificates"].count == 0
    with pytest.raises(KienanError, match="was decided by Ủy ban nhân dân thành phố Hải Phòng"):
        decision_content(db, result.decision_id)


def test_the_decisions_list_says_another_body_decided_it(db, recorded):
    person, _unit = recorded
    result = city_decision(db, person)
    listed = DECISIONS.rows(db, [result.decision_id])[result.decision_id]
    status = DECISIONS.columns.index(DECISIONS.column("status"))
    authority = DECISIONS.columns.index(DECISIONS.column("authority"))
    assert listed[status] == "Another body's decision"
    assert listed[authority] == "Ủy ban nhân dân thành phố Hải Phòng"


def test_searching_the_recipient_finds_the_citys_bang_khen(db, recorded):
    person, _unit = recorded
    result = city_decision(db, person)
    assert award_ids(db, AwardSearch("nguyen van a")) == result.award_ids
    assert award_ids(db, AwardSearch("12/QĐ-UBND")) == result.award_ids


def test_a_body_outside_the_committees_gives_its_own_giay_khen(db, recorded):
    person, _unit = recorded
    union = OtherAuthority("Liên đoàn Lao động thành phố Hải Phòng", "other", "Chủ tịch")
    award = OtherAward(form="GIAY_KHEN", person_id=person)
    result = record_other_decision(db, union, "88/QĐ-LĐLĐ", DAY, [award])
    assert len(result.award_ids) == 1


def test_the_city_written_ubnd_is_the_same_body(db, recorded):
    person, _unit = recorded
    first = city_decision(db, person)
    short = OtherAuthority("UBND thành phố Hải Phòng", "city", "Chủ tịch")
    second = record_other_decision(
        db, short, "99/QĐ-UBND", DAY, [OtherAward(form="BK_CITY", person_id=person)]
    )
    assert second.authority_id == first.authority_id


def test_a_body_name_too_long_to_print_is_refused_writing_nothing(db, recorded):
    person, _unit = recorded
    before = written(db)
    endless = OtherAuthority("Ủy ban nhân dân " + "X" * 5000, "city", "Chủ tịch")
    with pytest.raises(KienanError, match="authority: the text is 5016 characters long"):
        record_other_decision(db, endless, NUMBER, DAY, [OtherAward("BK_CITY", person)])
    assert written(db) == before
