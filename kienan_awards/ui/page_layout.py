"""The layout shared by the pages: a list with the chosen record's details beside or under it,
and how wide a list's columns must be to read it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTableView, QVBoxLayout, QWidget

# A full name as most lists hold them (20 characters): a column that holds names shows at
# least this much of them, however narrow it was left.
TYPICAL_NAME = "Nguyễn Thị Minh Khai"
_CELL_PADDING = 12  # the item's margins and the grid line around a cell's text
_WIDEST_FITTED = 360  # a column fitted to a very long value leaves room for the others


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


def give_first_sizes(splitter: QSplitter, sizes: list[int]) -> None:
    """Size the panes, and keep the sizes so that the window can lay the page out afresh."""
    splitter.setSizes(sizes)
    splitter.setProperty("first_sizes", list(sizes))


def typical_name_width(view: QWidget) -> int:
    return view.fontMetrics().horizontalAdvance(TYPICAL_NAME) + _CELL_PADDING


def column_minimum(view: QTableView, column: int) -> int:
    """The narrowest a list's column may be: its title whole, and its values whole up to a
    typical full name (a longer value is cut; the clerk may widen the column for it)."""
    title = view.horizontalHeader().sectionSizeHint(column)
    return max(title, min(view.sizeHintForColumn(column), typical_name_width(view)))


def fit_columns(view: QTableView) -> None:
    """Each column as wide as its title and the rows it holds, but a very long value leaves
    room for the other columns."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column), _WIDEST_FITTED))


def widen_cut_columns(view: QTableView) -> None:
    """Widen every column left narrower than its minimum (a width remembered from a list
    with no rows cuts every name). The last one is left to stretch when it does."""
    header = view.horizontalHeader()
    last = header.logicalIndex(header.count() - 1)
    for column in range(header.count()):
        if header.isSectionHidden(column) or (column == last and header.stretchLastSection()):
            continue
        minimum = column_minimum(view, column)
        if header.sectionSize(column) < minimum:
            header.resizeSection(column, minimum)
