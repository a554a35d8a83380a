"""The decisions tab: the decisions made, and for the chosen one its pack (the decision with
its sheets, as .docx and PDF) and its certificates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.decision_issuer import unsigned_decisions
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.documents.certificate_prints import print_order
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.records.record_lists import DECISIONS
from kienan_awards.ui.dialogs.certificates_dialog import CertificatesDialog
from kienan_awards.ui.file_dialogs import existing_folder
from kienan_awards.ui.pages.decisions.button_states import allow
from kienan_awards.ui.pages.decisions.decisions_part import DecisionsPart
from kienan_awards.ui.pages.record_list_page import RecordListPage
from kienan_awards.ui.read_only import refuse_writing

COLUMN_KEYS = [column.key for column in DECISIONS.columns]
TITLE_COLUMN, STATUS_COLUMN = COLUMN_KEYS.index("title"), COLUMN_KEYS.index("status")
# The list's plain values of the status column (record_lists.DECISIONS).
OTHER_BODYS, NO_ISSUER = "Another body's decision", "Issuer not recorded"


class DecidedPart(DecisionsPart):
    # The list shows each decision's issuing authority (or that none is recorded for its
    # date) and how many awards it made.
    shows = frozenset({RecordKind.DECISIONS, RecordKind.AWARDS, RecordKind.OFFICE})

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.list_page = RecordListPage(db, DECISIONS, _("Decisions"))
        # The tab says what the list is: a heading inside it would be the page's third.
        self.list_page.heading.hide()
        # The title, the longest, takes the room the others leave; they fit what they hold.
        header = self.list_page.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.pack_button = QPushButton(_("Write the decision pack (.docx and PDF)..."))
        self.pack_button.clicked.connect(self.write_pack_for_selected)
        self.certificates_button = QPushButton(_("Certificates..."))
        self.certificates_button.clicked.connect(self.open_certificates_for_selected)
        # Printing records each copy in the print log.
        refuse_writing(db, self.certificates_button)
        row = QHBoxLayout()
        row.addWidget(self.pack_button)
        row.addWidget(self.certificates_button)
        row.addWidget(self.other_decision_button(db))
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list_page, 1)
        layout.addLayout(row)
        self.list_page.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.list_page.model.modelReset.connect(self.update_buttons)
        self.update_buttons()

    def selected_decision_id(self) -> int | None:
        rows = self.list_page.table.selectionModel().selectedRows()
        return self.list_page.model.record_id(rows[0].row()) if rows else None

    def why_not_print(self) -> str | None:
        """Why the pack or the certificates of the selected decision cannot be made now."""
        decision_id = self.selected_decision_id()
        if decision_id is None:
            return _("Select a decision in the list first")
        status = self.list_page.model.rows([decision_id])[decision_id][STATUS_COLUMN]
        if status == OTHER_BODYS:
            return _("Another body made this decision: it is kept for the honour roll only")
        if status == NO_ISSUER:
            return _(
                "No issuing authority is recorded for this decision's date: record the office "
                "in force on that day on the Settings page first"
            )
        return None

    def update_buttons(self) -> None:
        why_not = self.why_not_print()
        allow(self.pack_button, why_not)
        allow(self.certificates_button, why_not, self._db)

    def chosen_decision_id(self) -> int | None:
        # Past the choice, the core refuses what it cannot print, naming the decision.
        decision_id = self.selected_decision_id()
        if decision_id is None:
            self.show_problem(_("Select a decision in the list first"))
        return decision_id

    def choose_pack_folder(self) -> str:
        return existing_folder(self, _("Folder for the decision pack"))

    def write_pack(self, decision_id: int, folder: Path) -> list[Path]:
        # python-docx and the PDF writer load when a pack is first written, not at start.
        from kienan_awards.printing.decision_pack import write_decision_pack

        # Refused, before any file is written, when no issuing authority signs the decision.
        return write_decision_pack(self._db, decision_id, folder).files

    def write_pack_for_selected(self) -> None:
        decision_id = self.chosen_decision_id()
        if decision_id is None:
            return
        folder = self.choose_pack_folder()
        if folder:
            written = []
            if self.run(lambda: written.extend(self.write_pack(decision_id, Path(folder)))):
                self.list_page.count_label.setText(
                    _("Written: {files}").format(files=", ".join(p.name for p in written))
                )

    def open_certificates(self, decision_id: int) -> CertificatesDialog | None:
        award_ids = print_order(self._db, decision_id)
        if not award_ids:
            self.show_problem(_("This decision has no award in force to print."))
            return None
        unsigned = unsigned_decisions(self._db, award_ids)
        if unsigned:
            self.show_problem(shown(unsigned[0].message))
            return None
        number = decisions.decision_heading(self._db, decision_id).number
        dialog = CertificatesDialog(self._db, award_ids, number, self)
        dialog.changed.connect(self.changed)
        dialog.open()
        return dialog

    def open_certificates_for_selected(self) -> None:
        decision_id = self.chosen_decision_id()
        if decision_id is not None:
            self.open_certificates(decision_id)

    def refresh(self) -> None:
        self.list_page.refresh()
