"""The office the program works for, asked at the first start (with where the data lives and
whether to load the demo data) and changed later from Settings."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from kienan_awards.core import demo
from kienan_awards.core.changes import EVERYTHING, NOTHING, ChangeSet
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.records.office import (
    office_period_on,
    office_periods,
    office_problems,
    record_office,
)
from kienan_awards.core.records.record_counts import holds_records
from kienan_awards.core.storage.backups import configured_backups_folder
from kienan_awards.core.storage.moving import (
    existing_database,
    move_database,
    move_problem,
    use_database,
)
from kienan_awards.ui.dialogs.dialog_parts import failure_label, save_cancel_buttons
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog
from kienan_awards.ui.dialogs.office_fields import OfficeFields
from kienan_awards.ui.file_dialogs import existing_folder


class OfficeDialog(FittedDialog):
    def __init__(
        self, db, parent=None, welcome: bool = False, mover=None, signs_from: dt.date | None = None
    ):
        super().__init__(parent)
        # What moves the database; the window closes its own other connections first.
        self._mover = mover or partial(move_database, db)
        self.setObjectName("office_dialog")
        self._db = db
        self.moved_to: Path | None = None  # where Start moved the database, if it did
        self.changes: ChangeSet = NOTHING  # what Save (or Start) changed
        self.setWindowTitle(_("Welcome") if welcome else _("The office"))
        self.resize(640, 0)
        intro = QLabel(
            _(
                "Kien An Awards keeps your office's emulation and commendation register: units "
                "and people, movements and their targets, award decisions, Certificates of "
                "Merit. First, the office whose chairman signs them. Everything here can be "
                "changed later in Settings."
            )
            if welcome
            else _(
                "The office as it stands from the day it signs from (today unless changed; an "
                "earlier day records a past authority). Decisions already made keep the signer "
                "they were made with."
            )
        )
        intro.setWordWrap(True)
        self.fields = OfficeFields(office_period_on(db), office_periods(db), self)
        if signs_from is not None:  # asked for the office of a day, e.g. a decision's
            self.fields.set_day(signs_from)
        self.edits: dict[str, QLineEdit] = self.fields.edits
        self.problem_labels: dict[str, QLabel] = self.fields.problem_labels
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        self.demo_check = QCheckBox(
            _(
                "Load the demo data (a district's years of awards and the ward that "
                "followed it in 2025) to try the program"
            )
        )
        self.demo_check.setObjectName("load_demo")
        self.folder_edit: QLineEdit | None = None  # the welcome's choice of folder
        self.found: Path | None = None
        if welcome:
            # Where the database lives, and another folder may be chosen (a data drive that
            # survives a reinstall); Start moves it there.
            self.folder_edit = QLineEdit(str(Path(db.path).parent))
            self.folder_edit.setObjectName("database_folder")
            self.folder_edit.setReadOnly(True)
            self.folder_button = QPushButton(_("Choose..."))
            self.folder_button.clicked.connect(self._ask_folder)
            cannot_move = move_problem(db)
            self.folder_button.setEnabled(cannot_move is None)
            if cannot_move is not None:
                self.folder_button.setToolTip(shown(cannot_move))
            # A database already in the chosen folder (a data drive kept through a reinstall
            # of the computer) is opened as it is, when this one is still empty.
            self.found_label = QLabel()
            self.found_label.setObjectName("database_found")
            self.found_label.setWordWrap(True)
            self.found_label.setVisible(False)
            folder_row = QHBoxLayout()
            folder_row.addWidget(QLabel(_("Keep the database in")))
            folder_row.addWidget(self.folder_edit, 1)
            folder_row.addWidget(self.folder_button)
            layout.addLayout(folder_row)
            where = QLabel(
                _("The database is kept in {file}; backups go to {folder}.").format(
                    file=db.path, folder=configured_backups_folder(db)
                )
            )
            where.setWordWrap(True)
            layout.addWidget(where)
            layout.addWidget(self.found_label)
            layout.addWidget(self.demo_check)
            self.demo_check.setEnabled(not holds_records(db))
        buttons = save_cancel_buttons(
            self,
            self.save,
            _("Start") if welcome else _("Save"),
            _("Later") if welcome else _("Cancel"),
        )
        layout.addWidget(buttons)
        self.failure = failure_label("office_failure")
        layout.addWidget(self.failure)

    def _ask_folder(self) -> None:
        folder = existing_folder(self, _("Keep the database in"), self.folder_edit.text())
        if folder:
            self.choose_folder(folder)

    def choose_folder(self, folder: Path | str) -> None:
        self.folder_edit.setText(str(folder))
        empty = not holds_records(self._db)
        found = existing_database(folder) if self.chosen_folder() is not None else None
        self.found = found if empty else None
        self.found_label.setText(
            _(
                "A database is already kept there ({file}): Start opens it as it is, with its "
                "own office and records, instead of this new one."
            ).format(file=found)
            if self.found
            else ""
        )
        self.found_label.setVisible(self.found is not None)
        self.fields.setEnabled(self.found is None)
        self.demo_check.setEnabled(self.found is None and empty)

    def chosen_folder(self) -> Path | None:
        """The folder chosen at the welcome when it is not where the database is now."""
        if self.folder_edit is None:
            return None
        folder = Path(self.folder_edit.text())
        return None if folder == Path(self._db.path).parent else folder

    def values(self) -> dict[str, str | None]:
        return self.fields.values()

    def save(self) -> bool:
        """Save the office (and load the demo when ticked); the dialog closes when done."""
        if self.found is not None:
            try:
                self.moved_to = use_database(self.found)
            except KienanError as error:
                self.failure.setText(shown(error))
                return False
            self.accept()
            return True
        problems = office_problems(self.values())
        self.fields.show_problems(problems)
        if problems:
            self.failure.setText(_("Please correct the marked fields."))
            return False
        try:
            if self.demo_check.isChecked() and self.demo_check.isEnabled():
                demo.load_demo(self._db)
                self.demo_check.setEnabled(False)  # loaded, whatever happens next
                self.changes = EVERYTHING  # the demo fills every kind of record
            self.changes |= record_office(self._db, self.values(), self.fields.day())
            # Last, so that the copy holds the office and the demo data too.
            if self.chosen_folder() is not None:
                self.moved_to = self._mover(self.chosen_folder())
        except KienanError as error:
            self.failure.setText(shown(error))
            return False
        self.accept()
        return True
