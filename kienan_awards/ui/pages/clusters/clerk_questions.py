"""What the Clusters page asks of the clerk while scoring and what it tells back: file and
folder names, a confirmation, a message, a refusal with its list of wrong cells. Tests answer
in the clerk's place by replacing these methods."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.ui.file_dialogs import existing_folder, open_file_names, save_file_name

EXCEL_FILTER = "Excel (*.xlsx)"
SHOWN_LINES = 12  # of a refusal, in its box; the rest in the details


class ClerkQuestions(QObject):
    def __init__(self, page):
        super().__init__(page)
        self._page = page

    @property
    def title(self) -> str:
        return _("Emulation clusters and blocks")

    def choose_sheet_path(self, name: str) -> str:
        return save_file_name(self._page, _("Save the score sheet"), name, EXCEL_FILTER)

    def choose_filled_sheets(self) -> list[str]:
        return open_file_names(self._page, _("Read filled score sheets"), EXCEL_FILTER)

    def choose_folder(self, title: str = "") -> str:
        return existing_folder(self._page, title or _("Folder for the cluster's papers"))

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self._page, self.title, text)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, text: str) -> None:
        QMessageBox.information(self._page, self.title, text)

    def warn(self, text: str) -> None:
        """The refusal; a long list of wrong cells in the box's details, its first lines shown."""
        lines = text.splitlines()
        box = QMessageBox(QMessageBox.Icon.Warning, self.title, "\n".join(lines[:SHOWN_LINES]))
        if len(lines) > SHOWN_LINES:
            box.setInformativeText(_("… and more: see the details."))
            box.setDetailedText(text)
        box.setParent(self._page, box.windowFlags())
        box.exec()

    def attempt(self, action: Callable[[], object]) -> bool:
        """True when the core did it; else its refusal shown."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            action()
        except KienanError as error:
            QGuiApplication.restoreOverrideCursor()
            self.warn(shown(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        return True
