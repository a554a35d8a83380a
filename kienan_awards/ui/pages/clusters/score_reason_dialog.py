"""Why an agreed score on a target criterion stands apart from the points computed from the
program's figures: asked when the clerk types such a score, the two figures shown side by side.
Cancel keeps nothing of the entry."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit

from kienan_awards.core.i18n import _
from kienan_awards.ui.pages.clusters.scoring_marks import points_text


class ReasonDialog(QDialog):
    def __init__(
        self, member: str, criterion: str, computed, agreed, reason: str = "", parent=None
    ):
        super().__init__(parent)
        self.setObjectName("score_reason_dialog")
        self.setWindowTitle(_("Why the agreed score differs"))
        heading = QLabel(
            _("{member}, criterion {criterion}").format(member=member, criterion=criterion)
        )
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.reason_edit = QPlainTextEdit(reason)
        self.reason_edit.setObjectName("score_reason")
        self.reason_edit.setPlaceholderText(_("As the review meeting's minutes say it (required)"))
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Keep the score"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._allow_keeping)
        form = QFormLayout(self)
        form.addRow(heading)
        form.addRow(_("Computed from the figures"), QLabel(points_text(computed)))
        form.addRow(_("Agreed by the cluster"), QLabel(points_text(agreed)))
        form.addRow(_("Reason"), self.reason_edit)
        form.addRow(self.buttons)
        self.setMinimumWidth(440)
        self._allow_keeping()

    @property
    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _allow_keeping(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason))
