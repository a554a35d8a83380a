"""A person's disciplines under their form on the People page: the list, newest first, and
the buttons that record one and remove one entered by mistake."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.lists.cell_values import dmy
from kienan_awards.core.records import discipline
from kienan_awards.ui.dialogs.discipline_dialog import DisciplineDialog
from kienan_awards.ui.read_only import is_writable

_DISCIPLINE_ID = Qt.ItemDataRole.UserRole


class DisciplineBox(QWidget):
    edited = Signal(object)  # the EditGroup of a discipline recorded or removed

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("discipline_box")
        self._db = db
        self._person: tuple[int, str] | None = None
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("discipline_table")
        self.table.setHorizontalHeaderLabels(
            [_("Decided on"), _("Form"), _("Decision number"), _("Has effect until")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setMaximumHeight(110)
        self.add_button = QPushButton(_("Record a discipline..."))
        self.remove_button = QPushButton(_("Remove"))
        self.add_button.clicked.connect(self.record)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(_("Discipline")))
        heading.addStretch(1)
        heading.addWidget(self.add_button)
        heading.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.table)
        self.show_person(None, "")

    def show_person(self, person_id: int | None, name: str) -> None:
        self._person = (person_id, name) if person_id is not None else None
        entries = discipline.disciplines(self._db, person_id=person_id) if person_id else []
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                dmy(entry.decided_on),
                _(discipline.FORM_WORDS[entry.form]),
                entry.decision_number or "",
                dmy(entry.effect_until) if entry.effect_until else _("its year only"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_DISCIPLINE_ID, entry.id)
                if entry.reason:
                    item.setToolTip(entry.reason)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def record(self) -> None:
        if self._person is None:
            return
        dialog = DisciplineDialog(self._db, *self._person, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.group is not None:
            self.edited.emit(dialog.group)
            self.show_person(*self._person)

    def remove_chosen(self) -> None:
        items = self.table.selectedItems()
        if not items or self._person is None:
            return
        try:
            group = discipline.remove_discipline(self._db, items[0].data(_DISCIPLINE_ID))
        except KienanError as error:
            QMessageBox.warning(self, _("Discipline"), shown(error))
            return
        self.edited.emit(group)
        self.show_person(*self._person)

    def _update_buttons(self) -> None:
        writable = self._person is not None and is_writable(self._db)
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and bool(self.table.selectedItems()))
        tip = "" if self._person is not None else _("Choose a person first")
        self.add_button.setToolTip(tip)
