"""Units as a tree: district or agency > department or ward > residential group; closed units
in grey."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView

from kienan_awards.core.i18n import _
from kienan_awards.core.lists.cell_values import dmy
from kienan_awards.core.records.units import UnitRow

_ID_ROLE = Qt.ItemDataRole.UserRole


class UnitTree(QTreeView):
    unit_chosen = Signal(int)

    def __init__(self, kind_name: Callable[[str], str], parent=None):
        super().__init__(parent)
        self.setObjectName("units_tree")
        self._kind_name = kind_name
        self.unit_model = QStandardItemModel(self)
        self.setModel(self.unit_model)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        self.selectionModel().currentRowChanged.connect(self._row_chosen)

    def show_units(self, rows: list[UnitRow]) -> None:
        model = self.unit_model
        model.clear()
        model.setHorizontalHeaderLabels([_("Name"), _("Kind"), _("Active from"), _("Closed on")])
        known = {unit.id for unit in rows}
        items: dict[int, QStandardItem] = {}
        pending = list(rows)
        # Parents are placed before their children whatever order the rows come in.
        while pending:
            waiting = []
            for unit in pending:
                parent_id = unit.parent_id if unit.parent_id in known else None
                if parent_id is not None and parent_id not in items:
                    waiting.append(unit)
                    continue
                row = [
                    QStandardItem(unit.name),
                    QStandardItem(self._kind_name(unit.kind)),
                    QStandardItem(dmy(unit.valid_from)),
                    QStandardItem(dmy(unit.valid_to)),
                ]
                for item in row:
                    item.setEditable(False)
                    item.setData(unit.id, _ID_ROLE)
                    if unit.valid_to:
                        item.setForeground(Qt.GlobalColor.gray)
                parent = items[parent_id] if parent_id is not None else model
                parent.appendRow(row)
                items[unit.id] = row[0]
            if len(waiting) == len(pending):  # a cycle in parent links: show them at top level
                known -= {unit.id for unit in waiting}
            pending = waiting
        self.expandToDepth(0)
        self.resizeColumnToContents(0)

    def _row_chosen(self, current, _previous=None) -> None:
        if current.isValid():
            self.unit_chosen.emit(current.data(_ID_ROLE))

    def selected_ids(self) -> list[int]:
        return [index.data(_ID_ROLE) for index in self.selectionModel().selectedRows()]
