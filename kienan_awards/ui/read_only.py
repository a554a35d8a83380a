"""A database opened read-only (another user's file, a network share) offers no control that
would write to it: each page and dialog hands its writing controls to ``refuse_writing``."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from kienan_awards.core.i18n import _, shown


def is_writable(db) -> bool:
    return getattr(db, "read_only", None) is None


def refuse_writing(db, *controls: QWidget | QAction) -> None:
    """On a read-only database, switch the controls off and say why on each."""
    if is_writable(db):
        return
    why = _("Read-only: {reason}").format(reason=shown(db.read_only))
    for control in controls:
        control.setEnabled(False)
        control.setToolTip(why)
