"""Units as a tree (district or agency > department or ward > residential group), with the
chosen unit's form and line of succession, the awards found under it, merging and splitting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.records import record_edits, unit_splits, unit_successions, units
from kienan_awards.ui.dialogs.merge_units_dialog import MergeUnitsDialog
from kienan_awards.ui.dialogs.split_unit_dialog import SplitChoice, SplitUnitDialog
from kienan_awards.ui.forms.unit_form import UnitForm
from kienan_awards.ui.pages.unit_tree import UnitTree
from kienan_awards.ui.pages.window_page import WindowPage
from kienan_awards.ui.read_only import is_writable, refuse_writing


class UnitsPage(WindowPage):
    shows = frozenset({RecordKind.UNITS, RecordKind.AWARDS})  # and the awards under each

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("units_page")
        self._db = db
        self.heading = QLabel(_("Units"))
        self.heading.setObjectName("page_heading")
        self.form = UnitForm(db)
        self.tree = UnitTree(self.form.kind_name)
        self.model = self.tree.unit_model
        self.tree.unit_chosen.connect(self.open_unit)

        self.new_button = QPushButton(_("New"))
        self.save_button = QPushButton(_("Save"))
        self.delete_button = QPushButton(_("Delete"))
        self.merge_button = QPushButton(_("Merge units..."))
        self.split_button = QPushButton(_("Split unit..."))
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(self.save_record)
        self.delete_button.clicked.connect(self.delete_record)
        self.merge_button.clicked.connect(self.choose_and_merge)
        self.split_button.clicked.connect(self.choose_and_split)
        actions = (
            self.new_button,
            self.save_button,
            self.delete_button,
            self.merge_button,
            self.split_button,
        )
        refuse_writing(db, *actions)
        buttons = QHBoxLayout()
        for button in actions:
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.awards_table = QTableWidget(0, 4)
        self.awards_table.setObjectName("unit_awards")
        self.awards_table.setHorizontalHeaderLabels(
            [_("Recipient"), _("Award"), _("Year"), _("Unit at the time")]
        )
        self.awards_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.awards_table.horizontalHeader().setStretchLastSection(True)
        self.awards_table.verticalHeader().setVisible(False)
        self.awards_table.resizeColumnsToContents()  # the titles whole, before any award shows

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.form)
        details_layout.addLayout(buttons)
        details_layout.addWidget(QLabel(_("Awards under this unit and the units it came from")))
        details_layout.addWidget(self.awards_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("units_splitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        self.refresh()
        self.new_record()

    def refresh(self) -> None:
        rows = units.list_units(self._db)
        self.tree.show_units(rows, unit_successions.all_successions(self._db))
        self.form.fill_parents(rows)
        if self.form.unit_id is not None:
            try:
                self.open_unit(self.form.unit_id)
            except KienanError:  # gone (undone creation): start afresh
                self.new_record()

    # --- the window's commands -------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.form.is_dirty()

    def new_record(self) -> None:
        parent = self.tree.selected_ids()
        self.form.clear(parent[0] if parent else None)
        self.awards_table.setRowCount(0)
        self.awards_table.resizeColumnsToContents()
        self.delete_button.setEnabled(False)

    def open_unit(self, unit_id: int) -> None:
        row = record_edits.fetch(self._db, "units", unit_id)
        self.form.load(
            unit_id,
            row,
            shown(
                unit_successions.predecessors_line(
                    unit_successions.predecessors_of(self._db, unit_id)
                )
            ),
            shown(
                unit_successions.successors_line(unit_successions.successors_of(self._db, unit_id))
            ),
        )
        awards = units.awards_under(self._db, unit_id)
        self.awards_table.setRowCount(len(awards))
        for r, values in enumerate(awards):
            for c, value in enumerate(values):
                self.awards_table.setItem(r, c, QTableWidgetItem(str(value or "")))
        self.awards_table.resizeColumnsToContents()
        self.delete_button.setEnabled(is_writable(self._db))

    def save_record(self) -> bool:
        form = self.form
        try:
            group = units.save_unit(
                self._db,
                form.unit_id,
                form.values(),
                expected=form.loaded if form.unit_id else None,
            )
        except KienanError as error:
            self.show_problem(shown(error))
            return False
        self.edited.emit(group)
        form.unit_id = form.unit_id or group.record_id
        self.refresh()
        return True

    def delete_record(self) -> None:
        if self.form.unit_id is None:
            return
        try:
            group = units.move_unit_to_trash(self._db, self.form.unit_id)
        except KienanError as error:
            self.show_problem(shown(error))
            return
        self.edited.emit(group)
        self.form.unit_id = None
        self.refresh()
        self.new_record()

    def choose_and_merge(self) -> None:
        dialog = MergeUnitsDialog(self._db, self.tree.selected_ids(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.merge(*dialog.chosen(), confirmed=dialog.confirmed.isChecked())

    def merge(
        self, unit_ids, merged_on, successor_id=None, successor_name=None, confirmed=True
    ) -> bool:
        try:
            group = units.merge_units(
                self._db, unit_ids, merged_on, successor_id, successor_name, confirmed=confirmed
            )
        except KienanError as error:
            self.show_problem(shown(error))
            return False
        self.edited.emit(group)
        self.form.unit_id = successor_id or group.record_id
        self.refresh()
        return True

    def choose_and_split(self) -> None:
        chosen = self.tree.selected_ids()
        dialog = SplitUnitDialog(self._db, chosen[0] if chosen else self.form.unit_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.split(dialog.chosen())

    def split(self, choice: SplitChoice) -> bool:
        if choice.unit_id is None:
            self.show_problem(_("Choose the unit to split."))
            return False
        try:
            group = unit_splits.split_unit(
                self._db,
                choice.unit_id,
                choice.successor_ids,
                choice.day,
                new_names=choice.new_names,
                whole=choice.whole,
                confirmed=choice.confirmed,
                note=choice.note,
                members_to=choice.members_to,
            )
        except KienanError as error:
            self.show_problem(shown(error))
            return False
        self.edited.emit(group)
        self.form.unit_id = choice.unit_id
        self.refresh()
        return True

    def show_problem(self, text: str) -> None:
        QMessageBox.warning(self, _("Units"), text)
