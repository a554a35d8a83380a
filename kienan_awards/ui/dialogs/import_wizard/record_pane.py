"""One checked row beside the record it is: the row's cells as the list gives them on the left,
and on the right the recorded person or unit it matches, the one the import would create, or,
when its name fits several, the records to choose from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.i18n import _, shown
from kienan_awards.core.lists.import_plan import RowResult
from kienan_awards.core.lists.plan_records import RecordBesideRow
from kienan_awards.core.text import without_controls
from kienan_awards.ui.dialogs.import_wizard.choice_box import ChoiceBox
from kienan_awards.ui.dialogs.import_wizard.row_results_model import (
    choosable,
    record_title,
    status_text,
)
from kienan_awards.ui.wrapped_label import WrappedLabel

_BLANK = "\u2014"  # an empty cell or fact, so a gap reads as empty rather than as missing


class FactsBox(QGroupBox):
    """Pairs of (what, value), one a line, the values wrapped and selectable for copying."""

    def __init__(self, object_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self._form = QFormLayout(self)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setVerticalSpacing(2)

    def show_pairs(self, title: str, pairs: list[tuple[str, str]]) -> None:
        self.setTitle(title)
        while self._form.rowCount():
            self._form.removeRow(0)
        for what, value in pairs:
            self._form.addRow(_plain_label(what + ":"), _plain_label(value or _BLANK, True))

    def pairs(self) -> list[tuple[str, str]]:
        """What the box shows, as read from its labels (for tests and for copying)."""
        role = QFormLayout.ItemRole
        return [
            (
                self._form.itemAt(row, role.LabelRole).widget().text().removesuffix(":"),
                self._form.itemAt(row, role.FieldRole).widget().text(),
            )
            for row in range(self._form.rowCount())
        ]


def _plain_label(text: str, value: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a cell holding "<b>" is shown as typed
    label.setWordWrap(True)
    if value:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    else:
        label.setStyleSheet("color: #555;")  # what, quieter than the value
    return label


class RecordPane(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("import_record_pane")
        self.heading = WrappedLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.problem_label = WrappedLabel()
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setStyleSheet("color: #a61b1b;")
        self.row_box = FactsBox("import_row_cells")
        self.record_box = FactsBox("import_record_facts")
        self.choice_box = ChoiceBox()
        self.right = QStackedWidget()
        self.right.addWidget(self.record_box)
        self.right.addWidget(self.choice_box)
        beside = QHBoxLayout()
        beside.addWidget(self.row_box, 1, Qt.AlignmentFlag.AlignTop)
        beside.addWidget(self.right, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.problem_label)
        layout.addLayout(beside, 1)
        self.clear()

    def clear(self) -> None:
        self.heading.setText(_("Choose a row to read it beside its record."))
        self.problem_label.setVisible(False)
        self.row_box.setVisible(False)
        self.right.setVisible(False)

    def show_row(self, result: RowResult, beside: RecordBesideRow) -> None:
        self.heading.setText(
            _("'{sheet}' row {row}: {status}").format(
                sheet=without_controls(result.sheet_name),
                row=result.row_number,
                status=status_text(result.status),
            )
        )
        self.problem_label.setText(shown(result.message) if result.message else "")
        self.problem_label.setVisible(bool(result.message))
        self.row_box.setVisible(True)
        self.row_box.show_pairs(_("In the list"), beside.row)
        self.right.setVisible(True)
        if choosable(result):
            key = result.ambiguity.key(result.sheet_name, result.row_number)
            self.choice_box.ask(result.ambiguity, key)
            self.right.setCurrentWidget(self.choice_box)
            return
        self.right.setCurrentWidget(self.record_box)
        if beside.record_kind:
            title = record_title(beside.record_kind, beside.recorded_id)
            facts = [(shown(what), value) for what, value in beside.record]
        else:
            title, facts = _("No record"), []
        self.record_box.show_pairs(title, facts)
