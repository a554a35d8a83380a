"""The rules that break a tie in total points, each ticked to apply and moved into the order
the table applies them; rules left unticked follow, in the order the program lists them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.clusters.scoring_table import TIE_BREAKS
from kienan_awards.core.i18n import _

CODE = Qt.ItemDataRole.UserRole


class TieBreakList(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("tie_breaks")
        self.up_button = QPushButton(_("Up"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(_("Down"))
        self.down_button.clicked.connect(lambda: self.move(1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def show_rules(self, chosen: Sequence[str]) -> None:
        self.list.clear()
        rest = [code for code in TIE_BREAKS if code not in chosen]
        for code in [*chosen, *rest]:
            item = QListWidgetItem(_(TIE_BREAKS[code]))
            item.setData(CODE, code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            on = code in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        # Every rule in sight, no more: the table above keeps the room.
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * self.list.count() + frame + 4)

    def rules(self) -> tuple[str, ...]:
        """The ticked rules' codes, in the order shown."""
        return tuple(
            self.list.item(row).data(CODE)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, code: str, on: bool) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(CODE) == code:
                state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
                self.list.item(row).setCheckState(state)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(other, item)
        self.list.setCurrentRow(other)
