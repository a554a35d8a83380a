"""One target's every report, with its progress chart (the overview opens it on a cell)."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from kienan_awards.core.i18n import _
from kienan_awards.core.movements.progress import TargetProgress, progress_history
from kienan_awards.core.vocabulary import WHOLE_AREA
from kienan_awards.printing.charts import paint_progress
from kienan_awards.ui.chart_widget import WindowChart
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog
from kienan_awards.ui.figures import figure


class TargetHistoryDialog(FittedDialog):
    """Every report of one target, with its progress chart."""

    def __init__(self, db, target: TargetProgress, parent=None):
        super().__init__(parent)
        self.setWindowTitle(target.indicator)
        self.resize(760, 520)
        history = progress_history(db, target.target_id)
        self.table = QTableWidget(len(history), 3)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels([_("Date"), _("Actual"), _("Source")])
        for row, (day, actual, source) in enumerate(history):
            for column, value in enumerate(
                (day.strftime("%d/%m/%Y"), figure(actual), source or "")
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart = WindowChart()
        self.chart.set_painting(progress_painting(target, history))
        layout = QVBoxLayout(self)
        whole_area = _("Whole area")
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
    title = f"{target.indicator} — {target.unit_name or WHOLE_AREA}"
    return partial(
        paint_progress,
        title=title,
        points=points,
        plan=plan if target.accumulates else None,
        period=period,
        measure=target.measure_unit,
    )
