"""Check a verification code read off a certificate (typed, or from its QR code)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton

from kienan_awards.core.documents.certificates import verify
from kienan_awards.core.i18n import _
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog


class VerifyDialog(FittedDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Verify a certificate"))
        self.resize(560, 0)
        self._db = db
        self.code = QLineEdit()
        self.code.setPlaceholderText("K7QF-29XM-R4TD")
        self.code.returnPressed.connect(self.check)
        button = QPushButton(_("Check"))
        button.clicked.connect(self.check)
        self.result = QLabel()
        self.result.setObjectName("verify_result")
        self.result.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(_("Verification code"), self.code)
        form.addRow("", button)
        form.addRow(self.result)

    def check(self) -> str:
        result = verify(self._db, self.code.text())
        if result.status == "unknown":
            text = _("Unknown: no certificate carries this code. It may be mistyped or forged.")
            colour = "#b00020"
        else:
            data = result.data
            text = _("{name} — {form} ({year}), decision {number}, register no. {register}").format(
                name=data.recipient_name,
                form=data.form_name,
                year=data.achievement_year,
                number=data.decision_number,
                register=data.register_number,
            )
            if result.status == "revoked":
                text = _("REVOKED: {text}. Reason: {reason}").format(
                    text=text, reason=result.reason or ""
                )
                colour = "#b00020"
            else:
                text = _("Valid: {text}").format(text=text)
                colour = "#1b5e20"
        self.result.setStyleSheet(f"color: {colour};")
        self.result.setText(text)
        return result.status
