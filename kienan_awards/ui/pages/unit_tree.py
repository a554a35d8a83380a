"""Units as a tree: district or agency > department or ward > residential group; closed units
in grey, each with the units that took it over (or, for a new unit, those it came from)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTreeView

from kienan_awards.core.i18n import _, shown
from kienan_awards.core.lists.cell_values import dmy
from kienan_awards.core.records.unit_successions import (
    Succession,
    predecessors_line,
    successors_line,
)
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

    def show_units(self, rows: list[UnitRow], links: list[Succession] = ()) -> None:
        model = self.unit_model
        model.clear()
        model.setHorizontalHeaderLabels(
            [_("Name"), _("Kind"), _("Active from"), _("Closed on"), _("Succession")]
        )
        successors: dict[int, list[Succession]] = {}
        predecessors: dict[int, list[Succession]] = {}
        for link in links:
            successors.setdefault(link.predecessor_id, []).append(link)
            predecessors.setdefault(link.successor_id, []).append(link)
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
                    self._succession_item(
                        unit, successors.get(unit.id, []), predecessors.get(unit.id, [])
                    ),
                ]
                for item in row:
                    item.setEditable(False)
                    item.setData(unit.id, _ID_ROLE)
                    # Hovering anywhere on the row tells its line, when the column is scrolled off.
                    item.setToolTip(row[4].toolTip())
                    if unit.valid_to:
                        item.setForeground(Qt.GlobalColor.gray)
                parent = items[parent_id] if parent_id is not None else model
                parent.appendRow(row)
                items[unit.id] = row[0]
            if len(waiting) == len(pending):  # a cycle in parent links: show them at top level
                known -= {unit.id for unit in waiting}
            pending = waiting
        self.expandToDepth(0)
        for column in range(4):  # the succession, last, takes what is left
            self.resizeColumnToContents(column)

    @staticmethod
    def _succession_item(
        unit: UnitRow, successors: list[Succession], predecessors: list[Succession]
    ) -> QStandardItem:
        """An arrow to the units that took it over when there are some, else one from the
        units it came from, without the day the row's own dates tell; the tooltip holds both
        in full."""
        after_closing = (
            (dt.date.fromisoformat(unit.valid_to) + dt.timedelta(days=1)).isoformat()
            if unit.valid_to
            else None
        )
        if successors:
            text = _("→ {units}").format(units=shown(successors_line(successors, after_closing)))
        elif predecessors:
            text = _("← {units}").format(
                units=shown(predecessors_line(predecessors, unit.valid_from))
            )
        else:
            text = ""
        item = QStandardItem(text)
        tip = [
            _("Came from: {units}").format(units=shown(predecessors_line(predecessors)))
            if predecessors
            else "",
            _("Succeeded by: {units}").format(units=shown(successors_line(successors)))
            if successors
            else "",
        ]
        item.setToolTip("\n".join(line for line in tip if line))
        return item

    def _row_chosen(self, current, _previous=None) -> None:
        if current.isValid():
            self.unit_chosen.emit(current.data(_ID_ROLE))

    def selected_ids(self) -> list[int]:
        return [index.data(_ID_ROLE) for index in self.selectionModel().selectedRows()]
