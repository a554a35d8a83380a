"""The status bar: which database is open (and why it is read-only), how many records it
holds, and when it was last backed up; File > Back up now says there where the copy went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.records.record_counts import record_counts
from kienan_awards.core.storage.backups import back_up, configured_backups_folder
from kienan_awards.core.storage.online_backup import list_backups
from kienan_awards.ui.figures import figure


class WindowStatus(QObject):
    # A backup was written: a ChangeSet of BACKUPS.
    backed_up = Signal(object)

    def __init__(self, db, window: QMainWindow):
        super().__init__(window)
        self._db = db
        self._window = window
        self.database_label = QLabel()
        self.counts_label = QLabel()
        self.backup_label = QLabel()
        bar = window.statusBar()
        bar.addWidget(self.database_label, 1)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.backup_label)

    def refresh(self) -> None:
        counts = record_counts(self._db)
        database = _("Database: {path} (schema {version})").format(
            path=self._db.path, version=self._db.schema_version
        )
        if self._db.read_only is not None:
            database = _("READ-ONLY: {reason} | {text}").format(
                reason=shown(self._db.read_only), text=database
            )
        self.database_label.setText(database)
        self.counts_label.setText(
            _("{units} units, {people} people, {decisions} decisions, {awards} awards").format(
                **{key: figure(value) for key, value in counts.items()}
            )
        )
        self.backup_label.setText(self._last_backup_text())

    def _last_backup_text(self) -> str:
        # Only this database's copies: a shared folder may hold other databases' too.
        copies = list_backups(configured_backups_folder(self._db), self._db.path.stem)
        if not copies:
            return _("No backup yet")
        return _("Last backup: {when}").format(when=copies[0].taken_at.strftime("%d/%m/%Y %H:%M"))

    def back_up_now(self) -> Path | None:
        """A checked copy in the backups folder, said in the status bar."""
        try:
            path = back_up(self._db)
        except KienanError as error:
            QMessageBox.warning(self._window, _("Back up now"), shown(error))
            return None
        self.backed_up.emit(ChangeSet.of(RecordKind.BACKUPS))
        self._window.statusBar().showMessage(_("Backed up to {path}").format(path=path), 10000)
        return path
