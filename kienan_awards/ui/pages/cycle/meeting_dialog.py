"""A meeting of the council: its day, the proposals it reviews (their open lines go on the
ballot), the members present among those in office that day with the quorum shown as they
are ticked, the chair, the secretary, the place and the minutes' number."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from kienan_awards.core.awards.council_votes import share_text, threshold_text
from kienan_awards.core.cycle import council
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.ui.dialogs.dialog_parts import (
    failure_label,
    first_day_edit,
    save_cancel_buttons,
)


def fill_checks(listing: QListWidget, rows: list[tuple[object, str]], on: bool = False) -> None:
    """The list's rows replaced by a box per (key, text), each ticked or not."""
    listing.clear()
    for key, text in rows:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        listing.addItem(item)


def check_list(rows: list[tuple[object, str]]) -> QListWidget:
    listing = QListWidget()
    fill_checks(listing, rows)
    return listing


def ticked(listing: QListWidget) -> list[tuple[object, str]]:
    items = [listing.item(row) for row in range(listing.count())]
    return [
        (item.data(Qt.ItemDataRole.UserRole), item.text())
        for item in items
        if item.checkState() == Qt.CheckState.Checked
    ]


def tick(listing: QListWidget, key) -> None:
    for row in range(listing.count()):
        item = listing.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            item.setCheckState(Qt.CheckState.Checked)


class MeetingDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("A meeting of the council"))
        self._db = db
        self.meeting_id: int | None = None
        self.changes = None
        self.day_edit = first_day_edit()
        self.day_edit.dateChanged.connect(self.show_members)
        self.proposals = check_list(
            [
                (pid, _("#{id} {title} ({year})").format(id=pid, title=title, year=year))
                for pid, title, year in council.reviewable_proposals(db)
            ]
        )
        self.proposals.setObjectName("meeting_proposals")
        self.present = QListWidget()
        self.present.setObjectName("meeting_present")
        self.present.itemChanged.connect(self.show_quorum)
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("meeting_quorum")
        self.quorum_label.setWordWrap(True)
        self.chair_combo = QComboBox()
        self.secretary_edit = QLineEdit()
        self.place_edit = QLineEdit()
        self.subject_edit = QLineEdit()
        self.subject_edit.setPlaceholderText(_("e.g. xét danh hiệu thi đua năm 2025"))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(_("e.g. 01/BB-HĐTĐKT; empty: numbered by hand"))
        self.problem = failure_label("meeting_problem")

        form = QFormLayout()
        form.addRow(_("Held on"), self.day_edit)
        form.addRow(_("Place"), self.place_edit)
        form.addRow(_("Subject"), self.subject_edit)
        form.addRow(_("Chair"), self.chair_combo)
        form.addRow(_("Secretary"), self.secretary_edit)
        form.addRow(_("Minutes number"), self.number_edit)
        lists = QGridLayout()
        lists.addWidget(QLabel(_("Proposals reviewed")), 0, 0)
        lists.addWidget(QLabel(_("Members present")), 0, 1)
        lists.addWidget(self.proposals, 1, 0)
        lists.addWidget(self.present, 1, 1)
        lists.addWidget(self.quorum_label, 2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(self.problem)
        layout.addWidget(save_cancel_buttons(self, self.save, _("Record the meeting")))
        self.resize(820, 560)
        self.show_members()

    def in_office(self):
        day = self.day_edit.date().toPython()
        return [m for m in council.council_members(self._db) if m.member.in_office_on(day)]

    def show_members(self) -> None:
        """The members in office on the day, all ticked present until the clerk says not."""
        self.present.blockSignals(True)
        rows = [(m.name, f"{m.name} - {m.role}") for m in self.in_office()]
        fill_checks(self.present, rows, on=True)
        self.present.blockSignals(False)
        self.show_quorum()

    def show_quorum(self) -> None:
        names = [name for name, _text in ticked(self.present)]
        in_office = self.present.count()
        chosen = self.chair_combo.currentData()
        self.chair_combo.clear()
        self.chair_combo.addItem(_("(the chairman present)"), None)
        for name in names:
            self.chair_combo.addItem(name, name)
        self.chair_combo.setCurrentIndex(max(self.chair_combo.findData(chosen), 0))
        if not in_office:
            self.quorum_label.setText(_("The council has no members in office on this day."))
            return
        share = Fraction(len(names), in_office)
        text = _("{present} of {in_office} members in office present ({share})").format(
            present=len(names), in_office=in_office, share=share_text(share)
        )
        rules = council.council_rules(self._db)
        if rules is None or rules.quorum is None:
            text += "; " + _("no quorum set")
        else:
            met = rules.quorum.met_by(share)
            text += "; " + (_("quorum {rule} met") if met else _("quorum {rule} NOT met")).format(
                rule=threshold_text(rules.quorum.share)
            )
        self.quorum_label.setText(text)

    def save(self) -> None:
        try:
            self.changes = council.record_meeting(
                self._db,
                self.day_edit.date().toPython(),
                [pid for pid, _text in ticked(self.proposals)],
                [name for name, _text in ticked(self.present)],
                place=self.place_edit.text(),
                subject=self.subject_edit.text(),
                chair=self.chair_combo.currentData(),
                secretary=self.secretary_edit.text(),
                minutes_number=self.number_edit.text(),
            )
        except KienanError as error:
            self.problem.setText(shown(error))
            return
        (self.meeting_id,) = next(iter(self.changes.ids.values()))
        self.accept()
