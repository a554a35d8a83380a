"""Messages from the core, shown in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kienan_awards.core.messages import Message

CONTEXT = "Messages"


def shown(text) -> str:
    """A core message (or an error carrying one) in the window's language; other text as is."""
    if isinstance(text, BaseException):
        text = text.args[0] if len(text.args) == 1 else str(text)
    if not isinstance(text, Message):
        return str(text)
    values = {key: shown(value) for key, value in text.values.items()}
    return QCoreApplication.translate(CONTEXT, text.template).format(**values)
