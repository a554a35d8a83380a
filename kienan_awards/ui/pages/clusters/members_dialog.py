"""A cluster's members for one year, in place of those recorded: units added by typing part
of their name and picking from the list, taken out again, and the leader and the deputy
chosen among them. The core checks them all on Save; nothing is written when it refuses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from kienan_awards.core.clusters import clusters
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.ui.dialogs.dialog_parts import failure_label, save_cancel_buttons
from kienan_awards.ui.pages.clusters.cluster_members import YearMembers
from kienan_awards.ui.pages.clusters.unit_picker import UnitPicker

UNIT_ROLE = Qt.ItemDataRole.UserRole


class MembersDialog(QDialog):
    def __init__(self, db, cluster: clusters.Cluster, year: int, now: YearMembers, parent=None):
        super().__init__(parent)
        self.setWindowTitle(
            _("Members of {cluster} in {year}").format(cluster=cluster.name, year=year)
        )
        self._db = db
        self._cluster = cluster
        self._year = year
        self.changes = None
        self.picker = UnitPicker(db)
        self.picker.setObjectName("member_picker")
        self.picker.load()
        self.picker.returnPressed.connect(self.add_picked)
        add_button = QPushButton(_("Add"))
        add_button.clicked.connect(self.add_picked)
        self.members = QListWidget()
        self.members.setObjectName("cluster_member_list")
        remove_button = QPushButton(_("Take out"))
        remove_button.clicked.connect(self.remove_chosen)
        self.leader_combo = QComboBox()
        self.deputy_combo = QComboBox()
        self.problem = failure_label("members_problem")

        adding = QHBoxLayout()
        adding.addWidget(self.picker, 1)
        adding.addWidget(add_button)
        removing = QHBoxLayout()
        removing.addStretch(1)
        removing.addWidget(remove_button)
        roles = QFormLayout()
        roles.addRow(_("Leader"), self.leader_combo)
        roles.addRow(_("Deputy"), self.deputy_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Add a unit")))
        layout.addLayout(adding)
        layout.addWidget(QLabel(_("Members")))
        layout.addWidget(self.members, 1)
        layout.addLayout(removing)
        layout.addLayout(roles)
        layout.addWidget(self.problem)
        layout.addWidget(save_cancel_buttons(self, self.save))
        self.resize(620, 560)
        for unit_id, name in zip(now.ids, now.names, strict=True):
            self._append(unit_id, name)
        self._show_roles(now.leader, now.deputy)

    def member_ids(self) -> list[int]:
        return [self.members.item(row).data(UNIT_ROLE) for row in range(self.members.count())]

    def _append(self, unit_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(UNIT_ROLE, unit_id)
        self.members.addItem(item)

    def add_picked(self) -> None:
        """The unit picked (or named whole) added to the members; else what is wrong."""
        typed = self.picker.text().strip()
        choice = self.picker.picked
        if choice is None:
            if len(self.picker.namesakes()) > 1:
                self.problem.setText(
                    _("Several units are named '{name}': pick one from the list.").format(
                        name=typed
                    )
                )
                self.picker.show_namesakes()
            elif typed:
                self.problem.setText(
                    _(
                        "'{name}' is not a recorded unit: type part of its name and pick it "
                        "from the list."
                    ).format(name=typed)
                )
            self.picker.setFocus()
            return
        if choice.id in self.member_ids():
            self.problem.setText(
                _("'{name}' is among the members already.").format(name=choice.name)
            )
            return
        self._append(choice.id, choice.name)
        self.picker.clear()
        self.problem.clear()
        self._show_roles(self.leader_combo.currentData(), self.deputy_combo.currentData())

    def remove_chosen(self) -> None:
        row = self.members.currentRow()
        if row >= 0:
            self.members.takeItem(row)
            self._show_roles(self.leader_combo.currentData(), self.deputy_combo.currentData())

    def _show_roles(self, leader: int | None, deputy: int | None) -> None:
        """Both lists offer every member (and none), keeping the choice while it is a member."""
        for combo, chosen in ((self.leader_combo, leader), (self.deputy_combo, deputy)):
            combo.clear()
            combo.addItem(_("(none)"), None)
            for row in range(self.members.count()):
                item = self.members.item(row)
                combo.addItem(item.text(), item.data(UNIT_ROLE))
            combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def choose_roles(self, leader: int | None, deputy: int | None) -> None:
        self._show_roles(leader, deputy)

    def save(self) -> None:
        try:
            self.changes = clusters.set_members(
                self._db,
                self._cluster.id,
                self._year,
                self.member_ids(),
                self.leader_combo.currentData(),
                self.deputy_combo.currentData(),
            )
        except KienanError as error:
            self.problem.setText(shown(error))
            return
        self.accept()
