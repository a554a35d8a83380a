"""Settings' choice of where the backups go: a folder in the data file's own folder, or a
folder the clerk chooses (another drive, a USB stick, a shared folder)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.storage.backups import configured_backups_folder, set_backups_folder
from kienan_awards.core.storage.locations import backups_folder
from kienan_awards.ui.file_dialogs import existing_folder


class BackupsFolderRow(QWidget):
    # The folder was changed: a ChangeSet of SETTINGS.
    changed = Signal(object)

    def __init__(self, db, warn: Callable[[str, str], None], parent=None):
        super().__init__(parent)
        self._db = db
        self._warn = warn
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("backups_folder")
        self.folder_edit.setReadOnly(True)
        self.choose_button = QPushButton(_("Choose..."))
        self.choose_button.setToolTip(
            _("Keep the backups on another drive, a USB stick or a shared folder")
        )
        self.choose_button.clicked.connect(self._ask_folder)
        # Said as a clerk sees it: the data file is what they copy, open and back up.
        self.reset_button = QPushButton(_("In the same folder as the data file"))
        self.reset_button.setToolTip(
            _("Keep the backups in {folder}, next to the data file").format(
                folder=backups_folder(db.path)
            )
        )
        self.reset_button.clicked.connect(lambda: self.choose_folder(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.folder_edit, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.reset_button)

    def refresh(self) -> None:
        self.folder_edit.setText(str(configured_backups_folder(self._db)))

    def _ask_folder(self) -> None:
        folder = existing_folder(self, _("Folder for the backups"), self.folder_edit.text())
        if folder:
            self.choose_folder(folder)

    def choose_folder(self, folder: str | None) -> bool:
        """Keep the backups in folder (None: in the data file's folder); False when refused."""
        try:
            chosen = set_backups_folder(self._db, folder)
        except KienanError as error:
            self._warn(_("Backups folder not changed"), shown(error))
            return False
        self.folder_edit.setText(str(chosen))
        self.changed.emit(ChangeSet.of(RecordKind.SETTINGS))
        return True
