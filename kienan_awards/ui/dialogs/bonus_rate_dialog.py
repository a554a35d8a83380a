"""A bonus rate from a date: the dialog that records it (for every level that confers the form,
or one), and the catalogue tab with every rate, its level and its days, the base salary's
steps, and the buttons that add a rate or a base salary from a date. Decisions already made
keep their amounts; the rate of the same level before is closed the day before."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.awards.catalogue import add_bonus_rate, award_forms
from kienan_awards.core.changes import NOTHING, ChangeSet
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.ui.dialogs.base_salary_dialog import BaseSalaryDialog, base_salary_history
from kienan_awards.ui.dialogs.bonus_rates_table import BonusRatesTable, kind_labels, level_labels
from kienan_awards.ui.dialogs.dialog_parts import (
    failure_label,
    first_day_edit,
    legal_basis_edit,
    save_cancel_buttons,
)
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog
from kienan_awards.ui.read_only import refuse_writing

# The levels a rate is recorded for from the window: the People's Committees'.
RATE_LEVELS = (None, "commune", "district", "city")


class BonusRateDialog(FittedDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("bonus_rate_dialog")
        self.setWindowTitle(_("A bonus rate from a date"))
        self._db = db
        self.changes: ChangeSet = NOTHING
        intro = QLabel(
            _(
                "The rate of the same level in force the day before ends on that day. "
                "Decisions already made keep their amounts."
            )
        )
        intro.setWordWrap(True)
        self.form_combo = QComboBox()
        for form in award_forms(db):
            self.form_combo.addItem(form.name_vi, form)
        self.kind_combo = QComboBox()
        self.form_combo.currentIndexChanged.connect(self._fill_kinds)
        self.level_combo = QComboBox()
        self.level_combo.setToolTip(
            _("A rate of one level holds for that level's decisions; 'Any level' for the rest")
        )
        levels = level_labels()
        for level in RATE_LEVELS:
            self.level_combo.addItem(levels[level], level)
        self.coefficient_edit = QLineEdit()
        self.coefficient_edit.setPlaceholderText("0,3")
        self.date_edit = first_day_edit()
        self.basis_edit = legal_basis_edit()
        fields = QFormLayout()
        fields.addRow(_("Award form"), self.form_combo)
        fields.addRow(_("Recipient"), self.kind_combo)
        fields.addRow(_("Conferred by"), self.level_combo)
        fields.addRow(_("Coefficient (x base salary)"), self.coefficient_edit)
        fields.addRow(_("In force from"), self.date_edit)
        fields.addRow(_("Legal basis"), self.basis_edit)
        self.failure = failure_label("bonus_rate_failure")
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(fields)
        layout.addWidget(self.failure)
        layout.addWidget(buttons)
        self._fill_kinds()

    def _fill_kinds(self) -> None:
        self.kind_combo.clear()
        form = self.form_combo.currentData()
        names = kind_labels()
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
                self.level_combo.currentData(),
            )
        except KienanError as error:
            self.failure.setText(shown(error))
            return False
        self.accept()
        return True


class BonusRatesTab(QWidget):
    """The catalogue's list, every rate below it, and the button that adds a rate from a
    date."""

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
        self.salary_button = QPushButton(_("Add a base salary from a date..."))
        self.salary_button.setObjectName("add_base_salary")
        self.salary_button.clicked.connect(lambda: self.add_base_salary())
        refuse_writing(db, self.salary_button)
        self.salary_label = QLabel()
        self.salary_label.setWordWrap(True)
        self.rates_table = BonusRatesTable(db)
        # The page refreshes the catalogue when records change (a rate undone, a database
        # moved): the rates follow it.
        catalogue.model.modelReset.connect(lambda: self.refresh())
        row = QHBoxLayout()
        row.addWidget(QLabel(_("Bonus rates by level and date (an ended rate is greyed)")), 1)
        row.addWidget(self.add_button)
        rates = QWidget()
        rates_layout = QVBoxLayout(rates)  # the style's margins, as the catalogue's list has
        rates_layout.addLayout(row)
        rates_layout.addWidget(self.rates_table, 1)
        salary_row = QHBoxLayout()
        salary_row.addWidget(self.salary_label, 1)
        salary_row.addWidget(self.salary_button)
        rates_layout.addLayout(salary_row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(catalogue)
        split.addWidget(rates)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        self.salary_label.setText(base_salary_history(db))

    def refresh(self) -> None:
        self.rates_table.refresh()
        self.salary_label.setText(base_salary_history(self._db))

    def add_rate(self, run=lambda dialog: dialog.exec()) -> bool:
        return self._add(BonusRateDialog(self._db, self), run)

    def add_base_salary(self, run=lambda dialog: dialog.exec()) -> bool:
        return self._add(BaseSalaryDialog(self._db, self), run)

    def _add(self, dialog, run) -> bool:
        accepted = run(dialog) == QDialog.DialogCode.Accepted
        if accepted:
            self._catalogue.refresh()
            self.changed.emit(dialog.changes)
        return accepted
