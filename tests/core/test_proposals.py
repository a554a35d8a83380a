import datetime as dt

import pytest

from kienan_awards.core.awards import award_register, decisions, proposals
from kienan_awards.core.awards.catalogue import find_award_form
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import people, units


def test_the_proposals_are_listed_newest_first_with_their_lines(db):
    unit = units.save_unit(db, None, {"name": "Phòng Mẫu", "kind": "department"}).record_id
    person = people.save_person(db, None, {"full_name": "Trần Thị Lan", "unit_id": unit})
    first = decisions.create_proposal(db, "Năm 2023", 2023).record_id
    second = decisions.create_proposal(db, "Năm 2024", 2024).record_id
    form = find_award_form(db, "GIAY_KHEN")
    line = decisions.add_line(
        db, second, {"form_id": form.id, "person_id": person.record_id}
    ).record_id
    decisions.review_line(db, line, "returned", reason="thiếu hồ sơ")
    listed = proposals.proposal_list(db)
    assert [(p.id, p.title, p.achievement_year, p.decided) for p in listed] == [
        (second, "Năm 2024", 2024, False),
        (first, "Năm 2023", 2023, False),
    ]
    assert proposals.proposal_lines(db, second) == [
        proposals.ProposalLine(line, "Trần Thị Lan", form.name_vi, "returned", "thiếu hồ sơ", None)
    ]
    assert proposals.proposal_lines(db, first) == []


def test_a_typed_name_means_the_one_person_else_the_one_unit(db):
    unit = units.save_unit(db, None, {"name": "Phòng Nội vụ", "kind": "department"}).record_id
    lan = people.save_person(db, None, {"full_name": "Trần Thị Lan"}).record_id
    assert proposals.proposed_recipient(db, "tran thi LAN") == {"person_id": lan}
    assert proposals.proposed_recipient(db, "phong noi vu") == {"recipient_unit_id": unit}
    people.save_person(db, None, {"full_name": "Trần Thị Lan", "birth_year": 1990})
    with pytest.raises(KienanError, match="2 people are named 'Trần Thị Lan'"):
        proposals.proposed_recipient(db, "Trần Thị Lan")
    with pytest.raises(KienanError, match="no person or unit is recorded as 'Ai đó'"):
        proposals.proposed_recipient(db, "Ai đó")


def test_the_latest_register_year_is_that_of_the_last_numbered_award(db):
    assert award_register.latest_register_year(db) is None
    db.execute(
        "INSERT INTO issuing_authorities (name, issuer_title, body_name, signer_title, "
        "signer_name, place, valid_from, level) VALUES ('UBND', 'CHỦ TỊCH', 'UBND', 'CHỦ TỊCH', "
        "'Lê Văn Ký', 'Mẫu', '2020-01-01', 'commune')"
    )
    person = people.save_person(db, None, {"full_name": "Trần Thị Lan"}).record_id
    proposal = decisions.create_proposal(db, "Năm 2024", 2024).record_id
    form = find_award_form(db, "GIAY_KHEN").id
    line = decisions.add_line(db, proposal, {"form_id": form, "person_id": person}).record_id
    decisions.review_line(db, line, "accepted")
    decisions.decide(db, proposal, "1/QĐ-UBND", dt.date(2025, 1, 8))
    assert award_register.latest_register_year(db) == 2025
