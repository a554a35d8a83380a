"""The decision a clerk makes of a proposal's accepted lines: its number, its date and its
trích yếu (the summary line printed under the number), offered from the lines' forms and the
year of the achievement, and stored as the clerk leaves it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from kienan_awards.core.awards.proposals import ProposalLine
from kienan_awards.core.i18n import _, ngettext
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog
from kienan_awards.ui.pages.decisions.button_states import allow

NUMBER_PATTERN = "/QĐ-UBND"  # the office's numbering; the clerk types the number before it


def lines_to_decide(lines: list[ProposalLine]) -> list[ProposalLine]:
    """The lines a decision turns into awards: accepted, not decided yet."""
    return [line for line in lines if line.review_status == "accepted" and line.award_id is None]


class DecisionDialog(FittedDialog):
    def __init__(self, suggested: str, lines: int, parent=None):
        super().__init__(parent)
        self.setObjectName("decision_dialog")
        self.setWindowTitle(_("Decision"))
        self.number_edit = QLineEdit(NUMBER_PATTERN)
        self.number_edit.setCursorPosition(0)  # the number is typed before the pattern
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        self.day_edit.setCalendarPopup(True)
        self.title_edit = QLineEdit(suggested)
        self.title_edit.setObjectName("decision_title")
        # Room for the whole line as offered: a clerk reads it before changing it.
        width = self.title_edit.fontMetrics().horizontalAdvance(suggested) + 24
        self.title_edit.setMinimumWidth(max(360, min(width, 720)))
        self.title_edit.setToolTip(
            _("The decision's summary line (trích yếu), printed under its number; edit it freely")
        )
        hint = QLabel(
            ngettext(
                "{count} accepted line becomes an award; the other lines are not decided.",
                "{count} accepted lines become awards; the other lines are not decided.",
                lines,
            ).format(count=lines)
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_("Number"), self.number_edit)
        form.addRow(_("Date"), self.day_edit)
        form.addRow(_("Summary (trích yếu)"), self.title_edit)
        form.addRow(hint)
        form.addRow(self.buttons)
        self.number_edit.textChanged.connect(self._check_filled)
        self.title_edit.textChanged.connect(self._check_filled)
        self._check_filled()

    def _check_filled(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not self.number_edit.text().split("/")[0].strip():
            allow(ok, _("Type the decision's number, e.g. 15/QĐ-UBND"))
        elif not self.title_edit.text().strip():
            allow(ok, _("Write the decision's summary line (trích yếu)"))
        else:
            allow(ok, None)

    def number(self) -> str:
        return self.number_edit.text()

    def decided_on(self) -> dt.date:
        day = self.day_edit.date()
        return dt.date(day.year(), day.month(), day.day())

    def title(self) -> str:
        return self.title_edit.text()
