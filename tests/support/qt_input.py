"""Input for widget tests."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    """Type as a Vietnamese input method does: the composed text is committed to the widget
    (QTest's key clicks know only ASCII)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
