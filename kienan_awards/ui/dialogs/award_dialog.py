"""One award as decided: recipient, form, decision, register number, and the targets'
figures it was given on (stored with it, unchanged by later reports)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kienan_awards.core.awards import decisions
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.lists.cell_values import dmy
from kienan_awards.core.movements.award_evidence import award_evidence
from kienan_awards.core.records.award_details import award_details
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog
from kienan_awards.ui.figures import figure, percent
from kienan_awards.ui.read_only import refuse_writing


class AwardDialog(FittedDialog):
    # The award was revoked: the door's ChangeSet.
    changed = Signal(object)

    def status_names(self) -> dict[str, str]:
        return {
            "exceeded": _("exceeded"),
            "met": _("met"),
            "not_met": _("not met"),
            "on_track": _("on track"),
            "behind": _("behind"),
            "not_reported": _("not reported"),
        }

    def __init__(self, db, award_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Award"))
        self.resize(900, 480)
        award = award_details(db, award_id)
        form = QFormLayout()
        bonus = award.bonus_amount
        for title, value in (
            (_("Recipient"), award.recipient_name),
            (
                _("Position and unit"),
                ", ".join(v for v in (award.position, award.unit_name) if v),
            ),
            (_("Award"), f"{award.form_name} ({award.achievement_year})"),
            (_("Achievement"), award.achievement or ""),
            (_("Decision"), f"{award.decision_number} ({dmy(award.decided_on)})"),
            (_("Register number"), str(award.register_number or "")),
            (_("Bonus"), figure(bonus) + " đ" if bonus else ""),
            (
                _("Status"),
                _("revoked") if award.status == "revoked" else _("in force"),
            ),
        ):
            label = QLabel(value)
            label.setWordWrap(True)
            form.addRow(title, label)
        evidence = award_evidence(db, award_id)
        self.evidence_table = QTableWidget(len(evidence), 6)
        self.evidence_table.setObjectName("evidence_table")
        self.evidence_table.setHorizontalHeaderLabels(
            [
                _("Indicator"),
                _("Plan"),
                _("Actual"),
                _("% of plan"),
                _("% of same period"),
                _("Status"),
            ]
        )
        for r, item in enumerate(evidence):
            values = (
                item["indicator"],
                item["plans"],
                figure(item["actual_value"]),
                percent(item["percent_of_plan"]),
                percent(item["percent_of_same_period"]),
                self.status_names().get(item["status"], item["status"]),
            )
            for c, value in enumerate(values):
                self.evidence_table.setItem(r, c, QTableWidgetItem(value))
        self.evidence_table.resizeColumnsToContents()
        acts = decisions.award_acts(db, award_id)
        act_names = {"revocation": _("revoked"), "correction": _("corrected")}
        self.acts_label = QLabel(
            "\n".join(
                f"{dmy(acted_on)}: {act_names[act]} — {reason}"
                for act, reason, _changes, acted_on in acts
            )
        )
        self.acts_label.setVisible(bool(acts))
        self._db, self.award_id = db, award_id
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.revoke_button = buttons.addButton(
            _("Revoke..."), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.revoke_button.setEnabled(award.status != "revoked")
        refuse_writing(db, self.revoke_button)
        self.revoke_button.clicked.connect(self.ask_revoke)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        as_of = dmy(evidence[0]["as_of"]) if evidence else ""
        layout.addWidget(
            QLabel(
                _("Targets as they stood on {day}, when the award was decided:").format(day=as_of)
                if evidence
                else _("No targets were recorded for this unit.")
            )
        )
        layout.addWidget(self.evidence_table, 1)
        layout.addWidget(self.acts_label)
        layout.addWidget(buttons)

    def ask_revoke(self) -> None:
        reason, ok = QInputDialog.getText(
            self, _("Revoke the award"), _("Reason (kept with the award)")
        )
        if ok:
            self.revoke(reason)

    def revoke(self, reason: str) -> bool:
        """Revoke as a logged act; the award stays in the register, shown as revoked."""
        try:
            changes = decisions.revoke_award(self._db, self.award_id, reason, dt.date.today())
        except KienanError as error:
            QMessageBox.warning(self, _("Revoke the award"), shown(error))
            return False
        self.changed.emit(changes)
        self.revoke_button.setEnabled(False)
        return True
