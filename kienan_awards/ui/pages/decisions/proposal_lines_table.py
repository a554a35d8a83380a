"""A proposal's lines as a table: who, for which award, the review, the rule check (the rules a
line breaks, in red, with their legal basis in the tooltip) and the reason."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.proposals import ProposalLine
from kienan_awards.core.i18n import _, shown

REVIEW_LOOK = {
    "pending": "#ffffff",
    "accepted": "#e3f2d5",
    "returned": "#fff3c4",
    "rejected": "#eeeeee",
}
FINDING_COLOUR = "#f8c9c4"
RECIPIENT_COLUMN, CHECK_COLUMN, REASON_COLUMN = 0, 3, 4


def review_word(status: str) -> str:
    return {
        "pending": _("pending"),
        "accepted": _("accepted"),
        "returned": _("returned"),
        "rejected": _("rejected"),
    }[status]


class ProposalLinesTable(QTableWidget):
    def __init__(self, db, parent=None):
        super().__init__(0, 5, parent)
        self._db = db
        self.setObjectName("proposal_lines")
        self.setHorizontalHeaderLabels(
            [_("Recipient"), _("Award"), _("Review"), _("Rule check"), _("Reason")]
        )
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        # Each column as wide as what it holds; the reason, often long, takes the rest.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)

    def show_lines(self, lines: list[ProposalLine]) -> None:
        self.setRowCount(len(lines))
        for r, line in enumerate(lines):
            decided = line.award_id is not None
            findings = [] if decided else decisions.line_findings(self._db, line.id)
            check = "; ".join(shown(f.message) for f in findings) if findings else _("passes")
            if decided:
                check = _("decided")
            values = (line.recipient_name, line.form, review_word(line.review_status), check)
            for c, value in enumerate((*values, line.reason)):
                cell = QTableWidgetItem(value)
                flagged = c == CHECK_COLUMN and findings
                cell.setBackground(
                    QColor(FINDING_COLOUR if flagged else REVIEW_LOOK[line.review_status])
                )
                if flagged:
                    cell.setToolTip(
                        "\n".join(f"{shown(f.message)} ({f.legal_basis})" for f in findings)
                    )
                self.setItem(r, c, cell)
