"""Runs a clerk's action and shows what the core refused in a dialog instead of raising."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import shown


def run_reporting(parent: QWidget, title: str, action: Callable[[], object]) -> bool:
    """True when the action went through; False after showing why it did not."""
    try:
        action()
    except KienanError as error:
        QMessageBox.warning(parent, title, shown(error))
        return False
    return True
