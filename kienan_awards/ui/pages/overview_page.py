"""The overview: per movement, every unit against every target with its status, and charts
of plan against actual and of progress through the year."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.movements.movement_plans import list_movements
from kienan_awards.core.movements.progress import progress_history, target_progress
from kienan_awards.core.records.record_counts import record_counts
from kienan_awards.core.vocabulary import WHOLE_AREA
from kienan_awards.ui.chart_widget import WindowChart
from kienan_awards.ui.figures import figure
from kienan_awards.ui.file_dialogs import save_file_name
from kienan_awards.ui.page_layout import give_first_sizes
from kienan_awards.ui.pages.first_steps_panel import FirstStepsPanel
from kienan_awards.ui.pages.progress_matrix import ProgressMatrix
from kienan_awards.ui.pages.window_page import WindowPage

if TYPE_CHECKING:
    from kienan_awards.ui.dialogs.target_history_dialog import TargetHistoryDialog

# The charts' painting and saving, and the target's history, are loaded when first drawn or
# opened: an overview with no movement yet never needs them.


class OverviewPage(WindowPage):
    # The counts, the movements' progress, and while there is none, what to do first: the
    # same kinds as the first steps it holds.
    shows = FirstStepsPanel.shows

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("overview_page")
        self._db = db
        self.heading = QLabel(_("Overview"))
        self.heading.setObjectName("page_heading")
        self.counts_label = QLabel()
        self.movement_combo = QComboBox()
        # A movement's long name must not widen the window past a small screen.
        self.movement_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.movement_combo.setMinimumContentsLength(24)
        self.movement_combo.setObjectName("movement_combo")
        self.movement_combo.currentIndexChanged.connect(self._show_movement)
        self.png_button = QPushButton(_("Save charts as PNG..."))
        self.pdf_button = QPushButton(_("Save charts as PDF..."))
        self.png_button.clicked.connect(lambda: self.export_charts("png"))
        self.pdf_button.clicked.connect(lambda: self.export_charts("pdf"))
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Movement")))
        top.addWidget(self.movement_combo, 1)
        top.addWidget(self.png_button)
        top.addWidget(self.pdf_button)

        self.matrix = ProgressMatrix()
        self.matrix.currentCellChanged.connect(self._cell_chosen)
        self.matrix.cellDoubleClicked.connect(self.open_history)
        self.legend = QLabel(self.matrix.legend())
        self.bar_chart = WindowChart()
        self.bar_chart.setObjectName("bar_chart")
        self.line_chart = WindowChart()
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
            _(
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

    def _show_movement(self) -> None:
        movement_id = self.movement_combo.currentData()
        self.matrix.show_targets(target_progress(self._db, movement_id) if movement_id else [])
        if not self.matrix.targets:
            self.bar_chart.set_painting(None)
            self.line_chart.set_painting(None)

    # --- charts ----------------------------------------------------------------------------
    def _cell_chosen(self, row: int, column: int, *_previous) -> None:
        from kienan_awards.printing.charts import BarGroup, paint_bars
        from kienan_awards.ui.dialogs.target_history_dialog import progress_painting

        target = self.matrix.target_at(row, column)
        if target is None:
            return
        same_indicator = [t for t in self.matrix.targets if t.indicator == target.indicator]
        groups = [
            BarGroup(
                t.unit_name or WHOLE_AREA, t.plans[0].plan.value if t.plans else None, t.actual
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
        target = self.matrix.target_at(row, column)
        if target is None:
            return None
        from kienan_awards.ui.dialogs.target_history_dialog import TargetHistoryDialog

        dialog = TargetHistoryDialog(self._db, target, self)
        dialog.open()
        return dialog

    def chart_paintings(self) -> list:
        return [chart._paint for chart in (self.bar_chart, self.line_chart) if chart._paint]

    def choose_export_path(self, suffix: str) -> str:
        return save_file_name(self, _("Save the charts"), f"bieu-do.{suffix}", f"*.{suffix}")

    def export_charts(self, suffix: str) -> str | None:
        path = self.choose_export_path(suffix)
        if not path:
            return None
        if not path.lower().endswith("." + suffix):
            path += "." + suffix
        from kienan_awards.printing.charts import save_pdf, save_png

        paintings = self.chart_paintings()
        if suffix == "png":
            if not save_png(paintings, path):
                QMessageBox.warning(self, _("Charts"), _("Cannot write {path}").format(path=path))
                return None
        else:
            try:
                save_pdf(paintings, path)
            except KienanError as error:
                QMessageBox.warning(self, _("Charts"), shown(error))
                return None
        return path
