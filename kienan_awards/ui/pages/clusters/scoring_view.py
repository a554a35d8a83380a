"""The scoring grid's table view, moving as a clerk enters scores: Enter goes down to the next
criterion of the same column (a member's column is entered top to bottom), Tab to the next
cell a score is typed in; a refused score keeps its cell chosen, to be typed again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
Hint = QAbstractItemDelegate.EndEditHint


class ScoringView(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 (Qt API)
        model = self.model()
        if getattr(model, "refused", False):
            model.refused = False
            super().closeEditor(editor, Hint.NoHint)
            return
        # The delegate closes an editor left with Enter by submitting, without moving; the
        # view closes so one left for a cell on another row, already chosen.
        left_with_enter = self.indexAt(editor.geometry().center()) == self.currentIndex()
        if hint == Hint.SubmitModelCache and left_with_enter:
            super().closeEditor(editor, Hint.NoHint)
            self.go_down()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() in ENTER_KEYS and self.state() != QAbstractItemView.State.EditingState:
            self.go_down()
            return
        super().keyPressEvent(event)

    def moveCursor(self, action, modifiers):  # noqa: N802 (Qt API)
        model = self.model()
        moves = {
            QAbstractItemView.CursorAction.MoveNext: True,
            QAbstractItemView.CursorAction.MovePrevious: False,
        }
        if action in moves and getattr(model, "entry", None) is not None:
            found = model.next_editable(self.currentIndex(), moves[action])
            return found if found.isValid() else self.currentIndex()
        return super().moveCursor(action, modifiers)

    def go_down(self) -> None:
        below = self.model().criterion_below(self.currentIndex())
        if below.isValid():
            self.setCurrentIndex(below)
