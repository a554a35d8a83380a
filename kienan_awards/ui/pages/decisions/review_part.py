"""The review of a proposal's lines against the rules (accept, return or reject, with the
reason the rules ask for) and the decision that turns the accepted lines into awards. Each
button is on only when it can act on the line or proposal chosen, and says why not."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QHBoxLayout, QInputDialog, QPushButton

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.decision_issuer import no_authority
from kienan_awards.core.awards.decision_titles import suggested_decision_title
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.records.office import office_period_on
from kienan_awards.ui.dialogs.office_dialog import OfficeDialog
from kienan_awards.ui.pages.decisions.button_states import allow
from kienan_awards.ui.pages.decisions.decision_dialog import (
    DecisionDialog,
    lines_to_decide,
)
from kienan_awards.ui.pages.decisions.decisions_part import DecisionsPart
from kienan_awards.ui.pages.decisions.proposals_part import ProposalsPart
from kienan_awards.ui.read_only import refuse_writing


class ReviewPart(DecisionsPart):
    """The review's buttons; the lines they act on are the proposals part's."""

    def __init__(self, db, proposals: ProposalsPart, parent=None):
        super().__init__(parent)
        self._db = db
        self._proposals = proposals
        self.accept_button = QPushButton(_("Accept"))
        self.return_button = QPushButton(_("Return..."))
        self.reject_button = QPushButton(_("Reject..."))
        self.decide_button = QPushButton(_("Decide..."))
        self.decide_button.setObjectName("decide_button")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button, slot in (
            (self.accept_button, lambda: self.review_selected("accepted")),
            (self.return_button, lambda: self.review_selected("returned")),
            (self.reject_button, lambda: self.review_selected("rejected")),
            (self.decide_button, self.ask_decide),
        ):
            button.clicked.connect(slot)
            refuse_writing(db, button)
            row.addWidget(button)
        proposals.state_changed.connect(self.update_buttons)
        self.update_buttons()

    # --- which button can act ----------------------------------------------------------------
    def why_not_review(self, status: str) -> str | None:
        """Why the chosen line cannot be given this review now; None when it can."""
        line = self._proposals.current_line()
        if line is None:
            return _("Select a line of the proposal first: click its row in the table")
        if line.award_id is not None:
            return _("This line is decided: correct or revoke its award instead")
        if line.review_status == status:
            return {
                "accepted": _("This line is accepted already"),
                "returned": _("This line is returned already"),
                "rejected": _("This line is rejected already"),
            }[status]
        return None

    def why_not_decide(self) -> str | None:
        """What to choose or do before deciding; None when a decision can be made."""
        if self._proposals.current_proposal_id() is None:
            return _("Choose a proposal in the list on the left first")
        if lines_to_decide(self._proposals.lines):
            return None
        if any(line.award_id is not None for line in self._proposals.lines):
            return _("Every accepted line of this proposal is decided already")
        return _("Accept at least one line of this proposal first: only accepted lines are decided")

    def update_buttons(self) -> None:
        for button, status in (
            (self.accept_button, "accepted"),
            (self.return_button, "returned"),
            (self.reject_button, "rejected"),
        ):
            allow(button, self.why_not_review(status), self._db)
        allow(self.decide_button, self.why_not_decide(), self._db)

    # --- the review --------------------------------------------------------------------------
    def review(self, line_id: int, status: str, reason: str | None = None) -> bool:
        done = []
        ok = self.run(
            lambda: done.append(
                decisions.review_line(
                    self._db,
                    line_id,
                    status,
                    reason=reason if status != "accepted" else None,
                    override_reason=reason if status == "accepted" else None,
                )
            )
        )
        if ok:
            # The page shows it in the proposals part, whose lines are these.
            self.changed.emit(done[0].changes)
        return ok

    def review_selected(self, status: str) -> None:
        why_not = self.why_not_review(status)
        if why_not is not None:
            self.show_problem(why_not)
            return
        line_id = self._proposals.current_line_id()
        reason = None
        if status != "accepted" or decisions.line_findings(self._db, line_id):
            label = (
                _("Why accept it although a rule is not met?")
                if status == "accepted"
                else _("Reason")
            )
            reason, ok = QInputDialog.getText(self, _("Review"), label)
            if not ok:
                return
        self.review(line_id, status, reason)

    # --- the decision ------------------------------------------------------------------------
    def decide(
        self, number: str, decided_on: dt.date, title: str | None = None
    ) -> decisions.DecisionResult | None:
        proposal_id = self._proposals.current_proposal_id()
        if office_period_on(self._db, decided_on) is None and not self.ask_for_office(decided_on):
            return None
        result = []
        if self.run(
            lambda: result.append(
                decisions.decide(self._db, proposal_id, number, decided_on, title=title)
            )
        ):
            self.changed.emit(result[0].changes)
            return result[0]
        return None

    @staticmethod
    def run_office_dialog(dialog: OfficeDialog) -> int:
        return dialog.exec()

    @staticmethod
    def run_decision_dialog(dialog: DecisionDialog) -> int:
        return dialog.exec()

    def ask_for_office(self, day: dt.date) -> bool:
        """No authority signs on the day: say so and open the office dialog. True when an
        office was saved; the decision is then tried again (the core still refuses a day
        the office saved does not cover)."""
        self.show_problem(
            _("{problem}. The office dialog opens now.").format(problem=shown(no_authority(day)))
        )
        dialog = OfficeDialog(self._db, self, signs_from=day)
        if self.run_office_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        self.changed.emit(dialog.changes)
        return True

    def decision_dialog(self) -> DecisionDialog:
        proposal = self._proposals.current_proposal()
        suggested = suggested_decision_title(self._db, proposal.id)
        return DecisionDialog(suggested, len(lines_to_decide(self._proposals.lines)), self)

    def ask_decide(self) -> None:
        why_not = self.why_not_decide()
        if why_not is not None:
            self.show_problem(why_not)
            return
        dialog = self.decision_dialog()
        if self.run_decision_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.decide(dialog.number(), dialog.decided_on(), dialog.title())
