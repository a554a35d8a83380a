"""`export scoring-sheet` and `import scores`: a member's score sheet written and read back on
the command line, one line said for each; a refusal one line a problem on stderr, exit 1,
nothing written; `export FILE.xlsx` still the whole workbook."""

import sqlite3

from openpyxl import load_workbook

from kienan_awards.core.clusters.score_sheets import layout
from tests.cli.conftest import run

BLOCK = "Khoi thi dua cac to dan pho"  # typed without diacritics


def export_sheet(capsys, demo_path, out, unit="to dan pho so 2", year=2025):
    return run(
        capsys,
        "--db",
        demo_path,
        "export",
        "scoring-sheet",
        "--cluster",
        BLOCK,
        "--year",
        year,
        "--unit",
        unit,
        "--out",
        out,
    )


def scores(path):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT * FROM cluster_scores ORDER BY id").fetchall()


def test_a_members_sheet_is_written_and_read_back(capsys, demo_path, tmp_path):
    out = tmp_path / "to2.xlsx"
    code, said, err = export_sheet(capsys, demo_path, out)
    assert code == 0 and err == ""
    assert said == (
        f"Wrote {out}: the score sheet of Tổ dân phố số 2 (Khối thi đua các tổ dân phố, 2025).\n"
    )
    book = load_workbook(out)
    sheet = book[layout.SHEET_NAME]
    rows = {sheet.cell(r, 1).value: r for r in range(9, 20)}
    sheet.cell(rows["II.2"], 9).value = "23,5"  # the block agrees another score
    book.save(out)
    before = scores(demo_path)
    code, said, err = run(capsys, "--db", demo_path, "import", "scores", out, "--dry-run")
    assert code == 0 and err == "" and said.count("\n") == 1
    assert "agreed scores to write: 1" in said and "dry run" in said
    assert scores(demo_path) == before
    code, said, err = run(capsys, "--db", demo_path, "import", "scores", out)
    assert code == 0 and err == "" and said.count("\n") == 1
    assert said.startswith("to2.xlsx: Tổ dân phố số 2 (Khối thi đua các tổ dân phố, 2025);")
    assert "agreed scores written: 1" in said
    assert scores(demo_path) != before


def test_wrong_cells_are_one_line_each_and_nothing_is_written(capsys, demo_path, tmp_path):
    out = tmp_path / "to2.xlsx"
    export_sheet(capsys, demo_path, out)
    book = load_workbook(out)
    sheet = book[layout.SHEET_NAME]
    rows = {sheet.cell(r, 1).value: r for r in range(9, 20)}
    sheet.cell(rows["II.2"], 8).value = 40
    sheet.cell(rows["III.2"], 9).value = "ba"
    book.save(out)
    before = scores(demo_path)
    code, said, err = run(capsys, "--db", demo_path, "import", "scores", out)
    assert code == 1 and said == ""
    lines = err.splitlines()
    assert lines == [
        f"to2.xlsx: sheet '{layout.SHEET_NAME}', row {rows['II.2']}, cell H{rows['II.2']}: "
        "Tổ dân phố số 2, criterion II.2: 40 points is over the maximum of 25",
        f"to2.xlsx: sheet '{layout.SHEET_NAME}', row {rows['III.2']}, cell I{rows['III.2']}: "
        "'ba' is not a number",
        "kienan-awards: 2 problems in to2.xlsx; nothing was written",
    ]
    assert scores(demo_path) == before


def test_a_unit_is_refused_in_one_line_when_none_or_several_fit(capsys, demo_path, tmp_path):
    out = tmp_path / "x.xlsx"
    for unit, expected in (
        ("to dan pho", "'to dan pho' fits 4 members of Khối thi đua các tổ dân phố for 2025"),
        ("Phường Kiến An", "'Phường Kiến An' is not a member of Khối thi đua các tổ dân phố"),
        ("Nơi không có", "no unit is named 'Nơi không có'"),
    ):
        code, said, err = export_sheet(capsys, demo_path, out, unit=unit)
        assert code == 1 and said == "" and err.count("\n") == 1
        assert err.startswith(f"kienan-awards: {expected}")
    assert not out.exists()


def test_the_words_of_the_two_exports_are_kept_apart(capsys, demo_path, tmp_path):
    out = tmp_path / "x.xlsx"
    code, _said, err = run(
        capsys, "--db", demo_path, "export", "scoring-sheet", "--cluster", BLOCK, "--out", out
    )
    assert code == 2 and "export scoring-sheet needs --year, --unit" in err
    code, _said, err = run(capsys, "--db", demo_path, "export", out, "--year", 2025)
    assert code == 2 and "--year: only 'export scoring-sheet' takes these" in err
    code, said, err = run(capsys, "--db", demo_path, "export", out)
    assert code == 0 and said.startswith(f"Wrote {out} (") and err == ""
    assert len(load_workbook(out, read_only=True).sheetnames) == 6
    code, _said, err = run(capsys, "--db", demo_path, "import", "scores", out, "--year", 2025)
    assert code == 2 and "--year is not used" in err


def test_every_members_sheet_is_written_to_the_folder_one_line_each(capsys, demo_path, tmp_path):
    folder = tmp_path / "phiếu chấm"
    code, said, err = run(
        capsys, "--db", demo_path, "export", "scoring-sheet", "--cluster", BLOCK, "--year", 2025,
        "--every-member", "--out", folder,
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert said.splitlines() == [
        str(folder / f"Bảng tự chấm điểm thi đua năm 2025 - Tổ dân phố số {n}.xlsx")
        for n in (2, 4, 1, 3)
    ]
    code, said, err = run(
        capsys, "--db", demo_path, "export", "scoring-sheet", "--cluster", BLOCK, "--year", 2025,
        "--every-member", "--unit", "to dan pho so 2", "--out", folder,
    )  # fmt: skip
    assert code == 2 and said == ""
    assert err.startswith("kienan-awards: --unit names one member; --every-member writes them all")


def test_every_member_into_a_file_name_is_refused(capsys, demo_path, tmp_path):
    code, said, err = run(
        capsys, "--db", demo_path, "export", "scoring-sheet", "--cluster", BLOCK, "--year", 2025,
        "--every-member", "--out", tmp_path / "sheets.xlsx",
    )  # fmt: skip
    assert (code, said) == (2, "") and not (tmp_path / "sheets.xlsx").exists()
    assert err.startswith("kienan-awards: sheets.xlsx: --every-member writes a file for each")


def test_several_members_sheets_are_read_in_together_one_line_each(capsys, demo_path, tmp_path):
    folder = tmp_path / "về"
    run(
        capsys, "--db", demo_path, "export", "scoring-sheet", "--cluster", BLOCK, "--year", 2025,
        "--every-member", "--out", folder,
    )  # fmt: skip
    sheets = sorted(folder.glob("*.xlsx"))
    code, said, err = run(capsys, "--db", demo_path, "import", "scores", *sheets)
    assert (code, err) == (0, "") and len(said.splitlines()) == 4
    assert all("unchanged: 12" in line for line in said.splitlines())
    code, said, err = run(capsys, "--db", demo_path, "import", "awards", *sheets[:2])
    assert code == 2 and "only 'import scores' takes several files" in err
