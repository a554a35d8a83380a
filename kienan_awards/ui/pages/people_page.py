"""People: the list on the left, the chosen person's form and award timeline on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.awards.candidates import described_grounds, proposable
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.records import people, record_edits
from kienan_awards.core.records.record_lists import PEOPLE
from kienan_awards.ui.award_timeline_table import AwardTimelineTable
from kienan_awards.ui.dialogs.fitted_dialog import FittedDialog
from kienan_awards.ui.forms.discipline_box import DisciplineBox
from kienan_awards.ui.forms.person_form import PersonForm
from kienan_awards.ui.page_layout import list_beside_details
from kienan_awards.ui.pages.record_list_page import RecordListPage
from kienan_awards.ui.pages.window_page import WindowPage
from kienan_awards.ui.read_only import is_writable, refuse_writing


class ChoosePersonDialog(FittedDialog):
    """Find another person by name (with or without diacritics) and pick them."""

    def __init__(self, db, exclude_id: int | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Merge with another record"))
        self.resize(760, 480)
        self.exclude_id = exclude_id
        self.list_page = RecordListPage(db, PEOPLE, _("Choose the duplicate record"))
        note = QLabel(
            _(
                "The record you chose is folded into the one open now: all its "
                "awards move here, and it goes to the trash."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list_page, 1)
        layout.addWidget(buttons)

    def chosen_id(self) -> int | None:
        index = self.list_page.table.currentIndex()
        if not index.isValid():
            return None
        chosen = self.list_page.model.record_id(index.row())
        return None if chosen == self.exclude_id else chosen


class PeoplePage(WindowPage):
    # Their units, their awards and decisions, and what the rules allow proposing next.
    shows = frozenset(
        {
            RecordKind.PEOPLE,
            RecordKind.UNITS,
            RecordKind.AWARDS,
            RecordKind.DECISIONS,
            RecordKind.CATALOGUE,
        }
    )

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("people_page")
        self._db = db
        self.list_page = RecordListPage(db, PEOPLE, _("People"))
        self.form = PersonForm(db)
        self.new_button = QPushButton(_("New"))
        self.save_button = QPushButton(_("Save"))
        self.delete_button = QPushButton(_("Delete"))
        self.merge_button = QPushButton(_("Merge with..."))
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(self.save_record)
        self.delete_button.clicked.connect(self.delete_record)
        self.merge_button.clicked.connect(self.choose_and_merge)
        self.form.changed.connect(self._update_buttons)
        refuse_writing(db, self.form, self.new_button)

        self.timeline = AwardTimelineTable()
        self.discipline_box = DisciplineBox(db)
        self.discipline_box.edited.connect(self._discipline_edited)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.form_heading = QLabel()
        self.form_heading.setObjectName("page_heading")
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.form_heading)
        details_layout.addWidget(self.form)
        details_layout.addLayout(buttons)
        self.proposable_label = QLabel()
        self.proposable_label.setObjectName("proposable_next")
        self.proposable_label.setWordWrap(True)
        # Names and proposal titles are the clerk's text, never markup.
        self.proposable_label.setTextFormat(Qt.TextFormat.PlainText)
        details_layout.addWidget(self.proposable_label)
        details_layout.addWidget(QLabel(_("Awards")))
        details_layout.addWidget(self.timeline, 1)
        details_layout.addWidget(self.discipline_box)

        self.splitter = list_beside_details(
            self, "people_splitter", Qt.Orientation.Horizontal, self.list_page, details
        )
        self._connect_selection()
        self.new_record()

    def _connect_selection(self) -> None:
        self.list_page.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.list_page.model.modelReset.connect(self._connect_selection_after_reset)

    def _connect_selection_after_reset(self) -> None:
        self.list_page.table.selectionModel().currentRowChanged.connect(
            self._row_chosen, Qt.ConnectionType.UniqueConnection
        )

    # --- the window's commands -------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return self.form.is_dirty()

    def focus_find(self) -> bool:
        return self.list_page.focus_find()

    def printable_table(self) -> tuple[str, QTableView]:
        return self.list_page.printable_table()

    def new_record(self) -> None:
        self.list_page.table.clearSelection()
        self.form.clear()
        self.form_heading.setText(_("New person"))
        self.timeline.setRowCount(0)
        self.discipline_box.show_person(None, "")
        self.proposable_label.clear()
        self._update_buttons()
        self.form.full_name.setFocus()

    def open_person(self, person_id: int) -> None:
        row = record_edits.fetch(self._db, "people", person_id)
        self.form.reload_units()
        self.form.load(person_id, row)
        self.form_heading.setText(row["full_name"])
        self._show_timeline(person_id)
        self.discipline_box.show_person(person_id, row["full_name"])
        self._show_proposable(person_id)
        self._update_buttons()

    def save_record(self) -> bool:
        problems = self.form.show_problems()
        if problems:
            self.show_problem(_("Please correct the marked fields first."))
            return False
        try:
            group = people.save_person(
                self._db,
                self.form.person_id,
                self.form.values(),
                expected=self.form.loaded if self.form.person_id else None,
            )
        except KienanError as error:
            self.show_problem(shown(error))
            return False
        self.edited.emit(group)
        person_id = self.form.person_id or group.record_id
        self.refresh()
        self.open_person(person_id)
        return True

    def delete_record(self) -> None:
        if self.form.person_id is None:
            return
        try:
            group = people.move_person_to_trash(self._db, self.form.person_id)
        except KienanError as error:
            self.show_problem(shown(error))
            return
        self.edited.emit(group)
        self.refresh()
        self.new_record()

    def choose_and_merge(self) -> None:
        if self.form.person_id is None:
            return
        dialog = ChoosePersonDialog(self._db, self.form.person_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_id():
            self.merge_into_current(dialog.chosen_id())

    def merge_into_current(self, other_id: int) -> bool:
        try:
            group = people.merge_people(self._db, self.form.person_id, other_id)
        except KienanError as error:
            self.show_problem(shown(error))
            return False
        self.edited.emit(group)
        person_id = self.form.person_id
        self.refresh()
        self.open_person(person_id)
        return True

    def refresh(self) -> None:
        self.list_page.refresh()
        self.form.reload_units()
        if self.form.person_id is not None:
            try:
                self.open_person(self.form.person_id)
            except KienanError:  # gone (undone creation): start afresh
                self.new_record()

    def _discipline_edited(self, group) -> None:
        self.edited.emit(group)
        self._show_proposable(self.form.person_id)

    def show_problem(self, text: str) -> None:
        QMessageBox.warning(self, _("People"), text)

    # --- showing ---------------------------------------------------------------------------
    def _row_chosen(self, current, _previous=None) -> None:
        if current.isValid():
            self.open_person(self.list_page.model.record_id(current.row()))

    def _show_timeline(self, person_id: int) -> None:
        self.timeline.show_entries(people.award_timeline(self._db, person_id))

    def _show_proposable(self, person_id: int) -> None:
        """What the consecutive-year paths allow proposing next, and what each rests on."""
        lines = []
        for c in proposable(self._db, person_id):
            lines.append(
                _("May be proposed for: {form} ({reason}: {years})").format(
                    form=c.suggested, reason=c.reason, years=", ".join(map(str, c.years))
                )
            )
            lines.extend("  – " + shown(line) for line in described_grounds(c.grounds))
        self.proposable_label.setText("\n".join(lines))

    def _update_buttons(self) -> None:
        existing = self.form.person_id is not None and is_writable(self._db)
        self.save_button.setEnabled(self.form.is_dirty() and is_writable(self._db))
        self.delete_button.setEnabled(existing)
        self.merge_button.setEnabled(existing)
