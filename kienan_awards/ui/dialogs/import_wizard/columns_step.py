"""The wizard's second step: each sheet's header row and how each of its columns is read,
which the clerk may change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.i18n import NC_, _, pgettext
from kienan_awards.core.lists.cell_values import column_letter
from kienan_awards.core.lists.list_layout import FIELDS, LIST_FIELDS, SheetLayout
from kienan_awards.core.lists.spreadsheet_reading import Sheet

# The fields' names as list_layout.FIELDS gives them, marked for the catalogue (a test keeps
# the two alike); "Award" here is the award's form.
FIELD_TITLES = (
    NC_("list field", "Row number (ignored)"),
    NC_("list field", "Name"),
    NC_("list field", "Kind"),
    NC_("list field", "Gender"),
    NC_("list field", "Birth year or date"),
    NC_("list field", "Position"),
    NC_("list field", "Unit"),
    NC_("list field", "Position and unit"),
    NC_("list field", "Award"),
    NC_("list field", "Achievement"),
    NC_("list field", "Decision number"),
    NC_("list field", "Decision date"),
    NC_("list field", "Year of the achievement"),
    NC_("list field", "Movement"),
    NC_("list field", "Personal ID"),
    NC_("list field", "Parent unit"),
    NC_("list field", "Valid from"),
    NC_("list field", "Valid to"),
    NC_("list field", "Authors"),
    NC_("list field", "Scope of effect"),
    NC_("list field", "Recognised by"),
    NC_("list field", "Effect"),
    NC_("list field", "Emulation cluster or block"),
    NC_("list field", "Leader of the cluster"),
    NC_("list field", "Deputy leader of the cluster"),
    NC_("list field", "Role in the cluster"),
)


class ColumnsStep(QWidget):
    layout_changed = Signal()  # the clerk read a column otherwise: any check is out of date

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layouts: dict[str, SheetLayout] = {}
        self._list_kind = "awards"
        layout = QVBoxLayout(self)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet_combo")
        self.sheet_combo.currentIndexChanged.connect(self._show_sheet_columns)
        self.header_label = QLabel()
        self.columns_table = QTableWidget(0, 3)
        self.columns_table.setObjectName("columns_table")
        self.columns_table.setHorizontalHeaderLabels(
            [_("Column"), _("Header in the list"), _("Read as")]
        )
        self.columns_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.columns_table.verticalHeader().setVisible(False)
        # Rows as tall as a choice box: the box keeps its own height rather than the row's.
        self.columns_table.verticalHeader().setDefaultSectionSize(
            QComboBox().sizeHint().height() + 4
        )
        row = QHBoxLayout()
        row.addWidget(QLabel(_("Sheet")))
        row.addWidget(self.sheet_combo, 1)
        layout.addLayout(row)
        layout.addWidget(self.header_label)
        layout.addWidget(self.columns_table, 1)

    def show_sheets(
        self, sheets: list[Sheet], layouts: dict[str, SheetLayout], list_kind: str
    ) -> None:
        """The sheets just read; `layouts` is changed in place as the clerk reads columns."""
        self.layouts = layouts
        self._list_kind = list_kind
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in sheets:
            found = layouts[sheet.name].found
            self.sheet_combo.addItem(
                sheet.name if found else _("{name} (no list found)").format(name=sheet.name),
                sheet.name,
            )
        self.sheet_combo.blockSignals(False)
        self._show_sheet_columns()

    def _field_choices(self) -> list[tuple[str, str | None]]:
        choices = [(_("(not imported)"), None)]
        choices += [
            (pgettext("list field", FIELDS[name][0]), name) for name in LIST_FIELDS[self._list_kind]
        ]
        return choices

    def _show_sheet_columns(self) -> None:
        name = self.sheet_combo.currentData()
        layout = self.layouts.get(name)
        self.columns_table.setRowCount(0)
        if layout is None:
            return
        if not layout.found:
            self.header_label.setText(
                _("No header row was found in the first 20 rows of this sheet; it is not imported.")
            )
            return
        self.header_label.setText(_("Header row: {row}").format(row=layout.header_row))
        self.columns_table.setRowCount(len(layout.headers))
        for row, (column, header) in enumerate(sorted(layout.headers.items())):
            self.columns_table.setItem(row, 0, QTableWidgetItem(column_letter(column)))
            self.columns_table.setItem(row, 1, QTableWidgetItem(header))
            combo = QComboBox()
            for title, field in self._field_choices():
                combo.addItem(title, field)
            combo.setCurrentIndex(max(0, combo.findData(layout.columns.get(column))))
            combo.currentIndexChanged.connect(
                lambda _index, c=column, box=combo, sheet=name: self.set_column_field(
                    sheet, c, box.currentData()
                )
            )
            self.columns_table.setCellWidget(row, 2, combo)
        self.columns_table.resizeColumnToContents(0)
        self.columns_table.setColumnWidth(2, 260)

    def set_column_field(self, sheet_name: str, column: int, field: str | None) -> None:
        """The clerk's own reading of a column; the same field is never read twice."""
        layout = self.layouts[sheet_name]
        for other, name in list(layout.columns.items()):
            if field is not None and name == field and other != column:
                del layout.columns[other]
        if field is None:
            layout.columns.pop(column, None)
        else:
            layout.columns[column] = field
        self.layout_changed.emit()
