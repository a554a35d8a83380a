"""The review of a proposal's lines against the rules (accept, return or reject, with the
reason the rules ask for) and the decision that turns the accepted lines into awards."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
)

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.decision_issuer import no_authority
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.records.office import office_period_on
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog
from kienan_awards.ui.dialogs.office_dialog import OfficeDialog
from kienan_awards.ui.pages.decisions.decisions_part import DecisionsPart
from kienan_awards.ui.pages.decisions.proposals_part import ProposalsPart
from kienan_awards.ui.read_only import refuse_writing

NUMBER_PATTERN = "/QĐ-UBND"  # the office's numbering; the clerk types the number before it


class ReviewPart(DecisionsPart):
    """The review's buttons; the lines they act on are the proposals part's."""

    def __init__(self, db, proposals: ProposalsPart, parent=None):
        super().__init__(parent)
        self._db = db
        self._proposals = proposals
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, slot in (
            (_("Accept"), lambda: self.review_selected("accepted")),
            (_("Return..."), lambda: self.review_selected("returned")),
            (_("Reject..."), lambda: self.review_selected("rejected")),
            (_("Decide..."), self.ask_decide),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            refuse_writing(db, button)
            row.addWidget(button)

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
            self.changed.emit(done[0].changes)
        return ok

    def review_selected(self, status: str) -> None:
        line_id = self._proposals.current_line_id()
        if line_id is None:
            return
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

    def decide(self, number: str, decided_on: dt.date) -> decisions.DecisionResult | None:
        proposal_id = self._proposals.current_proposal_id()
        if office_period_on(self._db, decided_on) is None and not self.ask_for_office(decided_on):
            return None
        result = []
        if self.run(
            lambda: result.append(decisions.decide(self._db, proposal_id, number, decided_on))
        ):
            self.changed.emit(result[0].changes)
            return result[0]
        return None

    @staticmethod
    def run_office_dialog(dialog: OfficeDialog) -> int:
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

    def ask_decide(self) -> None:
        if self._proposals.current_proposal_id() is None:
            return
        dialog = FittedDialog(self)
        dialog.setWindowTitle(_("Decision"))
        number = QLineEdit(NUMBER_PATTERN)
        day = QDateEdit(QDate.currentDate())
        day.setDisplayFormat("dd/MM/yyyy")
        day.setCalendarPopup(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(_("Number"), number)
        form.addRow(_("Date"), day)
        form.addRow(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = day.date()
            self.decide(number.text(), dt.date(chosen.year(), chosen.month(), chosen.day()))
