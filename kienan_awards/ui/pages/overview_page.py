"""The overview: per movement, every unit against every target with its status, and charts
of plan against actual and of progress through the year."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.errors import KienanError
from kienan_awards.core.movements.movement_plans import list_movements
from kienan_awards.core.movements.progress import TargetProgress, progress_history, target_progress
from kienan_awards.core.records.record_counts import record_counts
from kienan_awards.printing.charts import (
    BarGroup,
    paint_bars,
    paint_progress,
    save_pdf,
    save_png,
)
from kienan_awards.ui.chart_widget import ChartWidget
from kienan_awards.ui.figures import figure, percent, window_marks
from kienan_awards.ui.messages import shown
from kienan_awards.ui.page_layout import give_first_sizes
from kienan_awards.ui.pages.first_steps_panel import FirstStepsPanel

# Colour for the screen, a mark for paper: the status reads in black and white too.
STATUS_LOOK = {
    "exceeded": ("#c8e6c9", "▲"),
    "met": ("#e3f2d5", "✓"),
    "on_track": ("#fff3c4", "→"),
    "behind": ("#ffd8b0", "↓"),
    "not_met": ("#f8c9c4", "✗"),
}
_TARGET_ROLE = Qt.ItemDataRole.UserRole
_COLUMN_WIDTH = 150  # pixels of one indicator's column in the matrix
_HEADER_LINES = 3


def wrapped_to_width(text: str, metrics: QFontMetrics, width: int) -> str:
    """Text broken between words into lines no wider than width as drawn (the whole text is in
    the tooltip), at most three lines, the last cut with "…" when more would be needed."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > _HEADER_LINES:
        lines = [*lines[: _HEADER_LINES - 1], " ".join(lines[_HEADER_LINES - 1 :])]
    return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines)


class TargetHistoryDialog(QDialog):
    """Every report of one target, with its progress chart."""

    def __init__(self, db, target: TargetProgress, parent=None):
        super().__init__(parent)
        self.setWindowTitle(target.indicator)
        self.resize(760, 520)
        history = progress_history(db, target.target_id)
        self.table = QTableWidget(len(history), 3)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Actual"), self.tr("Source")]
        )
        for row, (day, actual, source) in enumerate(history):
            for column, value in enumerate(
                (day.strftime("%d/%m/%Y"), figure(actual), source or "")
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = ChartWidget()
        self.chart.set_painting(progress_painting(target, history))
        layout = QVBoxLayout(self)
        whole_area = self.tr("Whole area")
        layout.addWidget(
            QLabel(f"{target.unit_name or whole_area} — {target.indicator} ({target.measure_unit})")
        )
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.table, 1)


def progress_painting(target: TargetProgress, history):
    plan = target.plans[0].plan.value if target.plans else None
    period = (
        (target.period_start, target.period_end)
        if target.period_start and target.period_end
        else None
    )
    points = [(day, actual) for day, actual, _source in history]
    title = f"{target.indicator} — {target.unit_name or 'Toàn địa bàn'}"
    return partial(
        paint_progress,
        title=title,
        points=points,
        plan=plan if target.accumulates else None,
        period=period,
        measure=target.measure_unit,
    )


class OverviewPage(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("overview_page")
        self._db = db
        self.targets: list[TargetProgress] = []
        self.heading = QLabel(self.tr("Overview"))
        self.heading.setObjectName("page_heading")
        self.counts_label = QLabel()
        self.movement_combo = QComboBox()
        self.movement_combo.setObjectName("movement_combo")
        self.movement_combo.currentIndexChanged.connect(self._show_movement)
        self.png_button = QPushButton(self.tr("Save charts as PNG..."))
        self.pdf_button = QPushButton(self.tr("Save charts as PDF..."))
        self.png_button.clicked.connect(lambda: self.export_charts("png"))
        self.pdf_button.clicked.connect(lambda: self.export_charts("pdf"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Movement")))
        top.addWidget(self.movement_combo, 1)
        top.addWidget(self.png_button)
        top.addWidget(self.pdf_button)

        self.matrix = QTableWidget()
        self.matrix.setObjectName("progress_matrix")
        self.matrix.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.matrix.setWordWrap(True)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.matrix.currentCellChanged.connect(self._cell_chosen)
        self.matrix.cellDoubleClicked.connect(self.open_history)
        self.legend = QLabel(
            "   ".join(
                f"{mark} {name}"
                for name, (_colour, mark) in (
                    (self.tr("exceeded"), STATUS_LOOK["exceeded"]),
                    (self.tr("met"), STATUS_LOOK["met"]),
                    (self.tr("on track"), STATUS_LOOK["on_track"]),
                    (self.tr("behind"), STATUS_LOOK["behind"]),
                    (self.tr("not met"), STATUS_LOOK["not_met"]),
                )
            )
        )
        self.bar_chart = ChartWidget()
        self.bar_chart.setObjectName("bar_chart")
        self.line_chart = ChartWidget()
        self.line_chart.setObjectName("line_chart")
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.setObjectName("overview_charts_splitter")
        charts.addWidget(self.bar_chart)
        charts.addWidget(self.line_chart)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.matrix, 1)
        upper_layout.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("overview_splitter")
        self.splitter.addWidget(upper)
        self.splitter.addWidget(charts)
        give_first_sizes(self.splitter, [300, 320])

        # The movement followed, or, while there is none, what to do first.
        self.progress = QWidget()
        progress_layout = QVBoxLayout(self.progress)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addLayout(top)
        progress_layout.addWidget(self.splitter, 1)
        self.first_steps = FirstStepsPanel(db)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.first_steps, 1)
        self.refresh()

    def refresh(self) -> None:
        counts = record_counts(self._db)
        self.counts_label.setText(
            self.tr(
                "{units} units · {people} people · {movements} movements · {decisions} decisions · "
                "{awards} awards"
            ).format(**{k: figure(v) for k, v in counts.items()})
        )
        current = self.movement_combo.currentData()
        self.movement_combo.blockSignals(True)
        self.movement_combo.clear()
        for movement in list_movements(self._db):
            self.movement_combo.addItem(movement.name, movement.id)
        self.movement_combo.setCurrentIndex(max(0, self.movement_combo.findData(current)))
        self.movement_combo.blockSignals(False)
        following = self.movement_combo.count() > 0
        self.progress.setVisible(following)
        self.first_steps.setVisible(not following)
        self.first_steps.refresh()
        self._show_movement()

    # --- the matrix ------------------------------------------------------------------------
    def _show_movement(self) -> None:
        movement_id = self.movement_combo.currentData()
        self.targets = target_progress(self._db, movement_id) if movement_id else []
        units = list(dict.fromkeys(t.unit_name for t in self.targets))
        indicators = list(dict.fromkeys(t.indicator for t in self.targets))
        self.matrix.clear()
        self.matrix.setRowCount(len(units))
        self.matrix.setColumnCount(len(indicators))
        self.matrix.setVerticalHeaderLabels([u or self.tr("Whole area") for u in units])
        # Indicators are long: wrapped over a few lines, the whole text in the tooltip.
        header = self.matrix.horizontalHeader()
        # Measured in bold: the chosen cell's column header is drawn bold.
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        self.matrix.setHorizontalHeaderLabels(
            [wrapped_to_width(i, metrics, _COLUMN_WIDTH - 12) for i in indicators]
        )
        for column, indicator in enumerate(indicators):
            self.matrix.horizontalHeaderItem(column).setToolTip(indicator)
        for target in self.targets:
            row, column = units.index(target.unit_name), indicators.index(target.indicator)
            verdict = target.verdict
            colour, mark = STATUS_LOOK.get(verdict, ("#ffffff", "–"))
            text = f"{mark} {percent(target.percent_of_plan)}"
            if target.actual is None:
                text = self.tr("no report")
            cell = QTableWidgetItem(text)
            cell.setBackground(QColor(colour))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setData(_TARGET_ROLE, target.target_id)
            cell.setToolTip(self._tooltip(target))
            self.matrix.setItem(row, column, cell)
        for column in range(len(indicators)):
            header.resizeSection(column, _COLUMN_WIDTH)
        if self.targets:
            first = next(
                i for i in range(self.matrix.columnCount()) if self.matrix.item(0, i) is not None
            )
            self.matrix.setCurrentCell(0, first)
        else:
            self.bar_chart.set_painting(None)
            self.line_chart.set_painting(None)

    def _tooltip(self, target: TargetProgress) -> str:
        marks = window_marks()
        lines = [f"{target.indicator} ({target.measure_unit})"]
        for result in target.plans:
            lines.append(
                f"{result.plan.source}: {result.plan.describe(marks)} → {percent(result.percent)}"
            )
        if target.actual is not None:
            lines.append(
                self.tr("Actual {value} on {day}; {same} of the same period").format(
                    value=figure(target.actual),
                    day=target.reported_on.strftime("%d/%m/%Y"),
                    same=percent(target.percent_of_same_period) or "–",
                )
            )
        return "\n".join(lines)

    def target_at(self, row: int, column: int) -> TargetProgress | None:
        item = self.matrix.item(row, column)
        if item is None:
            return None
        target_id = item.data(_TARGET_ROLE)
        return next(t for t in self.targets if t.target_id == target_id)

    # --- charts ----------------------------------------------------------------------------
    def _cell_chosen(self, row: int, column: int, *_previous) -> None:
        target = self.target_at(row, column)
        if target is None:
            return
        same_indicator = [t for t in self.targets if t.indicator == target.indicator]
        groups = [
            BarGroup(
                t.unit_name or "Toàn địa bàn", t.plans[0].plan.value if t.plans else None, t.actual
            )
            for t in same_indicator
        ]
        self.bar_chart.set_painting(
            partial(paint_bars, title=target.indicator, groups=groups, measure=target.measure_unit)
        )
        self.line_chart.set_painting(
            progress_painting(target, progress_history(self._db, target.target_id))
        )

    def open_history(self, row: int, column: int) -> TargetHistoryDialog | None:
        target = self.target_at(row, column)
        if target is None:
            return None
        dialog = TargetHistoryDialog(self._db, target, self)
        dialog.open()
        return dialog

    def chart_paintings(self) -> list:
        return [chart._paint for chart in (self.bar_chart, self.line_chart) if chart._paint]

    def choose_export_path(self, suffix: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the charts"), f"bieu-do.{suffix}", f"*.{suffix}"
        )
        return path

    def export_charts(self, suffix: str) -> str | None:
        path = self.choose_export_path(suffix)
        if not path:
            return None
        if not path.lower().endswith("." + suffix):
            path += "." + suffix
        paintings = self.chart_paintings()
        if suffix == "png":
            if not save_png(paintings, path):
                QMessageBox.warning(
                    self, self.tr("Charts"), self.tr("Cannot write {path}").format(path=path)
                )
                return None
        else:
            try:
                save_pdf(paintings, path)
            except KienanError as error:
                QMessageBox.warning(self, self.tr("Charts"), shown(error))
                return None
        return path
