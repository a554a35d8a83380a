"""Dialogs opened at the size they ask for, but never smaller than their contents need: a
dialog resized in code keeps that size on show, even where its words are longer (Vietnamese)
or its fonts larger than where the size was chosen, and would cut its fields in half."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget


class FittedDialog(QDialog):
    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        fit_to_contents(self)
        super().showEvent(event)


def fit_to_contents(dialog: QWidget) -> None:
    """Grow the dialog to its size hint where it is smaller, within the screen it opens on,
    keeping its centre where Qt placed it."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry() if screen else QRect(0, 0, 1 << 15, 1 << 15)
    wanted = dialog.size().expandedTo(dialog.sizeHint()).boundedTo(room.size())
    if wanted == dialog.size():
        return
    grown = QPoint((wanted.width() - dialog.width()) // 2, (wanted.height() - dialog.height()) // 2)
    dialog.resize(wanted)
    placed = QRect(dialog.pos() - grown, wanted)
    # Kept on the screen: a dialog grown near its edge moves in rather than off it.
    placed.moveLeft(max(room.left(), min(placed.left(), room.right() - wanted.width() + 1)))
    placed.moveTop(max(room.top(), min(placed.top(), room.bottom() - wanted.height() + 1)))
    dialog.move(placed.topLeft())
