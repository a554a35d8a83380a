"""Every checked row of a list with its verdict, for the wizard's check step."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from kienan_awards.core.i18n import _, shown
from kienan_awards.core.lists.list_import import ImportPlan

_ERROR_COLOUR = QColor("#fde2e1")


class RowResultsModel(QAbstractTableModel):
    """Every checked row with its status; errors are tinted."""

    def __init__(self, plan: ImportPlan | None = None, parent=None):
        super().__init__(parent)
        self._results = plan.results if plan else []
        self._titles = [
            _("Sheet"),
            _("Row"),
            _("Status"),
            _("Name"),
            _("Problem"),
        ]

    def status_text(self, status: str) -> str:
        return {
            "new": _("new"),
            "matched": _("matched"),
            "repeated": _("repeated"),
            "error": _("error"),
        }[status]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._titles)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        result = self._results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                result.sheet_name,
                result.row_number,
                self.status_text(result.status),
                result.name,
                shown(result.message),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and result.message:
            return shown(result.message)
        if role == Qt.ItemDataRole.BackgroundRole and result.status == "error":
            return _ERROR_COLOUR
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles[section]
        return None
