"""The report workbooks and the full export as an office prints them (issue 29, The
workbooks): page setup on every sheet, dates as dates, one number format a column, widths from
the content, rows tall enough for their wrapped text; and LibreOffice prints each report
workbook on as many pages as the program's PDF, give or take one page, or as many more as it
has sheets after the first."""

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
def workbooks(demo_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("written")
    return {
        kind: write_report_workbook(build_report(demo_db, kind, year), folder / f"{kind}.xlsx")
        for kind, year in REPORTS
    }


def sheet_width(sheet) -> float:
    """The columns' widths in character units, as written (less XlsxWriter's padding)."""
    return sum(
        (d.max - d.min + 1) * (d.width - 0.71)
        for d in sheet.column_dimensions.values()
        if d.min and d.width
    )


def printed_sheets(book):
    return [s for s in book.worksheets if s.sheet_state == "visible"]


@pytest.mark.parametrize("kind", [k for k, _ in REPORTS])
def test_every_sheet_prints_a4_one_page_wide_with_titles_and_page_numbers(workbooks, kind):
    book = load_workbook(workbooks[kind])
    for sheet in printed_sheets(book):
        setup = sheet.page_setup
        assert setup.paperSize == 9  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert setup.fitToWidth in (1, None) and setup.fitToHeight == 0
        assert sheet.print_title_rows, sheet.title
        assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
        width = sheet_width(sheet)
        assert setup.orientation == ("landscape" if width * 6 > 523 else "portrait")


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


def test_one_number_format_a_column(workbooks):
    for kind in ("annual", "movement"):
        for sheet in printed_sheets(load_workbook(workbooks[kind])):
            formats: dict[int, set[str]] = {}
            for row in sheet.iter_rows():
                for cell in row:
                    if isinstance(cell.value, (int, float)) and "điểm" not in cell.number_format:
                        formats.setdefault(cell.column, set()).add(cell.number_format)
            for column, seen in formats.items():
                assert len(seen) == 1, (kind, sheet.title, column, seen)
    annual = load_workbook(workbooks["annual"])
    shares = annual.worksheets[1]
    shown = {c.number_format for c in shares["C"][2:] if isinstance(c.value, (int, float))}
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


def test_wrapped_cells_get_the_height_they_need(workbooks):
    sheet = load_workbook(workbooks["movement"]).worksheets[0]
    for row in sheet.iter_rows(min_row=4):
        text = row[1].value
        if isinstance(text, str):
            width = sheet.column_dimensions["B"].width
            height = sheet.row_dimensions[row[0].row].height
            assert height >= 15 * lines_needed(text, width)


def test_the_full_export_fits_its_columns_and_prints_the_awards_legibly(demo_db, tmp_path):
    path = tmp_path / "all.xlsx"
    export_database(demo_db, path)
    book = load_workbook(path)
    for sheet in book.worksheets:
        assert sheet.page_setup.paperSize == 9 and sheet.print_title_rows
        assert "&P" in sheet.oddFooter.center.text
    people = book["Cá nhân"]
    born = [row[2] for row in people.iter_rows(min_row=2) if row[2].value is not None]
    assert {c.data_type for c in born} == {"s"}  # one form: no year numbers among dates
    assert all(re.fullmatch(r"\d{2}/\d{2}/\d{4}|\d{4}", c.value) for c in born)
    units = book["Đơn vị"]
    longest = max(len(str(c.value)) for c in units["A"] if c.value)
    assert units.column_dimensions["A"].width <= max(longest + 3, 9)
    awards = book["Khen thưởng"]
    width = sheet_width(awards)
    assert (842 - 72) / (width * 5.6) >= 0.7  # printed one page wide at 70% or more
    achievement = [c.value for c in awards[1]].index("Thành tích") + 1
    for row in range(2, 80):
        text = awards.cell(row, achievement).value or ""
        letter = awards.cell(row, achievement).column_letter
        lines = lines_needed(text, awards.column_dimensions[letter].width)
        if lines > 1:  # a long achievement wraps, on a row tall enough for it
            assert awards.row_dimensions[row].height >= 15 * lines


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
    # Each sheet starts a page where the PDF runs its tables on: a sheet after the first may
    # leave the page before it part empty.
    sheets = len(printed_sheets(load_workbook(workbooks[kind])))
    assert ours - 1 <= theirs <= ours + max(1, sheets - 1), (kind, ours, theirs, sheets)
