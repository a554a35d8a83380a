"""A proposal made from a cluster-year's ranking: which award form goes to how many of the
leading members in rank order (the flag to the first, a Bằng khen to the next), and the day
the proposal is received. The core makes it in one go or refuses, naming why."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QGridLayout, QLabel, QSpinBox, QVBoxLayout

from kienan_awards.core.awards.catalogue import award_forms
from kienan_awards.core.clusters import clusters
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.text import fold
from kienan_awards.ui.dialogs.dialog_parts import (
    failure_label,
    first_day_edit,
    save_cancel_buttons,
)

ROWS = 2  # a cluster puts its first members forward for one form, the next for another


class ProposalDialog(QDialog):
    def __init__(
        self,
        db,
        cluster: clusters.Cluster,
        year: int,
        leading_count: int,
        leading_basis: str = "",
        parent=None,
    ):
        super().__init__(parent)
        self.setWindowTitle(
            _("Propose the leading members of {cluster} for {year}").format(
                cluster=cluster.name, year=year
            )
        )
        self._db = db
        self._cluster = cluster
        self._year = year
        self.changes = None
        names = [form.name_vi for form in award_forms(db) if "collective" in form.recipient_kinds]
        self.form_combos: list[QComboBox] = []
        self.count_spins: list[QSpinBox] = []
        grid = QGridLayout()
        grid.addWidget(QLabel(_("Award form")), 0, 0)
        grid.addWidget(QLabel(_("How many, in rank order")), 0, 1)
        for row in range(ROWS):
            combo = QComboBox()
            combo.addItem(_("(none)"), "")
            for name in names:
                combo.addItem(name, name)
            spin = QSpinBox()
            spin.setRange(0, 50)
            grid.addWidget(combo, row + 1, 0)
            grid.addWidget(spin, row + 1, 1)
            self.form_combos.append(combo)
            self.count_spins.append(spin)
        grid.setColumnStretch(0, 1)
        # The form the cluster's rules name for its leading members, when they name one.
        basis = fold(leading_basis)
        named = next((name for name in names if fold(name) in basis), "") if basis else ""
        if named:
            self.choose(0, named, leading_count)
        self.day_edit = first_day_edit()
        self.day_edit.setDate(QDate(dt.date.today()))
        self.problem = failure_label("proposal_problem")
        layout = QVBoxLayout(self)
        if leading_basis:
            rules = QLabel(_("The cluster's rules: {basis}").format(basis=leading_basis))
            rules.setWordWrap(True)
            layout.addWidget(rules)
        layout.addLayout(grid)
        day = QGridLayout()
        day.addWidget(QLabel(_("Received on")), 0, 0)
        day.addWidget(self.day_edit, 0, 1)
        day.setColumnStretch(2, 1)
        layout.addLayout(day)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(save_cancel_buttons(self, self.save, _("Make the proposal")))
        self.resize(620, 250)

    def choose(self, row: int, form: str, count: int) -> None:
        combo = self.form_combos[row]
        combo.setCurrentIndex(max(combo.findData(form), 0))
        self.count_spins[row].setValue(count)

    def awards(self) -> list[tuple[str, int]]:
        return [
            (combo.currentData(), spin.value())
            for combo, spin in zip(self.form_combos, self.count_spins, strict=True)
            if combo.currentData() and spin.value() > 0
        ]

    def save(self) -> None:
        from kienan_awards.core.clusters.ranking_proposals import propose_from_ranking

        try:
            self.changes = propose_from_ranking(
                self._db,
                self._cluster.id,
                self._year,
                self.awards(),
                self.day_edit.date().toPython(),
            )
        except KienanError as error:
            self.problem.setText(shown(error))
            return
        self.accept()
