"""Filter controls shared by the pages that filter a list (honour roll, audit trail)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QSpinBox


def refill_choices(box: QComboBox, items: Iterable[tuple[object, str]]) -> None:
    """Replace every choice but the first ("all ..."), keeping the one chosen when it is still
    there, without announcing a change."""
    chosen = box.currentData()
    box.blockSignals(True)
    while box.count() > 1:
        box.removeItem(1)
    for data, label in items:
        box.addItem(label, data)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    box.blockSignals(False)


def reset_quietly(*widgets: QComboBox | QDateEdit | QSpinBox | QLineEdit) -> None:
    """Put each box back to its first choice, each date box to its lowest date ("any") and
    each text box empty, without announcing a change: the caller filters once after."""
    for widget in widgets:
        widget.blockSignals(True)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(0)
        elif isinstance(widget, QDateEdit):
            widget.setDate(widget.minimumDate())
        elif isinstance(widget, QSpinBox):
            widget.setValue(widget.minimum())
        else:
            widget.clear()
        widget.blockSignals(False)
