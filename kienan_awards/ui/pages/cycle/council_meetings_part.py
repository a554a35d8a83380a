"""The council's meetings: the list with the quorum of each, the dialog that records one, the
removal of one while nothing on its ballot is decided, the count of the one chosen, and its
papers (ballot, minutes of the meeting and of the count) written to a folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.awards.council_votes import members_in_office, quorum, share_text
from kienan_awards.core.cycle import council
from kienan_awards.core.i18n import _, ngettext
from kienan_awards.ui.pages.cycle.count_part import CountPart
from kienan_awards.ui.pages.cycle.meeting_dialog import MeetingDialog
from kienan_awards.ui.pages.cycle.plain_tables import fill, read_only_table
from kienan_awards.ui.read_only import is_writable
from kienan_awards.ui.user_errors import run_reporting


class CouncilMeetingsPart(QWidget):
    changed = Signal(object)  # the ChangeSet of a meeting recorded, removed or counted

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.meeting_ids: list[int] = []
        self.written: list[Path] = []
        self.table = read_only_table(
            [_("Held on"), _("Proposals reviewed"), _("Present"), _("Quorum"), _("Count")]
        )
        self.table.setObjectName("council_meetings_table")
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._chosen_changed)
        self.add_button = QPushButton(_("Add a meeting..."))
        self.add_button.setObjectName("add_meeting")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(_("Remove the meeting"))
        self.remove_button.setObjectName("remove_meeting")
        self.remove_button.clicked.connect(self.remove)
        self.papers_button = QPushButton(_("Papers..."))
        self.papers_button.setObjectName("council_papers")
        self.papers_button.setToolTip(
            _("The ballot, and once counted the minutes of the meeting and of the count, as "
              ".docx and PDF in a folder")
        )  # fmt: skip
        self.papers_button.clicked.connect(self.write_papers)
        self.count = CountPart(db)
        self.count.changed.connect(self._counted)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.papers_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.table, 1)
        listing_layout.addLayout(buttons)
        # A year has a meeting or two: the list above, the count below at the page's width,
        # where a title's candidates and their verdicts fit on one line.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(listing)
        splitter.addWidget(self.count)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([150, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def refresh(self) -> None:
        chosen = self.chosen_meeting()
        held = council.meetings(self._db)
        rules = council.council_rules(self._db)
        members = [m.member for m in council.council_members(self._db)]
        self.meeting_ids = [m.id for m in held]
        fill(self.table, [_row(m, members, rules) for m in held])
        if chosen in self.meeting_ids:
            self.choose(chosen)
        self._chosen_changed()

    def chosen_meeting(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.meeting_ids[rows[0].row()] if rows else None

    def choose(self, meeting_id: int) -> None:
        self.table.selectRow(self.meeting_ids.index(meeting_id))

    def _chosen_changed(self) -> None:
        chosen = self.chosen_meeting()
        self.remove_button.setEnabled(chosen is not None and is_writable(self._db))
        self.count.save_button.setEnabled(chosen is not None and is_writable(self._db))
        self.papers_button.setEnabled(chosen is not None)
        self.count.show_meeting(chosen)

    def _counted(self, changes) -> None:
        self.refresh()
        self.changed.emit(changes)

    def meeting_dialog(self) -> MeetingDialog:
        return MeetingDialog(self._db, self)

    def add(self) -> None:
        dialog = self.meeting_dialog()
        if dialog.exec() != MeetingDialog.DialogCode.Accepted or dialog.meeting_id is None:
            return
        self.refresh()
        self.choose(dialog.meeting_id)
        self.changed.emit(dialog.changes)

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, _("Council"), text)
        return answer == QMessageBox.StandardButton.Yes

    def remove(self) -> None:
        meeting_id = self.chosen_meeting()
        if meeting_id is None:
            return
        day = council.stored_meeting(self._db, meeting_id).held_on
        if not self.confirm(
            _("Remove the meeting of {day}, with its count?").format(day=f"{day:%d/%m/%Y}")
        ):
            return
        done = []
        if run_reporting(
            self, _("Council"), lambda: done.append(council.remove_meeting(self._db, meeting_id))
        ):
            self.refresh()
            self.changed.emit(done[0])

    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, _("Folder for the council's papers"))

    def write_papers(self) -> None:
        meeting_id = self.chosen_meeting()
        if meeting_id is None:
            return
        folder = self.choose_folder()
        if not folder:
            return
        # The PDF writer loads when papers are first written, not at start.
        from kienan_awards.printing.council_pdf import write_council_pdf

        def write():
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.written = council.meeting_papers(
                    self._db, meeting_id, folder, pdf_writer=write_council_pdf
                )
            finally:
                QGuiApplication.restoreOverrideCursor()

        if run_reporting(self, _("Council"), write):
            QMessageBox.information(
                self,
                _("Council"),
                ngettext(
                    "Wrote {count} file in {folder}.",
                    "Wrote {count} files in {folder}.",
                    len(self.written),
                ).format(count=len(self.written), folder=folder),
            )


def _row(meeting, members, rules) -> list[str]:
    in_office = members_in_office(members, meeting.held_on)
    present = [m.member for m in meeting.present]
    held = quorum(present, in_office, rules.quorum if rules else None)
    said = {True: _("met"), False: _("not met"), None: _("no quorum set")}[held.met]
    counted = _("entered") if meeting.ballots else _("not entered")
    return [
        f"{meeting.held_on:%d/%m/%Y}",
        ", ".join(f"#{p}" for p in meeting.proposal_ids),
        f"{held.present}/{held.in_office}",
        f"{share_text(held.share)}: {said}",
        counted,
    ]
