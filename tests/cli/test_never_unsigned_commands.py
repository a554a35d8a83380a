"""Never unsigned, on the command line: a decision no issuing authority signs prints no
certificate and no pack: one line naming the decision and its date, exit 1, no file, nothing
logged; once the authority of its date is recorded, it prints."""

import datetime as dt

from kienan_awards.app import main
from kienan_awards.core.records.office import record_office
from kienan_awards.core.storage.database import open_database
from tests.core.test_never_unsigned import OFFICE, past_list

REFUSAL = "decision 7/QĐ-UBND of 01/08/2025 has no issuing authority"


def past_database(db_path, tmp_path) -> None:
    db = open_database(db_path)
    past_list(db, tmp_path)
    db.close()


def printed_copies(db_path) -> int:
    db = open_database(db_path)
    try:
        return db["print_log"].count
    finally:
        db.close()


def test_print_refuses_a_decision_no_authority_signs(capsys, db_path, tmp_path):
    past_database(db_path, tmp_path)
    pdf = tmp_path / "out.pdf"
    code = main(["--db", str(db_path), "print", "--decision", "7/QĐ-UBND", "--pdf", str(pdf)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and REFUSAL in err
    assert not pdf.exists() and printed_copies(db_path) == 0


def test_decision_pack_refuses_a_decision_no_authority_signs(capsys, db_path, tmp_path):
    past_database(db_path, tmp_path)
    out = tmp_path / "pack"
    out.mkdir()
    argv = ["decision-pack", "7/QĐ-UBND", "--date", "01/08/2025", "--out", str(out)]
    code = main(["--db", str(db_path), *argv])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and REFUSAL in err
    assert list(out.iterdir()) == []


def test_once_the_authority_of_its_date_is_recorded_it_prints(capsys, db_path, tmp_path):
    past_database(db_path, tmp_path)
    db = open_database(db_path)
    record_office(db, OFFICE, dt.date(2025, 7, 1))
    db.close()
    pdf = tmp_path / "out.pdf"
    code = main(["--db", str(db_path), "print", "--decision", "7/QĐ-UBND", "--pdf", str(pdf)])
    assert code == 0, capsys.readouterr().err
    assert pdf.exists() and printed_copies(db_path) == 1
