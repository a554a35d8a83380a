from docx import Document
from pypdf import PdfReader

from kienan_awards.app import main


def text_of_pdf(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_decision_pack_writes_the_decision_and_its_sheets_as_docx_and_pdf(
    capsys, db_path, tmp_path
):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    code = main(
        [
            "--db",
            str(db_path),
            "decision-pack",
            "15/QĐ-UBND",
            "--date",
            "12/01/2024",
            "--out",
            str(tmp_path),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0 and "40 recipients" in out and "29.160.000 đồng" in out
    docx_file = next(tmp_path.glob("*.docx"))
    document = Document(docx_file)
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "QUYẾT ĐỊNH" in paragraphs and "Số: 15/QĐ-UBND" in cells
    assert "Kiến An, ngày 12 tháng 01 năm 2024" in cells
    assert "Nguyễn Trường Sơn" in cells
    for title in (
        "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
        "DANH SÁCH KÝ NHẬN",
        "BẢNG THANH TOÁN TIỀN THƯỞNG",
    ):
        assert title in paragraphs
    assert "29.160.000" in cells
    section = document.sections[0]
    assert round(section.left_margin.mm) == 30 and round(section.top_margin.mm) == 20
    pdf_text = text_of_pdf(next(tmp_path.glob("*.pdf")))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pdf_text
    assert "BẢNG THANH TOÁN TIỀN THƯỞNG" in pdf_text and "Nguyễn Trường Sơn" in pdf_text


def test_an_unknown_decision_or_a_file_for_the_folder_is_one_line(capsys, db_path, tmp_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    (tmp_path / "a file").write_text("")
    for argv in (
        ["99/QĐ-UBND", "--date", "12/01/2024", "--out", str(tmp_path / "not made")],
        ["15/QĐ-UBND", "--date", "12/01/2024", "--out", str(tmp_path / "a file")],
    ):
        assert main(["--db", str(db_path), "decision-pack", *argv]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("kienan-awards: ")
    assert not list(tmp_path.glob("**/*.docx")) and not list(tmp_path.glob("**/*.pdf"))
    assert not (tmp_path / "not made").exists()  # no folder for a decision not found


def test_a_missing_folder_is_made_as_backup_makes_its_own(capsys, db_path, tmp_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    out = tmp_path / "2024" / "quyết định"
    argv = ["15/QĐ-UBND", "--date", "12/01/2024", "--out", str(out)]
    assert main(["--db", str(db_path), "decision-pack", *argv]) == 0
    assert list(out.glob("*.docx")) and list(out.glob("*.pdf"))
