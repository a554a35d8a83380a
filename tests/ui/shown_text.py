"""Every text a widget shows a person: its own words and its children's (labels, buttons,
titles, tabs, menus, placeholders, tooltips, the choices of a list, the headers and cells of
a table, a read-only box's text), gathered to be checked against the catalogue. A standard
button that still says Qt's own word (OK, Cancel) is Qt's, in Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ROWS_LOOKED_AT = 40  # a table's first rows say what its words are


def shown_text(widget: QWidget) -> list[str]:
    texts: list[str] = []
    for item in [widget, *widget.findChildren(QWidget)]:
        texts += _own_text(item)
    if isinstance(widget, QMainWindow):
        texts += _menu_text(widget)
    return [text for text in texts if text and text.strip()]


def _own_text(item: QWidget) -> list[str]:
    texts = [item.toolTip(), item.statusTip()]
    if item.isWindow():
        texts.append(item.windowTitle())
    if isinstance(item, QLabel):
        texts.append(item.text())
    elif isinstance(item, QAbstractButton) and not _qt_own_button(item):
        texts.append(item.text())
    elif isinstance(item, QGroupBox):
        texts.append(item.title())
    elif isinstance(item, QTabWidget):
        texts += [item.tabText(index) for index in range(item.count())]
        texts += [item.tabToolTip(index) for index in range(item.count())]
    elif isinstance(item, QComboBox):
        texts += [item.itemText(index) for index in range(item.count())]
    elif isinstance(item, (QLineEdit, QTextEdit, QPlainTextEdit)):
        # What the clerk types is his; what the program writes in a box he cannot edit is its.
        texts.append(item.placeholderText())
        if item.isReadOnly():
            texts.append(item.text() if isinstance(item, QLineEdit) else item.toPlainText())
    elif isinstance(item, QAbstractItemView) and not isinstance(item, QHeaderView):
        texts += model_text(item.model()) if item.model() is not None else []
    return texts


def _qt_own_button(button: QAbstractButton) -> bool:
    """A standard button of a button box still saying Qt's own word (in Qt's translation)."""
    box = button.parent()
    while box is not None and not isinstance(box, QDialogButtonBox):
        box = box.parent()
    if box is None or box.standardButton(button) == QDialogButtonBox.StandardButton.NoButton:
        return False
    fresh = QDialogButtonBox(box.standardButton(button))
    return button.text() == fresh.buttons()[0].text()


def model_text(
    model: QAbstractItemModel, parent: QModelIndex | None = None, depth: int = 0
) -> list[str]:
    parent = parent or QModelIndex()
    texts = []
    columns = _count(model.columnCount, parent)
    if not parent.isValid():
        for orientation in (Qt.Orientation.Horizontal,):
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    texts.append(_as_text(model.headerData(column, orientation, role)))
    for row in range(min(model.rowCount(parent), ROWS_LOOKED_AT)):
        for column in range(columns):
            # A cell's tooltip is its record's own (a form's English name), not the program's.
            index = model.index(row, column, parent)
            texts.append(_as_text(model.data(index, Qt.ItemDataRole.DisplayRole)))
            # A tree's branches; a flat model that ignores the parent is not followed twice.
            if column == 0 and depth < 3 and _count(model.rowCount, index, 0) > 0:
                texts += model_text(model, index, depth + 1)
    return texts


def _count(counter, parent: QModelIndex, otherwise: int = 1) -> int:
    # A list model keeps its columnCount (and a flat one its rowCount) from Python.
    try:
        return counter(parent)
    except TypeError:
        return otherwise


def _menu_text(window: QMainWindow) -> list[str]:
    texts = []
    menus = [action.menu() for action in window.menuBar().actions() if action.menu()]
    while menus:
        menu: QMenu = menus.pop()
        texts.append(menu.title())
        for action in menu.actions():
            texts += [action.text(), action.toolTip(), action.statusTip()]
            if action.menu():
                menus.append(action.menu())
    return texts


def _as_text(value) -> str:
    return value if isinstance(value, str) else ""
