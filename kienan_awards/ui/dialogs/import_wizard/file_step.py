"""The wizard's first step: the list's file, what it holds, and what to give every row of a
list that lacks it (a decision, an award form)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kienan_awards.core.awards.catalogue import AwardForm
from kienan_awards.core.i18n import _
from kienan_awards.core.lists.list_import import ImportOptions
from kienan_awards.core.lists.list_layout import SheetLayout
from kienan_awards.core.lists.spreadsheet_reading import LIST_SUFFIXES


class FileStep(QWidget):
    path_changed = Signal()  # the wizard may go on only once a file is named

    def __init__(self, forms: list[AwardForm], parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("import_path")
        self.path_edit.setPlaceholderText(_("Choose the list's file, or type its path"))
        self.path_edit.textChanged.connect(self.path_changed)
        browse = QPushButton(_("Choose..."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(_("List (.xlsx, .xls, .ods, .docx)"), row)
        self.kind_combo = QComboBox()
        for kind, title in (
            ("awards", _("Awards")),
            ("proposals", _("A unit's proposal (to review)")),
            ("people", _("People")),
            ("units", _("Units")),
            ("registrations", _("A unit's registration for the year's titles")),
            ("initiatives", _("Initiatives recognised")),
        ):
            self.kind_combo.addItem(title, kind)
        form.addRow(_("The list holds"), self.kind_combo)
        # A registration list often says its year and its unit only in its title, a list of
        # initiatives its year.
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("registration_year")
        self.year_spin.setRange(0, 2100)
        self.year_spin.setSpecialValueText(_("(from the list)"))
        self.year_spin.setValue(0)
        form.addRow(_("Year, for rows that do not say it"), self.year_spin)
        self.unit_edit = QLineEdit()
        self.unit_edit.setObjectName("registration_unit")
        self.unit_edit.setPlaceholderText(_("(from the list)"))
        form.addRow(_("Unit registering, for rows that do not say it"), self.unit_edit)
        self.kind_combo.currentIndexChanged.connect(self._show_kind_fields)

        note = QLabel(
            _("When the list has no decision or award column, give them here for every row:")
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.decision_edit = QLineEdit()
        self.decision_edit.setPlaceholderText("15/QĐ-UBND")
        form.addRow(_("Decision number"), self.decision_edit)
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setSpecialValueText(_("(from the list)"))
        self.date_edit.setMinimumDate(self.date_edit.minimumDate())
        self.date_edit.setDate(self.date_edit.minimumDate())
        form.addRow(_("Decision date"), self.date_edit)
        self.form_combo = QComboBox()
        self.form_combo.addItem(_("(from the list)"), None)
        for award_form in forms:
            self.form_combo.addItem(award_form.name_vi, award_form.name_vi)
        form.addRow(_("Award form"), self.form_combo)
        self.skip_hidden_box = QCheckBox(_("Leave out hidden sheets and hidden rows"))
        self.skip_hidden_box.setObjectName("skip_hidden")
        self.skip_hidden_box.setToolTip(
            _("Otherwise they are read like the others; either way the check names them.")
        )
        form.addRow(self.skip_hidden_box)
        self._form = form
        self._show_kind_fields()

    def _show_kind_fields(self) -> None:
        """The year only for registrations and initiatives, the unit only for registrations."""
        kind = self.list_kind()
        self._form.setRowVisible(self.year_spin, kind in ("registrations", "initiatives"))
        self._form.setRowVisible(self.unit_edit, kind == "registrations")

    def choose_file(self) -> str:
        patterns = " ".join(f"*{suffix}" for suffix in LIST_SUFFIXES)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            _("Choose a list"),
            "",
            _("Lists: workbooks and Word documents ({patterns})").format(patterns=patterns),
        )
        return path

    def _browse(self) -> None:
        path = self.choose_file()
        if path:
            self.path_edit.setText(path)

    def path(self) -> str:
        return self.path_edit.text().strip()

    def why_not_next(self) -> str | None:
        """Why the wizard cannot go on from this step yet, as the Next button's tooltip says;
        None once it can."""
        if not self.path():
            return _("Choose the list's file first (Choose...).")
        return None

    def list_kind(self) -> str:
        return self.kind_combo.currentData()

    def options(self, layouts: dict[str, SheetLayout]) -> ImportOptions:
        """The import's options, with the columns as the clerk chose to read them."""
        decided = self.date_edit.date()
        return ImportOptions(
            list_kind=self.list_kind(),
            decision_number=self.decision_edit.text().strip() or None,
            decision_date=None
            if decided == self.date_edit.minimumDate()
            else dt.date(decided.year(), decided.month(), decided.day()),
            form_name=self.form_combo.currentData(),
            year=(self.year_spin.value() or None)
            if self.list_kind() in ("registrations", "initiatives")
            else None,
            unit_name=(self.unit_edit.text().strip() or None)
            if self.list_kind() == "registrations"
            else None,
            layouts=dict(layouts),
            skip_hidden=self.skip_hidden_box.isChecked(),
        )
