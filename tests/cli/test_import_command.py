import datetime as dt

from openpyxl import load_workbook

from kienan_awards.app import main
from kienan_awards.core.records.record_counts import record_counts
from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run
from tests.support.list_files import award_list, write_xlsx

GOOD = [
    ["I. TẬP THỂ"],
    [
        1,
        "Phòng Kinh tế",
        None,
        None,
        None,
        None,
        "Giấy khen",
        "Năm 2023",
        "15/QĐ-UBND",
        dt.date(2024, 1, 12),
    ],
    ["II. CÁ NHÂN"],
    [
        1,
        "Nguyễn Văn An",
        1985,
        "Nam",
        "Chuyên viên",
        "Phòng Kinh tế",
        "Giấy khen",
        "Năm 2023",
        "15/QĐ-UBND",
        dt.date(2024, 1, 12),
    ],
]


def counts(db_path):
    db = open_database(db_path)
    try:
        return record_counts(db)
    finally:
        db.close()


def test_import_prints_a_summary_and_writes_the_list(capsys, db_path, tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": award_list(GOOD)})
    code, out, err = run(capsys, "--db", db_path, "import", "awards", path)
    assert code == 0 and err == f"kienan-awards: made a new database at {db_path}\n"
    assert "Imported 2 rows from list.xlsx." in out
    assert "awards created: 2" in out
    assert "people created: 1, matched: 0" in out
    assert "units created: 1, matched: 0" in out
    assert "decisions created: 1, matched: 0" in out
    assert counts(db_path)["awards"] == 2


def test_dry_run_checks_and_writes_nothing(capsys, db_path, tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": award_list(GOOD)})
    code, out, _ = run(capsys, "--db", db_path, "import", "awards", path, "--dry-run")
    assert code == 0 and "Dry run: nothing was written." in out
    assert counts(db_path)["awards"] == 0


def test_wrong_rows_are_printed_and_nothing_is_written(capsys, db_path, tmp_path):
    bad = [
        *GOOD,
        [
            2,
            "Lê Thị Bích",
            1990,
            "Nữ",
            None,
            "Phòng Kinh tế",
            "Giấy khen",
            "Năm 2023",
            "15/QĐ-UBND",
            "31/02/2024",
        ],
    ]
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": award_list(bad)})
    errors_copy = tmp_path / "list-errors.xlsx"
    code, out, err = run(
        capsys, "--db", db_path, "import", "awards", path, "--errors-out", errors_copy
    )
    assert code == 1 and out == ""
    assert (
        "list.xlsx: sheet 'DS' row 11: decision date (column J): impossible date 31/02/2024" in err
    )
    assert err.strip().endswith("1 of 3 rows are wrong; nothing was written")
    assert counts(db_path)["awards"] == 0
    sheet = load_workbook(errors_copy).active
    assert sheet.cell(row=11, column=11).value.endswith("impossible date 31/02/2024")


def test_decision_date_and_form_for_the_whole_file(capsys, db_path, tmp_path):
    path = write_xlsx(
        tmp_path / "list.xlsx",
        {"DS": [["STT", "Họ và tên", "Năm sinh"], [1, "Đinh Văn Khoa", 1980]]},
    )
    code, out, _ = run(
        capsys,
        "--db",
        db_path,
        "import",
        "awards",
        path,
        "--decision",
        "7/QĐ-UBND",
        "--date",
        "25/12/2023",
        "--form",
        "Lao động tiên tiến",
    )
    assert code == 0 and "awards created: 1" in out


def test_a_second_import_of_the_same_rows_is_refused_in_one_line(capsys, db_path, tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": award_list(GOOD)})
    run(capsys, "--db", db_path, "import", "awards", path)
    code, _, err = run(capsys, "--db", db_path, "import", "awards", path)
    assert code == 1 and err.count("\n") == 1 and "already imported" in err
    assert counts(db_path)["awards"] == 2


def test_missing_and_corrupt_files_give_one_line_and_a_non_zero_exit(capsys, db_path, tmp_path):
    corrupt = tmp_path / "corrupt.xlsx"
    corrupt.write_bytes(b"PK\x03\x04garbage")
    for path in (tmp_path / "missing.xlsx", corrupt):
        code, _, err = run(capsys, "--db", db_path, "import", "awards", path)
        assert code == 1 and err.count("\n") == 1 and err.startswith("kienan-awards: ")


def test_an_impossible_date_option_is_a_usage_error(capsys, db_path, tmp_path):
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": award_list(GOOD)})
    try:
        main(["--db", str(db_path), "import", "awards", str(path), "--date", "31/02/2024"])
    except SystemExit as stop:
        assert stop.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "impossible date 31/02/2024" in err
