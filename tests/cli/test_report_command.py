import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run
from tests.support.report_office import build_office


@pytest.fixture
def office_path(db_path):
    db = open_database(db_path)
    build_office(db)
    db.close()
    return db_path


def pdf_text(path) -> str:
    """The PDF's words, one space apart (the extractor gives tabs and line ends)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def sheet_rows(path) -> list[tuple]:
    return list(load_workbook(path)["Báo cáo"].iter_rows(values_only=True))


def test_the_annual_report_as_pdf_holds_its_title_tables_and_totals(capsys, office_path, tmp_path):
    out_file = tmp_path / "nam-2023.pdf"
    code, out, err = run(
        capsys,
        "--db",
        str(office_path),
        "report",
        "annual",
        "--year",
        "2023",
        "--out",
        str(out_file),
    )
    assert code == 0 and err == "" and str(out_file) in out
    reader = PdfReader(out_file)
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842  # A4 portrait
    text = pdf_text(out_file)
    assert "BÁO CÁO TỔNG HỢP CÔNG TÁC KHEN THƯỞNG NĂM 2023" in text
    assert "Lao động tiên tiến" in text and "3.060.000" in text
    assert "Không tính 1 khen thưởng đã thu hồi." in text


def test_the_multi_year_report_as_excel_has_numbers_as_numbers(capsys, office_path, tmp_path):
    out_file = tmp_path / "2022-2024.xlsx"
    code, _, err = run(
        capsys,
        "--db",
        str(office_path),
        "report",
        "multi-year",
        "--year",
        "2022",
        "--to-year",
        "2024",
        "--out",
        str(out_file),
    )
    assert code == 0 and err == ""
    rows = sheet_rows(out_file)
    assert rows[0][0] == "BÁO CÁO KHEN THƯỞNG GIAI ĐOẠN 2022-2024"
    header = rows.index(("", "2022", "2023", "2024", "Tổng"))
    assert rows[header + 1] == ("Số quyết định", 0, 2, 1, 3)
    assert rows[header + 3] == ("Tiền thưởng (đồng)", 0, 3060000, 2130000, 5190000)
    book = load_workbook(out_file)
    # The chart stands above the first table; its figures are on a hidden sheet.
    assert book.sheetnames[0] == "Báo cáo" and book.sheetnames[-1] == "Số liệu của biểu đồ"
    assert book["Số liệu của biểu đồ"].sheet_state == "hidden"


def test_the_multi_year_report_runs_over_every_year_on_record_by_default(
    capsys, office_path, tmp_path
):
    out_file = tmp_path / "all.xlsx"
    code, out, err = run(
        capsys, "--db", str(office_path), "report", "multi-year", "--out", str(out_file)
    )
    assert code == 0 and err == ""
    assert sheet_rows(out_file)[0][0] == "BÁO CÁO KHEN THƯỞNG GIAI ĐOẠN 2023-2024"


def test_the_movement_report_is_landscape_and_the_honour_list_in_given_name_order(
    capsys, office_path, tmp_path
):
    movement = tmp_path / "phong-trao.pdf"
    assert (
        run(
            capsys,
            "--db",
            str(office_path),
            "report",
            "movement",
            "--year",
            "2024",
            "--out",
            str(movement),
        )[0]
        == 0
    )
    box = PdfReader(movement).pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert "Thu ngân sách" in pdf_text(movement) and "Không đạt" in pdf_text(movement)
    honour = tmp_path / "danh-sach.xlsx"
    assert (
        run(
            capsys,
            "--db",
            str(office_path),
            "report",
            "honour-list",
            "--year",
            "2023",
            "--out",
            str(honour),
        )[0]
        == 0
    )
    names = [row[1] for row in sheet_rows(honour) if isinstance(row[0], (int, float))]
    assert names == [
        "Phòng Nội vụ",
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Hộ ông Phạm Văn Dũng",
        "Lê Thị Cúc",
    ]


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["annual", "--year", "2023", "--out", "x.docx"], 2, "name the report .pdf or .xlsx"),
        (
            ["annual", "--year", "2023", "--to-year", "2024", "--out", "x.pdf"],
            2,
            "--to-year belongs to the multi-year report",
        ),
        (
            ["honour-list", "--year", "1999", "--out", "x.pdf"],
            1,
            "no award was made for the achievements of 1999",
        ),
        (
            ["annual", "--year", "2010", "--out", "x.pdf"],
            1,
            "no award was made for the achievements of 2010",
        ),
        (
            ["multi-year", "--year", "2030", "--out", "x.xlsx"],
            1,
            "no award was made for the achievements of 2030 - …",
        ),
        (
            ["multi-year", "--year", "2024", "--to-year", "2020", "--out", "x.xlsx"],
            1,
            "ends before it begins",
        ),
        (
            ["movement", "--year", "2024", "--movement", "99", "--out", "x.pdf"],
            1,
            "there is no movement 99",
        ),
    ],
)
def test_a_report_that_cannot_be_made_is_one_line_and_writes_nothing(
    capsys, office_path, tmp_path, monkeypatch, argv, code, message
):
    monkeypatch.chdir(tmp_path)
    result = run(capsys, "--db", str(office_path), "report", *argv)
    assert result[0] == code and message in result[2] and result[2].count("\n") == 1
    written = {p.name for p in tmp_path.iterdir() if not p.name.startswith(office_path.name)}
    assert written == set()


def test_a_pdf_that_cannot_replace_the_old_one_leaves_no_draft(
    capsys, office_path, tmp_path, monkeypatch
):
    from kienan_awards.core import output_files

    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output_files.os, "replace", refuse)
    out_file = tmp_path / "open-in-a-viewer.pdf"
    code, _, err = run(
        capsys,
        "--db",
        str(office_path),
        "report",
        "annual",
        "--year",
        "2023",
        "--out",
        str(out_file),
    )
    assert code == 1 and "Permission denied" in err and err.count("\n") == 1
    assert not out_file.exists() and not list(tmp_path.glob(".*.part"))
