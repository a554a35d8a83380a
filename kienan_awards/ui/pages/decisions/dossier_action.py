"""The button of the proposals tab that writes the dossier sent up to the city for the chosen
proposal's city lines: one ZIP, as `kienan-awards dossier` writes it (with the council's
minutes when a counted meeting reviewed the proposal), dated today and left to be numbered by
hand. It reads the database only, so it works on a read-only one too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton

from kienan_awards.core.cycle.dossier_data import has_city_lines, write_proposal_dossier
from kienan_awards.core.i18n import _
from kienan_awards.ui.file_dialogs import existing_folder
from kienan_awards.ui.pages.decisions.button_states import allow
from kienan_awards.ui.user_errors import run_reporting


class DossierButton(QPushButton):
    def __init__(self, db, current_proposal_id: Callable[[], int | None], title: str, parent=None):
        super().__init__(_("Dossier to the city..."), parent)
        self.setObjectName("dossier_to_the_city")
        self.setToolTip(
            _(
                "The submission, the list and each achievement report for the proposal's lines "
                "the city decides, as .docx and PDF in one ZIP"
            )
        )
        self._db = db
        self._current_proposal_id = current_proposal_id
        self._title = title  # the page's, for the dialogs
        self.written: Path | None = None
        self.clicked.connect(self.write_for_chosen)

    def update_state(self) -> None:
        proposal_id = self._current_proposal_id()
        if proposal_id is None:
            why_not = _("Choose a proposal first.")
        elif not has_city_lines(self._db, proposal_id):
            why_not = _(
                "This proposal has no line the city decides (its Bằng khen, its Emulation "
                "Fighter, Tập thể lao động xuất sắc)."
            )
        else:
            why_not = None
        allow(self, why_not)

    def choose_folder(self) -> str:
        return existing_folder(self, _("Folder for the dossier"))

    def write(self, proposal_id: int, folder: Path) -> Path:
        # The PDF writer loads when a dossier is first written, not at start.
        from kienan_awards.printing.council_pdf import write_council_pdf
        from kienan_awards.printing.dossier_pdf import write_dossier_pdf

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return write_proposal_dossier(
                self._db,
                proposal_id,
                folder,
                dt.date.today(),
                pdf_writer=write_dossier_pdf,
                minutes_pdf_writer=write_council_pdf,
            ).path
        finally:
            QGuiApplication.restoreOverrideCursor()

    def write_for_chosen(self) -> None:
        proposal_id = self._current_proposal_id()
        if proposal_id is None:
            return
        folder = self.choose_folder()
        if not folder:
            return
        written = []
        if run_reporting(
            self, self._title, lambda: written.append(self.write(proposal_id, Path(folder)))
        ):
            self.written = written[0]
            QMessageBox.information(self, self._title, _("Wrote {path}.").format(path=written[0]))
