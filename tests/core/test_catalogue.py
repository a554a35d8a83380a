import datetime as dt
from decimal import Decimal

from kienan_awards.core.awards.catalogue import (
    award_forms,
    base_salary_on,
    bonus_amount,
    find_award_form,
    round_up_bonus,
)


def test_catalogue_holds_the_forms_a_district_chairman_confers_with_legal_basis(db):
    codes = {form.code for form in award_forms(db)}
    assert {"GIAY_KHEN", "LDTT", "CSTDCS", "TTLDTT", "TDPVH"} <= codes
    for form in award_forms(db):
        assert form.legal_basis and form.name_vi and form.name_en


def test_award_form_is_found_by_code_or_name_without_diacritics(db):
    assert find_award_form(db, "giay khen").code == "GIAY_KHEN"
    assert find_award_form(db, "Lao động tiên tiến").code == "LDTT"
    assert find_award_form(db, "Advanced Worker").code == "LDTT"
    assert find_award_form(db, "Huân chương") is None


def test_base_salary_in_force_on_a_date(db):
    assert base_salary_on(db, dt.date(2023, 6, 30)) == 1_490_000
    assert base_salary_on(db, dt.date(2023, 7, 1)) == 1_800_000
    assert base_salary_on(db, dt.date(2025, 1, 12)) == 2_340_000
    assert base_salary_on(db, dt.date(2010, 1, 1)) is None


def test_bonus_is_coefficient_times_base_salary_rounded_up_to_ten_thousand(db):
    giay_khen = find_award_form(db, "GIAY_KHEN")
    cstdcs = find_award_form(db, "CSTDCS")
    # 0.3 x 2,340,000 = 702,000 -> 710,000
    assert bonus_amount(db, giay_khen.id, "individual", dt.date(2024, 7, 1)) == 710_000
    # 0.3 x 1,800,000 = 540,000 exactly
    assert bonus_amount(db, giay_khen.id, "individual", dt.date(2024, 1, 12)) == 540_000
    assert bonus_amount(db, giay_khen.id, "collective", dt.date(2024, 1, 12)) == 1_080_000
    assert bonus_amount(db, cstdcs.id, "individual", dt.date(2024, 12, 20)) == 2_340_000
    assert bonus_amount(db, cstdcs.id, "collective", dt.date(2024, 12, 20)) is None


def test_rounding_up_never_rounds_down():
    assert round_up_bonus(Decimal("447000")) == 450_000
    assert round_up_bonus(Decimal("450000")) == 450_000
    assert round_up_bonus(Decimal("450000.01")) == 460_000
