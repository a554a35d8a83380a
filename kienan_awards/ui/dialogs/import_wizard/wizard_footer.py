"""The wizard's foot, under every step: what it is doing or what went wrong, the progress of
long work, and the buttons that move between the steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QSizePolicy, QWidget

from kienan_awards.core.i18n import _
from kienan_awards.ui.wrapped_label import WrappedLabel


class WizardFooter(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = WrappedLabel()
        self.message.setObjectName("import_message")
        self.back_button = QPushButton(_("< Back"))
        self.next_button = QPushButton(_("Next >"))
        self.import_button = QPushButton(_("Import"))
        self.cancel_button = QPushButton(_("Cancel"))
        # One line, the message beside the buttons: the steps above keep every other line.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 2)
        layout.addWidget(self.progress, 1)
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            # A dialog's buttons at their own size, whatever room the message leaves.
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)

    def enable(
        self, back: bool, next_step: bool, import_: bool, busy: bool, next_waits: str | None = None
    ) -> None:
        """While work runs only Stop can be pressed; Close otherwise. `next_waits` says why
        the step cannot go on yet (no file chosen): Next is then greyed, and its tooltip
        says why."""
        self.back_button.setEnabled(back and not busy)
        self.next_button.setEnabled(next_step and not busy and next_waits is None)
        self.next_button.setToolTip(next_waits if next_step and next_waits else "")
        self.import_button.setEnabled(import_ and not busy)
        self.cancel_button.setText(_("Stop") if busy else _("Close"))

    def started(self, message: str) -> None:
        self.message.setText(message)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)

    def progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def finished(self) -> None:
        self.progress.setVisible(False)
