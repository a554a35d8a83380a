"""record-decision: another body's decision (the city's Bằng khen) recorded from the command
line for the honour roll; print and decision-pack refuse it in one line, exit 1, with no file
written and nothing logged as printed."""

import datetime as dt

import pytest

from kienan_awards.core.records import people, units
from kienan_awards.core.records.office import record_office
from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run
from tests.core.test_never_unsigned import OFFICE

CITY = "Ủy ban nhân dân thành phố Hải Phòng"
RECORD = [
    "record-decision",
    "--authority",
    CITY,
    "--level",
    "city",
    "--number",
    "3456/QĐ-UBND",
    "--date",
    "20/12/2025",
    "--form",
    "BK_CITY",
    "--person",
    "Nguyễn Văn A",
    "--achievement",
    "Có thành tích xuất sắc",
    "--bonus",
    "3510000",
]
REFUSAL = (
    "decision 3456/QĐ-UBND of 20/12/2025 was decided by Ủy ban nhân dân thành phố Hải Phòng: its"
)


@pytest.fixture
def ward(db_path):
    db = open_database(db_path)
    record_office(db, OFFICE, dt.date(2025, 7, 1))
    unit = units.save_unit(db, None, {"name": "Tổ dân phố số 5", "kind": "residential_group"})
    people.save_person(db, None, {"full_name": "Nguyễn Văn A", "unit_id": unit.record_id})
    db.close()
    return db_path


def counts(db_path, *tables) -> list[int]:
    db = open_database(db_path)
    try:
        return [db[table].count for table in tables]
    finally:
        db.close()


def test_record_decision_records_the_citys_award(capsys, ward):
    code, out, err = run(capsys, "--db", ward, *RECORD, "--unit", "Tổ dân phố số 5")
    assert code == 0, err
    assert out.strip() == (
        "Recorded decision 3456/QĐ-UBND of 20/12/2025 by Ủy ban nhân dân thành phố Hải Phòng: "
        "2 awards (not printed here)."
    )
    assert counts(ward, "decisions", "awards", "certificates") == [1, 2, 0]
    db = open_database(ward)
    try:
        rows = db.execute(
            "SELECT recipient_kind, bonus_amount, register_number FROM awards ORDER BY id"
        ).fetchall()
    finally:
        db.close()
    # The bonus is the decision's, for each award; neither takes a number of the register.
    assert rows == [("individual", 3510000, None), ("collective", 3510000, None)]


def test_print_and_decision_pack_refuse_it(capsys, ward, tmp_path):
    assert run(capsys, "--db", ward, *RECORD)[0] == 0
    pdf = tmp_path / "out.pdf"
    code, _out, err = run(capsys, "--db", ward, "print", "--decision", "3456/QĐ-UBND", "--pdf", pdf)
    assert code == 1 and err.count("\n") == 1 and REFUSAL in err
    assert "certificates are not this office's to print" in err
    assert not pdf.exists() and counts(ward, "print_log", "certificates") == [0, 0]
    folder = tmp_path / "pack"
    folder.mkdir()
    argv = ["decision-pack", "3456/QĐ-UBND", "--date", "20/12/2025", "--out", folder]
    code, _out, err = run(capsys, "--db", ward, *argv)
    assert code == 1 and err.count("\n") == 1 and REFUSAL in err
    assert "decision pack is not this office's to print" in err
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("change", "refusal"),
    [
        (["--form", "GIAY_KHEN"], "Giấy khen is not conferred at the city level on 20/12/2025"),
        (["--form", "Huân chương"], "'Huân chương' is not in the catalogue"),
        (["--person", "Nobody"], "no person is recorded as 'Nobody'"),
    ],
    ids=["level", "unknown form", "unknown person"],
)
def test_a_refusal_is_one_line_exit_1_and_writes_nothing(capsys, ward, change, refusal):
    argv = list(RECORD)
    at = argv.index(change[0])
    argv[at + 1] = change[1]
    code, _out, err = run(capsys, "--db", ward, *argv)
    assert code == 1 and err.count("\n") == 1 and refusal in err
    assert counts(ward, "decisions", "awards") == [0, 0]


def test_the_same_number_of_the_same_day_is_refused(capsys, ward):
    assert run(capsys, "--db", ward, *RECORD)[0] == 0
    code, _out, err = run(capsys, "--db", ward, *RECORD)
    assert code == 1 and "already exists" in err
    assert counts(ward, "decisions", "awards") == [1, 1]


def test_no_recipient_is_a_mistake_in_the_words(capsys, ward):
    argv = RECORD[: RECORD.index("--person")]
    code, _out, err = run(capsys, "--db", ward, *argv)
    assert code == 2 and "--person or --unit" in err
    assert counts(ward, "decisions") == [0]
