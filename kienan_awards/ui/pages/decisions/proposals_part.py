"""The proposals tab: the list of proposals, the chosen one's lines with the rule check of
each, and the form that adds a line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.awards import decisions, proposals
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.i18n import _, shown
from kienan_awards.ui.pages.decisions.decisions_part import DecisionsPart
from kienan_awards.ui.pages.decisions.line_form import LineForm
from kienan_awards.ui.read_only import refuse_writing

REVIEW_LOOK = {
    "pending": "#ffffff",
    "accepted": "#e3f2d5",
    "returned": "#fff3c4",
    "rejected": "#eeeeee",
}
FINDING_COLOUR = "#f8c9c4"
CHECK_COLUMN = 3


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

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.line_ids: list[int] = []
        self.proposal_list = QListWidget()
        self.proposal_list.setObjectName("proposal_list")
        self.proposal_list.currentItemChanged.connect(lambda *_: self.show_lines())
        self.lines_table = QTableWidget(0, 5)
        self.lines_table.setObjectName("proposal_lines")
        self.lines_table.setHorizontalHeaderLabels(
            [
                _("Recipient"),
                _("Award"),
                _("Review"),
                _("Rule check"),
                _("Reason"),
            ]
        )
        self.lines_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lines_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.lines_table.horizontalHeader().setStretchLastSection(True)
        new_button = QPushButton(_("New proposal..."))
        new_button.clicked.connect(self.ask_new_proposal)
        self.line_form = LineForm(db)
        self.line_form.add_button.clicked.connect(self.add_line_from_form)
        refuse_writing(db, new_button, self.line_form)
        self._buttons = QHBoxLayout()
        self._buttons.addWidget(new_button)
        self._buttons.addStretch(1)
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
        QVBoxLayout(self).addWidget(splitter)

    def add_controls(self, controls: QWidget) -> None:
        """Put more buttons beside "New proposal..." (the review's)."""
        self._buttons.insertWidget(self._buttons.count() - 1, controls)

    def current_proposal_id(self) -> int | None:
        item = self.proposal_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_title(self) -> str | None:
        item = self.proposal_list.currentItem()
        return item.text() if item else None

    def current_line_id(self) -> int | None:
        row = self.lines_table.currentRow()
        return self.line_ids[row] if 0 <= row < len(self.line_ids) else None

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
        added = []

        def add():
            recipient = proposals.proposed_recipient(self._db, self.line_form.recipient_name())
            fields = {**recipient, **self.line_form.line_fields()}
            added.append(decisions.add_line(self._db, proposal_id, fields))
            self.line_form.recipient_edit.clear()

        if self.run(add):
            self.show_lines()
            self.changed.emit(added[0].changes)

    def show_lines(self) -> None:
        proposal_id = self.current_proposal_id()
        lines = proposals.proposal_lines(self._db, proposal_id) if proposal_id else []
        self.line_ids = [line.id for line in lines]
        statuses = {
            "pending": _("pending"),
            "accepted": _("accepted"),
            "returned": _("returned"),
            "rejected": _("rejected"),
        }
        self.lines_table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            decided = line.award_id is not None
            findings = [] if decided else decisions.line_findings(self._db, line.id)
            check = "; ".join(shown(f.message) for f in findings) if findings else _("passes")
            if decided:
                check = _("decided")
            values = (
                line.recipient_name,
                line.form,
                statuses[line.review_status],
                check,
                line.reason,
            )
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                flagged = c == CHECK_COLUMN and findings
                cell.setBackground(
                    QColor(FINDING_COLOUR if flagged else REVIEW_LOOK[line.review_status])
                )
                if flagged:
                    cell.setToolTip(
                        "\n".join(f"{shown(f.message)} ({f.legal_basis})" for f in findings)
                    )
                self.lines_table.setItem(r, c, cell)
        self.lines_table.resizeColumnsToContents()

    def refresh(self) -> None:
        current = self.current_proposal_id()
        self.proposal_list.blockSignals(True)
        self.proposal_list.clear()
        for proposal in proposals.proposal_list(self._db):
            mark = "✓ " if proposal.decided else ""
            item = QListWidgetItem(f"{mark}{proposal.title} ({proposal.achievement_year})")
            item.setData(Qt.ItemDataRole.UserRole, proposal.id)
            self.proposal_list.addItem(item)
            if proposal.id == current:
                self.proposal_list.setCurrentItem(item)
        self.proposal_list.blockSignals(False)
        self.line_form.load_forms()
        self.show_lines()
