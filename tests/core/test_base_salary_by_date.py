"""The base salary by date: a clerk records a new step from a day; decisions already made keep
their amounts, later decisions take the new step, and a step that would rewrite the past is
refused writing nothing."""

import datetime as dt

import pytest

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.catalogue import (
    add_base_salary,
    base_salaries,
    base_salary_on,
    bonus_amount,
    find_award_form,
)
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import office, people

WARD = {
    "body_name": "Ủy ban nhân dân phường Mẫu",
    "place": "Mẫu",
    "signer_title": "Chủ tịch",
    "signer_name": "Lê Văn Ký",
}


def test_a_new_base_salary_leaves_decided_amounts_and_takes_later_decisions(db):
    office.add_office(db, WARD, dt.date(2025, 7, 1))
    giay_khen = find_award_form(db, "GIAY_KHEN").id
    person = people.save_person(db, None, {"full_name": "Trần Thị Lan"}).record_id
    proposal = decisions.create_proposal(db, "Năm 2025", 2025).record_id
    line = decisions.add_line(db, proposal, {"form_id": giay_khen, "person_id": person})
    decisions.review_line(db, line.record_id, "accepted")
    decisions.decide(db, proposal, "1/QĐ-UBND", dt.date(2025, 12, 20))

    changes = add_base_salary(db, "2.530.000", dt.date(2026, 7, 1), "Nghị định mẫu")

    assert RecordKind.CATALOGUE in changes.ids
    assert db.execute("SELECT bonus_amount FROM awards").fetchall() == [(710_000,)]
    assert base_salary_on(db, dt.date(2026, 6, 30)) == 2_340_000
    assert base_salary_on(db, dt.date(2026, 7, 1)) == 2_530_000
    # 0.3 x 2,530,000 = 759,000, rounded up to the next 10,000.
    assert bonus_amount(db, giay_khen, "individual", dt.date(2026, 7, 1)) == 760_000
    assert base_salaries(db)[-1].legal_basis == "Nghị định mẫu"


@pytest.mark.parametrize(
    "amount, day, basis, message",
    [
        ("2.530.000", dt.date(2024, 7, 1), "x", "at or before the one in force from 01/07/2024"),
        ("2.530.000", dt.date(2020, 1, 1), "x", "at or before the one in force from 01/07/2024"),
        ("0", dt.date(2027, 1, 1), "x", "a whole number of đồng above 0"),
        ("hai triệu", dt.date(2027, 1, 1), "x", "a whole number of đồng above 0"),
        ("-5", dt.date(2027, 1, 1), "x", "a whole number of đồng above 0"),
        ("2.530.000", dt.date(2027, 1, 1), "  ", "needs its legal basis"),
    ],
)
def test_a_base_salary_that_would_rewrite_the_past_or_is_not_a_sum_is_refused(
    db, amount, day, basis, message
):
    before = base_salaries(db)
    audit = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(KienanError, match=message):
        add_base_salary(db, amount, day, basis)
    assert base_salaries(db) == before
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit
