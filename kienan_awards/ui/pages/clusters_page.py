"""The emulation clusters and blocks (cụm, khối thi đua): each with the decision that set it
up, and for the year chosen its members with the leader and the deputy, its pact, its scoring
grid and its ranking. Each change goes through one door of the core (record a cluster, set the
year's members, copy last year's, record the pact, the review meeting, scores read from a
sheet or typed in the grid, a proposal from the ranking) and is told to the window as a change
set."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
)

from kienan_awards.core.changes import RecordKind
from kienan_awards.core.clusters import clusters
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.ui.dialogs.dialog_parts import failure_label
from kienan_awards.ui.pages.clusters.cluster_dialog import ClusterDialog
from kienan_awards.ui.pages.clusters.cluster_list import cluster_table, fill_cluster_table
from kienan_awards.ui.pages.clusters.cluster_members import year_members
from kienan_awards.ui.pages.clusters.cluster_year_tabs import ClusterYearTabs
from kienan_awards.ui.pages.clusters.members_dialog import MembersDialog
from kienan_awards.ui.pages.clusters.pact_dialog import PactDialog
from kienan_awards.ui.pages.clusters.scoring_actions import ScoringActions
from kienan_awards.ui.pages.window_page import WindowPage
from kienan_awards.ui.read_only import is_writable, refuse_writing


class ClustersPage(WindowPage):
    # Target criteria are scored from the movements' figures; a ranking is proposed.
    shows = frozenset(
        {RecordKind.CLUSTERS, RecordKind.UNITS, RecordKind.MOVEMENTS, RecordKind.PROPOSALS}
    )

    def __init__(self, db, parent=None, year: int | None = None):
        super().__init__(parent)
        self.setObjectName("clusters_page")
        self._db = db
        self.listed: list[clusters.Cluster] = []
        self.scored = None  # the chosen cluster-year scored, when it has a table
        heading = QLabel(_("Emulation clusters and blocks"))
        heading.setObjectName("page_heading")
        self.year_box = QSpinBox()
        self.year_box.setRange(1990, 2100)
        self.year_box.setValue(year or dt.date.today().year)
        self.year_box.valueChanged.connect(self.refresh)
        self.table = cluster_table()
        self.table.itemSelectionChanged.connect(self.show_chosen)
        self.actions = ScoringActions(db, self)
        self.actions.changed.connect(self._scoring_changed)
        self.tabs = ClusterYearTabs(db, self.actions)
        if is_writable(db):
            self.tabs.scoring.allow_entry(db)
        self.tabs.scoring.changed.connect(self._scoring_changed)
        self.details = self.tabs.details
        self.record_button = QPushButton(_("Record a cluster or block…"))
        self.record_button.clicked.connect(self.record_cluster)
        self.members_button = QPushButton(_("Set the year's members…"))
        self.members_button.clicked.connect(self.set_members)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_last_year)
        self.pact_button = QPushButton(_("Record the pact…"))
        self.pact_button.clicked.connect(self.record_pact)
        self.problem = failure_label("clusters_problem")
        self.problem.hide()
        refuse_writing(
            db, self.record_button, self.members_button, self.copy_button, self.pact_button
        )

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(_("Year")))
        top.addWidget(self.year_box)
        buttons = QHBoxLayout()
        for button in (self.record_button, self.members_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addWidget(self.pact_button)
        buttons.addStretch(1)
        # A year has a few clusters: their list above, the chosen one's tabs at full width
        # below, where a scoring grid's member columns fit side by side.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([96, 580])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        self.refresh()

    @property
    def year(self) -> int:
        return self.year_box.value()

    def refresh(self) -> None:
        """The clusters listed again, the one chosen kept."""
        chosen = self.chosen()
        self._list_again(chosen.id if chosen else None)

    def _list_again(self, choosing: int | None) -> None:
        self.listed = clusters.clusters(self._db)
        self.table.blockSignals(True)
        fill_cluster_table(self.table, self.listed, clusters.cluster_years(self._db, self.year))
        self.table.blockSignals(False)
        self.copy_button.setText(
            _("Copy {last}'s members to {year}").format(last=self.year - 1, year=self.year)
        )
        self.choose(choosing)

    def printable_table(self):
        """File > Print: the scoring grid or the ranking on their tabs, else the year's clusters
        and blocks."""
        title = _("Emulation clusters and blocks in {year}").format(year=self.year)
        return self.tabs.printable(self.chosen(), self.year) or (title, self.table)

    def chosen(self) -> clusters.Cluster | None:
        row = self.table.currentRow()
        return self.listed[row] if 0 <= row < len(self.listed) else None

    def choose(self, cluster_id: int | None) -> None:
        """That cluster chosen in the list (the first when it is not listed)."""
        ids = [cluster.id for cluster in self.listed]
        row = ids.index(cluster_id) if cluster_id in ids else 0
        if ids:
            self.table.selectRow(row)
        self.show_chosen()

    def show_chosen(self) -> None:
        cluster = self.chosen()
        if cluster is None:
            self.details.show_cluster(None, self.year)
        else:
            members = year_members(self._db, cluster.id, self.year)
            pact = clusters.cluster_pact(self._db, cluster.id, self.year)
            self.details.show_cluster(cluster, self.year, members, pact)
        on = cluster is not None and is_writable(self._db)
        for button in (self.members_button, self.copy_button, self.pact_button):
            button.setEnabled(on)
        self.scored = self.tabs.show_year(cluster, self.year)
        self.actions.show_year(self.scored)

    def open_dialog(self, dialog: QDialog) -> bool:
        """Shows the dialog until saved or cancelled (tests answer it instead)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _done(self, changes, cluster_id: int | None) -> None:
        self.show_problem("")
        self._list_again(cluster_id)  # scored once: a typed score comes here each time
        self.changed.emit(changes)

    def _scoring_changed(self, changes) -> None:
        chosen = self.chosen()
        self._done(changes, chosen.id if chosen else None)

    def new_record(self) -> None:
        self.record_cluster()

    def record_cluster(self) -> None:
        dialog = ClusterDialog(self._db, self)
        if self.open_dialog(dialog) and dialog.changes is not None:
            (cluster_id,) = dialog.changes.ids[RecordKind.CLUSTERS]
            self._done(dialog.changes, cluster_id)

    def set_members(self) -> None:
        cluster = self.chosen()
        if cluster is None:
            return
        now = year_members(self._db, cluster.id, self.year)
        dialog = MembersDialog(self._db, cluster, self.year, now, self)
        if self.open_dialog(dialog) and dialog.changes is not None:
            self._done(dialog.changes, cluster.id)

    def record_pact(self) -> None:
        cluster = self.chosen()
        if cluster is None:
            return
        members = year_members(self._db, cluster.id, self.year)
        signed = clusters.pact_signatories(self._db, cluster.id, self.year)
        dialog = PactDialog(self._db, cluster, self.year, members, signed, self)
        if self.open_dialog(dialog) and dialog.changes is not None:
            self._done(dialog.changes, cluster.id)

    def copy_last_year(self) -> None:
        cluster = self.chosen()
        if cluster is None:
            return
        try:
            changes = clusters.copy_members_to_next_year(self._db, cluster.id, self.year - 1)
        except KienanError as error:
            self.show_problem(shown(error))
            return
        self._done(changes, cluster.id)
