"""The trash: deleted people and units, each restorable."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kienan_awards.core.i18n import _
from kienan_awards.core.records import trash
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog


class TrashDialog(FittedDialog):
    edited = Signal(object)  # a restore (an EditGroup): the window keeps it for Undo

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Trash"))
        self.resize(720, 420)
        self._db = db
        self.items: list[trash.TrashItem] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("trash_table")
        self.table.setHorizontalHeaderLabels([_("Kind"), _("Name"), _("Deleted"), _("Merged into")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.restore_button = QPushButton(_("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Deleted records stay here until restored.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.items = trash.trash_items(self._db)
        kinds = {"people": _("Person"), "units": _("Unit")}
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            for column, value in enumerate(
                (
                    kinds[item.table],
                    item.name,
                    item.deleted_at.replace("T", " "),
                    item.merged_into or "",
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.restore_button.setEnabled(bool(self.items))

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            self.edited.emit(trash.restore(self._db, self.items[row]))
            self.refresh()
