"""What the clerk does with a cluster-year's scoring, each through one door of the core: the
scoring table edited, the review meeting recorded, a member's score sheet (or every member's)
saved to send out, filled sheets read back, the leading members proposed from the ranking, and
the cluster's papers written to a folder.
A refusal is shown in a dialog naming what is wrong; every change is told to the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QPushButton

from kienan_awards.core.clusters.review_meetings import cluster_review
from kienan_awards.core.i18n import _, ngettext, shown
from kienan_awards.ui.pages.clusters.clerk_questions import ClerkQuestions
from kienan_awards.ui.pages.clusters.cluster_members import year_members
from kienan_awards.ui.pages.clusters.proposal_dialog import ProposalDialog
from kienan_awards.ui.pages.clusters.review_dialog import ReviewDialog
from kienan_awards.ui.pages.clusters.scoring_table_dialog import edit_table
from kienan_awards.ui.read_only import is_writable


class ScoringActions(ClerkQuestions):
    changed = Signal(object)  # the ChangeSet of what was written

    def __init__(self, db, page):
        super().__init__(page)
        self._db = db
        self.written: list[Path] = []
        self.table_button = QPushButton(_("Scoring table…"))
        self.table_button.setObjectName("scoring_table")
        self.table_button.setToolTip(_("The year's criteria, tie-break rules and leading members"))
        self.table_button.clicked.connect(self.edit_table)
        self.review_button = QPushButton(_("Record the review meeting…"))
        self.review_button.setObjectName("record_review")
        self.review_button.clicked.connect(self.record_review)
        self.sheet_button = QPushButton(_("Score sheet…"))
        self.sheet_button.setObjectName("score_sheet")
        self.sheet_button.setToolTip(_("A member's score sheet as .xlsx, to fill in and send back"))
        self.sheet_menu = QMenu(self.sheet_button)
        self.sheet_button.setMenu(self.sheet_menu)
        self.import_button = QPushButton(_("Read scores…"))
        self.import_button.setObjectName("import_scores")
        self.import_button.setToolTip(_("Read filled score sheets back, one or many at once"))
        self.import_button.clicked.connect(self.import_sheet)
        self.propose_button = QPushButton(_("Propose awards…"))
        self.propose_button.setObjectName("propose_from_ranking")
        self.propose_button.clicked.connect(self.propose)
        self.papers_button = QPushButton(_("Papers…"))
        self.papers_button.setObjectName("cluster_papers")
        self.papers_button.setToolTip(
            _("The score summary (.docx, .xlsx) and the review minutes, with PDFs, in a folder")
        )
        self.papers_button.clicked.connect(self.write_papers)

    def show_year(self, scored) -> None:
        """The buttons for the cluster-year chosen: a member's sheet offered for each member."""
        cluster, year = self._page.chosen(), self._page.year
        writable = is_writable(self._db)
        self.sheet_menu.clear()
        members = year_members(self._db, cluster.id, year) if cluster else None
        for unit_id, name in zip(members.ids, members.names, strict=True) if members else ():
            action = self.sheet_menu.addAction(name)
            action.triggered.connect(lambda _checked=False, unit=unit_id: self.write_sheet(unit))
        if members and members.ids:
            self.sheet_menu.addSeparator()
            every = self.sheet_menu.addAction(_("Every member, one file each…"))
            every.triggered.connect(self.write_every_sheet)
        has_members = bool(members and members.ids)
        self.table_button.setEnabled(writable and cluster is not None)
        self.review_button.setEnabled(writable and has_members)
        self.sheet_button.setEnabled(scored is not None and has_members)
        self.import_button.setEnabled(writable and cluster is not None)
        self.propose_button.setEnabled(writable and scored is not None)
        self.papers_button.setEnabled(scored is not None)

    def edit_table(self) -> None:
        changes = edit_table(self._db, self._page)
        if changes is not None:
            self.changed.emit(changes)

    def record_review(self) -> None:
        cluster, year = self._page.chosen(), self._page.year
        if cluster is None:
            return
        members = year_members(self._db, cluster.id, year)
        review = cluster_review(self._db, cluster.id, year)
        dialog = ReviewDialog(self._db, cluster, year, members, review, self._page)
        if self._page.open_dialog(dialog) and dialog.changes is not None:
            self.changed.emit(dialog.changes)

    def write_sheet(self, unit_id: int) -> None:
        cluster, year = self._page.chosen(), self._page.year
        members = year_members(self._db, cluster.id, year)
        name = members.names[members.ids.index(unit_id)]
        path = self.choose_sheet_path(
            _("Score sheet {member} {year}.xlsx").format(member=name, year=year)
        )
        if not path:
            return
        from kienan_awards.core.clusters.score_sheets.writing import write_scoring_sheet

        written = []
        if self.attempt(
            lambda: written.append(
                write_scoring_sheet(self._db, cluster.id, year, unit_id, Path(path))
            )
        ):
            self.written = written
            self.inform(_("Saved {file}.").format(file=written[0]))

    def write_every_sheet(self) -> None:
        cluster, year = self._page.chosen(), self._page.year
        folder = self.choose_folder(_("Folder for the members' score sheets"))
        if cluster is None or not folder:
            return
        from kienan_awards.core.clusters.score_sheets.writing import write_scoring_sheets

        def write():
            self.written = write_scoring_sheets(self._db, cluster.id, year, Path(folder))

        if self.attempt(write):
            self.inform(self.wrote_files(folder))

    def wrote_files(self, folder: str) -> str:
        return ngettext(
            "Wrote {count} file in {folder}.", "Wrote {count} files in {folder}.", len(self.written)
        ).format(count=len(self.written), folder=folder)

    def import_sheet(self) -> None:
        """Filled sheets read back, one or many (the members send theirs apart): all looked at
        first, then entered together, or none where one is wrong."""
        paths = [Path(path) for path in self.choose_filled_sheets()]
        if not paths:
            return
        from kienan_awards.core.clusters.score_sheets.importing import import_score_files

        looked = []
        if not self.attempt(lambda: looked.extend(import_score_files(self._db, paths, True))):
            return
        summaries = "\n".join(shown(done.summary) for done in looked)
        if not self.confirm(_("{summary}\n\nRead these scores in?").format(summary=summaries)):
            return
        read = []
        if self.attempt(lambda: read.extend(import_score_files(self._db, paths))):
            changes = read[0].changes
            for more in read[1:]:
                changes |= more.changes
            self.changed.emit(changes)
            self.inform("\n".join(shown(each.summary) for each in read))

    def propose(self) -> None:
        cluster, year, scored = self._page.chosen(), self._page.year, self._page.scored
        if cluster is None or scored is None:
            return
        stored = scored.stored
        dialog = ProposalDialog(
            self._db, cluster, year, stored.leading_count, stored.leading_basis, self._page
        )
        if self._page.open_dialog(dialog) and dialog.changes is not None:
            self.changed.emit(dialog.changes)
            self.inform(proposal_made(self._db, cluster.id, year))

    def write_papers(self) -> None:
        cluster, year = self._page.chosen(), self._page.year
        if cluster is None:
            return
        folder = self.choose_folder()
        if not folder:
            return
        # The writers load when papers are first written, not at start.
        from kienan_awards.core.clusters.cluster_papers import write_cluster_papers
        from kienan_awards.printing.council_pdf import write_council_pdf

        def write():
            self.written = write_cluster_papers(
                self._db, cluster.id, year, Path(folder), pdf_writer=write_council_pdf
            )

        if self.attempt(write):
            self.inform(self.wrote_files(folder))


def proposal_made(db, cluster_id: int, year: int) -> str:
    """The proposal made from the cluster-year's ranking, its lines in a sentence; "" where
    none is made (or proposals cannot be made yet)."""
    try:
        from kienan_awards.core.clusters.ranking_proposals import ranking_proposal
    except ImportError:
        return ""
    from kienan_awards.core.awards.proposals import proposal_lines

    proposal_id = ranking_proposal(db, cluster_id, year)
    if proposal_id is None:
        return ""
    lines = "; ".join(
        f"{line.recipient_name} ({line.form})" for line in proposal_lines(db, proposal_id)
    )
    return _("Proposal #{id} made from this ranking: {lines}").format(id=proposal_id, lines=lines)
