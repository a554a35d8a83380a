"""The proposals tab: the list of proposals, the chosen one's lines with the rule check of
each, and the form that adds a line; while there is no proposal, how to make the first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.awards import decisions, proposals
from kienan_awards.core.awards.proposals import ProposalLine, ProposalSummary
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.i18n import _, ngettext
from kienan_awards.ui.pages.decisions.button_states import allow
from kienan_awards.ui.pages.decisions.decisions_part import DecisionsPart, page_title
from kienan_awards.ui.pages.decisions.dossier_action import DossierButton
from kienan_awards.ui.pages.decisions.first_proposal_panel import FirstProposalPanel
from kienan_awards.ui.pages.decisions.line_form import LineForm
from kienan_awards.ui.pages.decisions.proposal_lines_table import ProposalLinesTable
from kienan_awards.ui.read_only import refuse_writing

FIRST_STEP, PROPOSALS = range(2)


class ProposalsPart(DecisionsPart):
    # The rule check reads people, units, awards in force and the catalogue's rules.
    shows = frozenset(
        {
            RecordKind.PROPOSALS,
            RecordKind.PEOPLE,
            RecordKind.UNITS,
            RecordKind.AWARDS,
            RecordKind.CATALOGUE,
        }
    )
    # The proposal or line chosen, or the lines shown, changed: the buttons look again.
    state_changed = Signal()

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.lines: list[ProposalLine] = []
        self._proposals: dict[int, ProposalSummary] = {}
        self.proposal_list = QListWidget()
        self.proposal_list.setObjectName("proposal_list")
        self.proposal_list.currentItemChanged.connect(lambda *_: self.show_lines())
        self.lines_table = ProposalLinesTable(db)
        self.lines_table.itemSelectionChanged.connect(self.state_changed)
        self.new_button = QPushButton(_("New proposal..."))
        self.new_button.clicked.connect(self.ask_new_proposal)
        self.line_form = LineForm(db)
        self.line_form.add_button.clicked.connect(self.add_line_from_form)
        self.line_form.recipient_edit.textChanged.connect(self.state_changed)
        refuse_writing(db, self.new_button, self.line_form)
        self.first_step = FirstProposalPanel(db)
        self.first_step.new_button.clicked.connect(self.ask_new_proposal)
        self._buttons = QHBoxLayout()
        self._buttons.addWidget(self.new_button)
        self._buttons.addStretch(1)
        self.dossier_button = DossierButton(db, self.current_proposal_id, page_title())
        self._buttons.addWidget(self.dossier_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(self._buttons)
        right_layout.addWidget(self.lines_table, 1)
        right_layout.addWidget(self.line_form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("proposals_splitter")
        splitter.addWidget(self.proposal_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        self.stack = QStackedWidget()
        self.stack.insertWidget(FIRST_STEP, self.first_step)
        self.stack.insertWidget(PROPOSALS, splitter)
        QVBoxLayout(self).addWidget(self.stack)
        self.state_changed.connect(self._update_add_button)
        self.state_changed.connect(self.dossier_button.update_state)

    def add_controls(self, controls: QWidget) -> None:
        """Put more buttons beside "New proposal..." (the review's)."""
        # Before the stretch; the dossier's button stays at the far end.
        self._buttons.insertWidget(self._buttons.count() - 2, controls)

    # --- what is chosen ----------------------------------------------------------------------
    def current_proposal_id(self) -> int | None:
        item = self.proposal_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_proposal(self) -> ProposalSummary | None:
        return self._proposals.get(self.current_proposal_id())

    def current_title(self) -> str | None:
        item = self.proposal_list.currentItem()
        return item.text() if item else None

    @property
    def line_ids(self) -> list[int]:
        return [line.id for line in self.lines]

    def current_line(self) -> ProposalLine | None:
        rows = self.lines_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def current_line_id(self) -> int | None:
        line = self.current_line()
        return line.id if line else None

    # --- doors -------------------------------------------------------------------------------
    def new_proposal(self, title: str, year: int) -> int:
        group = decisions.create_proposal(self._db, title, year)
        self.refresh()
        for row in range(self.proposal_list.count()):
            if self.proposal_list.item(row).data(Qt.ItemDataRole.UserRole) == group.record_id:
                self.proposal_list.setCurrentRow(row)
        self.changed.emit(group.changes)
        return group.record_id

    def ask_new_proposal(self) -> None:
        title, ok = QInputDialog.getText(self, _("New proposal"), _("Title"))
        if ok and title.strip():
            year, ok = QInputDialog.getInt(
                self,
                _("New proposal"),
                _("Year of the achievement"),
                dt.date.today().year - 1,
                1990,
                2100,
            )
            if ok:
                self.run(lambda: self.new_proposal(title, year))

    def add_line_from_form(self) -> None:
        proposal_id = self.current_proposal_id()
        if proposal_id is None:
            self.show_problem(_("Choose or create a proposal first."))
            return
        picker = self.line_form.recipient_edit
        namesakes = picker.namesakes() if picker.picked is None else []
        if len(namesakes) > 1:
            self.show_problem(
                ngettext(
                    "{count} recorded person or unit is named '{name}': pick one from the list, "
                    "where each shows the birth year and unit",
                    "{count} recorded people or units are named '{name}': pick one from the "
                    "list, where each shows the birth year and unit",
                    len(namesakes),
                ).format(count=len(namesakes), name=picker.text())
            )
            picker.show_namesakes()
            return
        added = []

        def add():
            recipient = (
                picker.picked.line_fields()
                if picker.picked
                else proposals.proposed_recipient(self._db, picker.text())
            )
            fields = {**recipient, **self.line_form.line_fields()}
            added.append(decisions.add_line(self._db, proposal_id, fields))
            picker.clear()

        if self.run(add):
            self.show_lines()
            self.changed.emit(added[0].changes)

    # --- showing -----------------------------------------------------------------------------
    def show_lines(self) -> None:
        proposal_id = self.current_proposal_id()
        self.lines = proposals.proposal_lines(self._db, proposal_id) if proposal_id else []
        self.lines_table.show_lines(self.lines)
        self.state_changed.emit()

    def _update_add_button(self) -> None:
        if self.current_proposal_id() is None:
            why_not = _("Choose or create a proposal first.")
        elif not self.line_form.recipient_edit.text().strip():
            why_not = _("Type the recipient's name and pick them from the list")
        else:
            why_not = None
        allow(self.line_form.add_button, why_not, self._db)

    def refresh(self) -> None:
        current = self.current_proposal_id()
        self.proposal_list.blockSignals(True)
        self.proposal_list.clear()
        listed = proposals.proposal_list(self._db)
        self._proposals = {proposal.id: proposal for proposal in listed}
        for proposal in listed:
            mark = "✓ " if proposal.decided else ""
            item = QListWidgetItem(f"{mark}{proposal.title} ({proposal.achievement_year})")
            item.setData(Qt.ItemDataRole.UserRole, proposal.id)
            item.setToolTip(item.text())
            self.proposal_list.addItem(item)
            if proposal.id == current:
                self.proposal_list.setCurrentItem(item)
        self.proposal_list.blockSignals(False)
        self.stack.setCurrentIndex(PROPOSALS if listed else FIRST_STEP)
        self.line_form.load_forms()
        self.line_form.recipient_edit.load()
        self.show_lines()
