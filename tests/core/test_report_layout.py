"""The reports as an office reads them: every plan source of a target,
sections numbered 1, 2, 3, ratios as the office writes them, rates compared in points, plans
"about 4" in words, every year on record by default; and on paper, no table row split between
pages, no heading alone at a page's foot, decision numbers never broken."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from PySide6.QtGui import QPdfWriter, QTextTable

from kienan_awards.core import demo
from kienan_awards.core.documents.report_model import PointChange
from kienan_awards.core.documents.reports import build_report
from kienan_awards.core.storage.database import open_database
from kienan_awards.printing import offscreen_application
from kienan_awards.printing.report_document import cell_text, report_html
from kienan_awards.printing.report_pages import _row_span, chart_width, page_layout, paginated

D = Decimal


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("reports") / "demo.sqlite3")
    demo.load_demo(database)
    yield database
    database.close()


def rows_of(report, indicator):
    table = report.tables[0]
    start = next(i for i, row in enumerate(table.rows) if row[1] == indicator)
    rows = [table.rows[start]]
    for row in table.rows[start + 1 :]:
        if row[1] is not None:
            break
        rows.append(row)
    return rows


def test_the_movement_report_keeps_every_plan_source_with_its_own_ratio(demo_db):
    report = build_report(demo_db, "movement", 2023)
    budget = rows_of(report, "Tổng thu ngân sách nhà nước trên địa bàn")
    assert [(row[3], row[5], row[7]) for row in budget] == [
        ("Kế hoạch thành phố giao: ≥ 514.185", D("100.5"), "Vượt kế hoạch"),
        ("Kế hoạch HĐND quận giao: ≥ 591.254", D("87.4"), "Không đạt"),
    ]
    assert budget[0][4] == D("516756") and budget[0][6] == D("81.2")
    assert budget[1][4] is None and budget[1][6] is None  # said once, on the target's row


def test_sections_run_1_2_3(demo_db):
    report = build_report(demo_db, "movement", 2023)
    assert [t.title.split(".")[0] for t in report.tables] == ["1", "2", "3"]
    assert all(chart.table % 3 == 0 for chart in report.charts)


def test_ratios_keep_the_two_decimals_the_office_writes(demo_db):
    report = build_report(demo_db, "movement", 2023)
    shown = {
        row[1]: (cell_text(row[5], "percent"), cell_text(row[6], "comparison"))
        for row in report.tables[0].rows
        if row[1]
    }
    assert shown["Giá trị sản xuất công nghiệp do quận quản lý"] == ("101,5", "112,0%")
    assert shown["Tổng mức bán lẻ hàng hóa"] == ("100,98", "122,0%")
    assert shown["Doanh thu dịch vụ lưu trú, ăn uống"] == ("100,67", "122,1%")
    assert shown["Giá trị sản xuất nông, lâm nghiệp và thủy sản"] == ("106,69", "103,29%")


def test_a_rate_is_compared_with_the_same_period_in_points(demo_db):
    report = build_report(demo_db, "movement", 2024)
    (growth,) = rows_of(report, "Tốc độ tăng giá trị sản xuất công nghiệp do quận quản lý")
    assert growth[6] == PointChange(D("-4.9"))  # 7,1% against 12%, not 59,2%
    assert cell_text(growth[6], "comparison") == "-4,9 điểm %"
    (families,) = rows_of(report, "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa")[:1]
    assert cell_text(families[6], "comparison") == "+1,9 điểm %"
    (retail,) = rows_of(report, "Tổng mức bán lẻ hàng hóa")
    assert retail[6] == D("113.33")  # an amount keeps its ratio


def test_a_plan_about_a_figure_reads_khoang(demo_db):
    report = build_report(demo_db, "movement", 2024)
    (streets,) = rows_of(report, "Số tuyến phố được công nhận tuyến phố văn minh đô thị")
    assert streets[3] == "khoảng 4"


def test_decision_dates_are_dates_and_shown_dd_mm_yyyy(demo_db):
    decisions = build_report(demo_db, "annual", 2024).tables[4]
    assert all(isinstance(row[1], dt.date) for row in decisions.rows)
    assert cell_text(decisions.rows[0][1]) == decisions.rows[0][1].strftime("%d/%m/%Y")


def test_the_multi_year_report_defaults_to_every_year_on_record(demo_db):
    report = build_report(demo_db, "multi-year", None)
    assert report.tables[0].headers[1:-1] == tuple(str(y) for y in range(2019, 2026))
    assert build_report(demo_db, "multi-year", 2023).tables[0].headers[1:-1] == (
        "2023",
        "2024",
        "2025",
    )


def test_decision_numbers_and_figures_are_never_broken(demo_db):
    html = report_html(build_report(demo_db, "annual", 2024))
    cell = re.search(r"<td[^>]*>4461/QĐ-UBND</td>", html).group(0)
    assert "white-space: nowrap" in cell


@pytest.mark.parametrize(
    "kind, year",
    [("annual", 2024), ("multi-year", None), ("movement", 2024), ("honour-list", 2024)],
)
def test_no_row_is_split_and_no_heading_is_left_at_a_pages_foot(demo_db, tmp_path, kind, year):
    offscreen_application()
    report = build_report(demo_db, kind, year)
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setPageLayout(page_layout(report))
    writer.setResolution(300)
    document, page = paginated(report, writer, chart_width(report))
    layout = document.documentLayout()
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    for table in tables:
        header = table.format().headerRowCount()
        assert header == 1  # repeated on each page the table runs onto
        pages = []
        for row in range(table.rows()):
            top, bottom = _row_span(layout, table, row)
            assert top // page == (bottom - 1) // page, "a row runs over a page's foot"
            pages.append(top // page)
        if table.rows() > header:
            # the table's header (and so its heading above it) shares its first row's page
            assert pages[0] == pages[header]
    del writer
