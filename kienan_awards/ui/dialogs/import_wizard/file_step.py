"""The wizard's first step: the list's file, what it holds, and what to give every row of a
list that lacks it (a decision, an award form); for the city's answer, the proposal it answers
and the city's decision when its heading does not name it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kienan_awards.core.awards.catalogue import AwardForm
from kienan_awards.core.cycle.city_answer import ProposalToAnswer
from kienan_awards.core.i18n import _
from kienan_awards.core.lists.list_import import ImportOptions
from kienan_awards.core.lists.list_layout import SheetLayout
from kienan_awards.core.lists.spreadsheet_reading import LIST_SUFFIXES
from kienan_awards.ui.file_dialogs import open_file_name

# The kinds of list whose year the clerk may give for rows that do not say it.
_KINDS_WITH_A_YEAR = ("registrations", "initiatives", "clusters")


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
            ("city_answer", _("The city's answer to a proposal (its decision's list)")),
            ("clusters", _("Emulation clusters and blocks (members and roles for a year)")),
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
        # The city's answer: the proposal it answers, and the body that decided.
        self.proposal_combo = QComboBox()
        self.proposal_combo.setObjectName("city_answer_proposal")
        self.proposal_combo.currentIndexChanged.connect(self.path_changed)
        form.addRow(_("Proposal the city answers"), self.proposal_combo)
        self.authority_edit = QLineEdit()
        self.authority_edit.setObjectName("city_answer_authority")
        self.authority_edit.setPlaceholderText(_("(from the list's heading)"))
        form.addRow(_("Body that decided"), self.authority_edit)
        self.kind_combo.currentIndexChanged.connect(self._show_kind_fields)
        self.kind_combo.currentIndexChanged.connect(self.path_changed)

        self.note = QLabel()
        self.note.setWordWrap(True)
        form.addRow(self.note)
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

    def set_proposals(self, proposals: list[ProposalToAnswer]) -> None:
        """The proposals the city's list may answer, the newest first."""
        chosen = self.proposal_combo.currentData()
        self.proposal_combo.clear()
        for proposal in proposals:
            self.proposal_combo.addItem(
                f"{proposal.title} ({proposal.achievement_year})", proposal.id
            )
        if chosen is not None and self.proposal_combo.findData(chosen) >= 0:
            self.proposal_combo.setCurrentIndex(self.proposal_combo.findData(chosen))

    def _show_kind_fields(self) -> None:
        """The year only for registrations, initiatives and clusters, the unit only for
        registrations, the proposal and the body only for the city's answer."""
        kind = self.list_kind()
        self._form.setRowVisible(self.year_spin, kind in _KINDS_WITH_A_YEAR)
        self._form.setRowVisible(self.unit_edit, kind == "registrations")
        self._form.setRowVisible(self.proposal_combo, kind == "city_answer")
        self._form.setRowVisible(self.authority_edit, kind == "city_answer")
        self.note.setText(
            _(
                "The city's decision is read from the list's heading (\"kèm theo Quyết định "
                'số ... ngày ..."); give its number and date here when the heading does not:'
            )
            if kind == "city_answer"
            else _("When the list has no decision or award column, give them here for every row:")
        )

    def choose_file(self) -> str:
        patterns = " ".join(f"*{suffix}" for suffix in LIST_SUFFIXES)
        return open_file_name(
            self,
            _("Choose a list"),
            _("Lists: workbooks and Word documents ({patterns})").format(patterns=patterns),
        )

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
        if self.list_kind() == "city_answer" and self.proposal_combo.currentData() is None:
            return _("Choose the proposal the city's list answers first.")
        return None

    def list_kind(self) -> str:
        return self.kind_combo.currentData()

    def options(self, layouts: dict[str, SheetLayout]) -> ImportOptions:
        """The import's options, with the columns as the clerk chose to read them."""
        decided = self.date_edit.date()
        city_answer = self.list_kind() == "city_answer"
        return ImportOptions(
            list_kind=self.list_kind(),
            decision_number=self.decision_edit.text().strip() or None,
            decision_date=None
            if decided == self.date_edit.minimumDate()
            else dt.date(decided.year(), decided.month(), decided.day()),
            form_name=self.form_combo.currentData(),
            year=(self.year_spin.value() or None)
            if self.list_kind() in _KINDS_WITH_A_YEAR
            else None,
            unit_name=(self.unit_edit.text().strip() or None)
            if self.list_kind() == "registrations"
            else None,
            proposal_id=self.proposal_combo.currentData() if city_answer else None,
            authority_name=(self.authority_edit.text().strip() or None) if city_answer else None,
            layouts=dict(layouts),
            skip_hidden=self.skip_hidden_box.isChecked(),
        )
