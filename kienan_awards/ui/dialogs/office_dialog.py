"""The office the program works for, asked at the first start (with where the data lives and
whether to load the demo data) and changed later from Settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from kienan_awards.core import demo
from kienan_awards.core.database_backups import configured_backups_folder
from kienan_awards.core.errors import KienanError
from kienan_awards.core.office import office_on, office_problems, save_office
from kienan_awards.core.record_counts import holds_records
from kienan_awards.ui.messages import shown


class OfficeDialog(QDialog):
    def __init__(self, db, parent=None, welcome: bool = False):
        super().__init__(parent)
        self.setObjectName("office_dialog")
        self._db = db
        self.setWindowTitle(self.tr("Welcome") if welcome else self.tr("The office"))
        self.resize(640, 0)
        intro = QLabel(
            self.tr(
                "Kien An Awards keeps your office's emulation and commendation register: units "
                "and people, movements and their targets, award decisions, Certificates of "
                "Merit. First, the office whose chairman signs them. Everything here can be "
                "changed later in Settings."
            )
            if welcome
            else self.tr(
                "The office as it stands from today. Decisions already made keep the signer "
                "they were made with."
            )
        )
        intro.setWordWrap(True)
        self.edits: dict[str, QLineEdit] = {}
        self.problem_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        current = office_on(db)
        for key, label, example in (
            ("body_name", self.tr("Office"), "Ủy ban nhân dân phường …"),
            ("place", self.tr("Place (before the date)"), "Kiến An"),
            ("signer_title", self.tr("Signer's title"), "Chủ tịch"),
            ("signer_name", self.tr("Signer's name"), "Nguyễn Văn …"),
        ):
            edit = QLineEdit(getattr(current, key) if current else "")
            edit.setObjectName(f"office_{key}")
            edit.setPlaceholderText(example)
            problem = QLabel()
            problem.setStyleSheet("color: #b00020")
            problem.setVisible(False)
            self.edits[key], self.problem_labels[key] = edit, problem
            form.addRow(label, edit)
            form.addRow("", problem)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.demo_check = QCheckBox(
            self.tr("Load the demo data (a district's six years of awards) to try the program")
        )
        self.demo_check.setObjectName("load_demo")
        if welcome:
            where = QLabel(
                self.tr("The database is kept in {file}; backups go to {folder}.").format(
                    file=db.path, folder=configured_backups_folder(db)
                )
            )
            where.setWordWrap(True)
            layout.addWidget(where)
            layout.addWidget(self.demo_check)
            self.demo_check.setEnabled(not holds_records(db))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Start") if welcome else self.tr("Save")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Later") if welcome else self.tr("Cancel")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.failure = QLabel()
        self.failure.setObjectName("office_failure")
        self.failure.setWordWrap(True)
        self.failure.setStyleSheet("color: #b00020")
        layout.addWidget(self.failure)

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}

    def save(self) -> bool:
        """Save the office (and load the demo when ticked); the dialog closes when done."""
        problems = office_problems(self.values())
        for key, label in self.problem_labels.items():
            label.setText(shown(problems.get(key, "")))
            label.setVisible(key in problems)
        if problems:
            self.failure.setText(self.tr("Please correct the marked fields."))
            return False
        try:
            if self.demo_check.isChecked() and self.demo_check.isEnabled():
                demo.load_demo(self._db)
            save_office(self._db, self.values())
        except KienanError as error:
            self.failure.setText(shown(error))
            return False
        self.accept()
        return True
