"""The count of a meeting's ballots, entered per candidate (agree, disagree, spoiled) with the
ballots issued, cast and void, the vote counting committee and the number of its minutes; once
stored, each candidate's share and the verdict against the title's threshold (none until the
office sets one)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.awards.council_votes import (
    NO_QUORUM,
    OF_PRESENT,
    BallotCount,
    Votes,
    share_text,
)
from kienan_awards.core.cycle import council
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.messages import Message
from kienan_awards.ui.dialogs.dialog_parts import failure_label
from kienan_awards.ui.pages.cycle.meeting_dialog import check_list, fill_checks, tick, ticked
from kienan_awards.ui.pages.cycle.plain_tables import fit_columns

# The count table's columns; the three counts are typed in.
TITLE, NAME, AGREE, DISAGREE, SPOILED, SHARE, VERDICT = range(7)
COUNTS = (AGREE, DISAGREE, SPOILED)


def _spin() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 999)
    return box


def _fixed(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class CountPart(QWidget):
    changed = Signal(object)  # the ChangeSet of a count saved

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.meeting_id: int | None = None
        self.line_ids: list[int] = []
        self.heading = QLabel()
        self.heading.setObjectName("count_heading")
        self.heading.setWordWrap(True)
        self.issued, self.cast, self.void = _spin(), _spin(), _spin()
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(_("empty: numbered by hand"))
        self.head_combo = QComboBox()
        self.counters = check_list([])
        self.counters.setMaximumHeight(90)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("count_table")
        self.table.setHorizontalHeaderLabels(
            [_("Title"), _("Candidate"), _("Agree"), _("Disagree"), _("Spoiled"), _("Share"),
             _("Verdict")]
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setObjectName("count_summary")
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(_("Save the count"))
        self.save_button.setObjectName("save_count")
        self.save_button.clicked.connect(self.save)
        self.problem = failure_label("count_problem")

        ballots = QHBoxLayout()
        for label, box in ((_("issued"), self.issued), (_("cast"), self.cast),
                           (_("void"), self.void)):  # fmt: skip
            ballots.addWidget(QLabel(label))
            ballots.addWidget(box)
        ballots.addStretch(1)
        form = QFormLayout()
        form.addRow(_("Ballots"), ballots)
        form.addRow(_("Head of the vote counting"), self.head_combo)
        form.addRow(_("Other counters"), self.counters)
        form.addRow(_("Number of the minutes of the count"), self.number_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self.show_meeting(None)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.problem.clear()
        self.table.setRowCount(0)
        self.line_ids = []
        self.head_combo.clear()
        self.counters.clear()
        if meeting_id is None:
            self.heading.setText(_("Choose a meeting to enter its count."))
            self.summary.clear()
            return
        meeting = council.stored_meeting(self._db, meeting_id)
        self.heading.setText(
            _("Meeting of {day}: {present} members present, chaired by {chair}.").format(
                day=f"{meeting.held_on:%d/%m/%Y}",
                present=len(meeting.present),
                chair=meeting.chair.name,
            )
        )
        ballots = meeting.ballots or BallotCount(len(meeting.present), len(meeting.present))
        self.issued.setValue(ballots.issued)
        self.cast.setValue(ballots.cast)
        self.void.setValue(ballots.void)
        self.number_edit.setText(meeting.count_number)
        heads = [name for name, head in meeting.counters if head]
        for member in meeting.present:
            self.head_combo.addItem(member.name, member.name)
        self.head_combo.setCurrentIndex(max(self.head_combo.findData(heads[0] if heads else ""), 0))
        fill_checks(self.counters, [(m.name, m.name) for m in meeting.present])
        for name, head in meeting.counters:
            if not head:
                tick(self.counters, name)
        self._show_lines(meeting)

    def _show_lines(self, meeting) -> None:
        titles, votes = council.ballot_titles(self._db, meeting.id)
        results = self._results(meeting)
        rows = [(t, c) for t in titles for c in t.candidates]
        self.table.setRowCount(len(rows))
        for row, (title, candidate) in enumerate(rows):
            self.line_ids.append(candidate.line_id)
            entered = votes.get(title.code, {}).get(candidate)
            self.table.setItem(row, TITLE, _fixed(title.name))
            self.table.setItem(row, NAME, _fixed(candidate.name))
            values = (entered.agree, entered.disagree, entered.spoiled) if entered else None
            for column, value in zip(COUNTS, values or ("", "", ""), strict=True):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            share, verdict = results.get(candidate.line_id, ("", ""))
            self.table.setItem(row, SHARE, _fixed(share))
            self.table.setItem(row, VERDICT, _fixed(verdict))
        fit_columns(self.table)

    def _results(self, meeting) -> dict[int, tuple[str, str]]:
        """Each line's share and verdict from the stored count; the summary says on what."""
        if meeting.ballots is None:
            self.summary.setText(_("No count entered yet."))
            return {}
        rules = council.council_rules(self._db)
        if rules is None:
            self.summary.setText(
                _(
                    "No shares yet: the office has not said what a share is counted against. "
                    "Set it under Rules and thresholds."
                )
            )
            return {}
        result = council.meeting_tally(self._db, meeting.id)
        against = (
            _("the members present")
            if rules.share_of == OF_PRESENT
            else _("every member in office")
        )
        summary = _("Shares of agreeing ballots against {base}: {count}.").format(
            base=against, count=result.base
        )
        if result.quorum.met is False:
            summary += " " + _("The quorum was not met: no verdict.")
        self.summary.setText(summary)
        shown_results = {}
        for title in result.titles:
            for r in title.candidates:
                if r.verdict is not None:
                    verdict = _("passed") if r.verdict else _("not passed")
                elif title.no_verdict == NO_QUORUM:
                    verdict = _("no verdict: no quorum")
                else:
                    verdict = _("no verdict: no threshold set")
                shown_results[r.candidate.line_id] = (share_text(r.share), verdict)
        return shown_results

    def entered_counts(self) -> dict[int, Votes]:
        """The counts typed in, by line; refused with the row and column of a wrong cell."""
        counts = {}
        headers = {c: self.table.horizontalHeaderItem(c).text() for c in COUNTS}
        for row, line_id in enumerate(self.line_ids):
            values = []
            for column in COUNTS:
                item = self.table.item(row, column)
                text = item.text().strip() if item else ""
                if not text.isdigit():
                    raise KienanError(
                        _message(row + 1, self.table.item(row, NAME).text(), headers[column], text)
                    )
                values.append(int(text))
            counts[line_id] = Votes(*values)
        return counts

    def save(self) -> bool:
        if self.meeting_id is None:
            return False
        head = self.head_combo.currentData()
        others = [name for name, _text in ticked(self.counters) if name != head]
        try:
            changes = council.enter_count(
                self._db,
                self.meeting_id,
                BallotCount(self.issued.value(), self.cast.value(), self.void.value()),
                self.entered_counts(),
                [head, *others] if head else [],
                number=self.number_edit.text(),
            )
        except KienanError as error:
            self.problem.setText(shown(error))
            return False
        self.show_meeting(self.meeting_id)
        self.changed.emit(changes)
        return True


def _message(row: int, name: str, column: str, text: str) -> Message:
    return Message(
        "row {row} ({name}), {column}: '{text}' is not a number of ballots",
        row=row,
        name=name,
        column=column,
        text=text,
    )
