"""What the template editor asks the clerk in a window of its own: the file to export to or
import from, whether to save edits before they are left, and a refusal to read. Tests replace
these answers; no test opens a modal window."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from kienan_awards.core.i18n import _
from kienan_awards.ui.file_dialogs import open_file_name, save_file_name


class ClerkQuestions:
    def __init__(self, parent: QWidget):
        self._parent = parent

    def export_path(self, suggested: str) -> str:
        path = save_file_name(self._parent, _("Export JSON"), suggested, _("Template (*.json)"))
        if path and not path.lower().endswith(".json"):
            path += ".json"
        return path

    def import_path(self) -> str:
        return open_file_name(self._parent, _("Import JSON"), _("Template (*.json)"))

    def refusal(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent, title, text)

    def unsaved_changes(self) -> str:
        """'save', 'discard' or 'stay'."""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        answer = QMessageBox.question(
            self._parent,
            _("Unsaved changes"),
            _("The template has changes that are not saved. Save them?"),
            buttons,
        )
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(answer, "stay")
