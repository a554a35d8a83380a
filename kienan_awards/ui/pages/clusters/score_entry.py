"""Scores typed into the scoring grid, as the cluster agrees them member by member at the
review meeting: each edit one call of the core's door for that member and criterion. An agreed
score on a target criterion apart from the computed points asks why first; a refusal is shown
naming the member and the criterion, and nothing is written."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kienan_awards.core.clusters import scoring_store
from kienan_awards.core.clusters.score_entry_text import read_score, score_text
from kienan_awards.core.clusters.scored_cluster import ScoredCluster
from kienan_awards.core.clusters.scoring import CriterionScore, MemberResult
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, ngettext, shown
from kienan_awards.ui.pages.clusters.score_reason_dialog import ReasonDialog
from kienan_awards.ui.pages.clusters.scoring_marks import points_text


def stored_value(result: MemberResult, number: str, is_self: bool) -> object:
    """The score as entered (points, or Events for an item counted in times), None if none."""
    scores = result.member.self_scores if is_self else result.member.agreed_scores
    return scores.get(number)


def editing_text(result: MemberResult, score: CriterionScore, is_self: bool) -> str:
    """What the cell's editor starts with: the score as entered; where no self-score is, the
    points computed from the figures for a target criterion (the member's own proposal). An
    agreed cell with nothing agreed opens empty: what the meeting agrees is typed."""
    value = stored_value(result, score.criterion.number, is_self)
    if value is None and is_self:
        value = score.computed_points
    if isinstance(value, Decimal):  # the window's decimal mark, no thousands marks to misread
        return format(value.normalize(), "f").replace(".", QLocale().decimalPoint())
    return score_text(value)


def entered_as(result: MemberResult, score: CriterionScore, is_self: bool) -> str:
    """For an item counted in times, how its score was entered, in words."""
    value = stored_value(result, score.criterion.number, is_self)
    count = getattr(value, "count", None)
    if count is None:
        return ""
    said = ngettext(
        "Entered as {count} time: {points} points",
        "Entered as {count} times: {points} points",
        count,
    )
    return said.format(
        count=count,
        points=points_text(score.self_points if is_self else score.agreed_points),
    )


class ScoreEntry(QObject):
    """Writes what the clerk types into a cell of the grid; tells what it wrote."""

    changed = Signal(object)  # the ChangeSet of what was written

    def __init__(self, db, parent: QWidget):
        super().__init__(parent)
        self._db = db
        self._parent = parent

    def enter(
        self,
        scored: ScoredCluster,
        result: MemberResult,
        score: CriterionScore,
        is_self: bool,
        typed: str,
    ) -> bool:
        """The typed score written for the member and criterion; False where nothing was
        (refused, or the reason not given)."""
        number = score.criterion.number
        value = read_score(typed)
        stored = stored_value(result, number, is_self)
        # Unchanged, or a self-score left at the computed points its editor opened on: moving
        # down a member's column with Enter writes nothing. An agreed score is always written.
        if value == stored or (is_self and stored is None and value == score.computed_points):
            return True
        unit_id = result.member.unit_id
        cluster_id, year = scored.cluster.id, scored.year
        try:
            if is_self:
                changes = scoring_store.enter_self_scores(
                    self._db, cluster_id, year, unit_id, {number: value}
                )
            else:
                reasons = {}
                if _needs_reason(score, value):
                    reason = self.ask_reason(result.name, score, value)
                    if reason is None:
                        return False
                    reasons[number] = reason
                changes = scoring_store.enter_agreed_scores(
                    self._db, cluster_id, year, unit_id, {number: value}, reasons
                )
        except KienanError as error:
            self.warn(shown(error))
            return False
        self.changed.emit(changes)
        return True

    # What is asked of the clerk; tests answer in their place.
    def ask_reason(self, member: str, score: CriterionScore, agreed: Decimal) -> str | None:
        dialog = ReasonDialog(
            member,
            score.criterion.number,
            score.computed_points,
            agreed,
            score.agreed_reason,
            self._parent,
        )
        return dialog.reason if dialog.exec() == QDialog.DialogCode.Accepted else None

    def warn(self, text: str) -> None:
        QMessageBox.warning(self._parent, _("The score was not kept"), text)


def _needs_reason(score: CriterionScore, value: object) -> bool:
    computed = score.computed_points
    return isinstance(value, Decimal) and computed is not None and value != computed
