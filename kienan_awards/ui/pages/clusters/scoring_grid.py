"""The "Scoring" tab: the chosen cluster-year's scoring grid, the marks explained under it,
what the chosen cell rests on below (and what may be typed in it), and the buttons that edit
the table, save the members' sheets and read filled ones back. Where the page allows it, the
clerk types a member's self and agreed scores into the grid; each is written at once and told
as a change set. A year without a table says so in place of the grid."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kienan_awards.core.clusters.scored_cluster import ScoredCluster
from kienan_awards.core.i18n import _
from kienan_awards.ui.pages.clusters.score_entry import ScoreEntry
from kienan_awards.ui.pages.clusters.scoring_evidence import (
    Evidence,
    EvidencePanel,
    criterion_evidence,
    score_evidence,
    total_evidence,
)
from kienan_awards.ui.pages.clusters.scoring_header import PairedHeader
from kienan_awards.ui.pages.clusters.scoring_marks import MarksLegend
from kienan_awards.ui.pages.clusters.scoring_model import (
    FIXED_COLUMNS,
    SELF,
    ScoringModel,
    maximum_text,
    method_words,
)
from kienan_awards.ui.pages.clusters.scoring_view import ScoringView

SMALLEST_CRITERION_WIDTH = 220
PADDING = 12


class ScoringTab(QWidget):
    changed = Signal(object)  # the ChangeSet of a score typed in the grid

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ScoringModel(self)
        self.view = ScoringView()
        self.view.setObjectName("scoring_grid")
        self.view.setHorizontalHeader(PairedHeader(self.view))
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(ScoringView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(ScoringView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollMode(ScoringView.ScrollMode.ScrollPerPixel)
        self.view.selectionModel().currentChanged.connect(self._show_evidence)
        self.view.viewport().installEventFilter(self)
        self.message = QLabel()
        self.message.setObjectName("scoring_message")
        self.message.setWordWrap(True)
        self.legend = MarksLegend()
        self.evidence = EvidencePanel()
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.evidence)
        layout.addLayout(self.buttons)

    def allow_entry(self, db) -> None:
        """The members' scores typed in the grid, written to db."""
        self.model.entry = ScoreEntry(db, self)
        self.model.entry.changed.connect(self.changed)

    def show_scored(self, scored: ScoredCluster | None, problem: str = "") -> None:
        in_place = self.model.show_scored(scored)
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        if in_place:  # a score written: the figures change, not the grid's shape
            self._show_evidence(self.view.currentIndex())
            return
        for part in (self.view, self.legend, self.evidence):
            part.setVisible(scored is not None)
        self.view.clearSpans()
        for row, found in enumerate(self.model.rows):
            if found.kind == "group":
                self.view.setSpan(row, 0, 1, self.model.columnCount())
        self.evidence.show_evidence(None)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its figures, the criterion's text taking what is left and
        wrapping; past the view's width the grid scrolls sideways."""
        scored = self.model.scored
        if scored is None:
            return
        metrics = self.view.fontMetrics()
        criteria = scored.stored.table.criteria

        def widest(texts) -> int:
            return max(metrics.horizontalAdvance(text) for text in texts) + PADDING

        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(24)
        sizes = [
            widest([_("No."), *(c.number for c in criteria)]),
            0,
            widest([_("Method"), *(method_words(c) for c in criteria)]),
            widest([_("Max."), *(maximum_text(c) for c in criteria)]),
        ]
        pair = widest([_("Self"), _("Agreed"), "100,00 !", "-20,00"])
        for member in scored.results:
            # The member's name over its two columns reads whole where it can.
            pair = max(pair, min(widest([member.name]) // 2 + 1, 80))
        left = self.view.viewport().width() - sum(sizes) - 2 * pair * len(scored.results)
        sizes[1] = max(left, SMALLEST_CRITERION_WIDTH)
        sizes += [pair] * (2 * len(scored.results))
        for column, size in enumerate(sizes):
            self.view.setColumnWidth(column, size)
        self.view.resizeRowsToContents()
        one_line = self.view.verticalHeader().defaultSectionSize()
        for row in range(self.model.rowCount()):
            # A wrapped text's last line clear of the cell's edge.
            if self.view.rowHeight(row) > one_line:
                self.view.setRowHeight(row, self.view.rowHeight(row) + 4)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        # The criterion's column takes the grid's width as it is once laid out.
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _show_evidence(self, index: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:
        self.evidence.show_evidence(self.evidence_for(index))

    def evidence_for(self, index: QModelIndex) -> Evidence | None:
        if not index.isValid() or self.model.scored is None:
            return None
        found = self.model.score_at(index)
        if found is not None:
            typing = None
            if self.model.entry is not None:
                typing = self.model.member_at(index.column())[1] == SELF
            return score_evidence(*found, typing=typing)
        member = self.model.member_at(index.column())
        if self.model.rows[index.row()].kind == "total" and member is not None:
            return total_evidence(member[0])
        criterion = self.model.criterion_at(index.row())
        return criterion_evidence(criterion) if criterion is not None else None

    def choose_cell(self, row: int, column: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, column))

    def keep_choice(self, row: int, column: int) -> None:
        """The cell chosen before a refresh chosen again where it still is."""
        if 0 <= row < self.model.rowCount() and FIXED_COLUMNS <= column < self.model.columnCount():
            self.choose_cell(row, column)
