import json

import pytest

from kienan_awards.core import demo
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.documents.certificate_prints import (
    Calibration,
    calibration_profile,
    calibration_profile_names,
    copies_printed,
    decision_award_ids,
    log_print_run,
    print_order,
    save_calibration_profile,
)
from kienan_awards.core.documents.certificates import certificate
from kienan_awards.core.errors import KienanError

DECISION = "15/QĐ-UBND"


@pytest.fixture
def demo_db(db):
    demo.load_demo(db)
    return db


def run(db, award_ids, write=lambda copies: None, **options):
    settings = {"mode": "full", "paper": "A4", "destination": "máy in 1", "reissue_reason": None}
    return log_print_run(db, award_ids, write=write, **settings | options)


def audit_rows(db, table):
    return db.execute(
        "SELECT action, after_json FROM audit_log WHERE table_name = ? ORDER BY id", [table]
    ).fetchall()


def test_a_print_run_logs_each_copy_and_returns_the_awards_printed(demo_db):
    ids = decision_award_ids(demo_db, DECISION)[:3]
    handed = []
    changes = run(demo_db, ids, handed.extend, paper="A3")
    assert changes == ChangeSet.of(RecordKind.CERTIFICATES, *ids)
    assert [copy.award_id for copy in handed] == ids
    assert all(copy.copy_number == 1 and not copy.reissue for copy in handed)
    assert all(copy.template.page_size_mm() == (420.0, 297.0) for copy in handed)
    log = demo_db.execute(
        "SELECT award_id, mode, template, printer, verification_code, copy_number, "
        "reissue_reason FROM print_log ORDER BY id"
    ).fetchall()
    assert log == [
        (
            c.award_id,
            "full",
            c.template.code,
            "máy in 1",
            certificate(demo_db, c.award_id)[1],
            1,
            None,
        )
        for c in handed
    ]
    audited = audit_rows(demo_db, "print_log")
    assert [action for action, _ in audited] == ["insert"] * 3
    assert json.loads(audited[0][1])["award_id"] == ids[0]


def test_the_writer_runs_after_the_copies_are_logged_in_the_same_transaction(demo_db):
    ids = decision_award_ids(demo_db, DECISION)[:2]
    seen = []

    def write(copies):
        seen.append((demo_db.conn.in_transaction, [copies_printed(demo_db, a) for a in ids]))

    run(demo_db, ids, write)
    assert seen == [(True, [1, 1])]
    assert not demo_db.conn.in_transaction


def test_a_print_run_whose_writer_fails_logs_nothing(demo_db):
    ids = decision_award_ids(demo_db, DECISION)[:4]

    def write(copies):
        raise KienanError("the printer ran out of paper")

    with pytest.raises(KienanError, match="ran out of paper"):
        run(demo_db, ids, write)
    assert demo_db.execute("SELECT count(*) FROM print_log").fetchone()[0] == 0
    assert audit_rows(demo_db, "print_log") == []


def test_a_second_copy_needs_a_reason_and_is_numbered_and_marked(demo_db):
    ids = decision_award_ids(demo_db, DECISION)[:2]
    run(demo_db, ids[:1])
    with pytest.raises(KienanError, match="reason for the reissue"):
        run(demo_db, ids)
    handed = []
    run(demo_db, ids, handed.extend, reissue_reason="bản in hỏng")
    assert [(c.copy_number, c.reissue) for c in handed] == [(2, True), (1, False)]
    assert demo_db.execute(
        "SELECT award_id, copy_number, reissue_reason FROM print_log ORDER BY id"
    ).fetchall() == [(ids[0], 1, None), (ids[0], 2, "bản in hỏng"), (ids[1], 1, None)]


def test_a_decision_prints_in_the_lists_order_and_its_number_must_be_known(demo_db):
    decision_id, number = demo_db.execute(
        "SELECT id, number FROM decisions WHERE number = ?", [DECISION]
    ).fetchone()
    ids = print_order(demo_db, decision_id)
    kinds = [
        demo_db.execute("SELECT recipient_kind FROM awards WHERE id = ?", [a]).fetchone()[0]
        for a in ids
    ]
    assert kinds == sorted(kinds, key=lambda kind: kind == "individual") and len(set(kinds)) == 2
    assert decision_award_ids(demo_db, number) == ids
    with pytest.raises(KienanError, match="there is no decision 999/QĐ-UBND"):
        decision_award_ids(demo_db, "999/QĐ-UBND")


def test_a_number_is_found_with_or_without_its_marks_and_spelt_exactly_first(demo_db):
    ids = decision_award_ids(demo_db, DECISION)
    loose = DECISION.replace("Đ", "D").lower()
    assert decision_award_ids(demo_db, f" {loose} ") == ids
    # A number differing only in its marks: the one spelt exactly wins, a loose one is refused.
    demo_db.execute(
        "INSERT INTO decisions (number, decided_on) VALUES (?, '2024-02-02')", [loose.upper()]
    )
    assert decision_award_ids(demo_db, DECISION) == ids
    with pytest.raises(KienanError, match="fits several numbers") as refused:
        decision_award_ids(demo_db, loose)
    assert DECISION in str(refused.value) and loose.upper() in str(refused.value)
    with pytest.raises(KienanError, match="has no award to print"):
        decision_award_ids(demo_db, loose.upper())


def test_a_number_used_on_two_dates_needs_the_date(demo_db):
    decided_on = demo_db.execute(
        "SELECT decided_on FROM decisions WHERE number = ?", [DECISION]
    ).fetchone()[0]
    demo_db.execute(
        "INSERT INTO decisions (number, decided_on) VALUES (?, '2001-01-02')", [DECISION]
    )
    with pytest.raises(KienanError, match="several dates"):
        decision_award_ids(demo_db, DECISION)
    assert len(decision_award_ids(demo_db, DECISION, decided_on)) == 40


def test_calibration_profiles_are_named_and_remembered(demo_db):
    save_calibration_profile(demo_db, "Canon LBP - phôi 2024", 1.5, -0.5, 1.0)
    assert calibration_profile(demo_db, "Canon LBP - phôi 2024") == Calibration(1.5, -0.5, 1.0)
    with pytest.raises(KienanError):
        save_calibration_profile(demo_db, "x", 80, 0, 1)
    with pytest.raises(KienanError, match="no calibration profile"):
        calibration_profile(demo_db, "nope")


def test_saving_a_calibration_profile_returns_the_certificates_kind_and_writes_one_row(demo_db):
    changes = save_calibration_profile(demo_db, "  Epson - phôi A3 ", 2, 0, 1.01)
    assert changes == ChangeSet.of(RecordKind.CERTIFICATES) and changes.kinds == {
        RecordKind.CERTIFICATES
    }
    assert save_calibration_profile(demo_db, "Epson - phôi A3", -1, 0.5, 1) == changes
    assert demo_db.execute("SELECT * FROM calibration_profiles").fetchall() == [
        ("Epson - phôi A3", "-1", "0.5", "1")
    ]
    assert calibration_profile_names(demo_db) == ["Epson - phôi A3"]
    assert [action for action, _ in audit_rows(demo_db, "calibration_profiles")] == [
        "insert",
        "update",
    ]


def test_a_refused_calibration_profile_writes_nothing(demo_db):
    for name, x, y, scale in (("  ", 0, 0, 1), ("A", 0, 51, 1), ("A", 0, 0, 1.3)):
        with pytest.raises(KienanError):
            save_calibration_profile(demo_db, name, x, y, scale)
    assert calibration_profile_names(demo_db) == []
    assert calibration_profile(demo_db, None) == Calibration()
