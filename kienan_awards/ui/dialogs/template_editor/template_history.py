"""The dialog's own undo: each edit of a field, each drag and each import is one step from the
template before it to the template after it. Typing into one field makes one step, not one per
key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from kienan_awards.core.documents.certificate_layout import CertificateTemplate

FIELD_EDIT_ID = 1

Show = Callable[[CertificateTemplate, int], None]


class TemplateStep(QUndoCommand):
    def __init__(
        self,
        show: Show,
        before: CertificateTemplate,
        after: CertificateTemplate,
        element_index: int,
        merge_key: tuple | None = None,
    ):
        super().__init__()
        self._show = show
        self.before = before
        self.after = after
        self.element_index = element_index
        self.merge_key = merge_key

    def redo(self) -> None:
        self._show(self.after, self.element_index)

    def undo(self) -> None:
        self._show(self.before, self.element_index)

    def id(self) -> int:
        return FIELD_EDIT_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if not isinstance(other, TemplateStep) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True
