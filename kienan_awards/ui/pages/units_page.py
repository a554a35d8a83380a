"""Units as a tree (district or agency > department or ward > residential group), with the
chosen unit's form, the awards found under it, and merging."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.cell_values import dmy
from kienan_awards.core.records import record_edits, units
from kienan_awards.ui.dialogs.merge_units_dialog import MergeUnitsDialog
from kienan_awards.ui.forms.person_form import iso_from_dmy
from kienan_awards.ui.messages import shown
from kienan_awards.ui.read_only import is_writable, refuse_writing

_ID_ROLE = Qt.ItemDataRole.UserRole


class UnitsPage(QWidget):
    edited = Signal(object)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("units_page")
        self._db = db
        self.unit_id: int | None = None
        self.loaded: dict = {}
        self.heading = QLabel(self.tr("Units"))
        self.heading.setObjectName("page_heading")
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("units_tree")
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("unit_name")
        self.kind_combo = QComboBox()
        for kind in units.UNIT_KINDS:
            self.kind_combo.addItem(self._kind_name(kind), kind)
        self.parent_combo = QComboBox()
        self.valid_from_edit = QLineEdit()
        self.valid_to_edit = QLineEdit()
        for edit in (self.valid_from_edit, self.valid_to_edit):
            edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.successor_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Under"), self.parent_combo)
        form.addRow(self.tr("Active from"), self.valid_from_edit)
        form.addRow(self.tr("Closed on"), self.valid_to_edit)
        form.addRow(self.tr("Successor"), self.successor_label)

        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.merge_button = QPushButton(self.tr("Merge units..."))
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(self.save_record)
        self.delete_button.clicked.connect(self.delete_record)
        self.merge_button.clicked.connect(self.choose_and_merge)
        refuse_writing(
            db,
            self.name_edit,
            self.kind_combo,
            self.parent_combo,
            self.valid_from_edit,
            self.valid_to_edit,
            self.new_button,
            self.save_button,
            self.delete_button,
            self.merge_button,
        )
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.awards_table = QTableWidget(0, 4)
        self.awards_table.setObjectName("unit_awards")
        self.awards_table.setHorizontalHeaderLabels(
            [self.tr("Recipient"), self.tr("Award"), self.tr("Year"), self.tr("Unit at the time")]
        )
        self.awards_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.awards_table.horizontalHeader().setStretchLastSection(True)
        self.awards_table.verticalHeader().setVisible(False)
        self.awards_table.resizeColumnsToContents()  # the titles whole, before any award shows

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(form)
        details_layout.addLayout(buttons)
        details_layout.addWidget(
            QLabel(self.tr("Awards under this unit and the units merged into it"))
        )
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
        self.tree.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.refresh()
        self.new_record()

    def _kind_name(self, kind: str) -> str:
        names = {
            "district": self.tr("District"),
            "agency": self.tr("Agency"),
            "department": self.tr("Department"),
            "ward": self.tr("Ward"),
            "residential_group": self.tr("Residential group"),
        }
        return names.get(kind, self.tr("Other"))

    # --- the tree --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Active from"), self.tr("Closed on")]
        )
        rows = units.list_units(self._db)
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
                parent = items[parent_id] if parent_id is not None else self.model
                parent.appendRow(row)
                items[unit.id] = row[0]
            if len(waiting) == len(pending):  # a cycle in parent links: show them at top level
                known -= {unit.id for unit in waiting}
            pending = waiting
        self.tree.expandToDepth(0)
        self.tree.resizeColumnToContents(0)
        self._fill_parents()
        if self.unit_id is not None:
            try:
                self.open_unit(self.unit_id)
            except KienanError:
                self.new_record()

    def _fill_parents(self) -> None:
        current = self.parent_combo.currentData()
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("(top level)"), None)
        for unit in units.list_units(self._db):
            self.parent_combo.addItem(unit.name, unit.id)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(current)))

    def _row_chosen(self, current, _previous=None) -> None:
        if current.isValid():
            self.open_unit(current.data(_ID_ROLE))

    def selected_ids(self) -> list[int]:
        return [index.data(_ID_ROLE) for index in self.tree.selectionModel().selectedRows()]

    # --- the form --------------------------------------------------------------------------
    def form_values(self) -> dict:
        def date_of(edit: QLineEdit):
            try:
                return iso_from_dmy(edit.text())
            except ValueError:
                return edit.text().strip()

        return {
            "name": self.name_edit.text(),
            "kind": self.kind_combo.currentData(),
            "parent_id": self.parent_combo.currentData(),
            "valid_from": date_of(self.valid_from_edit),
            "valid_to": date_of(self.valid_to_edit),
        }

    def has_unsaved_changes(self) -> bool:
        values = self.form_values()
        values["name"] = " ".join(values["name"].split())
        if self.unit_id is None:
            return bool(values["name"])
        return any(values[key] != self.loaded.get(key) for key in values)

    def new_record(self) -> None:
        self.unit_id = None
        self.loaded = {}
        self.name_edit.clear()
        self.kind_combo.setCurrentIndex(self.kind_combo.findData("ward"))
        parent = self.selected_ids()
        self.parent_combo.setCurrentIndex(
            max(0, self.parent_combo.findData(parent[0] if parent else None))
        )
        self.valid_from_edit.clear()
        self.valid_to_edit.clear()
        self.successor_label.clear()
        self.awards_table.setRowCount(0)
        self.awards_table.resizeColumnsToContents()
        self.delete_button.setEnabled(False)
        self.name_edit.setFocus()

    def open_unit(self, unit_id: int) -> None:
        row = record_edits.fetch(self._db, "units", unit_id)
        self.unit_id = unit_id
        self.loaded = {
            key: row[key] for key in ("name", "kind", "parent_id", "valid_from", "valid_to")
        }
        self.name_edit.setText(row["name"])
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(row["kind"])))
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(row["parent_id"])))
        self.valid_from_edit.setText(dmy(row["valid_from"]))
        self.valid_to_edit.setText(dmy(row["valid_to"]))
        successor = (
            record_edits.fetch(self._db, "units", row["successor_id"])["name"]
            if row["successor_id"]
            else ""
        )
        self.successor_label.setText(successor)
        awards = units.awards_under(self._db, unit_id)
        self.awards_table.setRowCount(len(awards))
        for r, values in enumerate(awards):
            for c, value in enumerate(values):
                self.awards_table.setItem(r, c, QTableWidgetItem(str(value or "")))
        self.awards_table.resizeColumnsToContents()
        self.delete_button.setEnabled(is_writable(self._db))

    def save_record(self) -> bool:
        try:
            group = units.save_unit(
                self._db,
                self.unit_id,
                self.form_values(),
                expected=self.loaded if self.unit_id else None,
            )
        except KienanError as error:
            self.show_problem(shown(error))
            return False
        self.edited.emit(group)
        self.unit_id = self.unit_id or group.record_id
        self.refresh()
        return True

    def delete_record(self) -> None:
        if self.unit_id is None:
            return
        try:
            group = units.move_unit_to_trash(self._db, self.unit_id)
        except KienanError as error:
            self.show_problem(shown(error))
            return
        self.edited.emit(group)
        self.unit_id = None
        self.refresh()
        self.new_record()

    def choose_and_merge(self) -> None:
        dialog = MergeUnitsDialog(self._db, self.selected_ids(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.merge(*dialog.chosen())

    def merge(self, unit_ids, merged_on, successor_id=None, successor_name=None) -> bool:
        try:
            group = units.merge_units(self._db, unit_ids, merged_on, successor_id, successor_name)
        except KienanError as error:
            self.show_problem(shown(error))
            return False
        self.edited.emit(group)
        self.unit_id = successor_id or group.record_id
        self.refresh()
        return True

    def show_problem(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Units"), text)
