import datetime as dt
import subprocess
import sys

import pytest

from kienan_awards.core.awards import award_register, decisions, eligibility
from kienan_awards.core.awards.catalogue import find_award_form
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import people, units
from kienan_awards.core.storage.database import open_database


@pytest.fixture
def office(db):
    """A unit with ten staff, four of them Advanced Workers for 2024 already."""
    # The district signed until the reform, the ward from 01/07/2025.
    db.execute(
        "INSERT INTO issuing_authorities (name, issuer_title, body_name, signer_title, "
        "signer_name, place, valid_from, valid_to, level) VALUES ('Chủ tịch UBND quận Mẫu', "
        "'CHỦ TỊCH UBND QUẬN MẪU', 'UBND QUẬN MẪU', 'CHỦ TỊCH', 'Lê Văn Ký', 'Mẫu', "
        "'2020-01-01', '2025-06-30', 'district')"
    )
    db.execute(
        "INSERT INTO issuing_authorities (name, issuer_title, body_name, signer_title, "
        "signer_name, place, valid_from, level) VALUES ('Chủ tịch UBND phường Mẫu', "
        "'CHỦ TỊCH UBND PHƯỜNG MẪU', 'UBND PHƯỜNG MẪU', 'CHỦ TỊCH', 'Lê Văn Ký', 'Mẫu', "
        "'2025-07-01', 'commune')"
    )
    unit = units.save_unit(db, None, {"name": "Phòng Mẫu", "kind": "department"}).record_id
    staff = [
        people.save_person(
            db, None, {"full_name": f"Nguyễn Văn {name}", "unit_id": unit, "birth_year": 1980 + n}
        ).record_id
        for n, name in enumerate(
            ["An", "Bình", "Cường", "Dũng", "Em", "Giang", "Hà", "Khoa", "Long", "Minh"]
        )
    ]
    proposal = decisions.create_proposal(db, "LĐTT 2024", 2024).record_id
    ldtt = find_award_form(db, "LDTT").id
    for person in staff[:4]:
        decisions.review_line(
            db,
            decisions.add_line(
                db, proposal, {"form_id": ldtt, "person_id": person, "task_rating": "good"}
            ).record_id,
            "accepted",
        )
    decisions.decide(db, proposal, "10/QĐ-UBND", dt.date(2024, 12, 20))
    return {"db": db, "unit": unit, "staff": staff}


def line(db, form_code, **fields):
    proposal = decisions.create_proposal(db, "Đề nghị", 2024).record_id
    line_id = decisions.add_line(
        db, proposal, {"form_id": find_award_form(db, form_code).id, **fields}
    ).record_id
    return proposal, line_id


def rules_broken(db, line_id):
    return {finding.rule for finding in decisions.line_findings(db, line_id)}


def test_one_achievement_one_award_blocks_unless_overridden_with_a_reason(office):
    db, staff = office["db"], office["staff"]
    _, again = line(db, "LDTT", person_id=staff[0], task_rating="good")
    assert "ONE_ACHIEVEMENT_ONE_AWARD" in rules_broken(db, again)
    with pytest.raises(KienanError, match="give a reason"):
        decisions.review_line(db, again, "accepted")
    decisions.review_line(db, again, "accepted", override_reason="two separate achievements")
    _, fresh = line(db, "LDTT", person_id=staff[5], task_rating="good")
    assert "ONE_ACHIEVEMENT_ONE_AWARD" not in rules_broken(db, fresh)


def test_advanced_worker_needs_six_months_of_service(office):
    db, staff = office["db"], office["staff"]
    people.save_person(
        db, staff[5], {"full_name": "Nguyễn Văn Giang", "recruited_on": "2024-08-01"}
    )
    _, new_recruit = line(db, "LDTT", person_id=staff[5])
    assert "LDTT_SERVICE_MONTHS" in rules_broken(db, new_recruit)
    people.save_person(db, staff[6], {"full_name": "Nguyễn Văn Hà", "recruited_on": "2024-06-30"})
    _, served = line(db, "LDTT", person_id=staff[6])
    assert "LDTT_SERVICE_MONTHS" not in rules_broken(db, served)


def test_grassroots_fighter_needs_advanced_worker_and_excellence_or_initiative(office):
    db, staff = office["db"], office["staff"]
    _, no_ldtt = line(db, "CSTDCS", person_id=staff[7], task_rating="excellent")
    assert "CSTDCS_NEEDS_LDTT" in rules_broken(db, no_ldtt)
    _, plain = line(db, "CSTDCS", person_id=staff[0], task_rating="good")
    assert "CSTDCS_EXCELLENCE" in rules_broken(db, plain)
    _, initiative = line(db, "CSTDCS", person_id=staff[0], task_rating="good", has_initiative=1)
    assert not {"CSTDCS_NEEDS_LDTT", "CSTDCS_EXCELLENCE"} & rules_broken(db, initiative)


def test_the_grassroots_fighter_share_of_advanced_workers_is_adjustable(office):
    db, staff = office["db"], office["staff"]
    _, fighter = line(db, "CSTDCS", person_id=staff[0], task_rating="excellent")
    assert "CSTDCS_SHARE" in rules_broken(db, fighter)  # 1 of 4 is 25% > 15%
    eligibility.set_rule(db, "CSTDCS_SHARE", True, "30")
    assert "CSTDCS_SHARE" not in rules_broken(db, fighter)
    eligibility.set_rule(db, "CSTDCS_SHARE", False)
    assert eligibility.rules(db)["CSTDCS_SHARE"].enabled is False


def test_advanced_labour_collective_needs_its_members_share(office):
    db = office["db"]
    _, collective = line(db, "TTLDTT", recipient_unit_id=office["unit"])
    assert "COLLECTIVE_MEMBER_SHARE" in rules_broken(db, collective)  # 4 of 10: not over half
    eligibility.set_rule(db, "COLLECTIVE_MEMBER_SHARE", True, "40")
    assert "COLLECTIVE_MEMBER_SHARE" in rules_broken(db, collective)  # 40% is not more than 40%
    eligibility.set_rule(db, "COLLECTIVE_MEMBER_SHARE", True, "35")
    assert "COLLECTIVE_MEMBER_SHARE" not in rules_broken(db, collective)


def test_nobody_under_discipline_and_tasks_must_be_completed(office):
    db, staff = office["db"], office["staff"]
    _, disciplined = line(db, "GIAY_KHEN", person_id=staff[8], under_discipline=1)
    _, idle = line(db, "GIAY_KHEN", person_id=staff[9], task_rating="not_completed")
    assert rules_broken(db, disciplined) == {"NO_DISCIPLINE"}
    assert rules_broken(db, idle) == {"TASKS_COMPLETED"}
    _, fine = line(db, "GIAY_KHEN", person_id=staff[9], task_rating="good")
    assert rules_broken(db, fine) == set()


def test_every_rule_is_listed_with_its_legal_basis(db):
    for rule in eligibility.rules(db).values():
        assert rule.legal_basis and rule.message and rule.name_vi


def test_a_decision_numbers_its_awards_in_the_register_with_bonus_and_authority(office):
    db, staff = office["db"], office["staff"]
    decision = db.execute("SELECT signer_name, authority_id FROM decisions").fetchone()
    assert decision == ("Lê Văn Ký", 1)
    assert [e.number for e in award_register.register_entries(db, 2024)] == [1, 2, 3, 4]
    proposal = decisions.create_proposal(db, "Giấy khen", 2024).record_id
    for person in staff[4:6]:
        decisions.review_line(
            db,
            decisions.add_line(
                db, proposal, {"form_id": find_award_form(db, "GIAY_KHEN").id, "person_id": person}
            ).record_id,
            "accepted",
        )
    result = decisions.decide(db, proposal, "2/QĐ-UBND", dt.date(2025, 1, 10))
    assert result.register_numbers == [1, 2]  # a new year opens a new page of the book
    assert result.bonus_total == 2 * 710_000  # 0.3 x 2,340,000 rounded up


@pytest.mark.parametrize(
    "day, amount",
    [
        (dt.date(2023, 6, 30), 450_000),  # 0.3 x 1,490,000 = 447,000 -> 450,000
        (dt.date(2023, 7, 1), 540_000),  # 0.3 x 1,800,000
        (dt.date(2024, 6, 30), 540_000),
        (dt.date(2024, 7, 1), 710_000),  # 0.3 x 2,340,000 = 702,000 -> 710,000
    ],
)
def test_bonus_follows_the_base_salary_on_its_change_dates(office, day, amount):
    db, staff = office["db"], office["staff"]
    proposal = decisions.create_proposal(db, "Giấy khen", 2024).record_id
    decisions.review_line(
        db,
        decisions.add_line(
            db, proposal, {"form_id": find_award_form(db, "GIAY_KHEN").id, "person_id": staff[9]}
        ).record_id,
        "accepted",
    )
    assert decisions.decide(db, proposal, "9/QĐ-UBND", day).bonus_total == amount


def test_register_per_form_books(office):
    db, staff = office["db"], office["staff"]
    db.execute("UPDATE settings SET value = 'per_form' WHERE key = 'register.books'")
    proposal = decisions.create_proposal(db, "Giấy khen", 2024).record_id
    decisions.review_line(
        db,
        decisions.add_line(
            db, proposal, {"form_id": find_award_form(db, "GIAY_KHEN").id, "person_id": staff[9]}
        ).record_id,
        "accepted",
    )
    decisions.decide(db, proposal, "11/QĐ-UBND", dt.date(2024, 12, 21))
    assert [e.number for e in award_register.register_entries(db, 2024, "GIAY_KHEN")] == [1]


def test_revocation_and_correction_are_acts_and_keep_history(office):
    db = office["db"]
    award_id = db.execute("SELECT id FROM awards ORDER BY id LIMIT 1").fetchone()[0]
    decisions.correct_award(
        db, award_id, {"position": "Chuyên viên chính"}, "sai chức vụ", dt.date(2025, 1, 5)
    )
    with pytest.raises(KienanError, match="cannot be corrected"):
        decisions.correct_award(db, award_id, {"form_id": 1}, "x", dt.date(2025, 1, 5))
    with pytest.raises(KienanError, match="needs its reason"):
        decisions.revoke_award(db, award_id, " ", dt.date(2025, 1, 6))
    decisions.revoke_award(db, award_id, "khai man thành tích", dt.date(2025, 1, 6))
    acts = decisions.award_acts(db, award_id)
    assert [a[0] for a in acts] == ["correction", "revocation"]
    assert '"before": {"position": null}' in acts[0][2]
    entry = next(e for e in award_register.register_entries(db, 2024) if e.number == 1)
    assert entry.status == "revoked"  # still in the register, shown as revoked


def test_a_proposal_its_line_and_their_review_come_back_as_edits(office):
    db, staff = office["db"], office["staff"]
    proposal = decisions.create_proposal(db, "Giấy khen", 2024)
    assert proposal.changes == ChangeSet.of(RecordKind.PROPOSALS, proposal.record_id)
    form = find_award_form(db, "GIAY_KHEN").id
    line = decisions.add_line(db, proposal.record_id, {"form_id": form, "person_id": staff[9]})
    assert line.changes == ChangeSet.of(RecordKind.PROPOSALS, line.record_id)
    review = decisions.review_line(db, line.record_id, "accepted")
    assert [edit.table for edit in review.edits] == ["proposal_lines"]
    assert review.edits[0].after == {"review_status": "accepted"}


def test_a_decision_says_which_decision_awards_and_proposal_lines_changed(office):
    db, staff = office["db"], office["staff"]
    proposal = decisions.create_proposal(db, "Giấy khen", 2024).record_id
    form = find_award_form(db, "GIAY_KHEN").id
    lines = [
        decisions.add_line(db, proposal, {"form_id": form, "person_id": person}).record_id
        for person in staff[4:6]
    ]
    for line_id in lines:
        decisions.review_line(db, line_id, "accepted")
    result = decisions.decide(db, proposal, "3/QĐ-UBND", dt.date(2025, 1, 10))
    assert result.changes.ids[RecordKind.DECISIONS] == {result.decision_id}
    assert result.changes.ids[RecordKind.AWARDS] == set(result.award_ids)
    assert result.changes.ids[RecordKind.PROPOSALS] == {proposal, *lines}
    assert RecordKind.CERTIFICATES in result.changes.kinds  # their text is frozen


def test_revoking_correcting_and_a_rule_say_what_changed(office):
    db = office["db"]
    award_id = db.execute("SELECT id FROM awards ORDER BY id LIMIT 1").fetchone()[0]
    corrected = decisions.correct_award(
        db, award_id, {"position": "Chuyên viên"}, "sai chức vụ", dt.date(2025, 1, 5)
    )
    assert corrected == ChangeSet.of(RecordKind.AWARDS, award_id)
    revoked = decisions.revoke_award(db, award_id, "khai man thành tích", dt.date(2025, 1, 6))
    assert revoked == ChangeSet.of(RecordKind.AWARDS, award_id)
    rule = eligibility.set_rule(db, "CSTDCS_SHARE", True, "20")
    assert rule.kinds == {RecordKind.CATALOGUE}


def test_a_decided_line_keeps_its_review(office):
    db = office["db"]
    decided = db.execute("SELECT id FROM proposal_lines WHERE award_id IS NOT NULL").fetchone()[0]
    with pytest.raises(KienanError, match="decided"):
        decisions.review_line(db, decided, "rejected", reason="nhầm")
    status = db.execute("SELECT review_status FROM proposal_lines WHERE id = ?", [decided])
    assert status.fetchone()[0] == "accepted"


def test_a_decision_is_found_by_its_number_and_day(office):
    db = office["db"]
    found = decisions.find_decision(db, " 10/QĐ-UBND ", dt.date(2024, 12, 20))
    assert found == decisions.decision_heading(db, found.id)
    assert (found.number, found.decided_on) == ("10/QĐ-UBND", dt.date(2024, 12, 20))
    with pytest.raises(KienanError, match="there is no decision 10/QĐ-UBND of 20/12/2025"):
        decisions.find_decision(db, "10/QĐ-UBND", dt.date(2025, 12, 20))


def test_returning_or_rejecting_needs_a_reason(office):
    db, staff = office["db"], office["staff"]
    _, line_id = line(db, "GIAY_KHEN", person_id=staff[9])
    with pytest.raises(KienanError, match="reason"):
        decisions.review_line(db, line_id, "rejected")
    decisions.review_line(db, line_id, "returned", reason="thiếu hồ sơ")


WRITER = """
import datetime as dt, sys
from kienan_awards.core.awards import decisions
from kienan_awards.core.storage.database import open_database
db = open_database(sys.argv[1])
for proposal in map(int, sys.argv[2].split(",")):
    decisions.decide(db, proposal, f"{proposal}/QĐ-UBND", dt.date(2024, 12, 30))
"""


def test_register_numbers_stay_unique_with_two_clerks_saving_at_once(office, db_path):
    db, staff = office["db"], office["staff"]
    form = find_award_form(db, "GIAY_KHEN").id
    proposals = []
    for n in range(12):
        proposal = decisions.create_proposal(db, f"Đề nghị {n}", 2024).record_id
        for person in staff[:3]:
            decisions.review_line(
                db,
                decisions.add_line(db, proposal, {"form_id": form, "person_id": person}).record_id,
                "accepted",
                override_reason="test: several proposals for the same people",
            )
        proposals.append(proposal)
    halves = [",".join(map(str, proposals[0::2])), ",".join(map(str, proposals[1::2]))]
    clerks = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), half]) for half in halves
    ]
    assert [clerk.wait(timeout=120) for clerk in clerks] == [0, 0]
    check = open_database(db_path)
    numbers = [
        row[0]
        for row in check.execute(
            "SELECT register_number FROM awards WHERE register_year = 2024 ORDER BY 1"
        )
    ]
    check.close()
    assert numbers == list(range(1, 4 + 12 * 3 + 1))
