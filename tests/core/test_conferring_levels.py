"""Who confers a form, by date: until 30/06/2025 the district chairman conferred the
Grassroots Emulation Fighter, from 01/07/2025 the commune (ward) chairman does; the city's
forms are never a ward's. A decision of a form its authority may not confer is refused whole
with the rule and its basis, and the bonus is the rate of the conferring level."""

import datetime as dt

import pytest

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.catalogue import bonus_amount, find_award_form
from kienan_awards.core.awards.conferring import conferring_problem, forms_conferred
from kienan_awards.core.awards.eligibility import CONFERRING_LEVEL
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.list_import import import_list
from kienan_awards.core.records import people, units
from kienan_awards.core.records.office import add_office
from tests.support.list_files import award_list, write_xlsx

BEFORE, REFORM = dt.date(2025, 6, 30), dt.date(2025, 7, 1)
WARD = {
    "body_name": "Ủy ban nhân dân phường Mẫu",
    "place": "Mẫu",
    "signer_title": "Chủ tịch",
    "signer_name": "Lê Văn Ký",
}
DISTRICT = {**WARD, "body_name": "Ủy ban nhân dân quận Mẫu", "signer_name": "Phạm Văn Huy"}
BASIS_FROM_REFORM = (
    "Luật Thi đua, khen thưởng số 06/2022/QH15; Luật Tổ chức chính quyền địa phương số "
    "72/2025/QH15; Nghị định số 152/2025/NĐ-CP"
)
BASIS_CITY = "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP"


def accepted_line(db, code: str, kind: str = "individual") -> tuple[int, int]:
    """A proposal with one accepted line of the form (the rules waived): (proposal, line)."""
    unit = units.save_unit(db, None, {"name": "Phòng Mẫu", "kind": "department"}).record_id
    if kind == "individual":
        person = people.save_person(db, None, {"full_name": "Trần Văn An", "unit_id": unit})
        recipient = {"person_id": person.record_id}
    else:
        recipient = {"recipient_unit_id": unit}
    proposal = decisions.create_proposal(db, "Đề nghị", 2025).record_id
    line = decisions.add_line(
        db, proposal, {"form_id": find_award_form(db, code).id, **recipient}
    ).record_id
    decisions.review_line(db, line, "accepted", override_reason="đã xét riêng")
    return proposal, line


def written(db) -> tuple:
    return tuple(
        db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("decisions", "awards", "audit_log")
    ) + (db.execute("SELECT count(*) FROM proposal_lines WHERE award_id IS NULL").fetchone()[0],)


def form_id(db, code: str) -> int:
    return find_award_form(db, code).id


def test_a_commune_chairmans_giay_khen_before_the_reform_is_half_the_districts(db):
    giay_khen = form_id(db, "GIAY_KHEN")
    # 0.15 x 2,340,000 = 351,000, rounded up to 360,000; the district's 0.3 the same day.
    assert bonus_amount(db, giay_khen, "individual", BEFORE, level="commune") == 360_000
    assert bonus_amount(db, giay_khen, "individual", BEFORE, level="district") == 710_000
    assert bonus_amount(db, giay_khen, "individual", BEFORE) == 710_000  # no level: any-level rate
    assert bonus_amount(db, giay_khen, "collective", BEFORE, level="commune") == 710_000


def test_from_the_reform_the_commune_gives_0_3_a_household_half_again_a_collective_double(db):
    giay_khen = form_id(db, "GIAY_KHEN")
    assert bonus_amount(db, giay_khen, "individual", REFORM, level="commune") == 710_000
    assert bonus_amount(db, giay_khen, "household", REFORM, level="commune") == 1_060_000
    assert bonus_amount(db, giay_khen, "collective", REFORM, level="commune") == 1_410_000


def test_a_ward_decision_of_a_giay_khen_on_30_06_2025_pays_the_communes_rate(db):
    add_office(db, WARD, dt.date(2025, 1, 1))
    proposal, _line = accepted_line(db, "GIAY_KHEN")
    assert decisions.decide(db, proposal, "1/QĐ-UBND", BEFORE).bonus_total == 360_000


def test_a_district_decision_the_same_day_pays_the_districts_rate(db):
    add_office(db, DISTRICT, dt.date(2019, 1, 1))
    proposal, _line = accepted_line(db, "GIAY_KHEN")
    assert decisions.decide(db, proposal, "1/QĐ-UBND", BEFORE).bonus_total == 710_000


def test_a_grassroots_fighter_by_a_district_from_the_reform_is_refused_writing_nothing(db):
    add_office(db, DISTRICT, dt.date(2019, 1, 1))
    proposal, _line = accepted_line(db, "CSTDCS")
    before = written(db)
    with pytest.raises(KienanError) as refused:
        decisions.decide(db, proposal, "9/QĐ-UBND", REFORM)
    assert str(refused.value) == (
        "Trần Văn An: Chiến sĩ thi đua cơ sở is not conferred by a district authority on "
        f"01/07/2025: from 01/07/2025 it is conferred at commune level ({BASIS_FROM_REFORM}); "
        "nothing was decided"
    )
    assert written(db) == before
    # The day before, it was the district's to confer.
    assert decisions.decide(db, proposal, "8/QĐ-UBND", BEFORE).award_ids


def test_a_city_form_on_a_ward_decision_is_refused_with_its_basis(db):
    add_office(db, WARD, dt.date(2025, 7, 1))
    proposal, _line = accepted_line(db, "BK_CITY")
    before = written(db)
    with pytest.raises(KienanError) as refused:
        decisions.decide(db, proposal, "2/QĐ-UBND", dt.date(2025, 9, 1))
    assert (
        "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố is not conferred by a commune "
        f"authority on 01/09/2025: it is conferred at city level ({BASIS_CITY})"
    ) in str(refused.value)
    assert written(db) == before


def test_an_advanced_worker_by_a_ward_on_15_12_2025_is_decided(db):
    add_office(db, WARD, dt.date(2025, 7, 1))
    proposal, _line = accepted_line(db, "LDTT")
    result = decisions.decide(db, proposal, "3/QĐ-UBND", dt.date(2025, 12, 15))
    assert len(result.award_ids) == 1 and result.bonus_total == 710_000


def test_an_authority_without_its_level_decides_nothing_and_says_how_to_record_it(db):
    add_office(db, WARD, dt.date(2025, 7, 1))
    db.execute("UPDATE issuing_authorities SET level = NULL")  # as a migrated unclear name
    proposal, _line = accepted_line(db, "LDTT")
    before = written(db)
    expected = "has no level recorded.*office set-level LEVEL --on 15/12/2025"
    with pytest.raises(KienanError, match=expected):
        decisions.decide(db, proposal, "3/QĐ-UBND", dt.date(2025, 12, 15))
    assert written(db) == before


def test_the_review_shows_the_conferring_rule_with_its_basis_before_deciding(db):
    add_office(db, WARD, dt.date(2025, 7, 1))
    unit = units.save_unit(db, None, {"name": "Phòng Mẫu", "kind": "department"}).record_id
    person = people.save_person(db, None, {"full_name": "Trần Văn An", "unit_id": unit})
    proposal = decisions.create_proposal(db, "Đề nghị", 2025).record_id
    line = decisions.add_line(
        db, proposal, {"form_id": form_id(db, "BK_CITY"), "person_id": person.record_id}
    ).record_id
    (finding,) = decisions.line_findings(db, line, dt.date(2025, 9, 1))
    assert finding.rule == CONFERRING_LEVEL and finding.legal_basis == BASIS_CITY
    assert finding.message.startswith("Trần Văn An: Bằng khen của Chủ tịch")
    assert BASIS_CITY not in finding.message  # shown beside it, as every rule's basis is
    # Before any office is recorded, nothing says who would decide it: no finding.
    assert decisions.line_findings(db, line, dt.date(2025, 6, 1)) == []
    with pytest.raises(KienanError, match="give a reason to accept it anyway"):
        decisions.review_line(db, line, "accepted")


def test_the_forms_a_level_confers_change_on_1_july_2025(db):
    def codes(level, day):
        return {form.code for form in forms_conferred(db, level, day)}

    assert codes("commune", BEFORE) == {"GIAY_KHEN", "LDTT", "GDVH"}
    assert codes("commune", REFORM) == {"GIAY_KHEN", "LDTT", "CSTDCS", "TTLDTT", "TDPVH", "GDVH"}
    assert codes("district", BEFORE) == {"GIAY_KHEN", "LDTT", "CSTDCS", "TTLDTT", "TDPVH"}
    assert codes("district", REFORM) == set()
    assert codes("city", REFORM) == {"TTLDXS", "BK_CITY", "CSTD_CITY", "CO_THI_DUA_CITY"}
    assert conferring_problem(db, form_id(db, "CSTDCS"), "district", BEFORE) is None
    assert "it is conferred at district level" in conferring_problem(
        db, form_id(db, "CSTDCS"), "commune", BEFORE
    )


def past_list(tmp_path, form: str, day: dt.date):
    row = [1, "Nguyễn Văn An", 1980, "Nam", "Chuyên viên", "Phòng Nội vụ", form]
    rows = [[*row, "Hoàn thành xuất sắc nhiệm vụ năm 2024", "4/QĐ-UBND", day]]
    return write_xlsx(tmp_path / "past.xlsx", {"DS": award_list(rows)})


def test_a_past_list_of_a_form_the_office_could_not_confer_is_a_row_error(db, tmp_path):
    add_office(db, WARD, dt.date(2024, 1, 1))
    plan = import_list(db, past_list(tmp_path, "Chiến sĩ thi đua cơ sở", dt.date(2025, 3, 15)))
    (error,) = plan.errors
    assert error.line().startswith("sheet 'DS' row ")
    assert "Chiến sĩ thi đua cơ sở is not conferred by a commune authority on 15/03/2025" in (
        error.message
    )
    assert db["awards"].count == 0


def test_a_past_list_is_imported_when_its_office_may_confer_it_or_none_is_recorded(db, tmp_path):
    plan = import_list(db, past_list(tmp_path, "Chiến sĩ thi đua cơ sở", dt.date(2025, 3, 15)))
    assert plan.errors == [] and db["awards"].count == 1  # no authority on its date
    add_office(db, WARD, dt.date(2025, 7, 1))
    later = past_list(tmp_path, "Giấy khen", dt.date(2025, 8, 1))
    assert import_list(db, later).errors == []
    bonuses = db.execute("SELECT bonus_amount FROM awards ORDER BY id").fetchall()
    assert bonuses == [(2_340_000,), (710_000,)]


def test_a_past_ward_list_of_a_giay_khen_before_the_reform_takes_the_communes_rate(db, tmp_path):
    add_office(db, WARD, dt.date(2024, 1, 1))
    assert import_list(db, past_list(tmp_path, "Giấy khen", dt.date(2025, 3, 15))).errors == []
    assert db.execute("SELECT bonus_amount FROM awards").fetchall() == [(360_000,)]
