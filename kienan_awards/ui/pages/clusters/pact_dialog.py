"""The year's pact of a cluster (bản giao ước thi đua): the day it was signed, its text, and
the members that signed it, ticked among the year's members."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout

from kienan_awards.core.clusters import clusters
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.ui.dialogs.dialog_parts import (
    failure_label,
    first_day_edit,
    save_cancel_buttons,
)
from kienan_awards.ui.pages.clusters.cluster_members import YearMembers
from kienan_awards.ui.pages.cycle.meeting_dialog import check_list, tick, ticked


class PactDialog(QDialog):
    def __init__(
        self,
        db,
        cluster: clusters.Cluster,
        year: int,
        members: YearMembers,
        signed: list[str],
        parent=None,
    ):
        super().__init__(parent)
        self.setWindowTitle(
            _("The pact of {cluster} for {year}").format(cluster=cluster.name, year=year)
        )
        self._db = db
        self._cluster = cluster
        self._year = year
        self.changes = None
        self.day_edit = first_day_edit()
        self.day_edit.setDate(QDate(dt.date(year, 1, 1) if year else dt.date.today()))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(_("What the members pledge (may be left empty)"))
        self.text_edit.setMaximumHeight(90)
        self.signatories = check_list(list(zip(members.ids, members.names, strict=True)))
        self.signatories.setObjectName("pact_signatories")
        # A first pact is signed by every member; a pact recorded keeps its signatories.
        for unit_id, name in zip(members.ids, members.names, strict=True):
            if not signed or name in signed:
                tick(self.signatories, unit_id)
        self.problem = failure_label("pact_problem")
        form = QFormLayout()
        form.addRow(_("Signed on"), self.day_edit)
        form.addRow(_("Text"), self.text_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(_("Signed by")))
        layout.addWidget(self.signatories, 1)
        layout.addWidget(self.problem)
        layout.addWidget(save_cancel_buttons(self, self.save, _("Record the pact")))
        self.resize(600, 480)

    def save(self) -> None:
        try:
            self.changes = clusters.record_pact(
                self._db,
                self._cluster.id,
                self._year,
                self.day_edit.date().toPython(),
                self.text_edit.toPlainText(),
                [unit_id for unit_id, _name in ticked(self.signatories)],
            )
        except KienanError as error:
            self.problem.setText(shown(error))
            return
        self.accept()
