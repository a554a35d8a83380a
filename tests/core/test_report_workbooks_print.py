"""The report workbooks and the full export as an office prints them: page setup on every
sheet, dates as dates, one number format a table's column,
widths from the content, rows tall enough for their wrapped text, the header repeated on a
sheet's later pages being the one of the table they go on with; the full export's births in one
form that sorts, its awards printed legibly; and LibreOffice prints each report workbook on as
many pages as the program's PDF, give or take one page."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import pytest
from openpyxl import load_workbook

from kienan_awards.core import demo
from kienan_awards.core.documents.report_sheets import lines_needed
from kienan_awards.core.documents.report_workbook import write_report_workbook
from kienan_awards.core.documents.reports import build_report
from kienan_awards.core.lists.spreadsheet_export import export_database
from kienan_awards.core.storage.database import open_database
from tests.support.office_suite import convert_to_pdf, needs_office_suite

REPORTS = [("annual", 2024), ("multi-year", None), ("movement", 2024), ("honour-list", 2024)]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("workbooks") / "demo.sqlite3")
    demo.load_demo(database)
    yield database
    database.close()


@pytest.fixture(scope="module")
def export_book(demo_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "all.xlsx"
    export_database(demo_db, path)
    return load_workbook(path)


@pytest.fixture(scope="module")
def workbooks(demo_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("written")
    return {
        kind: write_report_workbook(build_report(demo_db, kind, year), folder / f"{kind}.xlsx")
        for kind, year in REPORTS
    }


def printed_sheets(book):
    return [s for s in book.worksheets if s.sheet_state == "visible"]


@pytest.mark.parametrize("kind, year", REPORTS)
def test_every_sheet_prints_a4_one_page_wide_with_titles_and_page_numbers(
    demo_db, workbooks, kind, year
):
    turned = build_report(demo_db, kind, year).landscape  # as the PDF's pages are
    book = load_workbook(workbooks[kind])
    for sheet in printed_sheets(book):
        setup = sheet.page_setup
        assert setup.paperSize == 9  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert setup.fitToWidth in (1, None) and setup.fitToHeight == 0
        assert sheet.print_title_rows, sheet.title
        assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
        # Turned when upright the sheet would print at less than 90%.
        printed = sum(
            (d.max - d.min + 1) * d.width * 6.05
            for d in sheet.column_dimensions.values()
            if d.min and d.width
        )
        wide = turned or printed * 0.9 > 523
        assert setup.orientation == ("landscape" if wide else "portrait"), (sheet.title, printed)


def test_the_chart_is_whole_above_its_table_and_its_figures_hidden(workbooks):
    with zipfile.ZipFile(workbooks["annual"]) as parts:
        drawing = parts.read("xl/drawings/drawing1.xml").decode()
    # anchored from row 4 to row 23 (0-based 3..22): above the first table's heading
    rows = [int(r) for r in re.findall(r"<xdr:row>(\d+)</xdr:row>", drawing)]
    book = load_workbook(workbooks["annual"])
    first_heading = next(
        r for r in range(1, 60) if str(book["Báo cáo"].cell(r, 1).value).startswith("1.")
    )
    assert max(rows) < first_heading
    assert book.worksheets[-1].sheet_state == "hidden"


def test_dates_are_dates_with_a_dd_mm_yyyy_format(workbooks):
    book = load_workbook(workbooks["movement"])
    awards = next(s for s in book.worksheets if s.title.startswith("3."))
    dates = [row[4] for row in awards.iter_rows(min_row=3) if row[4].value is not None]
    assert dates and all(isinstance(c.value, dt.datetime) for c in dates)
    assert {c.number_format for c in dates} == {"dd/mm/yyyy"}


def table_parts(sheet):
    """The sheet's rows cut at each header row (its cells filled): one part a table, or a
    run of tables under one header."""
    parts, part = [], []
    for row in sheet.iter_rows():
        if row[0].fill.fgColor.rgb in ("FFDDEBF7", "00DDEBF7"):
            parts.append(part)
            part = []
        part.append(row)
    return [*parts, part]


def test_one_number_format_a_tables_column(workbooks):
    for kind in ("annual", "movement", "multi-year"):
        for sheet in printed_sheets(load_workbook(workbooks[kind])):
            for part in table_parts(sheet):
                formats: dict[int, set[str]] = {}
                for row in part:
                    for cell in row:
                        number = isinstance(cell.value, (int, float))
                        if number and "điểm" not in cell.number_format:
                            formats.setdefault(cell.column, set()).add(cell.number_format)
                for column, seen in formats.items():
                    assert len(seen) == 1, (kind, sheet.title, column, seen)
    annual = load_workbook(workbooks["annual"])["Báo cáo"]
    shares = next(p for p in table_parts(annual) if p[0][0].value == "Giới tính")
    shown = {r[2].number_format for r in shares if isinstance(r[2].value, (int, float))}
    assert shown == {"#,##0.0#"}  # 45,0 beside 33,3: one format, not "45" beside "33.3"


def test_a_rate_against_the_same_period_is_in_points(workbooks):
    sheet = load_workbook(workbooks["movement"]).worksheets[0]
    growth = next(r for r in sheet.iter_rows() if r[1].value and "Tốc độ tăng" in r[1].value)
    assert growth[6].value == pytest.approx(-4.9) and "điểm %" in growth[6].number_format


def test_tables_of_other_shapes_do_not_share_a_sheets_columns(workbooks):
    book = load_workbook(workbooks["annual"])
    decisions = next(s for s in book.worksheets if s.title.startswith("5."))
    assert decisions["C3"].value == "Trích yếu" or decisions["C2"].value == "Trích yếu"
    counts = book["Báo cáo"]
    assert counts.column_dimensions["B"].width < 14  # a count's column, not the summary's


def test_the_header_repeated_is_the_one_of_the_table_that_runs_over(workbooks):
    """The annual report's first sheet holds the counts by form, by unit, by gender and by
    position: the units' table runs on to page 2, so its header, not the first table's, is
    the one printed again there."""
    sheet = load_workbook(workbooks["annual"])["Báo cáo"]
    first_row = int(sheet.print_title_rows.split(":")[0].strip("$"))
    assert sheet.cell(first_row, 1).value == "Đơn vị"
    assert sheet.cell(first_row - 1, 1).value.startswith("2.")
    honours = load_workbook(workbooks["honour-list"])
    assert len(printed_sheets(honours)) == 1
    sheet = honours.worksheets[0]
    headers = [r for r in sheet.iter_rows() if r[0].value == "STT"]
    assert len(headers) == 1  # every unit's list under the one header, each after its heading
    units = [r[0].value for r in sheet.iter_rows() if str(r[0].value).startswith("Phòng Nội vụ (")]
    assert len(units) == 1 and sheet.merged_cells


def test_wrapped_cells_get_the_height_they_need(workbooks):
    sheet = load_workbook(workbooks["movement"]).worksheets[0]
    for row in sheet.iter_rows(min_row=4):
        text = row[1].value
        if isinstance(text, str):
            width = sheet.column_dimensions["B"].width
            height = sheet.row_dimensions[row[0].row].height
            assert height >= 15 * lines_needed(text, width)


def test_the_full_export_prints_a4_with_its_header_on_each_page_numbered(export_book):
    for sheet in export_book.worksheets:
        assert sheet.page_setup.paperSize == 9 and sheet.print_title_rows == "$1:$1"
        assert "&P" in sheet.oddFooter.center.text
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToHeight == 0


def test_a_birth_goes_out_in_one_form_that_sorts_by_the_date(export_book):
    people = export_book["Cá nhân"]
    assert people["C1"].value == "Ngày/năm sinh"
    born = [row[2] for row in people.iter_rows(min_row=2) if row[2].value is not None]
    assert {c.data_type for c in born} == {"s"}  # no year numbers among dates
    assert all(re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", c.value) for c in born)
    days = [c.value for c in born if len(c.value) == 10]
    years = [c.value for c in born if len(c.value) == 4]
    assert days and years
    # Sorted as text, as Excel sorts the column: by the date, a year-only birth among the
    # births of its year (before its days), not every year-only row first.
    in_order = sorted(c.value for c in born)
    assert in_order == sorted(in_order, key=lambda v: (int(v[:4]), v[5:]))
    year_only = [len(value) == 4 for value in in_order]
    assert year_only != sorted(year_only, reverse=True)


def test_the_full_exports_columns_fit_their_longest_value_up_to_a_cap(export_book):
    def shown(value) -> int:
        if isinstance(value, dt.datetime):
            return 10
        if isinstance(value, (int, float)):
            return len(f"{value:,.0f}")
        return len(str(value))

    for sheet in export_book.worksheets:
        widths = {
            number: d.width - 0.71
            for d in sheet.column_dimensions.values()
            if d.min and d.width
            for number in range(d.min, d.max + 1)
        }
        for number, column in enumerate(sheet.iter_cols(), start=1):
            header = max(len(word) for word in str(column[0].value).split())
            longest = max([header, *(shown(c.value) for c in column[1:] if c.value is not None)])
            assert widths[number] <= max(longest + 2, 8) + 0.01, (sheet.title, number, longest)
            assert widths[number] <= 60.01


def test_the_awards_sheet_prints_legibly_its_rows_and_header_tall_enough(export_book):
    awards = export_book["Khen thưởng"]
    printed = sum(
        (d.max - d.min + 1) * d.width * 5.6 for d in awards.column_dimensions.values() if d.width
    )
    assert awards.page_setup.orientation == "landscape"
    assert (842 - 72) / printed >= 0.74  # 11 pt type printed at 8 pt or more
    font = awards["A2"].font
    assert (font.name, font.sz) == ("Times New Roman", 11)

    def lines(text, letter, bold=False):
        width = awards.column_dimensions[letter].width
        return lines_needed(text, width, bold, size=11, unit=5.25)

    header = max(lines(c.value, c.column_letter, True) for c in awards[1])
    assert awards.row_dimensions[1].height >= 15 * header
    achievement = [c.value for c in awards[1]].index("Thành tích") + 1
    for row in range(2, 80):
        cell = awards.cell(row, achievement)
        needed = lines(cell.value or "", cell.column_letter)
        if needed > 1:  # a long achievement wraps, on a row tall enough for it
            assert awards.row_dimensions[row].height >= 15 * needed
    decisions = [c.value for c in awards[1]].index("Số quyết định") + 1
    assert not awards.cell(2, decisions).alignment.wrap_text  # "4461/QĐ-UBND" kept whole


def _pages(pdf) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


@needs_office_suite
@pytest.mark.parametrize("kind, year", REPORTS)
def test_libreoffice_prints_as_many_pages_as_the_programs_pdf(
    demo_db, workbooks, tmp_path, kind, year
):
    from kienan_awards.printing import offscreen_application
    from kienan_awards.printing.report_pages import write_report_pdf

    offscreen_application()
    ours = _pages(write_report_pdf(build_report(demo_db, kind, year), tmp_path / "ours.pdf"))
    theirs = _pages(convert_to_pdf(workbooks[kind], tmp_path))
    assert abs(theirs - ours) <= 1, (kind, ours, theirs)


@needs_office_suite
def test_libreoffice_repeats_the_header_of_the_table_each_page_goes_on_with(workbooks, tmp_path):
    """Page 2 of the annual report goes on with the units' table under its own header; every
    later page of the honour list starts with its one header."""
    from pypdf import PdfReader

    def first_lines(kind):
        pages = PdfReader(convert_to_pdf(workbooks[kind], tmp_path)).pages
        text = [" ".join(page.extract_text().split()) for page in pages]
        return [re.sub(r"^Trang \d+/\d+ ", "", line)[:60] for line in text]  # the footer first

    annual = first_lines("annual")
    assert annual[1].startswith("Đơn vị Cá nhân"), annual[1]
    assert "Hình thức khen thưởng" not in annual[1]
    honours = first_lines("honour-list")
    assert all(line.startswith("STT Họ và tên") for line in honours[1:]), honours
