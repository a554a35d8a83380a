"""Never unsigned: a decision is made only under the issuing authority in force on its date;
a decision of a past list with none recorded for its date is "issuer not recorded" and its
certificates and pack are refused until an authority covering its date is recorded."""

import datetime as dt

import pytest

from kienan_awards.core.awards import decision_issuer, decisions
from kienan_awards.core.awards.catalogue import find_award_form
from kienan_awards.core.documents.certificate_prints import decision_award_ids, log_print_run
from kienan_awards.core.documents.certificates import certificate
from kienan_awards.core.documents.decision_document import decision_content
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.list_import import import_list
from kienan_awards.core.records import people, units
from kienan_awards.core.records.office import record_office
from kienan_awards.core.records.record_lists import DECISIONS
from tests.support.list_files import award_list, write_xlsx

OFFICE = {
    "body_name": "Ủy ban nhân dân phường Mẫu",
    "place": "Mẫu",
    "signer_title": "Chủ tịch",
    "signer_name": "Lê Văn Ký",
}
PAST_DECISION = ["7/QĐ-UBND", dt.date(2025, 8, 1)]


def accepted_proposal(db) -> int:
    unit = units.save_unit(db, None, {"name": "Phòng Mẫu", "kind": "department"}).record_id
    person = people.save_person(db, None, {"full_name": "Trần Thị Lan", "unit_id": unit})
    proposal = decisions.create_proposal(db, "Năm 2025", 2025).record_id
    form = find_award_form(db, "GIAY_KHEN").id
    line = decisions.add_line(db, proposal, {"form_id": form, "person_id": person.record_id})
    decisions.review_line(db, line.record_id, "accepted")
    return proposal


def past_list(db, tmp_path) -> int:
    """A past awards list whose decision falls where no authority is recorded; its id."""
    row = [1, "Nguyễn Văn An", 1980, "Nam", "Chuyên viên", "Phòng Nội vụ", "Giấy khen"]
    rows = [[*row, "Hoàn thành xuất sắc nhiệm vụ năm 2025", *PAST_DECISION]]
    plan = import_list(db, write_xlsx(tmp_path / "past.xlsx", {"DS": award_list(rows)}))
    assert plan.errors == []
    return decisions.find_decision(db, *PAST_DECISION).id


def refusing_writer(copies):
    raise AssertionError("nothing may be written for an unsigned decision")


def print_run(db, award_ids, write=refusing_writer):
    return log_print_run(
        db,
        award_ids,
        mode="full",
        paper="A4",
        destination="x.pdf",
        reissue_reason=None,
        write=write,
    )


def test_a_decision_without_an_authority_in_force_on_its_date_is_refused(db):
    proposal = accepted_proposal(db)
    with pytest.raises(KienanError, match=r"no issuing authority .* on 20/08/2025"):
        decisions.decide(db, proposal, "3/QĐ-UBND", dt.date(2025, 8, 20))
    assert db["decisions"].count == 0 and db["awards"].count == 0
    assert db["certificates"].count == 0


def test_a_decision_under_the_authority_in_force_is_signed_by_it(db):
    record_office(db, OFFICE, dt.date(2025, 7, 1))
    result = decisions.decide(db, accepted_proposal(db), "3/QĐ-UBND", dt.date(2025, 8, 20))
    signed = db.execute(
        "SELECT authority_id IS NOT NULL, signer_name FROM decisions WHERE id = ?",
        [result.decision_id],
    ).fetchone()
    assert signed == (1, "Lê Văn Ký")
    data, _code = certificate(db, result.award_ids[0])
    assert data.signer_name == "Lê Văn Ký" and data.place_date_line.startswith("Mẫu, ngày")


def test_a_past_list_with_no_authority_on_its_date_is_imported_as_issuer_not_recorded(db, tmp_path):
    decision_id = past_list(db, tmp_path)
    assert db.execute("SELECT authority_id FROM decisions").fetchone()[0] is None
    assert not decision_issuer.issuer_recorded(db, decision_id)
    listed = DECISIONS.rows(db, [decision_id])[decision_id]
    status = DECISIONS.columns.index(DECISIONS.column("status"))
    assert listed[status] == "Issuer not recorded"


def test_its_certificates_and_pack_are_refused_naming_the_decision_and_its_date(db, tmp_path):
    past_list(db, tmp_path)
    award_ids = decision_award_ids(db, "7/QĐ-UBND")
    expected = r"decision 7/QĐ-UBND of 01/08/2025 has no issuing authority"
    with pytest.raises(KienanError, match=expected):
        print_run(db, award_ids)
    assert db["print_log"].count == 0
    with pytest.raises(KienanError, match=expected):
        decision_content(db, decisions.find_decision(db, *PAST_DECISION).id)


def test_once_an_authority_covering_its_date_is_recorded_it_prints_signed_by_it(db, tmp_path):
    decision_id = past_list(db, tmp_path)
    award_ids = decision_award_ids(db, "7/QĐ-UBND")
    unsigned, _code = certificate(db, award_ids[0])  # frozen before any authority
    assert unsigned.issuer_title == ""
    record_office(db, OFFICE, dt.date(2025, 7, 1))
    assert decision_issuer.issuer_recorded(db, decision_id)
    written = []
    print_run(db, award_ids, write=written.extend)
    assert [copy.data.signer_name for copy in written] == ["Lê Văn Ký"]
    assert written[0].data.issuer_title == "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MẪU"
    assert written[0].data.place_date_line.startswith("Mẫu, ngày 01 tháng 8 năm 2025")
    assert db["print_log"].count == 1
    content = decision_content(db, decision_id)
    assert content.signer_name == "Lê Văn Ký" and content.place_date.startswith("Mẫu, ngày")
    listed = DECISIONS.rows(db, [decision_id])[decision_id]
    assert "Issuer not recorded" not in listed
