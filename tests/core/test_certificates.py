import datetime as dt
import json
import re

import pytest

from kienan_awards.core import demo
from kienan_awards.core.awards import decisions
from kienan_awards.core.documents.certificates import (
    CODE_ALPHABET,
    certificate,
    normalise_code,
    sample_certificate,
    verify,
)
from kienan_awards.core.records import people


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


def an_individual_award(db):
    return db.execute(
        "SELECT id, person_id FROM awards WHERE person_id IS NOT NULL ORDER BY id LIMIT 1"
    ).fetchone()


def test_codes_are_three_groups_of_four_without_look_alike_characters(demo_db):
    codes = [row[0] for row in demo_db.execute("SELECT verification_code FROM certificates")]
    # The city's Bằng khen the demo records are the city's to certify, not this office's.
    this_office = demo_db.execute(
        "SELECT count(*) FROM awards a JOIN decisions d ON d.id = a.decision_id "
        "JOIN issuing_authorities ia ON ia.id = d.authority_id WHERE ia.is_this_office = 1"
    ).fetchone()[0]
    assert len(codes) == this_office == len(set(codes))
    pattern = re.compile(f"^[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{4}}-[{CODE_ALPHABET}]{{4}}$")
    assert all(pattern.match(code) for code in codes)
    assert not set("01258OISZBL") & set(CODE_ALPHABET)


def test_a_valid_code_names_the_recipient_and_decision(demo_db):
    award_id, _ = an_individual_award(demo_db)
    data, code = certificate(demo_db, award_id)
    result = verify(demo_db, code.lower().replace("-", " "))
    assert result.status == "valid" and result.data == data


def test_one_wrong_character_makes_the_code_unknown(demo_db):
    award_id, _ = an_individual_award(demo_db)
    _, code = certificate(demo_db, award_id)
    wrong = code[:-1] + ("A" if code[-1] != "A" else "C")
    assert verify(demo_db, wrong).status == "unknown"


def test_tampered_stored_text_no_longer_verifies(demo_db):
    award_id, _ = an_individual_award(demo_db)
    _, code = certificate(demo_db, award_id)
    stored = demo_db.execute(
        "SELECT data_json FROM certificates WHERE award_id = ?", [award_id]
    ).fetchone()[0]
    data = json.loads(stored)
    data["recipient_name"] = "Người Khác"
    demo_db.execute(
        "UPDATE certificates SET data_json = ? WHERE award_id = ?",
        [json.dumps(data, ensure_ascii=False, sort_keys=True), award_id],
    )
    assert verify(demo_db, code).status == "unknown"


def test_a_revoked_award_verifies_as_revoked_with_its_reason(demo_db):
    award_id, _ = an_individual_award(demo_db)
    _, code = certificate(demo_db, award_id)
    decisions.revoke_award(demo_db, award_id, "khai man thành tích", dt.date(2025, 1, 2))
    result = verify(demo_db, code)
    assert result.status == "revoked" and result.reason == "khai man thành tích"


def test_the_certificate_text_stays_frozen_when_the_record_changes(demo_db):
    award_id, person_id = an_individual_award(demo_db)
    before, code = certificate(demo_db, award_id)
    people.save_person(demo_db, person_id, {"full_name": "Tên Đã Đổi"})
    after, same_code = certificate(demo_db, award_id)
    assert after == before and same_code == code and after.recipient_name != "Tên Đã Đổi"


@pytest.mark.demo_built_each_time
def test_codes_depend_on_the_databases_secret(db, tmp_path):
    from kienan_awards.core.storage.database import open_database

    demo.load_demo(db)
    other = open_database(tmp_path / "other.sqlite3")
    demo.load_demo(other)
    first = db.execute("SELECT verification_code FROM certificates ORDER BY award_id").fetchone()
    second = other.execute(
        "SELECT verification_code FROM certificates ORDER BY award_id"
    ).fetchone()
    other.close()
    assert first != second  # same text, different secret


def test_codes_are_normalised_from_what_a_person_types():
    assert normalise_code(" k7qf 29xm-r4td ") == "K7QF-29XM-R4TD"


def test_a_template_is_shown_on_the_longest_name_of_its_forms_and_kinds(demo_db):
    data, code, qr = sample_certificate(demo_db, ["GIAY_KHEN"], ["collective"])
    longest = demo_db.execute(
        "SELECT max(length(a.recipient_name)) FROM awards a JOIN award_forms f "
        "ON f.id = a.form_id WHERE f.code = 'GIAY_KHEN' AND a.recipient_kind = 'collective'"
    ).fetchone()[0]
    written = demo_db.execute(
        "SELECT recipient_name FROM awards WHERE id = ?", [data.award_id]
    ).fetchone()[0]
    assert data.recipient_kind == "collective" and len(written) == longest
    assert data.recipient_name.startswith(written)  # printed with its place
    assert certificate(demo_db, data.award_id)[1] == code and qr
    assert sample_certificate(demo_db, ["NO_SUCH_FORM"], ["collective"]) is None
    assert sample_certificate(demo_db, [], ["collective"]) is None


@pytest.mark.parametrize(
    "achievement, printed",
    [
        (
            "Đã hoàn thành tốt nhiệm vụ năm 2025",
            "Đã hoàn thành tốt nhiệm vụ năm 2025",
        ),
        (
            "Hoàn thành xuất sắc nhiệm vụ năm 2025",
            "Hoàn thành xuất sắc nhiệm vụ năm 2025",
        ),
        (
            "xuất sắc trong công tác năm 2025",
            "Đã có thành tích xuất sắc trong công tác năm 2025",
        ),
        (
            "Đã có thành tích xuất sắc trong công tác năm 2025",
            "Đã có thành tích xuất sắc trong công tác năm 2025",
        ),
    ],
)
def test_the_achievement_reads_as_one_phrase_with_one_lead_in(achievement, printed):
    from kienan_awards.core.documents.certificate_layout import fields_of
    from kienan_awards.core.documents.certificates import CertificateData

    data = CertificateData(
        award_id=1,
        form_code="LDTT",
        form_name="Lao động tiên tiến",
        recipient_kind="individual",
        honorific="Bà",
        recipient_name="Nguyễn Thu Lan",
        position="",
        unit_name="",
        achievement=achievement,
        issuer_title="CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG MẪU",
        signer_title="Chủ tịch",
        signer_name="Lê Văn Ký",
        place="Mẫu",
        decision_number="1/QĐ-UBND",
        decided_on="2025-12-24",
        register_number=1,
        achievement_year=2025,
    )
    assert fields_of(data, "ABCD-EFGH-JKLM")["achievement"] == printed
