"""The review meeting of a cluster-year (họp bình xét): when and where, who chaired and who
kept the minutes, and for each member whether it was present, who came for it, and how many
of those present voted to propose it. A meeting recorded before is shown to be corrected; the
core checks it all on Save and nothing is written when it refuses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kienan_awards.core.clusters import clusters
from kienan_awards.core.clusters.review_meetings import ClusterReview, record_review
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.ui.dialogs.dialog_parts import (
    failure_label,
    first_day_edit,
    save_cancel_buttons,
)
from kienan_awards.ui.pages.clusters.cluster_members import YearMembers

PRESENT, MEMBER, WHO, VOTES = range(4)


def meeting_day(year: int, review: ClusterReview | None) -> dt.date:
    """The day recorded; else today when it may be the year's review, else mid-December."""
    if review is not None:
        return review.held_on
    today = dt.date.today()
    return today if today.year in (year, year + 1) else dt.date(year, 12, 15)


class ReviewDialog(QDialog):
    def __init__(
        self,
        db,
        cluster: clusters.Cluster,
        year: int,
        members: YearMembers,
        review: ClusterReview | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.setWindowTitle(
            _("Review meeting of {cluster} for {year}").format(cluster=cluster.name, year=year)
        )
        self._db = db
        self._cluster = cluster
        self._year = year
        self._ids = list(members.ids)
        self.changes = None
        self.day_edit = first_day_edit()
        self.day_edit.setDate(QDate(meeting_day(year, review)))
        self.day_edit.setMaximumWidth(160)
        self.place_edit = QLineEdit(review.place if review else "")
        self.chair_edit = QLineEdit(review.chaired_by if review else "")
        self.chair_edit.setPlaceholderText(_("name and title"))
        self.secretary_edit = QLineEdit(review.recorded_by if review else "")
        self.secretary_edit.setPlaceholderText(_("name and title"))
        self.note_edit = QLineEdit(review.note if review else "")
        self.members = self._member_table(members, review)
        self.problem = failure_label("review_problem")
        form = QFormLayout()
        form.addRow(_("Held on"), self.day_edit)
        form.addRow(_("Place"), self.place_edit)
        form.addRow(_("Chaired by"), self.chair_edit)
        form.addRow(_("Minutes kept by"), self.secretary_edit)
        form.addRow(_("Note"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(_("Members: tick those present, who came for each, and the votes to propose it"))
        )
        layout.addWidget(self.members, 1)
        layout.addWidget(self.problem)
        layout.addWidget(save_cancel_buttons(self, self.save, _("Record the meeting")))
        self.resize(760, 520)

    def _member_table(self, members: YearMembers, review: ClusterReview | None) -> QTableWidget:
        table = QTableWidget(len(members.ids), 4)
        table.setObjectName("review_members")
        table.setHorizontalHeaderLabels([_("Present"), _("Member unit"), _("Who came"), _("Votes")])
        table.verticalHeader().setVisible(False)
        came = {a.unit_id: a.represented_by for a in review.attendees} if review else {}
        votes = dict(review.votes) if review else {}
        for row, (unit_id, name) in enumerate(zip(members.ids, members.names, strict=True)):
            present = QTableWidgetItem()
            present.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            # A first meeting has every member present; a recorded one keeps its attendance.
            on = review is None or unit_id in came
            present.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            table.setItem(row, PRESENT, present)
            unit = QTableWidgetItem(name)
            unit.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(row, MEMBER, unit)
            table.setItem(row, WHO, QTableWidgetItem(came.get(unit_id, "")))
            spin = QSpinBox()
            spin.setRange(0, max(len(members.ids), 1))
            spin.setValue(votes.get(unit_id, 0))
            table.setCellWidget(row, VOTES, spin)
        header = table.horizontalHeader()
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(PRESENT)
        table.resizeColumnToContents(MEMBER)
        table.setColumnWidth(MEMBER, max(table.columnWidth(MEMBER), 180))
        table.setColumnWidth(VOTES, 80)
        return table

    def set_member(self, unit_id: int, present: bool, who: str = "", votes: int = 0) -> None:
        row = self._ids.index(unit_id)
        state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        self.members.item(row, PRESENT).setCheckState(state)
        self.members.item(row, WHO).setText(who)
        self.members.cellWidget(row, VOTES).setValue(votes)

    def attendees(self) -> list[tuple[int, str]]:
        return [
            (unit_id, self.members.item(row, WHO).text())
            for row, unit_id in enumerate(self._ids)
            if self.members.item(row, PRESENT).checkState() == Qt.CheckState.Checked
        ]

    def votes(self) -> dict[int, int]:
        return {
            unit_id: self.members.cellWidget(row, VOTES).value()
            for row, unit_id in enumerate(self._ids)
        }

    def save(self) -> None:
        try:
            self.changes = record_review(
                self._db,
                self._cluster.id,
                self._year,
                self.day_edit.date().toPython(),
                self.attendees(),
                self.votes(),
                place=self.place_edit.text(),
                chaired_by=self.chair_edit.text(),
                recorded_by=self.secretary_edit.text(),
                note=self.note_edit.text(),
            )
        except KienanError as error:
            self.problem.setText(shown(error))
            return
        self.accept()
