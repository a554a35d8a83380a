"""Cases found in review: each once broke the program."""

import datetime as dt

import pytest

from kienan_awards.core.awards import decisions, eligibility
from kienan_awards.core.awards.catalogue import find_award_form
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.list_import import ImportOptions, import_list
from kienan_awards.core.records import people, record_edits
from tests.support.list_files import write_xlsx


def test_people_in_the_trash_are_not_matched_by_an_import(db, tmp_path):
    gone = people.save_person(db, None, {"full_name": "Đỗ Thị Xoá", "birth_year": 1980})
    record_edits.move_to_trash(db, "people", gone.record_id, "delete")
    header = ["STT", "Họ và tên", "Năm sinh", "Hình thức", "Số QĐ", "Ngày QĐ"]
    plan = import_list(
        db,
        write_xlsx(
            tmp_path / "a.xlsx",
            {"DS": [header, [1, "Đỗ Thị Xoá", 1980, "Giấy khen", "1/QĐ", "02/01/2024"]]},
        ),
    )
    assert plan.summary()["people_created"] == 1


def test_a_numbered_row_beginning_with_tap_the_is_a_record_not_a_section(db, tmp_path):
    header = ["STT", "Tên tập thể, cá nhân"]
    options = ImportOptions(
        form_name="Giấy khen", decision_number="5/QĐ", decision_date=dt.date(2024, 2, 1)
    )
    plan = import_list(
        db,
        write_xlsx(
            tmp_path / "a.xlsx",
            {"DS": [header, [1, "Tập thể Phòng Tài chính - Kế hoạch"], [2, "Phòng Nội vụ"]]},
        ),
        options,
    )
    assert plan.summary()["awards_created"] == 2


def test_rule_figures_must_be_sensible(db):
    with pytest.raises(KienanError, match="whole months"):
        eligibility.set_rule(db, "LDTT_SERVICE_MONTHS", True, "6.5")
    with pytest.raises(KienanError, match="between 0 and 100"):
        eligibility.set_rule(db, "CSTDCS_SHARE", True, "150")
    with pytest.raises(KienanError, match="not a number"):
        eligibility.set_rule(db, "CSTDCS_SHARE", True, "abc")


def test_an_accepted_fighter_line_is_not_counted_twice_in_the_share(db):
    unit = db.execute(
        "INSERT INTO units (name, name_folded, kind) VALUES ('P', 'p', 'department')"
    ).lastrowid
    staff = [
        people.save_person(db, None, {"full_name": f"Người {n}", "unit_id": unit}).record_id
        for n in range(7)
    ]
    proposal = decisions.create_proposal(db, "LĐTT", 2024).record_id
    for person in staff:
        decisions.review_line(
            db,
            decisions.add_line(
                db, proposal, {"form_id": find_award_form(db, "LDTT").id, "person_id": person}
            ).record_id,
            "accepted",
        )
    line = decisions.add_line(
        db,
        proposal,
        {
            "form_id": find_award_form(db, "CSTDCS").id,
            "person_id": staff[0],
            "task_rating": "excellent",
        },
    ).record_id
    assert decisions.line_findings(db, line) == []  # 1 of 7 is 14.3% <= 15%
    decisions.review_line(db, line, "accepted")
    assert decisions.line_findings(db, line) == []


def test_deciding_checks_the_rules_again(db):
    unit = db.execute(
        "INSERT INTO units (name, name_folded, kind) VALUES ('P', 'p', 'department')"
    ).lastrowid
    staff = [
        people.save_person(db, None, {"full_name": f"Người {n}", "unit_id": unit}).record_id
        for n in range(8)
    ]
    proposal = decisions.create_proposal(db, "Năm 2024", 2024).record_id
    ldtt = [
        decisions.add_line(
            db, proposal, {"form_id": find_award_form(db, "LDTT").id, "person_id": person}
        ).record_id
        for person in staff
    ]
    for line in ldtt[1:]:
        decisions.review_line(db, line, "accepted")
    fighter = decisions.add_line(
        db,
        proposal,
        {
            "form_id": find_award_form(db, "CSTDCS").id,
            "person_id": staff[0],
            "task_rating": "excellent",
        },
    ).record_id
    decisions.review_line(db, fighter, "accepted")  # the first LĐTT line is still pending
    decisions.review_line(db, ldtt[0], "rejected", reason="không đủ điều kiện")
    with pytest.raises(KienanError, match="review the line again"):
        decisions.decide(db, proposal, "1/QĐ", dt.date(2024, 12, 20))
    assert db["awards"].count == 0
