"""Dialogs to record a movement, a target with its plans, and a progress report. Each checks
its input through the core and says what is wrong, in the dialog, before closing."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.movements import movement_plans
from kienan_awards.core.records.units import list_units
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog
from kienan_awards.ui.figures import figure


def _iso(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def _date_edit(date: QDate) -> QDateEdit:
    edit = QDateEdit(date)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


class _RecordDialog(FittedDialog):
    """A form, an error line, OK/Cancel; OK saves through ``save`` and stays open on error."""

    def __init__(self, db, title: str, parent=None):
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(title)
        self.resize(560, 0)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setObjectName("dialog_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.edit_group = None
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def save(self):
        raise NotImplementedError

    def try_save(self) -> bool:
        try:
            self.edit_group = self.save()
        except KienanError as error:
            self.problem.setText(shown(error))
            return False
        self.accept()
        return True


class MovementDialog(_RecordDialog):
    def __init__(self, db, parent=None):
        super().__init__(db, _("New emulation movement"), parent)
        year = QDate.currentDate().year()
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem(_("Regular (annual)"), "regular")
        self.kind.addItem(_("Campaign or thematic"), "campaign")
        self.starts_on = _date_edit(QDate(year, 1, 1))
        self.ends_on = _date_edit(QDate(year, 12, 31))
        self.launching = QLineEdit()
        self.themes = QPlainTextEdit()
        self.themes.setFixedHeight(70)
        for title, widget in (
            (_("Name *"), self.name),
            (_("Kind"), self.kind),
            (_("From"), self.starts_on),
            (_("To"), self.ends_on),
            (_("Launching decision"), self.launching),
            (_("Themes"), self.themes),
        ):
            self.form.addRow(title, widget)

    def save(self):
        return movement_plans.save_movement(
            self._db,
            {
                "name": self.name.text(),
                "kind": self.kind.currentData(),
                "starts_on": _iso(self.starts_on),
                "ends_on": _iso(self.ends_on),
                "launching_decision": self.launching.text(),
                "themes": self.themes.toPlainText(),
            },
        )


class TargetDialog(_RecordDialog):
    def __init__(self, db, movement_id: int, parent=None):
        super().__init__(db, _("New target"), parent)
        self.movement_id = movement_id
        self.indicator = QLineEdit()
        self.unit = QComboBox()
        self.unit.addItem(_("Whole area"), None)
        for unit in list_units(db):
            if not unit.valid_to:
                self.unit.addItem(unit.name, unit.id)
        self.measure = QLineEdit()
        self.measure.setPlaceholderText(_("triệu đồng, %, người, ..."))
        self.accumulates = QCheckBox(_("adds up through the year (an amount, not a rate)"))
        self.accumulates.setChecked(True)
        self.measure.textEdited.connect(
            lambda text: self.accumulates.setChecked(text.strip() != "%")
        )
        self.plan_sources = [QLineEdit("Kế hoạch thành phố giao"), QLineEdit()]
        self.plan_texts = [QLineEdit(), QLineEdit()]
        for text in self.plan_texts:
            text.setPlaceholderText("≥ 754.505 · 6,6-6,8 · dưới 3 · khoảng 4")
        self.same_period = QLineEdit()
        self.form.addRow(_("Indicator *"), self.indicator)
        self.form.addRow(_("Assigned to"), self.unit)
        self.form.addRow(_("Measure"), self.measure)
        self.form.addRow("", self.accumulates)
        for number, (source, text) in enumerate(
            zip(self.plan_sources, self.plan_texts, strict=True), start=1
        ):
            self.form.addRow(_("Plan {n}: source").format(n=number), source)
            self.form.addRow(_("Plan {n}: value").format(n=number), text)
        self.form.addRow(_("Same period last year"), self.same_period)

    def save(self):
        return movement_plans.save_target(
            self._db,
            self.movement_id,
            {
                "indicator": self.indicator.text(),
                "unit_id": self.unit.currentData(),
                "measure_unit": self.measure.text(),
                "accumulates": self.accumulates.isChecked(),
                "plans": [
                    (s.text(), t.text())
                    for s, t in zip(self.plan_sources, self.plan_texts, strict=True)
                ],
                "same_period": self.same_period.text(),
            },
        )


class ProgressDialog(_RecordDialog):
    def __init__(self, db, target_id: int, indicator: str, parent=None):
        super().__init__(db, _("Report progress"), parent)
        self.target_id = target_id
        self.reported_on = _date_edit(QDate.currentDate())
        self.actual = QLineEdit()
        self.actual.setPlaceholderText(
            _("cumulative figure, e.g. {example}").format(example=figure(231560))
        )
        self.source = QLineEdit()
        self.note = QLineEdit()
        self.form.addRow(_("Target"), QLabel(indicator))
        self.form.addRow(_("Date"), self.reported_on)
        self.form.addRow(_("Actual *"), self.actual)
        self.form.addRow(_("Source"), self.source)
        self.form.addRow(_("Note"), self.note)

    def save(self):
        return movement_plans.report_progress(
            self._db,
            self.target_id,
            {
                "reported_on": _iso(self.reported_on),
                "actual_value": self.actual.text(),
                "source": self.source.text(),
                "note": self.note.text(),
            },
        )
