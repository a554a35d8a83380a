"""Decisions & awards: proposals with the rule check of every line, the decision that turns
accepted lines into awards, the decisions made (with their pack), and the register. The
parts are in ui/pages/decisions/; this page puts them in tabs and tells them what changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox, QTableView, QTabWidget, QVBoxLayout

from kienan_awards.core.awards import decisions
from kienan_awards.core.changes import ChangeSet
from kienan_awards.core.i18n import _
from kienan_awards.ui.dialogs.certificates_dialog import CertificatesDialog
from kienan_awards.ui.pages.decisions.decided_part import DecidedPart
from kienan_awards.ui.pages.decisions.decisions_part import DecisionsPart
from kienan_awards.ui.pages.decisions.proposals_part import ProposalsPart
from kienan_awards.ui.pages.decisions.register_part import RegisterPart
from kienan_awards.ui.pages.decisions.review_part import ReviewPart
from kienan_awards.ui.pages.window_page import WindowPage

PROPOSALS_TAB, DECISIONS_TAB, REGISTER_TAB = range(3)


class DecisionsPage(WindowPage):
    shows = ProposalsPart.shows | DecidedPart.shows | RegisterPart.shows

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("decisions_page")
        self._db = db
        self.heading = QLabel(_("Decisions & awards"))
        self.heading.setObjectName("page_heading")
        self.proposals = ProposalsPart(db)
        self.reviewing = ReviewPart(db, self.proposals)
        self.proposals.add_controls(self.reviewing)
        self.decided = DecidedPart(db)
        self.register = RegisterPart(db)
        self._parts: list[DecisionsPart] = [
            self.proposals,
            self.reviewing,
            self.decided,
            self.register,
        ]
        for part in self._parts:
            part.changed.connect(lambda changes, part=part: self._part_changed(part, changes))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.proposals, _("Proposals"))
        self.tabs.addTab(self.decided, _("Decisions"))
        self.tabs.addTab(self.register, _("Register"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        # What the window, its layout keeper and the tests reach on the page.
        self.proposal_list = self.proposals.proposal_list
        self.lines_table = self.proposals.lines_table
        self.line_form = self.proposals.line_form
        self.recipient_edit = self.line_form.recipient_edit
        self.form_combo = self.line_form.form_combo
        self.rating_combo = self.line_form.rating_combo
        self.initiative_combo = self.line_form.initiative_combo
        self.achievement_edit = self.line_form.achievement_edit
        self.list_page = self.decided.list_page
        self.pack_button = self.decided.pack_button
        self.certificates_button = self.decided.certificates_button
        self.register_year = self.register.register_year
        self.register_table = self.register.register_table
        self.refresh()

    def _part_changed(self, part: DecisionsPart, changes: ChangeSet) -> None:
        # The part that made the change already shows it.
        for other in self._parts:
            if other is not part and changes.touches(other.shows):
                other.refresh()
        self.changed.emit(changes)

    # --- what the parts do, under the page's names -------------------------------------------
    @property
    def line_ids(self) -> list[int]:
        return self.proposals.line_ids

    def current_proposal_id(self) -> int | None:
        return self.proposals.current_proposal_id()

    def new_proposal(self, title: str, year: int) -> int:
        return self.proposals.new_proposal(title, year)

    def add_line_from_form(self) -> None:
        self.proposals.add_line_from_form()

    def review(self, line_id: int, status: str, reason: str | None = None) -> bool:
        return self.reviewing.review(line_id, status, reason)

    def decide(
        self, number: str, decided_on: dt.date, title: str | None = None
    ) -> decisions.DecisionResult | None:
        return self.reviewing.decide(number, decided_on, title)

    def write_pack(self, decision_id: int, folder: Path) -> list[Path]:
        return self.decided.write_pack(decision_id, folder)

    def open_certificates(self, decision_id: int) -> CertificatesDialog | None:
        return self.decided.open_certificates(decision_id)

    # --- the window's page -------------------------------------------------------------------
    def refresh(self) -> None:
        for part in self._parts:
            part.refresh()

    def focus_find(self) -> bool:
        if self.tabs.currentIndex() != DECISIONS_TAB:
            return False
        self.list_page.filter_edit.setFocus()
        self.list_page.filter_edit.selectAll()
        return True

    def printable_table(self) -> tuple[str, QTableView] | None:
        """What File > Print prints from this page: the register as a book, or the tab shown."""
        tab = self.tabs.currentIndex()
        if tab == REGISTER_TAB:
            return self.register.title(), self.register_table
        if tab == DECISIONS_TAB:
            return self.list_page.heading.text(), self.list_page.table
        return self.proposals.current_title() or _("Proposal"), self.lines_table

    def show_problem(self, text: str) -> None:
        QMessageBox.warning(self, _("Decisions & awards"), text)
