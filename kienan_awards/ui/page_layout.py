"""The layout shared by the pages that show a list with the chosen record's details beside or
under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget


def list_beside_details(
    page: QWidget, name: str, orientation: Qt.Orientation, listing: QWidget, details: QWidget
) -> QSplitter:
    """Fill page with the list and its details in a splitter (3 : 2), named so the window
    remembers where the clerk left the divider; returns the splitter."""
    splitter = QSplitter(orientation)
    splitter.setObjectName(name)
    splitter.addWidget(listing)
    splitter.addWidget(details)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    return splitter
