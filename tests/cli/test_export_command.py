from openpyxl import load_workbook

from kienan_awards.app import main


def test_export_writes_every_sheet_without_personal_ids(capsys, db_path, tmp_path):
    main(["--db", str(db_path), "demo"])
    out_file = tmp_path / "all.xlsx"
    assert main(["--db", str(db_path), "export", str(out_file)]) == 0
    assert "Wrote" in capsys.readouterr().out
    book = load_workbook(out_file, read_only=True)
    assert len(book.sheetnames) == 6
    headers = [str(cell.value) for cell in next(book[book.sheetnames[1]].iter_rows(max_row=1))]
    assert not any("CCCD" in header or "định danh" in header for header in headers)


def test_export_with_personal_ids_when_asked(capsys, db_path, tmp_path):
    main(["--db", str(db_path), "demo"])
    out_file = tmp_path / "all.xlsx"
    main(["--db", str(db_path), "export", str(out_file), "--with-personal-ids"])
    book = load_workbook(out_file, read_only=True)
    headers = [str(cell.value) for cell in next(book[book.sheetnames[1]].iter_rows(max_row=1))]
    assert any("CCCD" in header for header in headers)


def test_export_to_a_missing_folder_or_wrong_suffix_is_one_line(capsys, db_path, tmp_path):
    for target in (tmp_path / "no" / "such" / "folder.xlsx", tmp_path / "list.csv"):
        assert main(["--db", str(db_path), "export", str(target)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("kienan-awards: ")
        assert not target.exists()
