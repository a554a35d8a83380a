"""The recipient of a proposal line, picked from the recorded people and units: typing (with or
without diacritics) lists the ones that match, each with what tells namesakes apart."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from kienan_awards.core.i18n import _
from kienan_awards.core.records.recipient_choices import (
    PERSON,
    RecipientChoice,
    matching_choices,
    named,
    recipient_choices,
)

CHOICE_ROLE = Qt.ItemDataRole.UserRole


def choice_text(choice: RecipientChoice) -> str:
    """One line of the list: "Nguyễn Văn An · born 1985 · Chuyên viên · Tổ 3 / Phường Kiến An"."""
    if choice.kind == PERSON:
        units = " / ".join(u for u in (choice.unit, choice.parent_unit) if u)
        year = _("born {year}").format(year=choice.birth_year) if choice.birth_year else ""
        details = (year, choice.position or "", units)
    else:
        kind = _("unit under {parent}").format(parent=choice.unit) if choice.unit else _("unit")
        details = (kind,)
    return " · ".join([choice.name, *(d for d in details if d)])


class ChoiceList(QAbstractListModel):
    """The choices matching what is typed now."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.shown: list[RecipientChoice] = []

    def show(self, choices: list[RecipientChoice]) -> None:
        self.beginResetModel()
        self.shown = choices
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.shown)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid():
            return None
        choice = self.shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return choice_text(choice)
        if role == Qt.ItemDataRole.EditRole:  # what the line edit shows once picked
            return choice.name
        if role == CHOICE_ROLE:
            return choice
        return None


class RecipientPicker(QLineEdit):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.choices: list[RecipientChoice] = []
        self.picked: RecipientChoice | None = None
        self.setPlaceholderText(
            _("type a name, with or without diacritics, and pick from the list")
        )
        self.matches = ChoiceList(self)
        self.completion = QCompleter(self.matches, self)
        # The list is filtered here (folded, word by word); the completer only shows it.
        self.completion.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completion.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.completion.setMaxVisibleItems(12)
        self.completion.setWidget(self)
        self.completion.activated[QModelIndex].connect(self._activated)
        self.textEdited.connect(self._typed)
        self.textChanged.connect(self._forget_if_renamed)

    def load(self) -> None:
        """Read the recorded people and units again; a pick still recorded stays picked."""
        self.choices = recipient_choices(self._db)
        if self.picked is not None and self.picked not in self.choices:
            self.set_picked(None)

    def _typed(self, text: str) -> None:
        self.matches.show(matching_choices(self.choices, text))
        if self.matches.shown:
            self.completion.complete()
        else:
            self.completion.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        self.pick(index.data(CHOICE_ROLE))

    def pick(self, choice: RecipientChoice) -> None:
        self.set_picked(choice)
        self.setText(choice.name)

    def set_picked(self, choice: RecipientChoice | None) -> None:
        """The person or unit picked, or None once the text no longer names it."""
        self.picked = choice
        self.setToolTip(choice_text(choice) if choice else "")

    def _forget_if_renamed(self, text: str) -> None:
        if self.picked is not None and text != self.picked.name:
            self.set_picked(None)
        elif self.picked is None:
            # A name typed whole that only one choice bears is that one.
            only = named(self.choices, text)
            if len(only) == 1:
                self.set_picked(only[0])

    def show_namesakes(self) -> None:
        """List the choices named as typed, to pick one."""
        self.setFocus()
        self._typed(self.text())

    def namesakes(self) -> list[RecipientChoice]:
        """The choices named as typed (more than one: the clerk must pick)."""
        return named(self.choices, self.text())
