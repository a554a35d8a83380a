"""Signing on behalf: each dated signer signs as the chairman himself, KT. (a deputy
on the chairman's behalf), TM. (for the committee as a body) or Q. (acting); the issuer line
stays the chairman's; a decision keeps the capacity it was signed in; decisions and
certificates print "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH" over the name."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from docx import Document
from pypdf import PdfReader

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.catalogue import find_award_form
from kienan_awards.core.documents.certificate_layout import fields_of
from kienan_awards.core.documents.certificates import (
    CertificateData,
    _code,
    _secret,
    certificate,
    freeze_certificates,
    verify,
)
from kienan_awards.core.documents.decision_document import decision_content
from kienan_awards.core.errors import KienanError
from kienan_awards.core.records import people, units
from kienan_awards.core.records.office import (
    add_office,
    office_on,
    office_period_on,
    office_problems,
    record_office,
    signature_lines,
)
from kienan_awards.core.storage import migrations
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.storage.step_data.signing_0018 import signing_capacity_step

WARD = {
    "body_name": "Ủy ban nhân dân phường Kiến An",
    "place": "Kiến An",
    "signer_title": "Phó Chủ tịch",
    "signer_name": "Phạm Thị Lan",
    "signing_capacity": "KT.",
}
REFORM = dt.date(2025, 7, 1)
ISSUER = "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN"


@pytest.fixture
def signed_db(db):
    signing_capacity_step(db)  # a no-op once the step is registered
    return db


def _decide(db, number: str, day: dt.date) -> int:
    unit = units.save_unit(db, None, {"name": "Phòng Văn hóa", "kind": "department"}).record_id
    person = people.save_person(
        db, None, {"full_name": "Nguyễn Văn An", "unit_id": unit, "birth_year": 1980}
    ).record_id
    proposal = decisions.create_proposal(db, "Giấy khen", 2025).record_id
    line = decisions.add_line(
        db, proposal, {"form_id": find_award_form(db, "GIAY_KHEN").id, "person_id": person}
    ).record_id
    decisions.review_line(db, line, "accepted")
    decisions.decide(db, proposal, number, day)
    return db.execute("SELECT id FROM decisions WHERE number = ?", [number]).fetchone()[0]


# The office's doors


def test_a_deputy_signs_kt_and_the_issuer_line_stays_the_chairmans(signed_db):
    record_office(signed_db, WARD, REFORM)
    office = office_on(signed_db, REFORM)
    assert office.signing_capacity == "KT."
    assert office.issuer_title == ISSUER
    assert office.signature_lines == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    stored = signed_db.execute(
        "SELECT issuer_title, name, signing_capacity FROM issuing_authorities"
    ).fetchone()
    assert stored == (ISSUER, "Chủ tịch Ủy ban nhân dân phường Kiến An", "KT.")


def test_without_a_capacity_the_signers_title_says_it(signed_db):
    add_office(signed_db, {k: v for k, v in WARD.items() if k != "signing_capacity"}, REFORM)
    assert office_on(signed_db, REFORM).signing_capacity == "KT."
    add_office(
        signed_db,
        {**WARD, "signer_title": "Chủ tịch", "signing_capacity": None},
        dt.date(2026, 1, 1),
    )
    assert office_on(signed_db, dt.date(2026, 1, 1)).signing_capacity == ""


def test_a_capacity_that_contradicts_the_title_or_is_unknown_is_refused(signed_db):
    assert "signing_capacity" in office_problems({**WARD, "signing_capacity": ""})
    assert "signing_capacity" in office_problems(
        {**WARD, "signer_title": "Chủ tịch", "signing_capacity": "KT."}
    )
    assert "signing_capacity" in office_problems({**WARD, "signing_capacity": "TL."})
    with pytest.raises(KienanError):
        record_office(signed_db, {**WARD, "signing_capacity": "TL."}, REFORM)
    assert office_on(signed_db, REFORM) is None
    assert office_problems({**WARD, "signer_title": "Chủ tịch", "signing_capacity": "TM."}) == {}


def test_the_correction_of_the_day_changes_the_capacity(signed_db):
    record_office(signed_db, {**WARD, "signer_title": "Chủ tịch", "signing_capacity": ""}, REFORM)
    record_office(
        signed_db, {**WARD, "signer_title": "Chủ tịch", "signing_capacity": "TM."}, REFORM
    )
    assert office_period_on(signed_db, REFORM).office.signing_capacity == "TM."
    assert signed_db.execute("SELECT count(*) FROM issuing_authorities").fetchone()[0] == 1


def test_the_four_signature_blocks():
    body = "Ủy ban nhân dân phường Kiến An"
    assert signature_lines("", "Chủ tịch", body) == ["CHỦ TỊCH"]
    assert signature_lines("KT.", "Phó Chủ tịch", body) == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert signature_lines("TM.", "Chủ tịch", body) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert signature_lines("Q.", "Chủ tịch", body) == ["Q. CHỦ TỊCH"]
    assert signature_lines("Q.", "Phó Chủ tịch", body) == ["Q. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


# The schema step


def test_the_step_reads_a_deputy_from_the_title_and_gives_the_chairman_the_issuer_line(tmp_path):
    db = open_database(tmp_path / "old.db", migrate=False)
    migrations.STEPS.apply(db, stop_before="0018_signing_capacity")
    for title, body, start in (
        ("Chủ tịch", "Ủy ban nhân dân quận Kiến An", "2019-01-01"),
        ("Phó Chủ tịch", "Ủy ban nhân dân phường Kiến An", "2025-07-01"),
    ):
        db.execute(
            "INSERT INTO issuing_authorities (name, issuer_title, body_name, signer_title, "
            "signer_name, place, valid_from) VALUES (?, ?, ?, ?, 'Lê Văn Ký', 'Kiến An', ?)",
            [f"{title} {body}", f"{title} {body}".upper(), body, title, start],
        )
    for number, title in (("1/QĐ-UBND", "Phó Chủ tịch"), ("2/QĐ-UBND", None)):
        db.execute(
            "INSERT INTO decisions (number, decided_on, signer_title, signer_name) "
            "VALUES (?, '2025-08-01', ?, 'Lê Văn Ký')",
            [number, title],
        )
    db.conn.commit()

    signing_capacity_step(db)
    signing_capacity_step(db)  # again: nothing to do

    rows = db.execute(
        "SELECT signing_capacity, issuer_title, name FROM issuing_authorities ORDER BY id"
    ).fetchall()
    assert rows == [
        ("", "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN KIẾN AN", "Chủ tịch Ủy ban nhân dân quận Kiến An"),
        ("KT.", ISSUER, "Chủ tịch Ủy ban nhân dân phường Kiến An"),
    ]
    kept = db.execute("SELECT signing_capacity FROM decisions ORDER BY number").fetchall()
    assert kept == [("KT.",), (None,)]
    with pytest.raises(Exception, match="CHECK"):
        db.execute("UPDATE issuing_authorities SET signing_capacity = 'TL.' WHERE id = 1")
    # The audit triggers cover the new column.
    db.execute("UPDATE issuing_authorities SET signing_capacity = 'TM.' WHERE id = 1")
    after = db.execute(
        "SELECT after_json FROM audit_log WHERE table_name = 'issuing_authorities' "
        "ORDER BY id DESC LIMIT 1"
    ).fetchone()[0]
    assert json.loads(after)["signing_capacity"] == "TM."
    db.close()


# Decisions and certificates


def test_a_decision_keeps_the_capacity_it_was_signed_in(signed_db):
    record_office(signed_db, WARD, REFORM)
    decision = _decide(signed_db, "5/QĐ-UBND", dt.date(2025, 8, 1))
    assert signed_db.execute(
        "SELECT signing_capacity, signer_title FROM decisions WHERE id = ?", [decision]
    ).fetchone() == ("KT.", "Phó Chủ tịch")
    # The authority of that day corrected later (the chairman signing himself): the decision
    # still prints as it was signed.
    record_office(signed_db, {**WARD, "signer_title": "Chủ tịch", "signing_capacity": ""}, REFORM)
    content = decision_content(signed_db, decision)
    assert content.signature_lines == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert content.issuer_title == ISSUER


def test_a_decision_for_the_committee_is_the_committees(signed_db):
    record_office(
        signed_db, {**WARD, "signer_title": "Chủ tịch", "signing_capacity": "TM."}, REFORM
    )
    content = decision_content(signed_db, _decide(signed_db, "6/QĐ-UBND", dt.date(2025, 8, 1)))
    assert content.signature_lines == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert content.issuer_title == "ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN"
    assert "của UBND phường Kiến An" in content.recipients_note


def test_the_certificate_of_a_deputys_decision_is_the_chairmans_signed_kt(signed_db):
    record_office(signed_db, WARD, REFORM)
    decision = _decide(signed_db, "7/QĐ-UBND", dt.date(2025, 8, 1))
    (award,) = signed_db.execute(
        "SELECT id FROM awards WHERE decision_id = ?", [decision]
    ).fetchone()
    data, code = certificate(signed_db, award)
    assert data.issuer_title == ISSUER
    assert data.signing_capacity == "KT."
    fields = fields_of(data, code)
    assert fields["issuer_title"] == ISSUER
    assert fields["signer_title"] == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    assert verify(signed_db, code).status == "valid"


def test_a_certificate_frozen_before_the_capacity_loads_and_verifies(signed_db):
    record_office(signed_db, {**WARD, "signer_title": "Chủ tịch", "signing_capacity": ""}, REFORM)
    decision = _decide(signed_db, "8/QĐ-UBND", dt.date(2025, 8, 1))
    (award,) = signed_db.execute(
        "SELECT id FROM awards WHERE decision_id = ?", [decision]
    ).fetchone()
    with signed_db.conn:
        freeze_certificates(signed_db, [award])
    # As one frozen by an earlier version: no capacity in its text, its code over that text.
    (data_json,) = signed_db.execute(
        "SELECT data_json FROM certificates WHERE award_id = ?", [award]
    ).fetchone()
    old = json.loads(data_json)
    old.pop("signing_capacity")
    old_json = json.dumps(old, ensure_ascii=False, sort_keys=True)
    old_code = _code(_secret(signed_db), old_json)
    signed_db.execute(
        "UPDATE certificates SET data_json = ?, verification_code = ? WHERE award_id = ?",
        [old_json, old_code, award],
    )
    data, code = certificate(signed_db, award)
    assert code == old_code
    assert data == CertificateData(**{**old, "signing_capacity": ""})
    assert fields_of(data, code)["signer_title"] == "CHỦ TỊCH"
    assert verify(signed_db, code).status == "valid"


# The files


@pytest.fixture
def kt_pack(signed_db, tmp_path):
    from kienan_awards.printing import offscreen_application
    from kienan_awards.printing.decision_pack import write_decision_pack

    offscreen_application()
    record_office(signed_db, WARD, REFORM)
    decision = _decide(signed_db, "9/QĐ-UBND", dt.date(2025, 8, 1))
    return write_decision_pack(signed_db, decision, tmp_path, ["docx", "pdf"]).files


def _in_order(text: str, *parts: str) -> bool:
    at = -1
    for part in parts:
        at = text.find(part, at + 1)
        if at < 0:
            return False
    return True


def test_the_decision_docx_signs_kt_over_the_deputys_title_and_name(kt_pack):
    docx, _pdf = kt_pack
    document = Document(str(docx))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(
        p.text
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        for p in cell.paragraphs
    )
    assert ISSUER in text
    assert "PHÓ CHỦ TỊCH ỦY BAN" not in text + cells
    assert _in_order(cells, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Thị Lan")


def test_the_decision_pdf_signs_kt_over_the_deputys_title_and_name(kt_pack):
    _docx, pdf = kt_pack
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    text += " " + " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(pdf).pages[1:2]
    )
    assert ISSUER in text
    assert "PHÓ CHỦ TỊCH ỦY BAN" not in text
    assert _in_order(text, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Thị Lan")


# The command line


@pytest.mark.skipif(
    "0018_signing_capacity" not in migrations.known_step_names(),
    reason="a file opened again is checked against the registered steps' schema",
)
def test_office_add_records_the_capacity_given_or_read_from_the_title(capsys, db_path):
    from tests.cli.conftest import run

    open_database(db_path).close()
    ward = ["--authority", WARD["body_name"], "--signer-name", "Phạm Thị Lan", "--place", "Kiến An"]

    def office(*words):
        return run(capsys, "--db", db_path, "--lang", "en", "office", *words)

    code, _out, err = office("add", "--from", "01/07/2025", *ward, "--signer-title", "Phó Chủ tịch")
    assert code == 0, err
    code, _out, _err = office(
        "add", "--from", "01/01/2026", *ward, "--signer-title", "Chủ tịch", "--capacity", "tm"
    )
    assert code == 0
    code, out, _err = office("--format", "json")
    listed = [(entry["signer_title"], entry["signing_capacity"]) for entry in json.loads(out)]
    assert listed == [("Chủ tịch", "TM."), ("Phó Chủ tịch", "KT.")]
    code, out, _err = office()
    assert "KT. Phó Chủ tịch Phạm Thị Lan" in out
    code, _out, err = office(
        "add", "--from", "01/03/2026", *ward, "--signer-title", "Chủ tịch", "--capacity", "kt"
    )
    assert code != 0 and "not KT. on his own behalf" in err
