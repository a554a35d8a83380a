"""One award as decided: recipient, form, decision, register number, and the targets'
figures it was given on (stored with it, unchanged by later reports)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kienan_awards.core.award_evidence import award_evidence
from kienan_awards.core.movements import format_decimal
from kienan_awards.ui.forms.person_form import dmy


class AwardDialog(QDialog):
    def status_names(self) -> dict[str, str]:
        return {
            "exceeded": self.tr("exceeded"),
            "met": self.tr("met"),
            "not_met": self.tr("not met"),
            "on_track": self.tr("on track"),
            "behind": self.tr("behind"),
            "not_reported": self.tr("not reported"),
        }

    def __init__(self, db, award_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Award"))
        self.resize(900, 480)
        row = db.execute(
            """SELECT a.recipient_name, a.position, a.unit_name, f.name_vi, a.achievement,
                      a.achievement_year, d.number, d.decided_on, a.register_number,
                      a.bonus_amount, a.status
               FROM awards a JOIN award_forms f ON f.id = a.form_id
               JOIN decisions d ON d.id = a.decision_id WHERE a.id = ?""",
            [award_id],
        ).fetchone()
        form = QFormLayout()
        (
            name,
            position,
            unit,
            award_form,
            achievement,
            year,
            number,
            decided_on,
            register,
            bonus,
            status,
        ) = row
        for title, value in (
            (self.tr("Recipient"), name),
            (self.tr("Position and unit"), ", ".join(v for v in (position, unit) if v)),
            (self.tr("Award"), f"{award_form} ({year})"),
            (self.tr("Achievement"), achievement or ""),
            (self.tr("Decision"), f"{number} ({dmy(decided_on)})"),
            (self.tr("Register number"), str(register or "")),
            (self.tr("Bonus"), format_decimal(str(bonus)) + " đ" if bonus else ""),
            (self.tr("Status"), self.tr("revoked") if status == "revoked" else self.tr("in force")),
        ):
            label = QLabel(value)
            label.setWordWrap(True)
            form.addRow(title, label)
        evidence = award_evidence(db, award_id)
        self.evidence_table = QTableWidget(len(evidence), 6)
        self.evidence_table.setObjectName("evidence_table")
        self.evidence_table.setHorizontalHeaderLabels(
            [
                self.tr("Indicator"),
                self.tr("Plan"),
                self.tr("Actual"),
                self.tr("% of plan"),
                self.tr("% of same period"),
                self.tr("Status"),
            ]
        )
        for r, item in enumerate(evidence):
            values = (
                item["indicator"],
                item["plans"],
                format_decimal(item["actual_value"]) if item["actual_value"] else "",
                format_decimal(item["percent_of_plan"]) + "%" if item["percent_of_plan"] else "",
                format_decimal(item["percent_of_same_period"]) + "%"
                if item["percent_of_same_period"]
                else "",
                item["status"],
            )
            for c, value in enumerate(values):
                self.evidence_table.setItem(r, c, QTableWidgetItem(value))
        self.evidence_table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        as_of = dmy(evidence[0]["as_of"]) if evidence else ""
        layout.addWidget(
            QLabel(
                self.tr("Targets as they stood on {day}, when the award was decided:").format(
                    day=as_of
                )
                if evidence
                else self.tr("No targets were recorded for this unit.")
            )
        )
        layout.addWidget(self.evidence_table, 1)
        layout.addWidget(buttons)
