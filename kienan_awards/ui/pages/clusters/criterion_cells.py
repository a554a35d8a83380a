"""The cells of a criterion's row that are chosen rather than typed: its method, its target
among the year's targets of movements (named by indicator, unit and movement) and which of the
target's plans it is scored on; and the greying of the cells its method does not use."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QTableWidget

from kienan_awards.core.clusters.scoring_table import METHODS
from kienan_awards.core.clusters.table_choices import TargetChoice
from kienan_awards.core.i18n import _, pgettext
from kienan_awards.ui.pages.clusters.criterion_rows import COLUMN, COLUMNS, applies

TOOLTIP = Qt.ItemDataRole.ToolTipRole
CHOSEN = ("method", "target", "plan")  # the columns whose cell is a list to choose from


def target_label(choice: TargetChoice) -> str:
    unit = choice.unit_name or _("whole area")
    measure = f" ({choice.measure_unit})" if choice.measure_unit else ""
    return f"{choice.indicator}{measure} — {unit} ({choice.movement_name})"


def chosen_cells(choices: Iterable[TargetChoice]) -> dict[str, QComboBox]:
    """A new row's lists: the methods, the targets (blank first: none chosen), the plans."""
    cells = {}
    for name in CHOSEN:
        cells[name] = QComboBox()
        cells[name].setObjectName(f"criterion_{name}")
    for code, word in METHODS.items():
        cells["method"].addItem(pgettext("scoring method", word), code)
    target = cells["target"]
    target.addItem("", None)
    for choice in choices:
        target.addItem(target_label(choice), choice.target_id)
        target.setItemData(target.count() - 1, target_label(choice), TOOLTIP)
    return cells


def fill_plans(plans: QComboBox, choice: TargetChoice | None, chosen: str | None) -> None:
    """The target's plans to score on; the first, unnamed, unless another is chosen."""
    plans.blockSignals(True)
    plans.clear()
    plans.addItem(_("first plan"), None)
    for source in choice.plan_sources if choice else ():
        plans.addItem(source, source)
        plans.setItemData(plans.count() - 1, source, TOOLTIP)
    if chosen and plans.findData(chosen) < 0:
        # Kept as stored, never quietly the first plan: Save then says the target lacks it.
        plans.addItem(chosen, chosen)
    plans.setCurrentIndex(max(plans.findData(chosen), 0) if chosen else 0)
    plans.blockSignals(False)


def close_unused(table: QTableWidget, row: int, method: str) -> None:
    """The cells the method does not use: greyed, closed to typing; the others open."""
    grey = table.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window)
    for name, _title in COLUMNS:
        on = applies(name, method)
        if name in CHOSEN:
            if name != "method":
                table.cellWidget(row, COLUMN[name]).setEnabled(on)
            continue
        kind = Qt.ItemFlag.ItemIsUserCheckable if name == "must" else Qt.ItemFlag.ItemIsEditable
        open_flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | kind
        item = table.item(row, COLUMN[name])
        item.setFlags(open_flags if on else Qt.ItemFlag.NoItemFlags)
        item.setBackground(Qt.GlobalColor.transparent if on else grey)
