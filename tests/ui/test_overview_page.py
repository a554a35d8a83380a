from pypdf import PdfReader
from PySide6.QtGui import QImage

from kienan_awards.core import demo
from kienan_awards.ui.pages.overview_page import OverviewPage


def overview(qtbot, db, starts_on="2024-01-01"):
    """The overview of the demo, following the movement that starts on the day (by default
    the district's of 2024, with its ten wards' targets)."""
    demo.load_demo(db)
    page = OverviewPage(db)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    movement = db.execute("SELECT id FROM movements WHERE starts_on = ?", [starts_on]).fetchone()
    page.movement_combo.setCurrentIndex(page.movement_combo.findData(movement[0]))
    return page


def test_the_overview_first_follows_the_movement_under_way(qtbot, db):
    demo.load_demo(db)
    page = OverviewPage(db)
    qtbot.addWidget(page)
    (name,) = db.execute("SELECT name FROM movements WHERE status = 'active'").fetchone()
    assert page.movement_combo.currentText() == name
    assert page.matrix.rowCount() == 4  # the whole ward and three of its bodies


def column_of(page, text):
    return next(
        c
        for c in range(page.matrix.columnCount())
        if page.matrix.horizontalHeaderItem(c).toolTip() == text
    )


def test_matrix_shows_each_unit_against_each_target_with_its_status(qtbot, db):
    page = overview(qtbot, db)
    assert page.matrix.rowCount() == 11  # the whole area and ten wards
    column = column_of(page, "Thu ngân sách nhà nước trên địa bàn phường")
    cells = [page.matrix.item(r, column) for r in range(1, 11)]
    assert all(cell is not None and cell.text().endswith("%") for cell in cells)
    marks = {cell.text()[0] for cell in cells}
    assert "✗" in marks and ({"▲", "✓"} & marks)  # readable without colour


def test_choosing_a_cell_draws_plan_against_actual_for_every_unit(qtbot, db, tmp_path):
    page = overview(qtbot, db)
    column = column_of(page, "Thu ngân sách nhà nước trên địa bàn phường")
    page.matrix.setCurrentCell(3, column)
    groups = page.bar_chart._paint.keywords["groups"]
    assert len(groups) == 10 and all(g.plan and g.actual for g in groups)
    history = page.line_chart._paint.keywords["points"]
    assert len(history) == 4


def test_double_click_opens_the_targets_history(qtbot, db):
    page = overview(qtbot, db)
    dialog = page.open_history(1, column_of(page, "Thu ngân sách nhà nước trên địa bàn phường"))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 4
    assert dialog.table.item(0, 0).text() == "31/03/2024"


def test_charts_export_as_png_and_pdf(qtbot, db, tmp_path, monkeypatch):
    page = overview(qtbot, db)
    page.matrix.setCurrentCell(1, column_of(page, "Thu ngân sách nhà nước trên địa bàn phường"))
    monkeypatch.setattr(page, "choose_export_path", lambda suffix: str(tmp_path / "charts"))
    png = page.export_charts("png")
    image = QImage(png)
    assert png.endswith(".png") and image.width() == 1600
    pdf = page.export_charts("pdf")
    reader = PdfReader(pdf)
    assert len(reader.pages) == 2
    assert "Thu ngân sách" in " ".join(reader.pages[0].extract_text().split())


def test_an_award_shows_the_evidence_it_was_given_on(qtbot, db, window_settings):
    from kienan_awards.ui.main_window import MainWindow

    demo.load_demo(db)
    award_id = db.execute("SELECT award_id FROM award_evidence LIMIT 1").fetchone()[0]
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    dialog = window.open_award(award_id)
    qtbot.addWidget(dialog)
    rows = db.execute(
        "SELECT count(*) FROM award_evidence WHERE award_id = ?", [award_id]
    ).fetchone()[0]
    assert dialog.evidence_table.rowCount() == rows >= 1
    assert dialog.evidence_table.item(0, 3).text().endswith("%")


def test_movements_page_names_the_units_that_met_every_target(qtbot, db):
    from kienan_awards.ui.pages.movements_page import MovementsPage

    demo.load_demo(db)
    page = MovementsPage(db)
    qtbot.addWidget(page)
    text = page.results_label.text()
    # The movement under way: the ward's of 2026, followed to its third quarter.
    met, not_yet = text.split("\n")
    assert met == "Met every target: Trung tâm Phục vụ hành chính công phường"
    assert not_yet.startswith("Not yet")


def test_indicator_headers_are_wrapped_to_the_column_and_cut_after_three_lines(qapp):
    from PySide6.QtGui import QFontMetrics

    from kienan_awards.ui.pages.progress_matrix import wrapped_to_width

    metrics = QFontMetrics(qapp.font())
    long_name = "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình " * 2
    lines = wrapped_to_width(long_name, metrics, 138).split("\n")
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= 138 for line in lines)
    assert (
        wrapped_to_width("Tổng mức bán lẻ hàng hóa", metrics, 138).split("\n")[0].startswith("Tổng")
    )
