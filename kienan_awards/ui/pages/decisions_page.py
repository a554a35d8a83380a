"""Decisions & awards: proposals with the rule check of every line, the decision that turns
accepted lines into awards, the decisions made (with their pack), and the register."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kienan_awards.core.awards import award_register, decisions
from kienan_awards.core.awards.catalogue import award_forms
from kienan_awards.core.documents.decision_document import decision_content
from kienan_awards.core.documents.decision_docx import write_decision_docx
from kienan_awards.core.errors import KienanError
from kienan_awards.core.output_files import safe_file_name
from kienan_awards.core.records.record_lists import DECISIONS
from kienan_awards.core.text import fold
from kienan_awards.printing.decision_pdf import write_decision_pdf
from kienan_awards.ui.core_labels import award_status
from kienan_awards.ui.dialogs.certificates_dialog import CertificatesDialog
from kienan_awards.ui.figures import figure
from kienan_awards.ui.messages import shown
from kienan_awards.ui.pages.record_list_page import RecordListPage
from kienan_awards.ui.read_only import refuse_writing
from kienan_awards.ui.user_errors import run_reporting

REVIEW_LOOK = {
    "pending": "#ffffff",
    "accepted": "#e3f2d5",
    "returned": "#fff3c4",
    "rejected": "#eeeeee",
}
FINDING_COLOUR = "#f8c9c4"


class DecisionsPage(QWidget):
    edited = Signal(object)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.setObjectName("decisions_page")
        self._db = db
        self.heading = QLabel(self.tr("Decisions & awards"))
        self.heading.setObjectName("page_heading")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._proposals_tab(), self.tr("Proposals"))
        self.list_page = RecordListPage(db, DECISIONS, self.tr("Decisions"))
        decided = QWidget()
        decided_layout = QVBoxLayout(decided)
        self.pack_button = QPushButton(self.tr("Write the decision pack (.docx and PDF)..."))
        self.pack_button.clicked.connect(self.write_pack_for_selected)
        self.certificates_button = QPushButton(self.tr("Certificates..."))
        self.certificates_button.clicked.connect(self.open_certificates_for_selected)
        # Printing records each copy in the print log.
        refuse_writing(db, self.certificates_button)
        decided_layout.addWidget(self.list_page, 1)
        row = QHBoxLayout()
        row.addWidget(self.pack_button)
        row.addWidget(self.certificates_button)
        row.addStretch(1)
        decided_layout.addLayout(row)
        self.tabs.addTab(decided, self.tr("Decisions"))
        self.tabs.addTab(self._register_tab(), self.tr("Register"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # --- proposals ---------------------------------------------------------------------------
    def _proposals_tab(self) -> QWidget:
        tab = QWidget()
        self.proposal_list = QListWidget()
        self.proposal_list.setObjectName("proposal_list")
        self.proposal_list.currentItemChanged.connect(lambda *_: self._show_lines())
        self.lines_table = QTableWidget(0, 5)
        self.lines_table.setObjectName("proposal_lines")
        self.lines_table.setHorizontalHeaderLabels(
            [
                self.tr("Recipient"),
                self.tr("Award"),
                self.tr("Review"),
                self.tr("Rule check"),
                self.tr("Reason"),
            ]
        )
        self.lines_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lines_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.lines_table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("New proposal..."), self.ask_new_proposal),
            (self.tr("Accept"), lambda: self.review_selected("accepted")),
            (self.tr("Return..."), lambda: self.review_selected("returned")),
            (self.tr("Reject..."), lambda: self.review_selected("rejected")),
            (self.tr("Decide..."), self.ask_decide),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            refuse_writing(self._db, button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.line_form = self._line_form()
        refuse_writing(self._db, self.line_form)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.lines_table, 1)
        right_layout.addWidget(self.line_form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("proposals_splitter")
        splitter.addWidget(self.proposal_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        QVBoxLayout(tab).addWidget(splitter)
        return tab

    def _line_form(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setPlaceholderText(self.tr("full name of a recorded person, or a unit"))
        self.form_combo = QComboBox()
        for award_form in award_forms(self._db):
            self.form_combo.addItem(award_form.name_vi, award_form.id)
        self.rating_combo = QComboBox()
        for value, title in (
            ("excellent", self.tr("completed excellently")),
            ("good", self.tr("completed well")),
            ("completed", self.tr("completed")),
            ("not_completed", self.tr("not completed")),
        ):
            self.rating_combo.addItem(title, value)
        self.initiative_combo = QComboBox()
        self.initiative_combo.addItem(self.tr("no initiative"), 0)
        self.initiative_combo.addItem(self.tr("recognised initiative"), 1)
        self.achievement_edit = QLineEdit()
        add = QPushButton(self.tr("Add to the proposal"))
        add.clicked.connect(self.add_line_from_form)
        form.addRow(self.tr("Recipient"), self.recipient_edit)
        form.addRow(self.tr("Award"), self.form_combo)
        form.addRow(self.tr("Tasks"), self.rating_combo)
        form.addRow(self.tr("Initiative"), self.initiative_combo)
        form.addRow(self.tr("Achievement"), self.achievement_edit)
        form.addRow("", add)
        return box

    def current_proposal_id(self) -> int | None:
        item = self.proposal_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def new_proposal(self, title: str, year: int) -> int:
        proposal_id = decisions.create_proposal(self._db, title, year)
        self.refresh()
        for row in range(self.proposal_list.count()):
            if self.proposal_list.item(row).data(Qt.ItemDataRole.UserRole) == proposal_id:
                self.proposal_list.setCurrentRow(row)
        return proposal_id

    def ask_new_proposal(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New proposal"), self.tr("Title"))
        if ok and title.strip():
            year, ok = QInputDialog.getInt(
                self,
                self.tr("New proposal"),
                self.tr("Year of the achievement"),
                dt.date.today().year - 1,
                1990,
                2100,
            )
            if ok:
                self.run(lambda: self.new_proposal(title, year))

    def find_recipient(self, text: str) -> dict:
        """A person (by folded name, the only match) or else a unit of that name."""
        people = self._db.execute(
            "SELECT id FROM people WHERE name_folded = ? AND deleted_at IS NULL", [fold(text)]
        ).fetchall()
        if len(people) == 1:
            return {"person_id": people[0][0]}
        units = self._db.execute(
            "SELECT id FROM units WHERE name_folded = ? AND deleted_at IS NULL", [fold(text)]
        ).fetchall()
        if len(units) == 1 and not people:
            return {"recipient_unit_id": units[0][0]}
        if len(people) > 1:
            raise KienanError(
                self.tr(
                    "{count} people are named '{name}': pick them on the People page (or add "
                    "the birth year to tell them apart)"
                ).format(count=figure(len(people)), name=text)
            )
        raise KienanError(self.tr("no person or unit is recorded as '{name}'").format(name=text))

    def add_line_from_form(self) -> None:
        proposal_id = self.current_proposal_id()
        if proposal_id is None:
            self.show_problem(self.tr("Choose or create a proposal first."))
            return

        def add():
            decisions.add_line(
                self._db,
                proposal_id,
                {
                    **self.find_recipient(self.recipient_edit.text()),
                    "form_id": self.form_combo.currentData(),
                    "task_rating": self.rating_combo.currentData(),
                    "has_initiative": self.initiative_combo.currentData(),
                    "achievement": self.achievement_edit.text(),
                },
            )
            self.recipient_edit.clear()

        self.run(add)
        self._show_lines()

    def _show_lines(self) -> None:
        proposal_id = self.current_proposal_id()
        rows = (
            self._db.execute(
                """SELECT l.id, l.recipient_name, f.name_vi, l.review_status,
                      coalesce(l.review_reason, l.override_reason, ''), l.award_id
               FROM proposal_lines l JOIN award_forms f ON f.id = l.form_id
               WHERE l.proposal_id = ? ORDER BY l.id""",
                [proposal_id],
            ).fetchall()
            if proposal_id
            else []
        )
        self.line_ids = [row[0] for row in rows]
        statuses = {
            "pending": self.tr("pending"),
            "accepted": self.tr("accepted"),
            "returned": self.tr("returned"),
            "rejected": self.tr("rejected"),
        }
        self.lines_table.setRowCount(len(rows))
        for r, (line_id, name, form, status, reason, award_id) in enumerate(rows):
            findings = [] if award_id else decisions.line_findings(self._db, line_id)
            check = "; ".join(shown(f.message) for f in findings) if findings else self.tr("passes")
            if award_id:
                check = self.tr("decided")
            values = (name, form, statuses[status], check, reason)
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                colour = FINDING_COLOUR if (c == 3 and findings) else REVIEW_LOOK[status]
                cell.setBackground(QColor(colour))
                if c == 3 and findings:
                    cell.setToolTip(
                        "\n".join(f"{shown(f.message)} ({f.legal_basis})" for f in findings)
                    )
                self.lines_table.setItem(r, c, cell)
        self.lines_table.resizeColumnsToContents()

    def review(self, line_id: int, status: str, reason: str | None = None) -> bool:
        ok = self.run(
            lambda: decisions.review_line(
                self._db,
                line_id,
                status,
                reason=reason if status != "accepted" else None,
                override_reason=reason if status == "accepted" else None,
            )
        )
        self._show_lines()
        return ok

    def review_selected(self, status: str) -> None:
        row = self.lines_table.currentRow()
        if not 0 <= row < len(self.line_ids):
            return
        line_id = self.line_ids[row]
        reason = None
        if status != "accepted" or decisions.line_findings(self._db, line_id):
            label = (
                self.tr("Why accept it although a rule is not met?")
                if status == "accepted"
                else self.tr("Reason")
            )
            reason, ok = QInputDialog.getText(self, self.tr("Review"), label)
            if not ok:
                return
        self.review(line_id, status, reason)

    def decide(self, number: str, decided_on: dt.date) -> decisions.DecisionResult | None:
        result = []
        if self.run(
            lambda: result.append(
                decisions.decide(self._db, self.current_proposal_id(), number, decided_on)
            )
        ):
            self.refresh()
            return result[0]
        return None

    def ask_decide(self) -> None:
        if self.current_proposal_id() is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Decision"))
        number = QLineEdit("/QĐ-UBND")
        day = QDateEdit(QDate.currentDate())
        day.setDisplayFormat("dd/MM/yyyy")
        day.setCalendarPopup(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(self.tr("Number"), number)
        form.addRow(self.tr("Date"), day)
        form.addRow(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen = day.date()
            self.decide(number.text(), dt.date(chosen.year(), chosen.month(), chosen.day()))

    # --- decisions and register ----------------------------------------------------------
    def choose_pack_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for the decision pack"))

    def write_pack(self, decision_id: int, folder: Path) -> list[Path]:
        content = decision_content(self._db, decision_id)
        number = content.number_line.removeprefix("Số: ")
        stem = safe_file_name(f"QD {number}", max_bytes=180 - len(".docx"))  # one stem for both
        return [
            write_decision_docx(content, folder / f"{stem}.docx"),
            write_decision_pdf(content, folder / f"{stem}.pdf"),
        ]

    def write_pack_for_selected(self) -> None:
        index = self.list_page.table.currentIndex()
        if not index.isValid():
            self.show_problem(self.tr("Choose a decision first."))
            return
        folder = self.choose_pack_folder()
        if folder:
            written = []
            if self.run(
                lambda: written.extend(
                    self.write_pack(self.list_page.model.record_id(index.row()), Path(folder))
                )
            ):
                self.list_page.count_label.setText(
                    self.tr("Written: {files}").format(files=", ".join(p.name for p in written))
                )

    def open_certificates(self, decision_id: int) -> CertificatesDialog | None:
        ids = [
            row[0]
            for row in self._db.execute(
                "SELECT id FROM awards WHERE decision_id = ? AND status = 'awarded' "
                "ORDER BY recipient_kind = 'individual', register_number, id",
                [decision_id],
            )
        ]
        if not ids:
            self.show_problem(self.tr("This decision has no award in force to print."))
            return None
        number = self._db.execute(
            "SELECT number FROM decisions WHERE id = ?", [decision_id]
        ).fetchone()[0]
        dialog = CertificatesDialog(self._db, ids, number, self)
        dialog.open()
        return dialog

    def open_certificates_for_selected(self) -> None:
        index = self.list_page.table.currentIndex()
        if not index.isValid():
            self.show_problem(self.tr("Choose a decision first."))
            return
        self.open_certificates(self.list_page.model.record_id(index.row()))

    def _register_tab(self) -> QWidget:
        tab = QWidget()
        self.register_year = QSpinBox()
        self.register_year.setRange(1990, 2100)
        self.register_year.setValue(dt.date.today().year)
        self.register_year.valueChanged.connect(self._show_register)
        self.register_year.valueChanged.connect(
            lambda: self.register_year.setProperty("chosen", True)
        )
        self.register_table = QTableWidget(0, 6)
        self.register_table.setObjectName("register_table")
        self.register_table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Recipient"),
                self.tr("Award"),
                self.tr("Decision"),
                self.tr("Date"),
                self.tr("Status"),
            ]
        )
        self.register_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.register_table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.register_year)
        top.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.register_table, 1)
        return tab

    def _show_register(self) -> None:
        entries = award_register.register_entries(self._db, self.register_year.value())
        self.register_table.setRowCount(len(entries))
        for r, entry in enumerate(entries):
            day = dt.date.fromisoformat(entry.decided_on).strftime("%d/%m/%Y")
            status = award_status(entry.status)
            for c, value in enumerate(
                (str(entry.number), entry.recipient, entry.form, entry.decision_number, day, status)
            ):
                self.register_table.setItem(r, c, QTableWidgetItem(value))
        self.register_table.resizeColumnsToContents()

    def printable(self):
        """What Ctrl+P prints from this page: the register as a book, or the tab shown."""
        tab = self.tabs.currentIndex()
        if tab == 2:
            return (
                self.tr("Award register {year}").format(year=self.register_year.value()),
                self.register_table,
            )
        if tab == 1:
            return self.list_page.heading.text(), self.list_page.table
        item = self.proposal_list.currentItem()
        return (item.text() if item else self.tr("Proposal")), self.lines_table

    # --- common ------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_proposal_id()
        self.proposal_list.blockSignals(True)
        self.proposal_list.clear()
        for proposal_id, title, year, status in self._db.execute(
            "SELECT id, title, achievement_year, status FROM proposals ORDER BY id DESC"
        ):
            mark = "✓ " if status == "decided" else ""
            item = QListWidgetItem(f"{mark}{title} ({year})")
            item.setData(Qt.ItemDataRole.UserRole, proposal_id)
            self.proposal_list.addItem(item)
            if proposal_id == current:
                self.proposal_list.setCurrentItem(item)
        self.proposal_list.blockSignals(False)
        self._show_lines()
        self.list_page.refresh()
        latest = self._db.execute("SELECT max(register_year) FROM awards").fetchone()[0]
        if latest and not self.register_year.property("chosen"):
            self.register_year.blockSignals(True)
            self.register_year.setValue(latest)
            self.register_year.blockSignals(False)
        self._show_register()

    def run(self, action) -> bool:
        return run_reporting(self, self.tr("Decisions & awards"), action)

    def show_problem(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Decisions & awards"), text)
