"""The edits the clerk may take back, newest last, and the Undo action that names the newest."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.messages import Message
from kienan_awards.core.records import record_edits
from kienan_awards.core.records.record_edits import EditGroup

UNDO_DEPTH = 50


def edit_label(group: EditGroup) -> str:
    """What the edit did, in the window's language: the core names it with a word marked for
    the catalogue, or with a message when it quotes a name."""
    label = group.label
    return shown(label) if isinstance(label, Message) else _(label)


class UndoHistory(QObject):
    # An edit was taken back: what the reversal changed (a ChangeSet).
    undone = Signal(object)

    def __init__(self, db, window: QMainWindow):
        super().__init__(window)
        self._db = db
        self._window = window
        self.stack: list[EditGroup] = []
        self.action = QAction(_("&Undo"), window)
        self.action.setObjectName("undo")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.action.triggered.connect(self.undo_last)
        window.addAction(self.action)
        self._update_action()

    def remember(self, group: EditGroup) -> None:
        if group.edits:
            self.stack.append(group)
            del self.stack[:-UNDO_DEPTH]
        self._update_action()

    def undo_last(self) -> bool:
        if not self.stack:
            return False
        group = self.stack.pop()
        try:
            reversal = record_edits.undo(self._db, group)
        except KienanError as error:
            QMessageBox.warning(self._window, _("Undo"), shown(error))
            self.stack.append(group)
            return False
        self._update_action()
        self._window.statusBar().showMessage(
            _("Undone: {label}").format(label=edit_label(group)), 5000
        )
        self.undone.emit(reversal.changes)
        return True

    def _update_action(self) -> None:
        self.action.setEnabled(bool(self.stack))
        if self.stack:
            self.action.setText(_("&Undo {label}").format(label=edit_label(self.stack[-1])))
        else:
            self.action.setText(_("&Undo"))
