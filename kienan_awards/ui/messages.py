"""Messages from the core, shown in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kienan_awards.core.messages import Message
from kienan_awards.core.text import without_controls

CONTEXT = "Messages"


def shown(text) -> str:
    """A core message (or an error carrying one) in the window's language; other text as is."""
    if isinstance(text, BaseException):
        text = text.args[0] if len(text.args) == 1 else str(text)
    if not isinstance(text, Message):
        return str(text)
    values = {key: _quoted(value) for key, value in text.values.items()}
    return QCoreApplication.translate(CONTEXT, text.template).format(**values)


def _quoted(value):
    """What a message quotes (a file or sheet name, a cell) may hold a direction override
    that would disguise it in a dialog: controls are shown as U+FFFD, as on the terminal."""
    if isinstance(value, Message):
        return shown(value)
    return without_controls(value) if isinstance(value, str) else value
