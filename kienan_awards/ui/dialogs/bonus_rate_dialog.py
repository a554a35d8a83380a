"""A bonus rate from a date: the dialog that records it and the catalogue tab's button that
opens it. Decisions already made keep their amounts; the rate before is closed the day before."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.awards.catalogue import add_bonus_rate, award_forms
from kienan_awards.core.changes import NOTHING, ChangeSet
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.ui.read_only import refuse_writing


def _kind_names() -> dict[str, str]:
    return {
        "individual": _("Individual"),
        "collective": _("Collective"),
        "household": _("Household"),
    }


class BonusRateDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("bonus_rate_dialog")
        self.setWindowTitle(_("A bonus rate from a date"))
        self._db = db
        self.changes: ChangeSet = NOTHING
        intro = QLabel(
            _(
                "The rate in force the day before ends on that day. Decisions already made "
                "keep their amounts."
            )
        )
        intro.setWordWrap(True)
        self.form_combo = QComboBox()
        for form in award_forms(db):
            self.form_combo.addItem(form.name_vi, form)
        self.kind_combo = QComboBox()
        self.form_combo.currentIndexChanged.connect(self._fill_kinds)
        self.coefficient_edit = QLineEdit()
        self.coefficient_edit.setPlaceholderText("0,3")
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.basis_edit = QLineEdit()
        self.basis_edit.setPlaceholderText("Nghị định số …/NĐ-CP")
        fields = QFormLayout()
        fields.addRow(_("Award form"), self.form_combo)
        fields.addRow(_("Recipient"), self.kind_combo)
        fields.addRow(_("Coefficient (x base salary)"), self.coefficient_edit)
        fields.addRow(_("In force from"), self.date_edit)
        fields.addRow(_("Legal basis"), self.basis_edit)
        self.failure = QLabel()
        self.failure.setObjectName("bonus_rate_failure")
        self.failure.setWordWrap(True)
        self.failure.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(_("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(fields)
        layout.addWidget(self.failure)
        layout.addWidget(buttons)
        self._fill_kinds()

    def _fill_kinds(self) -> None:
        self.kind_combo.clear()
        form = self.form_combo.currentData()
        names = _kind_names()
        for kind in form.recipient_kinds if form else ():
            self.kind_combo.addItem(names.get(kind, kind), kind)

    def save(self) -> bool:
        """Record the rate; the dialog closes when it is written, else says why."""
        form = self.form_combo.currentData()
        try:
            self.changes = add_bonus_rate(
                self._db,
                form.code if form else "",
                self.kind_combo.currentData() or "",
                self.coefficient_edit.text(),
                self.date_edit.date().toPython(),
                self.basis_edit.text(),
            )
        except KienanError as error:
            self.failure.setText(shown(error))
            return False
        self.accept()
        return True


class BonusRatesTab(QWidget):
    """The catalogue's list with the button that adds a rate from a date."""

    changed = Signal(object)  # the ChangeSet of the rate written

    def __init__(self, db, catalogue: QWidget, parent=None):
        super().__init__(parent)
        self._db = db
        self._catalogue = catalogue
        self.add_button = QPushButton(_("Add a rate from a date..."))
        self.add_button.setObjectName("add_bonus_rate")
        self.add_button.setToolTip(_("A new bonus coefficient, e.g. under a new decree"))
        self.add_button.clicked.connect(lambda: self.add_rate())
        refuse_writing(db, self.add_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(catalogue, 1)
        layout.addLayout(row)

    def add_rate(self, run=lambda dialog: dialog.exec()) -> bool:
        dialog = BonusRateDialog(self._db, self)
        accepted = run(dialog) == QDialog.DialogCode.Accepted
        if accepted:
            self._catalogue.refresh()
            self.changed.emit(dialog.changes)
        return accepted
