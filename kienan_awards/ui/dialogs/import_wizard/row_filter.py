"""Which checked rows the check step shows: all, or only the new, matched, repeated or wrong
ones, or those whose record the clerk is to choose; a list of 3,000 rows is read a group at a
time."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QComboBox

from kienan_awards.core.i18n import _
from kienan_awards.ui.dialogs.import_wizard.row_results_model import (
    ROW_GROUP_ROLE,
    RowResultsModel,
    row_group,
)
from kienan_awards.ui.figures import figure

ALL_ROWS = ""


class RowFilter(QSortFilterProxyModel):
    """The rows of one group (by ROW_GROUP_ROLE; "error" takes in "choose"), or all."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._group = ALL_ROWS

    def set_group(self, group: str) -> None:
        self.beginFilterChange()
        self._group = group
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        if not self._group:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        group = index.data(ROW_GROUP_ROLE)
        return group == self._group or (self._group == "error" and group == "choose")


class RowGroupBox(QComboBox):
    """The groups to show, each with how many rows it holds."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("import_row_filter")
        self.count_rows(RowResultsModel())

    def count_rows(self, model: RowResultsModel) -> None:
        chosen = self.currentData() or ALL_ROWS
        counts = Counter(row_group(model.result(row)) for row in range(model.rowCount()))
        counts["error"] += counts["choose"]
        self.blockSignals(True)
        self.clear()
        self.addItem(_("All rows ({n})").format(n=figure(model.rowCount())), ALL_ROWS)
        for group, title in (
            ("new", _("New ({n})")),
            ("matched", _("Matched ({n})")),
            ("repeated", _("Repeated ({n})")),
            ("error", _("With errors ({n})")),
            ("choose", _("Record to choose ({n})")),
        ):
            self.addItem(title.format(n=figure(counts[group])), group)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)
