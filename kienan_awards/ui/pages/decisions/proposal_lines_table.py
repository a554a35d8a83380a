"""A proposal's lines as a table: who, for which award, the review, the rule check (the rules a
line breaks, in red, with their legal basis in the tooltip; for a line sent up to the city, the
city's answer once its list is imported) and the reason."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.proposals import ProposalLine
from kienan_awards.core.cycle.city_answer import LineOutcome, line_outcomes
from kienan_awards.core.i18n import _, shown

REVIEW_LOOK = {
    "pending": "#ffffff",
    "accepted": "#e3f2d5",
    "returned": "#fff3c4",
    "rejected": "#eeeeee",
}
FINDING_COLOUR = "#f8c9c4"
NOT_CHOSEN_COLOUR = "#eeeeee"
RECIPIENT_COLUMN, CHECK_COLUMN, REASON_COLUMN = 0, 3, 4


def review_word(status: str) -> str:
    return {
        "pending": _("pending"),
        "accepted": _("accepted"),
        "returned": _("returned"),
        "rejected": _("rejected"),
    }[status]


def city_answer_word(answer: LineOutcome) -> str:
    """The city's answer to a line sent up to it, with the decision that gave it."""
    decision = f"{answer.decision_number}, {answer.decided_on:%d/%m/%Y}"
    if answer.outcome == "decided":
        return _("decided by the city ({decision})").format(decision=decision)
    return _("not chosen by the city ({decision})").format(decision=decision)


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
        answers = line_outcomes(self._db, [line.id for line in lines])
        for r, line in enumerate(lines):
            answer = answers.get(line.id)
            decided = line.award_id is not None or answer is not None
            findings = [] if decided else decisions.line_findings(self._db, line.id)
            check = "; ".join(shown(f.message) for f in findings) if findings else _("passes")
            if decided:
                check = city_answer_word(answer) if answer else _("decided")
            values = (line.recipient_name, line.form, review_word(line.review_status), check)
            for c, value in enumerate((*values, line.reason)):
                cell = QTableWidgetItem(value)
                flagged = c == CHECK_COLUMN and findings
                colour = REVIEW_LOOK[line.review_status]
                if flagged:
                    colour = FINDING_COLOUR
                elif c == CHECK_COLUMN and answer and answer.outcome == "not_chosen":
                    colour = NOT_CHOSEN_COLOUR
                cell.setBackground(QColor(colour))
                if flagged:
                    cell.setToolTip(
                        "\n".join(f"{shown(f.message)} ({f.legal_basis})" for f in findings)
                    )
                self.setItem(r, c, cell)
