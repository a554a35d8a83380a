"""How a report's tables are set on worksheets: stacked tables get
widths that serve them all, and a sheet repeats one header, so its pages after the first all go
on with the table that header belongs to; tables with the same header run on under it."""

from __future__ import annotations

import pytest

from kienan_awards.core import demo
from kienan_awards.core.documents.report_flow import HEADER, SECTION, paginate
from kienan_awards.core.documents.report_model import TEXT, Report, ReportTable
from kienan_awards.core.documents.report_sheets import plan_sheets, wanted_widths
from kienan_awards.core.documents.reports import build_report
from kienan_awards.core.storage.database import open_database

REPORTS = [("annual", 2024), ("multi-year", None), ("movement", 2024), ("honour-list", 2024)]


def table(title, first_header, rows, columns=("Số lượng", "Tỷ lệ")):
    return ReportTable(
        title,
        (first_header, *columns),
        [(f"{first_header} {n}", n, n * 10) for n in range(rows)],
    )


def report(*tables):
    return Report("annual", "Báo cáo", "", list(tables))


def test_two_tables_that_both_run_over_a_page_go_on_two_sheets():
    sheets = plan_sheets(report(table("1. A", "Hình thức", 80), table("2. B", "Đơn vị", 80)))
    assert [s.tables for s in sheets] == [[0], [1]]


def test_short_tables_after_a_long_one_stay_on_its_last_page():
    sheets = plan_sheets(
        report(
            table("1. A", "Hình thức", 5),
            table("2. B", "Đơn vị", 60),
            table("3. C", "Giới tính", 3, ("Số lượt", "Tỷ lệ")),
        )
    )
    assert [s.tables for s in sheets] == [[0, 1, 2]]
    sheet = sheets[0]
    repeated = sheet.lines[sheet.repeated]
    assert repeated.kind == HEADER and repeated.values[0] == "Đơn vị"


def test_a_table_that_would_start_a_page_under_another_header_opens_a_sheet():
    sheets = plan_sheets(
        report(
            table("1. A", "Hình thức", 5),
            table("2. B", "Đơn vị", 60),
            table("3. C", "Giới tính", 40),
        )
    )
    assert [s.tables for s in sheets] == [[0, 1], [2]]


def test_tables_with_one_header_run_on_under_it_each_after_its_heading():
    sheets = plan_sheets(report(*[table(f"Đơn vị {n}", "Họ và tên", 30) for n in range(5)]))
    assert len(sheets) == 1
    kinds = [line.kind for line in sheets[0].lines]
    assert kinds.count(HEADER) == 1 and kinds.count(SECTION) == 5
    assert kinds.index(HEADER) < kinds.index(SECTION)


def test_a_text_column_does_not_widen_a_column_of_figures():
    counts = table("1. A", "Hình thức", 3)
    summary = ReportTable("2. B", ("Số", "Trích yếu", "Số lượng"), [(1, "x" * 60, 2)])
    assert [s.tables for s in plan_sheets(report(counts, summary))] == [[0], [1]]


@pytest.fixture(scope="module")
def demo_reports(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("plan") / "demo.sqlite3")
    demo.load_demo(database)
    yield [build_report(database, kind, year) for kind, year in REPORTS]
    database.close()


def test_every_page_after_the_repeated_header_goes_on_with_its_table(demo_reports):
    for built in demo_reports:
        for sheet in plan_sheets(built):
            header = sheet.lines[sheet.repeated]
            pages = paginate(sheet.lines, sheet.page_height, sheet.repeated)
            for start in pages.starts[1:]:
                line = sheet.lines[start]
                if start > sheet.repeated and line.kind != "note":
                    assert line.run == header.run and line.kind not in ("heading", HEADER), (
                        built.kind,
                        sheet.tables,
                        start,
                    )


def test_the_widths_serve_every_table_of_a_sheet(demo_reports):
    for built in demo_reports:
        for sheet in plan_sheets(built):
            for index in sheet.tables:
                kinds = built.tables[index].column_kinds()
                for col, wanted in enumerate(wanted_widths(built.tables[index])):
                    assert sheet.widths[col] >= wanted
                    if kinds[col] != TEXT:
                        assert sheet.widths[col] <= wanted * 1.5 + 2, (built.kind, index, col)
