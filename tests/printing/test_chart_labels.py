"""The charts saved as PNG and PDF place their texts as the window does: no figure written over
another ("KH 743.355" over "754.505"), and every one inside its chart."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import partial

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage

from kienan_awards.core import demo
from kienan_awards.core.movements.movement_plans import list_movements
from kienan_awards.core.movements.progress import progress_history, target_progress
from kienan_awards.core.vocabulary import WHOLE_AREA
from kienan_awards.printing import charts
from kienan_awards.printing.chart_labels import LabelPainter, clear_shift
from kienan_awards.printing.charts import BarGroup, paint_bars, paint_progress, save_pdf, save_png
from kienan_awards.ui.dialogs.target_history_dialog import progress_painting


class RecordingPainter(LabelPainter):
    """Keeps, for each chart painted, its bounds and the boxes of the texts written in it."""

    charts: list[tuple[QRectF, list[QRectF]]] = []

    def new_chart(self, rect: QRectF) -> None:
        super().new_chart(rect)
        RecordingPainter.charts.append((self.bounds, self.written))


@pytest.fixture
def recorded(monkeypatch):
    RecordingPainter.charts = []
    monkeypatch.setattr(charts, "LabelPainter", RecordingPainter)
    return RecordingPainter.charts


def overlapping(boxes: list[QRectF]) -> list[tuple[QRectF, QRectF]]:
    return [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.intersects(b)]


def saved_charts(paintings, tmp_path, recorded) -> list[tuple[QRectF, list[QRectF]]]:
    """Each chart's bounds and texts, as saved in a wide and a narrow PNG and in a PDF."""
    assert save_png(paintings, tmp_path / "bieu-do.png")
    assert save_png(paintings, tmp_path / "hep.png", QSize(760, 330))
    save_pdf(paintings, tmp_path / "bieu-do.pdf")
    assert len(recorded) == 3 * len(paintings)
    return list(recorded)


def assert_placed(found: list[tuple[QRectF, list[QRectF]]], name: str) -> None:
    for bounds, boxes in found:
        assert boxes, name
        assert not overlapping(boxes), name
        # Whole within the chart (a title longer than the chart aside).
        inside = [bounds.contains(box) for box in boxes if box.width() < bounds.width()]
        assert all(inside), (name, bounds, boxes)


def test_no_saved_chart_of_the_demo_writes_a_figure_over_another(qapp, db, tmp_path, recorded):
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
            recorded.clear()
            assert_placed(saved_charts([bars, line], tmp_path, recorded), target.indicator)


@pytest.mark.parametrize("plan, last", [("743355", "754505"), ("754505", "743355")])
def test_the_plans_figure_and_a_close_last_figure_both_read_when_saved(
    qapp, tmp_path, recorded, plan, last
):
    start, end = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    line = partial(
        paint_progress,
        title="Tổng mức bán lẻ hàng hóa",
        points=[(dt.date(2025, 6, 30), Decimal(last) / 2), (end, Decimal(last))],
        plan=Decimal(plan),
        period=(start, end),
        measure="triệu đồng",
    )
    assert_placed(saved_charts([line], tmp_path, recorded), "plan and last figure")


def test_twelve_close_bars_keep_their_figures_apart_when_saved(qapp, tmp_path, recorded):
    groups = [BarGroup(f"Phường {n}", Decimal(1000), Decimal(990 + n)) for n in range(12)]
    bars = partial(paint_bars, title="Thu ngân sách", groups=groups, measure="triệu đồng")
    assert_placed(saved_charts([bars, bars], tmp_path, recorded), "twelve bars")


def test_a_figure_is_drawn_whole_though_wider_than_its_room(qapp):
    # At the PDF's resolution "800.000" is wider than the room left of the plot: it is drawn
    # whole, not cut at its rectangle's left edge.
    image = QImage(200, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = LabelPainter(image)
    painter.drawText(QRectF(100, 10, 20, 20), Qt.AlignmentFlag.AlignRight, "800.000")
    painter.end()
    box = painter.written[0]
    assert box.left() < 90
    inked = [x for x in range(0, 100) for y in range(40) if image.pixelColor(x, y).value() < 128]
    assert inked and min(inked) < 95


def test_a_text_moves_the_least_it_can():
    written = [QRectF(100, 100, 60, 12)]
    assert clear_shift(QRectF(300, 100, 60, 12), written, QRectF(0, 0, 500, 300)) == (0, 0)
    # Four pixels into its lower part: just below it; into its upper part: just above it.
    assert clear_shift(QRectF(110, 104, 60, 12), written, QRectF(0, 0, 500, 300)) == (0, 9)
    assert clear_shift(QRectF(110, 96, 60, 12), written, QRectF(0, 0, 500, 300)) == (0, -9)
    # Not out of the chart: at its top edge the text goes below instead.
    assert clear_shift(QRectF(110, 96, 60, 12), written, QRectF(0, 95, 500, 300)) == (0, 17)
    # At the chart's right edge it comes in whole.
    assert clear_shift(QRectF(470, 10, 60, 12), [], QRectF(0, 0, 500, 300)) == (-30, 0)
