"""Beside the honour roll's results: every award of the chosen award's recipient."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kienan_awards.core.i18n import _, ngettext
from kienan_awards.core.search.award_search import recipient_history
from kienan_awards.ui.award_timeline_table import AwardTimelineTable
from kienan_awards.ui.core_labels import sentence
from kienan_awards.ui.figures import figure


class RecipientHistory(QWidget):
    award_opened = Signal(int)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self._db = db
        self.heading = QLabel()
        self.heading.setObjectName("page_heading")
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = AwardTimelineTable()
        self.table.setObjectName("recipient_history")
        self.table.award_opened.connect(self.award_opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_award(self, award_id: int | None) -> None:
        """The recipient of the award, with every award they had, that one chosen."""
        history = recipient_history(self._db, award_id) if award_id is not None else None
        if history is None:
            self.heading.setText(_("Award history"))
            self.summary.setText(_("Choose an award to see all its recipient's awards."))
            self.table.show_entries([])
            return
        kinds = {
            "individual": _("individual"),
            "collective": _("collective"),
            "household": _("household"),
        }
        self.heading.setText(history.name)
        years = sorted({entry.year for entry in history.entries})
        self.summary.setText(
            sentence(
                ngettext(
                    "{kind}, {count} award from {first} to {last}",
                    "{kind}, {count} awards from {first} to {last}",
                    len(history.entries),
                ).format(
                    kind=kinds.get(history.kind, history.kind),
                    count=figure(len(history.entries)),
                    first=years[0] if years else "",
                    last=years[-1] if years else "",
                )
            )
        )
        self.table.show_entries(history.entries)
        for row, entry in enumerate(history.entries):
            if entry.award_id == award_id:
                self.table.selectRow(row)
