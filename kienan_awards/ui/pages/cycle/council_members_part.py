"""The council's members by date: the list (in office on the day chosen or not), the form that
adds a member from a day, and the end of a chosen member's term."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.cycle import council
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.ui.dialogs.dialog_parts import failure_label, first_day_edit
from kienan_awards.ui.pages.cycle.plain_tables import fill, read_only_table
from kienan_awards.ui.read_only import is_writable


def day_text(day: dt.date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


class CouncilMembersPart(QWidget):
    changed = Signal(object)  # the ChangeSet of a member added or a term ended

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.member_ids: list[int] = []
        self.table = read_only_table([_("Name"), _("Role in the council"), _("From"), _("To")])
        self.table.setObjectName("council_members_table")
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._chosen_changed)

        self.name_edit = QLineEdit()
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText(_("e.g. Chủ tịch Hội đồng, Ủy viên"))
        self.from_edit = first_day_edit()
        self.ends_box = QCheckBox(_("Term ends on"))
        self.to_edit = first_day_edit()
        self.to_edit.setEnabled(False)
        self.ends_box.toggled.connect(self.to_edit.setEnabled)
        self.add_button = QPushButton(_("Add the member"))
        self.add_button.setObjectName("add_council_member")
        self.add_button.clicked.connect(self.add)
        self.end_edit = first_day_edit()
        self.end_button = QPushButton(_("End the chosen member's term"))
        self.end_button.setObjectName("end_council_member")
        self.end_button.clicked.connect(self.end)
        self.end_button.setEnabled(False)
        self.problem = failure_label("council_member_problem")

        form_box = QWidget()
        form = QFormLayout()
        form.addRow(_("Full name"), self.name_edit)
        form.addRow(_("Role in the council"), self.role_edit)
        form.addRow(_("Member from"), self.from_edit)
        form.addRow(self.ends_box, self.to_edit)
        ending = QFormLayout()
        ending.addRow(_("Last day in office"), self.end_edit)
        form_layout = QVBoxLayout(form_box)
        form_layout.addWidget(QLabel(_("A new member")))
        form_layout.addLayout(form)
        form_layout.addLayout(_row(self.add_button))
        form_layout.addSpacing(12)
        form_layout.addWidget(QLabel(_("The member chosen in the list")))
        form_layout.addLayout(ending)
        form_layout.addLayout(_row(self.end_button))
        form_layout.addWidget(self.problem)
        form_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        members = council.council_members(self._db)
        self.member_ids = [m.id for m in members]
        fill(
            self.table,
            [[m.name, m.role, day_text(m.valid_from), day_text(m.valid_to)] for m in members],
        )
        self._chosen_changed()

    def chosen_member(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.member_ids[rows[0].row()] if rows else None

    def choose(self, member_id: int) -> None:
        self.table.selectRow(self.member_ids.index(member_id))

    def _chosen_changed(self) -> None:
        # Chosen or not, a read-only database keeps the button off.
        chosen = self.chosen_member() is not None
        self.end_button.setEnabled(chosen and is_writable(self._db))

    def _done(self, action) -> bool:
        try:
            changes = action()
        except KienanError as error:
            self.problem.setText(shown(error))
            return False
        self.problem.clear()
        self.refresh()
        self.changed.emit(changes)
        return True

    def add(self) -> bool:
        to = self.to_edit.date().toPython() if self.ends_box.isChecked() else None

        def record():
            return council.record_member(
                self._db,
                self.name_edit.text(),
                self.role_edit.text(),
                self.from_edit.date().toPython(),
                to,
            )

        if not self._done(record):
            return False
        self.name_edit.clear()
        self.role_edit.clear()
        self.ends_box.setChecked(False)
        return True

    def end(self) -> bool:
        member_id = self.chosen_member()
        if member_id is None:
            self.problem.setText(_("Choose a member in the list first."))
            return False
        last_day = self.end_edit.date().toPython()
        return self._done(lambda: council.end_member(self._db, member_id, last_day))


def _row(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row
