"""How a member's score shows in the grid: its points, and the marks a clerk must notice, each
said in words in the cell's tooltip and in the legend under the grid."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kienan_awards.core.clusters.scoring import CriterionScore
from kienan_awards.core.i18n import _
from kienan_awards.ui.figures import figure

DIFFERS_COLOUR = "#fde9b0"  # agreed unlike the self-score
STALE_COLOUR = "#b00020"  # agreed no longer what today's figures give
COMPUTED_COLOUR = "#707070"  # not self-scored: the points the figures give
STALE_MARK, STANDS_MARK = "!", "*"


def points_text(points: Decimal | None) -> str:
    """Points as the office writes them: 95 rather than 95,00, 20,88 as it is."""
    if points is None:
        return ""
    whole = points.normalize()
    return figure(whole.quantize(Decimal(1)) if whole == whole.to_integral() else whole)


def only_computed(score: CriterionScore) -> bool:
    """Not self-scored, but computed from the figures: what counts in the self total."""
    return score.self_points is None and score.computed_points is not None


def agreed_unlike_self(score: CriterionScore) -> bool:
    return score.agreed_points is not None and score.agreed_points != score.self_points


def self_tooltip(score: CriterionScore) -> str:
    said = []
    if score.self_score_stands:
        said.append(
            _("The figures for this criterion are not in the program: the self-score stands.")
        )
    elif only_computed(score):
        said.append(
            _("Not self-scored; the figures give {computed}, which count in the self total.")
            .format(computed=points_text(score.computed_points))
        )  # fmt: skip
    elif score.computed_points is not None and score.computed_points != score.self_points:
        said.append(
            _("Self-scored {own}; the figures give {computed}, which count in the self total.")
            .format(
                own=points_text(score.self_points) or "—",
                computed=points_text(score.computed_points),
            )
        )  # fmt: skip
    return "\n".join(said)


def agreed_tooltip(score: CriterionScore) -> str:
    said = []
    if agreed_unlike_self(score):
        said.append(
            _("Self-scored {own}, agreed {agreed}.").format(
                own=points_text(score.self_points) or "—", agreed=points_text(score.agreed_points)
            )
        )
    if score.agreed_differs:
        said.append(
            _("Today's figures give {computed} points; the agreed {agreed} still counts.").format(
                computed=points_text(score.computed_points), agreed=points_text(score.agreed_points)
            )
        )
    return "\n".join(said)


def score_cell(score: CriterionScore, is_self: bool, role):
    """What the grid shows of a score in one of its roles."""
    if role == Qt.ItemDataRole.DisplayRole:
        if is_self:
            text = points_text(score.proposed if only_computed(score) else score.self_points)
            return f"{text} {STANDS_MARK}".strip() if score.self_score_stands else text
        text = points_text(score.agreed_points)
        return f"{text} {STALE_MARK}" if score.agreed_differs else text
    if role == Qt.ItemDataRole.ToolTipRole:
        return (self_tooltip(score) if is_self else agreed_tooltip(score)) or None
    if role == Qt.ItemDataRole.BackgroundRole and not is_self and agreed_unlike_self(score):
        return QBrush(QColor(DIFFERS_COLOUR))
    if role == Qt.ItemDataRole.ForegroundRole:
        if not is_self and score.agreed_differs:
            return QBrush(QColor(STALE_COLOUR))
        if is_self and only_computed(score):
            return QBrush(QColor(COMPUTED_COLOUR))
    if role == Qt.ItemDataRole.FontRole:
        stale = not is_self and score.agreed_differs
        stands = is_self and score.self_score_stands
        if stale or stands:
            font = QFont()
            font.setBold(stale)
            font.setItalic(stands)
            return font
    return None


class MarksLegend(QWidget):
    """The marks explained, in one line under the grid: each mark as the grid shows it, then
    what it means."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scoring_legend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        marks = (
            ("", f"background: {DIFFERS_COLOUR}", _("agreed unlike the self-score")),
            (STALE_MARK, f"color: {STALE_COLOUR}; font-weight: bold",
             _("agreed no longer what today's figures give")),
            (STANDS_MARK, "font-style: italic",
             _("self-score stands: the figures are not in the program")),
            ("25", f"color: {COMPUTED_COLOUR}", _("not self-scored: computed from the figures")),
        )  # fmt: skip
        for mark, style, words in marks:
            sample = QLabel(mark)
            sample.setStyleSheet(style)
            sample.setMinimumWidth(16)
            sample.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(sample)
            meaning = QLabel(words)
            # A longer language shortens the words (said whole in the tooltip) rather than
            # widen the page.
            meaning.setMinimumWidth(60)
            meaning.setToolTip(words)
            layout.addWidget(meaning)
            layout.addSpacing(12)
        layout.addStretch(1)
