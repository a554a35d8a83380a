import datetime as dt

from pypdf import PdfReader

from kienan_awards.app import main
from kienan_awards.core.awards import decisions
from kienan_awards.core.storage.database import open_database


def first_code(db_path):
    db = open_database(db_path)
    try:
        return db.execute(
            "SELECT award_id, verification_code FROM certificates ORDER BY award_id LIMIT 1"
        ).fetchone()
    finally:
        db.close()


def test_verify_valid_tampered_and_revoked_codes(capsys, db_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    award_id, code = first_code(db_path)
    assert main(["--db", str(db_path), "verify", code]) == 0
    assert capsys.readouterr().out.startswith("valid: ")
    wrong = code[:-1] + ("A" if code[-1] != "A" else "C")
    assert main(["--db", str(db_path), "verify", wrong]) == 1
    assert "unknown" in capsys.readouterr().err
    db = open_database(db_path)
    decisions.revoke_award(db, award_id, "nhầm đối tượng", dt.date(2025, 2, 1))
    db.close()
    assert main(["--db", str(db_path), "verify", code]) == 1
    err = capsys.readouterr().err
    assert "revoked" in err and "nhầm đối tượng" in err and err.count("\n") == 1


def test_print_a_decision_to_pdf_and_again_only_with_a_reason(capsys, db_path, tmp_path):
    main(["--db", str(db_path), "demo"])
    out = tmp_path / "gk.pdf"
    argv = ["--db", str(db_path), "print", "--decision", "15/QĐ-UBND", "--pdf", str(out)]
    assert main(argv) == 0
    assert len(PdfReader(out).pages) == 40
    capsys.readouterr()
    assert main(argv) == 1
    assert "reason for the reissue with --reissue-reason TEXT" in capsys.readouterr().err
    assert main([*argv, "--reissue-reason", "in lại", "--mode", "preprinted"]) == 0


def test_print_to_an_unknown_printer_or_decision_is_one_line(capsys, db_path, tmp_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    for extra in (
        ["--decision", "15/QĐ-UBND", "--printer", "Không có"],
        ["--decision", "999/QĐ-UBND", "--pdf", str(tmp_path / "x.pdf")],
    ):
        assert main(["--db", str(db_path), "--lang", "en", "print", *extra]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("kienan-awards: ")
    assert err == "kienan-awards: there is no decision 999/QĐ-UBND\n"


def test_print_finds_a_number_typed_without_its_marks(capsys, db_path, tmp_path):
    main(["--db", str(db_path), "demo"])
    out = tmp_path / "gk.pdf"
    assert main(["--db", str(db_path), "print", "--decision", "15/qd-ubnd", "--pdf", str(out)]) == 0
    assert len(PdfReader(out).pages) == 40


def test_print_refuses_a_file_that_is_neither_pdf_nor_zip(capsys, db_path, tmp_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    target = tmp_path / "list.txt"
    assert (
        main(["--db", str(db_path), "print", "--decision", "15/QĐ-UBND", "--pdf", str(target)]) == 1
    )
    assert ".pdf" in capsys.readouterr().err and not target.exists()
