"""A button that cannot act on what is chosen now is switched off, and its tooltip says why in
the clerk's words; once it can act, its own tooltip comes back."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kienan_awards.ui.read_only import is_writable

USUAL_TIP = "usual_tip"  # the property keeping a button's tooltip for when it can act


def allow(control: QWidget, why_not: str | None, db=None) -> None:
    """On (why_not None) or off with why_not as its tooltip. With the database of a control
    that writes: a read-only database keeps it off with its own reason (refuse_writing)."""
    if db is not None and not is_writable(db):
        return
    if control.property(USUAL_TIP) is None:
        control.setProperty(USUAL_TIP, control.toolTip())
    control.setEnabled(why_not is None)
    control.setToolTip(why_not or control.property(USUAL_TIP))
