import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter

from kienan_awards.ui.main_window import MainWindow
from kienan_awards.ui.pages.reports_page import ReportsPage
from tests.support.report_office import build_office


@pytest.fixture
def page(qtbot, db):
    build_office(db)
    widget = ReportsPage(db)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    warnings = []
    widget.show_warning = lambda title, text: warnings.append(text)
    widget.warnings = warnings
    return widget


def choose(page, kind, year, to_year=None):
    page.kind_choice.setCurrentIndex(page.kind_choice.findData(kind))
    if to_year is not None:
        page.to_year_box.setValue(to_year)
    page.year_box.setValue(year)


def shown_text(page) -> str:
    return " ".join(page.view.toPlainText().split())


def test_the_page_opens_on_the_latest_year_summary_with_its_chart(page):
    assert page.year_box.value() == 2024 and page.kind() == "annual"
    assert "BÁO CÁO TỔNG HỢP CÔNG TÁC KHEN THƯỞNG NĂM 2024" in shown_text(page)
    chart = page.view.document().resource(QTextDocument.ResourceType.ImageResource, "chart0")
    assert not chart.isNull()
    assert not page.to_year_box.isVisibleTo(page) and not page.movement_choice.isVisibleTo(page)


def test_each_report_is_shown_when_chosen(page):
    choose(page, "multi-year", 2022, to_year=2024)
    assert page.to_year_box.isVisibleTo(page)
    assert "GIAI ĐOẠN 2022-2024" in shown_text(page)
    choose(page, "movement", 2024)
    assert page.movement_choice.isVisibleTo(page) and "Thu ngân sách" in shown_text(page)
    choose(page, "honour-list", 2023)
    text = shown_text(page)
    assert text.index("Nguyễn Văn An") < text.index("Trần Thị Bình")


def test_the_multi_year_report_opens_on_every_year_on_record(page):
    page.kind_choice.setCurrentIndex(page.kind_choice.findData("multi-year"))
    assert (page.year_box.value(), page.to_year_box.value()) == (2023, 2024)
    assert "GIAI ĐOẠN 2023-2024" in shown_text(page)
    page.kind_choice.setCurrentIndex(page.kind_choice.findData("annual"))
    assert page.year_box.value() == 2024  # the one year's report keeps its year


def test_a_report_that_cannot_be_made_says_why_and_offers_nothing_to_save(page):
    choose(page, "honour-list", 2010)
    assert page.problem_label.text() == "no award was made for the achievements of 2010"
    assert page.problem_label.isVisibleTo(page) and shown_text(page) == ""
    assert not page.pdf_button.isEnabled() and not page.excel_button.isEnabled()
    choose(page, "honour-list", 2023)
    assert not page.problem_label.isVisibleTo(page) and page.pdf_button.isEnabled()


def test_the_report_shown_is_saved_as_pdf_and_as_excel(page, tmp_path):
    choose(page, "annual", 2023)
    page.choose_path = lambda suffix: str(tmp_path / "bao-cao")  # no suffix typed
    pdf = page.save("pdf")
    assert pdf == tmp_path / "bao-cao.pdf"
    assert "3.060.000" in " ".join(PdfReader(pdf).pages[0].extract_text().split())
    workbook = page.save("xlsx")
    rows = list(load_workbook(workbook)["Báo cáo"].iter_rows(values_only=True))
    assert ("Tổng cộng", 3, 1, 1, 5, 3060000) in rows
    assert page.default_file_name("pdf") == "annual-2023.pdf"


def test_saving_where_it_cannot_be_written_shows_a_dialog(page, tmp_path):
    page.choose_path = lambda suffix: str(tmp_path / "missing" / "x.pdf")
    assert page.save("pdf") is None
    assert page.warnings and "choose a file in an existing folder" in page.warnings[0]


def test_ctrl_p_on_the_reports_page_prints_the_report(qtbot, db, window_settings, tmp_path):
    build_office(db)
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    window.show_page("reports")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert window.print_page(printer)
    text = " ".join(PdfReader(tmp_path / "printed.pdf").pages[0].extract_text().split())
    assert "NĂM 2024" in text


def test_a_report_that_cannot_be_made_says_why_in_vietnamese(qtbot, db, interface_language):
    build_office(db)
    interface_language("vi")
    page = ReportsPage(db)
    qtbot.addWidget(page)
    choose(page, "honour-list", 2010)
    assert page.problem_label.text() == "không có khen thưởng nào cho thành tích năm 2010"
