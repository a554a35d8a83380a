"""The overview on the clerk's 1366x768 screen: every unit's figures in sight, and no figure of
a chart written over another."""

import datetime as dt
from decimal import Decimal
from functools import partial

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage

from kienan_awards.core import demo
from kienan_awards.core.movements.movement_plans import list_movements
from kienan_awards.core.movements.progress import progress_history, target_progress
from kienan_awards.core.vocabulary import WHOLE_AREA
from kienan_awards.printing.charts import BarGroup, paint_bars, paint_progress
from kienan_awards.ui.chart_widget import WindowPainter
from kienan_awards.ui.dialogs.target_history_dialog import progress_painting
from kienan_awards.ui.main_window import MainWindow


def cells_in_sight(matrix) -> dict[int, bool]:
    """Per row, whether one of its figures is within the matrix's visible part."""
    seen = matrix.viewport().rect()
    found = {}
    for row in range(matrix.rowCount()):
        cells = [matrix.item(row, c) for c in range(matrix.columnCount())]
        found[row] = any(
            cell is not None and seen.intersects(matrix.visualItemRect(cell)) for cell in cells
        )
    return found


def test_every_units_figures_are_in_sight_at_1366(qtbot, db, window_settings):
    demo.load_demo(db)
    window = MainWindow(db, window_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("overview")
    page = window.pages["overview"]
    for index in range(page.movement_combo.count()):
        page.movement_combo.setCurrentIndex(index)
        qtbot.wait(10)
        matrix = page.matrix
        in_sight = cells_in_sight(matrix)
        shown_rows = [
            r
            for r in range(matrix.rowCount())
            if not matrix.isRowHidden(r)
            and matrix.visualRect(matrix.model().index(r, 0)).bottom() < matrix.viewport().height()
        ]
        assert all(in_sight[r] for r in shown_rows), page.movement_combo.currentText()
        # The demo's movements fit across: no unit's figures behind a scroll bar.
        assert matrix.horizontalScrollBar().maximum() == 0, page.movement_combo.currentText()


def test_a_unit_chosen_brings_its_figures_into_sight(qtbot, db):
    from kienan_awards.ui.pages.progress_matrix import ProgressMatrix

    demo.load_demo(db)
    movement = max(list_movements(db), key=lambda m: len(target_progress(db, m.id)))
    matrix = ProgressMatrix()
    qtbot.addWidget(matrix)
    matrix.resize(520, 400)  # too narrow for every column: it scrolls
    matrix.show()
    matrix.show_targets(target_progress(db, movement.id))
    qtbot.wait(10)
    assert matrix.horizontalScrollBar().maximum() > 0
    hidden = [row for row, seen in cells_in_sight(matrix).items() if not seen]
    assert hidden
    matrix.verticalHeader().sectionClicked.emit(hidden[0])
    assert cells_in_sight(matrix)[hidden[0]]


def texts_written(paint, width=580, height=300) -> list[QRectF]:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = WindowPainter(image)
    paint(painter, QRectF(0, 0, width, height))
    painter.end()
    return painter.written


def overlapping(boxes: list[QRectF]) -> list[tuple[QRectF, QRectF]]:
    return [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.intersects(b)]


def test_no_chart_of_the_demo_writes_a_figure_over_another(qapp, db):
    demo.load_demo(db)
    for movement in list_movements(db):
        targets = target_progress(db, movement.id)
        for target in targets:
            groups = [
                BarGroup(
                    t.unit_name or WHOLE_AREA, t.plans[0].plan.value if t.plans else None, t.actual
                )
                for t in targets
                if t.indicator == target.indicator
            ]
            bars = partial(paint_bars, title=target.indicator, groups=groups, measure="")
            line = progress_painting(target, progress_history(db, target.target_id))
            for width, height in ((580, 300), (400, 220)):
                for paint in (bars, line):
                    boxes = texts_written(paint, width, height)
                    assert not overlapping(boxes), target.indicator
                    # Whole within the chart (a title longer than the chart aside).
                    figures = [b for b in boxes if b.width() < width]
                    assert all(0 <= b.left() and b.right() <= width for b in figures)


@pytest.mark.parametrize(
    "plan, last", [("743355", "754505"), ("754505", "743355"), ("100", "100"), ("99.5", "100.2")]
)
def test_the_plans_figure_and_a_close_last_figure_both_read(qapp, plan, last):
    start, end = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    points = [(dt.date(2025, 6, 30), Decimal(last) / 2), (end, Decimal(last))]
    paint = partial(
        paint_progress,
        title="Tổng mức bán lẻ hàng hóa",
        points=points,
        plan=Decimal(plan),
        period=(start, end),
        measure="triệu đồng",
    )
    for width, height in ((580, 300), (400, 220), (320, 220)):
        boxes = texts_written(paint, width, height)
        assert not overlapping(boxes)


def test_close_bars_keep_their_figures_apart(qapp):
    groups = [BarGroup(f"Phường {n}", Decimal(1000), Decimal(990 + n)) for n in range(12)]
    paint = partial(paint_bars, title="Thu ngân sách", groups=groups, measure="triệu đồng")
    assert not overlapping(texts_written(paint, 400, 220))
