"""Units as a tree: district or agency > department or ward > residential group."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTreeView, QVBoxLayout, QWidget

from kienan_awards.core.units import list_units


def _dmy(iso: str | None) -> str:
    if not iso:
        return ""
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


class UnitsPage(QWidget):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("units_page")
        self._db = db
        self.heading = QLabel(self.tr("Units"))
        self.heading.setObjectName("page_heading")
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("units_tree")
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        self.refresh()

    def _kind_name(self, kind: str) -> str:
        names = {
            "district": self.tr("District"),
            "agency": self.tr("Agency"),
            "department": self.tr("Department"),
            "ward": self.tr("Ward"),
            "residential_group": self.tr("Residential group"),
        }
        return names.get(kind, self.tr("Other"))

    def refresh(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Valid from"), self.tr("Valid to")]
        )
        units = list_units(self._db)
        known = {unit.id for unit in units}
        items: dict[int, QStandardItem] = {}
        pending = list(units)
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
                    QStandardItem(_dmy(unit.valid_from)),
                    QStandardItem(_dmy(unit.valid_to)),
                ]
                for item in row:
                    item.setEditable(False)
                parent = items[parent_id] if parent_id is not None else self.model
                parent.appendRow(row)
                items[unit.id] = row[0]
            if len(waiting) == len(pending):  # a cycle in parent links: show them at top level
                known -= {unit.id for unit in waiting}
            pending = waiting
        self.tree.expandToDepth(0)
        self.tree.resizeColumnToContents(0)
