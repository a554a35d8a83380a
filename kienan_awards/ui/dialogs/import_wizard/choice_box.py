"""For a row whose name fits several recorded people or units: the records it may be, each
described, and a new one; the clerk picks which, and the rows are checked again with it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from kienan_awards.core.i18n import _
from kienan_awards.core.lists.record_matching import NEW_RECORD, Ambiguity
from kienan_awards.core.text import without_controls
from kienan_awards.ui.wrapped_label import WrappedLabel

_RECORDS_SHOWN = 6  # more scroll


class ChoiceBox(QWidget):
    # (Ambiguity.key of the row, the chosen record's id or NEW_RECORD)
    chosen = Signal(object, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("import_choice")
        self._key: tuple | None = None
        self.question = WrappedLabel()
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.candidates_list = QListWidget()
        self.candidates_list.setObjectName("import_candidates")
        self.candidates_list.currentRowChanged.connect(self._enable_button)
        self.candidates_list.itemDoubleClicked.connect(lambda _item: self.use_chosen())
        self.use_button = QPushButton(_("Use this record"))
        self.use_button.setObjectName("import_use_record")
        self.use_button.clicked.connect(self.use_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addWidget(self.candidates_list)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)

    def ask(self, ambiguity: Ambiguity, key: tuple) -> None:
        """Offers the records the name fits, and a new one; none is taken until the clerk
        says so."""
        self._key = key
        typed = without_controls(ambiguity.typed)
        question = (
            _("'{name}' fits several recorded units. Which is this row?")
            if ambiguity.record_kind == "unit"
            else _("'{name}' fits several recorded people. Which is this row?")
        )
        self.question.setText(question.format(name=typed))
        self.candidates_list.clear()
        for record_id, described in ambiguity.candidates:
            text = _("#{id}: {described}").format(id=record_id, described=described)
            self._add(without_controls(text), record_id)
        self._add(_("A new record (none of these)"), NEW_RECORD)
        self.candidates_list.setCurrentRow(-1)
        self._fit_list()
        self._enable_button()

    def choose(self, record_id: int) -> None:
        """Marks the record with this id (or NEW_RECORD) as the one the row is."""
        for row in range(self.candidates_list.count()):
            if self.candidates_list.item(row).data(Qt.ItemDataRole.UserRole) == record_id:
                self.candidates_list.setCurrentRow(row)
                return
        raise LookupError(record_id)

    def use_chosen(self) -> None:
        item = self.candidates_list.currentItem()
        if item is None or self._key is None or not self.isEnabled():
            return
        self.chosen.emit(self._key, item.data(Qt.ItemDataRole.UserRole))

    def _add(self, text: str, record_id: int) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, record_id)
        item.setToolTip(text)
        self.candidates_list.addItem(item)

    def _fit_list(self) -> None:
        """As tall as its records, up to a few: the button stays in sight below it."""
        shown = min(self.candidates_list.count(), _RECORDS_SHOWN)
        frame = 2 * self.candidates_list.frameWidth()
        self.candidates_list.setFixedHeight(shown * self.candidates_list.sizeHintForRow(0) + frame)

    def _enable_button(self) -> None:
        self.use_button.setEnabled(self.candidates_list.currentItem() is not None)
