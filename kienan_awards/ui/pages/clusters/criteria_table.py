"""The criteria of a scoring table, one row each: the method chosen from a list, the target
from the year's targets of movements, the cells a method does not use greyed and closed. Rows
are added, removed and moved; what the rows make is read on Save."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from kienan_awards.core.clusters.scoring_table import Criterion
from kienan_awards.core.clusters.table_choices import TargetChoice
from kienan_awards.core.i18n import _
from kienan_awards.ui.pages.clusters.criterion_cells import chosen_cells, close_unused, fill_plans
from kienan_awards.ui.pages.clusters.criterion_rows import COLUMN, COLUMNS, FIGURES, RowDraft

TEXT_FIELDS = ("group", "number", "text", *FIGURES)
WIDTHS = {
    "group": 160,
    "number": 46,
    "method": 150,
    "maximum": 72,
    "target": 210,
    "plan": 100,
    "bonus_per_percent": 88,
    "bonus_cap": 72,
    "points_per_event": 78,
    "cap": 64,
    "must": 56,
}
HEADER_LINES = 3  # the figures' titles wrap rather than widen their narrow columns


class CriteriaTable(QTableWidget):
    edited = Signal()  # a cell or a choice changed: the totals follow

    def __init__(self, choices: Sequence[TargetChoice], scored: frozenset[str], parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("scoring_criteria")
        self.set_choices(choices)
        self._scored = scored
        self.setHorizontalHeaderLabels([_(title) for _name, title in COLUMNS])
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(header.fontMetrics().lineSpacing() * HEADER_LINES + 8)
        header.setSectionResizeMode(COLUMN["text"], QHeaderView.ResizeMode.Stretch)
        for name, width in WIDTHS.items():
            self.setColumnWidth(COLUMN[name], width)
        self.itemChanged.connect(lambda _item: self.edited.emit())

    def set_choices(self, choices: Sequence[TargetChoice]) -> None:
        """The targets offered to rows shown from now on."""
        self._choices = {choice.target_id: choice for choice in choices}

    # The rows as drafts: moving a row writes two drafts back.
    def draft(self, row: int) -> RowDraft:
        values = {name: self.item(row, COLUMN[name]).text() for name in TEXT_FIELDS}
        must = self.item(row, COLUMN["must"]).checkState() == Qt.CheckState.Checked
        return RowDraft(
            **values,
            method=self._combo(row, "method").currentData(),
            target_id=self._combo(row, "target").currentData(),
            plan_source=self._combo(row, "plan").currentData() or None,
            must=must,
        )

    def drafts(self) -> list[RowDraft]:
        return [self.draft(row) for row in range(self.rowCount())]

    def criteria(self) -> list[Criterion]:
        """The criteria the rows make, in order; refused at the first row that cannot be one."""
        return [draft.criterion(row) for row, draft in enumerate(self.drafts())]

    def show_criteria(self, criteria: Sequence[Criterion]) -> None:
        self.setRowCount(0)
        for criterion in criteria:
            self.insert_row(self.rowCount(), RowDraft.of(criterion))

    def insert_row(self, row: int, draft: RowDraft) -> None:
        self.blockSignals(True)
        self.insertRow(row)
        for name in (*TEXT_FIELDS, "must"):
            self.setItem(row, COLUMN[name], QTableWidgetItem())
        cells = chosen_cells(self._choices.values())
        for name, combo in cells.items():
            self.setCellWidget(row, COLUMN[name], combo)
        self.blockSignals(False)
        self.set_draft(row, draft)
        cells["method"].currentIndexChanged.connect(lambda _i, c=cells["method"]: self._method(c))
        cells["target"].currentIndexChanged.connect(lambda _i, c=cells["target"]: self._target(c))
        cells["plan"].currentIndexChanged.connect(lambda _index: self.edited.emit())

    def set_draft(self, row: int, draft: RowDraft) -> None:
        self.blockSignals(True)
        for name in TEXT_FIELDS:
            self.item(row, COLUMN[name]).setText(getattr(draft, name))
        number = self.item(row, COLUMN["number"])
        scored = draft.number.strip() in self._scored
        number.setToolTip(
            _("Scores are entered on this criterion: it cannot be taken out") if scored else ""
        )
        self.item(row, COLUMN["text"]).setToolTip(draft.text)
        self.item(row, COLUMN["group"]).setToolTip(draft.group)
        state = Qt.CheckState.Checked if draft.must else Qt.CheckState.Unchecked
        self.item(row, COLUMN["must"]).setCheckState(state)
        method = self._combo(row, "method")
        method.blockSignals(True)
        method.setCurrentIndex(max(method.findData(draft.method), 0))
        method.blockSignals(False)
        target = self._combo(row, "target")
        target.blockSignals(True)
        found = target.findData(draft.target_id) if draft.target_id is not None else 0
        target.setCurrentIndex(max(found, 0))
        target.setToolTip(target.currentText())
        target.blockSignals(False)
        plans = self._combo(row, "plan")
        fill_plans(plans, self._choices.get(draft.target_id), draft.plan_source)
        close_unused(self, row, draft.method)
        self.blockSignals(False)
        self.resizeRowToContents(row)

    def _combo(self, row: int, name: str) -> QComboBox:
        return self.cellWidget(row, COLUMN[name])

    def _row_of(self, widget, name: str) -> int:
        return next(row for row in range(self.rowCount()) if self._combo(row, name) is widget)

    def _method(self, combo: QComboBox) -> None:
        row = self._row_of(combo, "method")
        self.blockSignals(True)
        close_unused(self, row, combo.currentData())
        self.blockSignals(False)
        self.edited.emit()

    def _target(self, combo: QComboBox) -> None:
        row = self._row_of(combo, "target")
        combo.setToolTip(combo.currentText())
        fill_plans(self._combo(row, "plan"), self._choices.get(combo.currentData()), None)
        self.edited.emit()

    def row_with(self, number: str) -> int | None:
        found = [row for row, draft in enumerate(self.drafts()) if draft.number.strip() == number]
        return found[0] if found else None

    def add_row(self) -> int:
        """A new judged criterion under the chosen row's group (at the end when none is chosen)."""
        current = self.currentRow()
        row = current + 1 if current >= 0 else self.rowCount()
        group = self.draft(current).group if current >= 0 else ""
        self.insert_row(row, RowDraft(group=group))
        self.selectRow(row)
        self.edited.emit()
        return row

    def remove_row(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self.edited.emit()

    def move_row(self, step: int) -> None:
        row = self.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.rowCount():
            return
        here, there = self.draft(row), self.draft(other)
        self.set_draft(row, there)
        self.set_draft(other, here)
        self.selectRow(other)
        self.edited.emit()
