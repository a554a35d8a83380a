"""A read-only table over a core RecordList: ordered ids up front, rows loaded on demand."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from kienan_awards.core.i18n import list_label
from kienan_awards.core.records.record_lists import RECIPIENT_KIND_TITLES, RecordList, written_kinds
from kienan_awards.ui.figures import figure

_BLOCK = 200  # rows fetched per query when the view asks for one not in the cache
_CACHE_BLOCKS = 20


def cell_text(shown_as: str, value):
    """A list's value as the window writes it (record_lists.SHOWN_AS)."""
    if shown_as == "quantity":
        return figure(value)
    if shown_as == "translated":
        return list_label(str(value))
    if shown_as in ("kinds", "kind_figures"):
        return written_kinds(shown_as, value, _kind, figure)
    return value


def _kind(code: str) -> str:
    return list_label(RECIPIENT_KIND_TITLES.get(code, code)).lower()


class RecordTableModel(QAbstractTableModel):
    def __init__(self, db, record_list: RecordList, parent=None, *, load: bool = True):
        super().__init__(parent)
        self._db = db
        self._list = record_list
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, dict[int, tuple]] = OrderedDict()
        self._sort_key: str | None = None
        self._descending = False
        self._filter_text = ""
        if load:
            self.reload()

    # The ids are re-read in one query; rows come back lazily through data().
    def reload(self) -> None:
        self.show_ids(self._list.ids(self._db, self._sort_key, self._descending, self._filter_text))

    def show_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._blocks.clear()
        self.endResetModel()

    def can_filter(self) -> bool:
        return self._list.filter_sql is not None

    def set_filter_text(self, text: str) -> None:
        self._filter_text = text
        self.reload()

    def record_id(self, row: int) -> int:
        return self._ids[row]

    def ids(self) -> list[int]:
        """Every id the table holds, in the order it shows them."""
        return list(self._ids)

    def rows(self, ids: list[int]) -> dict[int, tuple]:
        """The values of these records, by id, as the list makes them."""
        return self._list.rows(self._db, ids)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._list.columns)

    def _row_values(self, row: int) -> tuple:
        block = row // _BLOCK
        if block not in self._blocks:
            ids = self._ids[block * _BLOCK : (block + 1) * _BLOCK]
            self._blocks[block] = self.rows(ids)
            if len(self._blocks) > _CACHE_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        return self._blocks[block].get(self._ids[row], ())

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self._list.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = self._row_values(index.row())
            if not values:
                return None
            value = values[index.column()]
            if value is None:
                return ""
            return cell_text(column.shown_as, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return list_label(self._list.columns[section].title)
        return section + 1

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        # A column of -1 means "no sort column": the list's own default order.
        self._sort_key = self._list.columns[column].key if column >= 0 else None
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
