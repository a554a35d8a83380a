"""The chosen cluster-year in three tabs: its members and pact, its scoring grid, and its
ranking; each scoring tab with the buttons of what is done with it."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from kienan_awards.core.clusters import clusters
from kienan_awards.core.clusters.review_meetings import cluster_review
from kienan_awards.core.clusters.scored_cluster import ScoredCluster, scored_cluster
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.ui.pages.clusters.cluster_details import ClusterDetails
from kienan_awards.ui.pages.clusters.ranking_tab import RankingTab
from kienan_awards.ui.pages.clusters.scoring_actions import ScoringActions, proposal_made
from kienan_awards.ui.pages.clusters.scoring_grid import ScoringTab

MEMBERS_TAB, SCORING_TAB, RANKING_TAB = range(3)


def load_scored(db, cluster: clusters.Cluster, year: int) -> tuple[ScoredCluster | None, str]:
    """The cluster-year scored, or why it cannot be (no table for the year, a target gone)."""
    try:
        return scored_cluster(db, cluster.id, year), ""
    except KienanError as error:
        return None, shown(error)


class ClusterYearTabs(QTabWidget):
    def __init__(self, db, actions: ScoringActions, parent=None):
        super().__init__(parent)
        self.setObjectName("cluster_year_tabs")
        self._db = db
        self.details = ClusterDetails()
        self.scoring = ScoringTab()
        self.ranking = RankingTab()
        self.addTab(self.details, _("Members"))
        self.addTab(self.scoring, _("Scoring"))
        self.addTab(self.ranking, _("Ranking"))
        for button in (actions.table_button, actions.sheet_button, actions.import_button):
            self.scoring.buttons.addWidget(button)
        self.scoring.buttons.addStretch(1)
        for button in (actions.review_button, actions.propose_button, actions.papers_button):
            self.ranking.buttons.addWidget(button)
        self.ranking.buttons.addStretch(1)

    def show_year(self, cluster: clusters.Cluster | None, year: int) -> ScoredCluster | None:
        """The scoring and ranking of the cluster-year; what was scored, for the buttons."""
        if cluster is None:
            self.scoring.show_scored(None)
            self.ranking.show_scored(None)
            return None
        chosen = self.scoring.view.currentIndex()
        scored, problem = load_scored(self._db, cluster, year)
        self.scoring.show_scored(scored, problem)
        if chosen.isValid():
            self.scoring.keep_choice(chosen.row(), chosen.column())
        if scored is None:
            self.ranking.show_scored(None, problem=problem)
            return None
        review = cluster_review(self._db, cluster.id, year)
        self.ranking.show_scored(scored, review, proposal_made(self._db, cluster.id, year))
        return scored

    def printable(self, cluster: clusters.Cluster | None, year: int):
        """What File > Print prints on the Scoring and Ranking tabs: the grid (each member's
        name over its two columns) or the ranking, under its title; None on the Members tab
        or where the year is not scored."""
        if cluster is None or self.scoring.model.scored is None:
            return None
        if self.currentIndex() == SCORING_TAB:
            title = _("Scores of {cluster} for {year}").format(cluster=cluster.name, year=year)
            return title, self.scoring.view
        if self.currentIndex() == RANKING_TAB:
            title = _("Ranking of {cluster} for {year}").format(cluster=cluster.name, year=year)
            return title, self.ranking.table
        return None
