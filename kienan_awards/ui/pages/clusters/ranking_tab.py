"""The "Ranking" tab: the chosen cluster-year's members in rank order with their totals, who
leads and who failed a must-criterion, the totals as bars beside, and under them the review
meeting recorded, the members left to the vote and the proposal made from the ranking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from kienan_awards.core.clusters.review_meetings import ClusterReview
from kienan_awards.core.clusters.scored_cluster import ScoredCluster
from kienan_awards.core.i18n import _, ngettext
from kienan_awards.ui.chart_widget import ChartWidget
from kienan_awards.ui.pages.clusters.ranking_chart import RankBar, paint_ranking
from kienan_awards.ui.pages.clusters.scoring_marks import points_text
from kienan_awards.ui.pages.cycle.plain_tables import fill, read_only_table


def ranking_rows(scored: ScoredCluster) -> list[list[str]]:
    voting = {id(result) for result in scored.ranking.to_vote}
    rows = []
    for ranked in scored.ranking.members:
        result = ranked.result
        leads = _("Leading") if ranked.leads else _("to the vote") if id(result) in voting else ""
        rows.append(
            [
                str(ranked.rank),
                result.name,
                points_text(result.self_total),
                points_text(result.agreed_total),
                points_text(result.total),
                leads,
                ", ".join(result.musts_failed),
            ]
        )
    return rows


def ranking_bars(scored: ScoredCluster) -> list[RankBar]:
    return [
        RankBar(m.rank, m.result.name, m.result.total, m.leads, m.result.musts_failed)
        for m in scored.ranking.members
    ]


def review_text(review: ClusterReview | None, scored: ScoredCluster) -> str:
    if review is None:
        return _("No review meeting recorded.")
    votes = ", ".join(
        f"{m.result.name}: {review.votes[m.result.member.unit_id]}"
        for m in scored.ranking.members
        if m.result.member.unit_id in review.votes
    )
    said = _("Review meeting on {day}: {present} of {members} members present").format(
        day=f"{review.held_on:%d/%m/%Y}", present=review.present, members=len(scored.results)
    )
    return said + ("; " + _("votes to propose: {votes}").format(votes=votes) if votes else "") + "."


def vote_text(scored: ScoredCluster) -> str:
    ranking = scored.ranking
    if not ranking.to_vote:
        return ""
    return ngettext(
        "Level for the last leading place, the vote decides between: {names}.",
        "Level for the last {count} leading places, the vote decides between: {names}.",
        ranking.places_to_vote,
    ).format(count=ranking.places_to_vote, names=", ".join(r.name for r in ranking.to_vote))


class RankingTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = read_only_table(
            [
                _("Rank"),
                _("Member unit"),
                _("Self total"),
                _("Agreed total"),
                _("Total"),
                _("Leading"),
                _("Must-criteria failed"),
            ]
        )
        self.table.setObjectName("ranking_table")
        self.chart = ChartWidget()
        self.chart.setObjectName("ranking_chart")
        self.message = QLabel()
        self.message.setObjectName("ranking_message")
        self.message.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setObjectName("ranking_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        # The list's seven columns need about 620 pixels; the chart has the rest.
        splitter.setSizes([640, 500])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notes)
        layout.addLayout(self.buttons)
        self.bars: list[RankBar] = []

    def show_scored(
        self,
        scored: ScoredCluster | None,
        review: ClusterReview | None = None,
        proposal: str = "",
        problem: str = "",
    ) -> None:
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        self.splitter.setVisible(scored is not None)
        if scored is None:
            fill(self.table, [])
            self.bars = []
            self.chart.set_painting(None)
            self.notes.setText("")
            return
        fill(self.table, ranking_rows(scored))
        self.bars = ranking_bars(scored)
        bars = self.bars
        self.chart.set_painting(lambda painter, rect: paint_ranking(painter, rect, bars))
        notes = [review_text(review, scored), vote_text(scored), proposal]
        self.notes.setText("\n".join(note for note in notes if note))
