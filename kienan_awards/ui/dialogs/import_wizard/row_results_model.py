"""Every checked row of a list with its verdict and the record it is, for the wizard's check
step."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from kienan_awards.core.i18n import _, shown
from kienan_awards.core.lists.list_import import ImportPlan, RowResult
from kienan_awards.core.lists.record_matching import PersonRecord

_ERROR_COLOUR = QColor("#fde2e1")
_CHOOSE_COLOUR = QColor("#fff1c2")  # an error the clerk can mend here, by choosing the record

# What a row is, for the filter: its status, or "choose" for an error row whose name fits
# several records.
ROW_GROUP_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_COLUMN, RECORD_COLUMN, PROBLEM_COLUMN = 3, 4, 5


def choosable(result: RowResult) -> bool:
    """A wrong row whose name fits several recorded records, one of which the clerk may choose
    (a name fitting only records planned by earlier rows has none to choose by yet)."""
    ambiguity = result.ambiguity
    return result.status == "error" and ambiguity is not None and bool(ambiguity.candidates)


def row_group(result: RowResult) -> str:
    return "choose" if choosable(result) else result.status


def recorded_id(result: RowResult) -> int | None:
    """The id of the recorded person or unit the row is; None for one the import would make."""
    record = result.record
    if isinstance(record, PersonRecord):
        return record.id
    if result.record_kind == "unit" and isinstance(record, int):
        return record
    return None


def status_text(status: str) -> str:
    return {
        "new": _("new"),
        "matched": _("matched"),
        "repeated": _("repeated"),
        "error": _("error"),
    }[status]


def record_title(record_kind: str, record_id: int | None) -> str:
    """The record a row is, by kind (an awards list holds people and units, whose ids may be
    the same number): recorded with its id, or new."""
    if record_kind == "unit":
        if record_id is None:
            return _("New unit")
        return _("Recorded unit #{id}").format(id=record_id)
    if record_id is None:
        return _("New person")
    return _("Recorded person #{id}").format(id=record_id)


def record_text(result: RowResult) -> str:
    if choosable(result):
        return _("choose the record")
    if result.record is None or not result.record_kind:
        return ""
    return record_title(result.record_kind, recorded_id(result))


class RowResultsModel(QAbstractTableModel):
    """Every checked row with its status and record; errors are tinted, and so, apart, are the
    rows whose record the clerk is to choose."""

    def __init__(self, plan: ImportPlan | None = None, parent=None):
        super().__init__(parent)
        self._results = plan.results if plan else []
        self._titles = [
            _("Sheet"),
            _("Row"),
            _("Status"),
            _("Name"),
            _("Record"),
            _("Problem"),
        ]

    def result(self, row: int) -> RowResult:
        return self._results[row]

    def row_of(self, sheet_name: str, row_number: int) -> int | None:
        for row, result in enumerate(self._results):
            if result.sheet_name == sheet_name and result.row_number == row_number:
                return row
        return None

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
                status_text(result.status),
                result.name,
                record_text(result),
                shown(result.message),
            )[index.column()]
        if role == ROW_GROUP_ROLE:
            return row_group(result)
        if role == Qt.ItemDataRole.ToolTipRole and result.message:
            return shown(result.message)
        if role == Qt.ItemDataRole.BackgroundRole and result.status == "error":
            return _CHOOSE_COLOUR if choosable(result) else _ERROR_COLOUR
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles[section]
        return None
