"""Another body's decision (the city's Bằng khen, a ministry's): the body that decided, the
decision's number and date, and its awards, recorded so the honour roll is whole. Nothing of
it is printed here, and it takes no number of this office's register."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kienan_awards.core.awards.catalogue import award_forms
from kienan_awards.core.awards.other_decisions import (
    LEVELS,
    OtherAuthority,
    OtherAward,
    find_recipient,
    other_authorities,
    record_other_decision,
)
from kienan_awards.core.changes import NOTHING, ChangeSet
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.messages import Message
from kienan_awards.ui.dialogs.dialog_parts import failure_label, save_cancel_buttons
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog

RECIPIENT, FORM, ACHIEVEMENT, YEAR, BONUS = range(5)


def _level_names() -> dict[str, str]:
    return {
        "city": _("City (province)"),
        "national": _("National"),
        "district": _("District (before 1 July 2025)"),
        "other": _("Other body (ministry, organisation)"),
    }


class OtherAwardsTable(QTableWidget):
    """The decision's awards, one row each: who, which form, for what, of which year, and the
    bonus the decision states (blank: none stated)."""

    def __init__(self, db, parent=None):
        super().__init__(0, 5, parent)
        self.setObjectName("other_awards")
        self._forms = [(form.name_vi, form.code) for form in award_forms(db)]
        self.setHorizontalHeaderLabels(
            [_("Recipient"), _("Award"), _("Achievement"), _("Year"), _("Bonus (đồng)")]
        )
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((RECIPIENT, 180), (FORM, 400), (ACHIEVEMENT, 200), (YEAR, 70)):
            self.setColumnWidth(column, width)

    def add_award(self, year: int, form_code: str | None = None) -> int:
        """A new row, its form the one given or the row above's; returns the row."""
        row = self.rowCount()
        above = self.cellWidget(row - 1, FORM) if row else None
        self.insertRow(row)
        forms = QComboBox()
        for name, code in self._forms:
            forms.addItem(name, code)
        chosen = form_code or (above.currentData() if above else None)
        forms.currentTextChanged.connect(forms.setToolTip)  # a long name is cut in its cell
        forms.setCurrentIndex(max(0, forms.findData(chosen)))
        forms.setToolTip(forms.currentText())
        self.setCellWidget(row, FORM, forms)
        years = QSpinBox()
        years.setRange(1945, 2100)
        years.setValue(year)
        self.setCellWidget(row, YEAR, years)
        for column in (RECIPIENT, ACHIEVEMENT, BONUS):
            self.setItem(row, column, QTableWidgetItem(""))
        return row

    def follow_year(self, before: int, after: int) -> None:
        """Rows still at the decision's year before its date changed move to the new one."""
        for row in range(self.rowCount()):
            years = self.cellWidget(row, YEAR)
            if years.value() == before:
                years.setValue(after)

    def remove_chosen(self) -> None:
        for row in sorted({index.row() for index in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)

    def set_text(self, row: int, column: int, text: str) -> None:
        self.item(row, column).setText(text)

    def text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item else ""

    def awards(self, db) -> list[OtherAward]:
        """The rows as awards, each recipient found among the recorded people and units."""
        awards = []
        for row in range(self.rowCount()):
            bonus = self.text(row, BONUS).replace(".", "").replace(",", "").replace(" ", "")
            if bonus and not bonus.isdigit():
                raise KienanError(
                    Message("award {number}: the bonus is a whole number of đồng", number=row + 1)
                )
            try:
                recipient = find_recipient(db, self.text(row, RECIPIENT))
            except KienanError as error:
                raise KienanError(
                    Message("award {number}: {problem}", number=row + 1, problem=error.args[0])
                ) from None
            awards.append(
                OtherAward(
                    form=self.cellWidget(row, FORM).currentData(),
                    achievement=self.text(row, ACHIEVEMENT),
                    year=self.cellWidget(row, YEAR).value(),
                    bonus_amount=int(bonus) if bonus else None,
                    **recipient,
                )
            )
        return awards


class OtherDecisionDialog(FittedDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("other_decision_dialog")
        self.setWindowTitle(_("Another body's decision"))
        self.resize(1000, 560)
        self._db = db
        self.changes: ChangeSet = NOTHING
        intro = QLabel(
            _(
                "A decision of another body (the city's Bằng khen or Emulation Fighter, a "
                "ministry's) is recorded so the honour roll is whole. It is not this office's "
                "to print: no certificate, no decision pack, no number in the register."
            )
        )
        intro.setWordWrap(True)
        self.authority_combo = QComboBox()
        self.authority_combo.setObjectName("other_authority")
        self.authority_combo.setEditable(True)
        self.authority_combo.lineEdit().setPlaceholderText("Ủy ban nhân dân thành phố Hải Phòng")
        self.level_combo = QComboBox()
        names = _level_names()
        for level in LEVELS:
            self.level_combo.addItem(names[level], level)
        self._levels = dict(other_authorities(db))
        self.authority_combo.addItems(list(self._levels))
        self.authority_combo.setCurrentIndex(-1)
        self.authority_combo.currentTextChanged.connect(self._show_recorded_level)
        self.signer_title_edit = QLineEdit()
        self.signer_title_edit.setPlaceholderText("Chủ tịch")
        self.signer_name_edit = QLineEdit()
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText("3456/QĐ-UBND")
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self._year = self.date_edit.date().year()
        self.date_edit.dateChanged.connect(self._follow_year)
        fields = QFormLayout()
        fields.addRow(_("Decided by"), self.authority_combo)
        fields.addRow(_("Level"), self.level_combo)
        fields.addRow(_("Signer's title"), self.signer_title_edit)
        fields.addRow(_("Signer's name"), self.signer_name_edit)
        fields.addRow(_("Number"), self.number_edit)
        fields.addRow(_("Date"), self.date_edit)
        self.awards_table = OtherAwardsTable(db)
        add_button = QPushButton(_("Add an award"))
        add_button.clicked.connect(lambda: self.add_award())
        remove_button = QPushButton(_("Remove the chosen awards"))
        remove_button.clicked.connect(self.awards_table.remove_chosen)
        rows = QHBoxLayout()
        rows.addWidget(add_button)
        rows.addWidget(remove_button)
        rows.addStretch(1)
        self.failure = failure_label("other_decision_failure")
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(fields)
        layout.addWidget(QLabel(_("Its awards")))
        layout.addWidget(self.awards_table, 1)
        layout.addLayout(rows)
        layout.addWidget(self.failure)
        layout.addWidget(buttons)
        self.add_award()

    def _show_recorded_level(self, name: str) -> None:
        level = self._levels.get(name)
        if level is not None:
            self.level_combo.setCurrentIndex(self.level_combo.findData(level))

    def _follow_year(self, day: QDate) -> None:
        self.awards_table.follow_year(self._year, day.year())
        self._year = day.year()

    def add_award(self, form_code: str | None = None) -> int:
        return self.awards_table.add_award(self.date_edit.date().year(), form_code)

    def authority(self) -> OtherAuthority:
        return OtherAuthority(
            body_name=self.authority_combo.currentText(),
            level=self.level_combo.currentData(),
            signer_title=self.signer_title_edit.text(),
            signer_name=self.signer_name_edit.text(),
        )

    def save(self) -> bool:
        """Record the decision; the dialog closes when it is written, else says why."""
        try:
            result = record_other_decision(
                self._db,
                self.authority(),
                self.number_edit.text(),
                self.date_edit.date().toPython(),
                self.awards_table.awards(self._db),
            )
        except KienanError as error:
            self.failure.setText(shown(error))
            return False
        self.changes = result.changes
        self.accept()
        return True
