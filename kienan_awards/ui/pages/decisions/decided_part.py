"""The decisions tab: the decisions made, and for the chosen one its pack (the decision with
its sheets, as .docx and PDF) and its certificates."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.decision_issuer import unsigned_decisions
from kienan_awards.core.changes import RecordKind
from kienan_awards.core.documents.certificate_prints import print_order
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.records.record_lists import DECISIONS
from kienan_awards.printing.decision_pack import write_decision_pack
from kienan_awards.ui.dialogs.certificates_dialog import CertificatesDialog
from kienan_awards.ui.pages.decisions.decisions_part import DecisionsPart
from kienan_awards.ui.pages.record_list_page import RecordListPage
from kienan_awards.ui.read_only import refuse_writing


class DecidedPart(DecisionsPart):
    # The list shows each decision's issuing authority (or that none is recorded for its
    # date) and how many awards it made.
    shows = frozenset({RecordKind.DECISIONS, RecordKind.AWARDS, RecordKind.OFFICE})

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.list_page = RecordListPage(db, DECISIONS, _("Decisions"))
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

    def chosen_decision_id(self) -> int | None:
        index = self.list_page.table.currentIndex()
        if not index.isValid():
            self.show_problem(_("Choose a decision first."))
            return None
        return self.list_page.model.record_id(index.row())

    def choose_pack_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, _("Folder for the decision pack"))

    def write_pack(self, decision_id: int, folder: Path) -> list[Path]:
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
