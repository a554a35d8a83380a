"""Bonus rates by date: Decree 152/2025's coefficients from 1 July 2025, the rates before it
closed the day before, and a clerk's new rate from a later date."""

import datetime as dt
from decimal import Decimal

import pytest

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.catalogue import (
    add_bonus_rate,
    bonus_amount,
    find_award_form,
    round_up_bonus,
)
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import people, units
from kienan_awards.core.storage import migrations
from kienan_awards.core.storage.database import open_database

SALARY = 2_340_000
BEFORE, FROM = dt.date(2025, 6, 30), dt.date(2025, 7, 1)


def rates(db, code, kind):
    return db.execute(
        "SELECT r.coefficient, r.legal_basis, r.valid_from, r.valid_to FROM bonus_rates r "
        "JOIN award_forms f ON f.id = r.form_id WHERE f.code = ? AND r.recipient_kind = ? "
        "AND r.conferring_level IS NULL ORDER BY r.id",
        [code, kind],
    ).fetchall()


def test_decree_152_rates_begin_on_1_july_2025_and_the_old_ones_end_the_day_before(db):
    assert rates(db, "CSTD_CITY", "individual") == [
        ("3.0", "Nghị định số 152/2025/NĐ-CP", "2025-07-01", None)
    ]
    for code, kind in (("LDTT", "individual"), ("TTLDXS", "collective")):
        old, new = rates(db, code, kind)
        assert old[1:] == ("Nghị định số 98/2023/NĐ-CP", None, "2025-06-30")
        assert new[1:] == ("Nghị định số 152/2025/NĐ-CP", "2025-07-01", None)
    # A form the decree is not reported to cover keeps its open rate.
    assert rates(db, "BK_CITY", "individual") == [("1.5", "Nghị định số 98/2023/NĐ-CP", None, None)]


def test_a_giay_khen_takes_the_rate_in_force_on_its_decision_date(db):
    giay_khen = find_award_form(db, "GIAY_KHEN").id
    # 30/06/2025: the catalogue's rate under Decree 98 (the district chairman's, 0.3).
    assert bonus_amount(db, giay_khen, "individual", BEFORE) == round_up_bonus(
        Decimal("0.3") * SALARY
    )
    assert bonus_amount(db, giay_khen, "household", BEFORE) == round_up_bonus(
        Decimal("0.3") * SALARY
    )
    # 01/07/2025: Decree 152, the commune chairman's Giấy khen 0.3.
    individual = Decimal("0.3") * SALARY
    assert bonus_amount(db, giay_khen, "individual", FROM) == round_up_bonus(individual)
    assert bonus_amount(db, giay_khen, "household", FROM) == round_up_bonus(individual * 3 / 2)
    assert bonus_amount(db, giay_khen, "collective", FROM) == round_up_bonus(individual * 2)


def test_a_rate_from_a_later_date_leaves_decided_amounts_and_earlier_dates_alone(db):
    unit = units.save_unit(db, None, {"name": "Phòng Mẫu", "kind": "department"}).record_id
    person = people.save_person(db, None, {"full_name": "Trần Văn An", "unit_id": unit})
    db.execute(
        "INSERT INTO issuing_authorities (name, issuer_title, body_name, signer_title, "
        "signer_name, place, valid_from, level) VALUES ('Chủ tịch UBND phường Mẫu', "
        "'CHỦ TỊCH UBND PHƯỜNG MẪU', 'UBND PHƯỜNG MẪU', 'CHỦ TỊCH', 'Lê Văn Ký', 'Mẫu', "
        "'2020-01-01', 'commune')"
    )
    giay_khen = find_award_form(db, "GIAY_KHEN").id
    proposal = decisions.create_proposal(db, "Giấy khen", 2025).record_id
    line = decisions.add_line(db, proposal, {"form_id": giay_khen, "person_id": person.record_id})
    decisions.review_line(db, line.record_id, "accepted")
    assert decisions.decide(db, proposal, "1/QĐ-UBND", FROM).bonus_total == 710_000

    changes = add_bonus_rate(
        db, "GIAY_KHEN", "individual", "0.5", dt.date(2026, 1, 1), "Nghị định mẫu"
    )

    assert RecordKind.CATALOGUE in changes.ids and len(changes.ids[RecordKind.CATALOGUE]) == 2
    assert db.execute("SELECT bonus_amount FROM awards").fetchall() == [(710_000,)]
    assert bonus_amount(db, giay_khen, "individual", FROM) == 710_000
    assert bonus_amount(db, giay_khen, "individual", dt.date(2025, 12, 31)) == 710_000
    assert bonus_amount(db, giay_khen, "individual", dt.date(2026, 1, 1)) == 1_170_000
    assert rates(db, "GIAY_KHEN", "individual")[-2:] == [
        ("0.3", "Nghị định số 152/2025/NĐ-CP", "2025-07-01", "2025-12-31"),
        ("0.5", "Nghị định mẫu", "2026-01-01", None),
    ]


@pytest.mark.parametrize("day", [dt.date(2025, 7, 1), dt.date(2024, 1, 1)])
def test_a_rate_at_or_before_the_current_ones_start_is_refused_writing_nothing(db, day):
    audit = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    before = rates(db, "LDTT", "individual")
    with pytest.raises(KienanError, match="at or before the rate in force from 01/07/2025"):
        add_bonus_rate(db, "LDTT", "individual", "0.4", day, "Nghị định mẫu")
    assert rates(db, "LDTT", "individual") == before
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit


@pytest.mark.parametrize(
    "code, kind, coefficient, basis, message",
    [
        ("NO_SUCH", "individual", "0.4", "x", "no award form has the code"),
        ("LDTT", "collective", "0.4", "x", "is not given to the recipient kind"),
        ("LDTT", "individual", "-1", "x", "must be a number above 0"),
        ("LDTT", "individual", "abc", "x", "must be a number above 0"),
        ("LDTT", "individual", "0.4", " ", "needs its legal basis"),
    ],
)
def test_a_rate_the_catalogue_cannot_hold_is_refused(db, code, kind, coefficient, basis, message):
    with pytest.raises(KienanError, match=message):
        add_bonus_rate(db, code, kind, coefficient, dt.date(2027, 1, 1), basis)


def test_the_decree_step_keeps_a_clerks_own_rates(tmp_path):
    db = open_database(tmp_path / "old.db", migrate=False)
    migrations.STEPS.apply(db, stop_before="0012_bonus_rates_2025")
    # The clerk corrected a rate in place and had already recorded one of the decree's.
    db.execute(
        "UPDATE bonus_rates SET coefficient = '0.25', note = 'sửa tay' WHERE recipient_kind = "
        "'household' AND form_id = (SELECT id FROM award_forms WHERE code = 'GIAY_KHEN')"
    )
    db.execute(
        "UPDATE bonus_rates SET valid_to = '2025-07-31' WHERE form_id = "
        "(SELECT id FROM award_forms WHERE code = 'LDTT')"
    )
    db.execute(
        "INSERT INTO bonus_rates (form_id, recipient_kind, coefficient, legal_basis, valid_from)"
        " SELECT id, 'individual', '0.35', 'Quyết định của thành phố', '2025-08-01' "
        "FROM award_forms WHERE code = 'LDTT'"
    )
    db.conn.commit()
    count = db.execute("SELECT count(*) FROM bonus_rates").fetchone()[0]

    assert migrations.apply_pending(db)[0] == "0012_bonus_rates_2025"

    assert rates(db, "GIAY_KHEN", "household") == [
        ("0.25", "Nghị định số 98/2023/NĐ-CP", None, "2025-06-30"),
        ("0.45", "Nghị định số 152/2025/NĐ-CP", "2025-07-01", None),
    ]
    assert rates(db, "LDTT", "individual") == [
        ("0.3", "Nghị định số 98/2023/NĐ-CP", None, "2025-07-31"),
        ("0.35", "Quyết định của thành phố", "2025-08-01", None),
    ]
    # Eight of the decree's nine rows were new (and step 13's three of the commune level);
    # nothing was deleted.
    assert db.execute("SELECT count(*) FROM bonus_rates").fetchone()[0] == count + 8 + 3
    db.close()


def level_rates(db, code, kind, level):
    return db.execute(
        "SELECT r.coefficient, r.valid_from, r.valid_to FROM bonus_rates r "
        "JOIN award_forms f ON f.id = r.form_id WHERE f.code = ? AND r.recipient_kind = ? "
        "AND r.conferring_level IS ? ORDER BY r.id",
        [code, kind, level],
    ).fetchall()


def test_a_rate_of_the_conferring_level_wins_over_one_of_any_level(db):
    giay_khen = find_award_form(db, "GIAY_KHEN").id
    # The commune chairman's 0.15 ended on 30/06/2025: from then the decree's rate holds.
    assert bonus_amount(db, giay_khen, "individual", BEFORE, level="commune") == 360_000
    assert bonus_amount(db, giay_khen, "individual", FROM, level="commune") == 710_000
    # A rate of one level, from a later day, leaves the others as they are.
    changes = add_bonus_rate(
        db, "GIAY_KHEN", "individual", "0.4", dt.date(2026, 1, 1), "Quyết định mẫu", "commune"
    )
    assert len(changes.ids[RecordKind.CATALOGUE]) == 1  # nothing of its level was open
    day = dt.date(2026, 1, 1)
    assert bonus_amount(db, giay_khen, "individual", day, level="commune") == 940_000
    assert bonus_amount(db, giay_khen, "individual", day, level="district") == 710_000
    assert bonus_amount(db, giay_khen, "individual", day) == 710_000
    assert level_rates(db, "GIAY_KHEN", "individual", "commune") == [
        ("0.15", None, "2025-06-30"),
        ("0.4", "2026-01-01", None),
    ]
    assert rates(db, "GIAY_KHEN", "individual")[-1] == (
        "0.3",
        "Nghị định số 152/2025/NĐ-CP",
        "2025-07-01",
        None,
    )


def test_a_rate_of_any_level_closes_only_rates_of_any_level(db):
    add_bonus_rate(db, "GIAY_KHEN", "individual", "0.5", dt.date(2026, 1, 1), "Nghị định mẫu")
    assert level_rates(db, "GIAY_KHEN", "individual", "commune") == [("0.15", None, "2025-06-30")]
    assert rates(db, "GIAY_KHEN", "individual")[-2][3] == "2025-12-31"


def test_a_level_rate_is_refused_only_at_or_before_the_latest_rate_of_its_level(db):
    # The any-level rate begins on 01/07/2025; the commune's first dated rate may too.
    add_bonus_rate(db, "LDTT", "individual", "0.35", FROM, "Quyết định mẫu", "commune")
    with pytest.raises(KienanError, match="at or before the rate in force from 01/07/2025"):
        add_bonus_rate(db, "LDTT", "individual", "0.4", FROM, "Quyết định mẫu", "commune")
    with pytest.raises(KienanError, match="the conferring level is one of"):
        add_bonus_rate(db, "LDTT", "individual", "0.4", dt.date(2027, 1, 1), "x", "ward")
