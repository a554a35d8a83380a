"""A unit's people, one row each, with a box to tick per choice (a title registered, an
author of an initiative) and, where asked, a share to type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


class MemberTable(QTableWidget):
    def __init__(self, first_header: str, choices: list[tuple[str, str]], share: str = ""):
        """choices: (key, header) of each box; share: the header of a typed column, if any."""
        self.choices = choices
        self.has_share = bool(share)
        headers = [first_header, *(header for _key, header in choices)]
        super().__init__(0, len(headers) + self.has_share)
        self.setHorizontalHeaderLabels([*headers, *([share] if share else [])])
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.person_ids: list[int] = []

    def show_members(self, members: list[tuple[int, str]], ticked: dict[int, set[str]]) -> None:
        self.setRowCount(len(members))
        self.person_ids = [person for person, _name in members]
        for row, (person, name) in enumerate(members):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, 0, item)
            for column, (key, _header) in enumerate(self.choices, start=1):
                box = QTableWidgetItem()
                box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                on = key in ticked.get(person, set())
                box.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.setItem(row, column, box)
            if self.has_share:
                self.setItem(row, len(self.choices) + 1, QTableWidgetItem(""))
        # The names whole; the boxes' columns as wide as their titles.
        self.resizeColumnsToContents()

    def ticked(self) -> dict[int, list[str]]:
        """The choices ticked, by person; people with none are left out."""
        chosen: dict[int, list[str]] = {}
        for row, person in enumerate(self.person_ids):
            for column, (key, _header) in enumerate(self.choices, start=1):
                if self.item(row, column).checkState() == Qt.CheckState.Checked:
                    chosen.setdefault(person, []).append(key)
        return chosen

    def share_of(self, person: int) -> str:
        row = self.person_ids.index(person)
        item = self.item(row, len(self.choices) + 1)
        return item.text().strip() if item is not None else ""

    def tick(self, person: int, key: str) -> None:
        row = self.person_ids.index(person)
        column = 1 + [k for k, _h in self.choices].index(key)
        self.item(row, column).setCheckState(Qt.CheckState.Checked)
