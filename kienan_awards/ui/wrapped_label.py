"""A word-wrapped label that keeps room for all its lines."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy


class WrappedLabel(QLabel):
    """Asks its layout for the height of every line at its present width. A plain wrapped
    QLabel inside a QStackedWidget (which ignores height-for-width), or under a stretching
    table, is cut to a line or two: a refusal or a summary would lose its end."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._keep_room()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._keep_room()

    def _keep_room(self) -> None:
        width = self.width() if self.width() > 1 else self.sizeHint().width()
        # QLabel's height for a width is never below its minimum height: without clearing it
        # first, a label that once held a long text would never shrink again.
        self.setMinimumHeight(0)
        height = self.heightForWidth(width) if self.text() else 0
        self.setMinimumHeight(height)
