"""What a chosen cell of the scoring grid rests on (minh chứng): for a target criterion the
member's target, its plan and actual, the % of plan and the points computed from them; for the
others the method, the maximum, and the self and agreed points; where the clerk may type the
score, what may be typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from kienan_awards.core.clusters.scoring import CriterionScore, MemberResult
from kienan_awards.core.clusters.scoring_table import (
    BONUS,
    PENALTY,
    TARGET,
    YES_NO,
    ZERO,
    Criterion,
)
from kienan_awards.core.i18n import _
from kienan_awards.ui.figures import figure, percent, window_marks
from kienan_awards.ui.pages.clusters.scoring_marks import points_text
from kienan_awards.ui.pages.clusters.scoring_model import method_words


def _heading(criterion: Criterion, member: str = "") -> str:
    words = f"{criterion.number}. {criterion.text}"
    return f"{member}: {words}" if member else words


def rule_text(criterion: Criterion) -> str:
    """How the criterion is scored, in a line."""
    method = method_words(criterion)
    if criterion.method in (BONUS, PENALTY):
        return _("Method: {method}, {each} points each time, at most {cap}").format(
            method=method,
            each=points_text(criterion.points_per_event),
            cap=points_text(criterion.cap),
        )
    maximum = points_text(criterion.maximum)
    if criterion.method == TARGET and criterion.bonus_cap:
        return _(
            "Method: {method}; maximum {maximum}; above plan {each} per percent, at most {cap} more"
        ).format(
            method=method,
            maximum=maximum,
            each=points_text(criterion.bonus_per_percent),
            cap=points_text(criterion.bonus_cap),
        )
    return _("Method: {method}; maximum {maximum}").format(method=method, maximum=maximum)


def _scores_text(score: CriterionScore) -> str:
    return _("Self-score: {own}; agreed: {agreed}").format(
        own=points_text(score.self_points) or "—", agreed=points_text(score.agreed_points) or "—"
    )


def _target_lines(result: MemberResult, score: CriterionScore) -> list[str]:
    found = score.evidence
    if found is None:
        return [
            _(
                "The figures of {member} for this target are not in the program: the "
                "self-score stands."
            ).format(member=result.name)
        ]
    figures = {
        "plan": found.plan.describe(window_marks()),
        "actual": figure(found.actual),
        "percent": percent(found.percent_of_plan),
        "points": points_text(score.computed_points),
    }
    if found.reported_on:
        reading = _(
            "Plan {plan}; actual {actual} (reported {day}); {percent} of plan; computed "
            "{points} points"
        ).format(day=f"{found.reported_on:%d/%m/%Y}", **figures)
    else:
        reading = _(
            "Plan {plan}; actual {actual}; {percent} of plan; computed {points} points"
        ).format(**figures)
    target = _("Target #{target}: {indicator}")
    if found.indicator == score.criterion.text:  # said in the heading already
        return [f"#{found.target_id}: {reading}"]
    return [target.format(target=found.target_id, indicator=found.indicator), reading]


def typing_hint(criterion: Criterion, is_self: bool) -> str:
    """What may be typed in a member's cell of the criterion."""
    if criterion.method in (BONUS, PENALTY):
        low, high = sorted((ZERO, criterion.cap))
        said = _(
            "Type the number of times, as “3 lần” or “×3” ({each} points each), or the points "
            "from {low} to {high}."
        ).format(
            each=points_text(criterion.points_per_event),
            low=points_text(low),
            high=points_text(high),
        )
    elif criterion.method == YES_NO:
        said = _("Type {maximum} for yes or 0 for no.").format(
            maximum=points_text(criterion.maximum)
        )
    else:
        most = criterion.most_entered
        said = _("Type the points from 0 to {maximum}.").format(maximum=points_text(most))
        if criterion.method == TARGET and not is_self:
            said += " " + _("An agreed score apart from the computed points needs a reason.")
    return said + " " + _("An empty cell clears the score.")


# What a cell rests on: a heading (the member and the criterion) and the lines under it.
Evidence = tuple[str, list[str]]


def score_evidence(
    result: MemberResult, score: CriterionScore, typing: bool | None = None
) -> Evidence:
    """typing: None where the cell is not typed in; else whether it is the self-score."""
    lines = [rule_text(score.criterion)]
    if score.criterion.method == TARGET:
        lines += _target_lines(result, score)
    lines.append(_scores_text(score))
    if score.agreed_reason:
        lines.append(_("Why the agreed score differs: {reason}").format(reason=score.agreed_reason))
    if typing is not None:
        lines.append(typing_hint(score.criterion, typing))
    return _heading(score.criterion, result.name), lines


def criterion_evidence(criterion: Criterion) -> Evidence:
    return _heading(criterion), [rule_text(criterion)]


def total_evidence(result: MemberResult) -> Evidence:
    said = _("Self total {own}; agreed total {agreed}; counted {total}").format(
        own=points_text(result.self_total),
        agreed=points_text(result.agreed_total) or "—",
        total=points_text(result.total),
    )
    if result.musts_failed:
        said += "; " + _("failed must-criteria: {numbers}").format(
            numbers=", ".join(result.musts_failed)
        )
    return result.name, [said]


class EvidencePanel(QFrame):
    """Under the grid: what the chosen cell rests on, its heading in bold."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scoring_evidence")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        for label in (self.heading, self.lines):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines)
        layout.addStretch(1)
        # Room for the heading and a target's lines, whatever the grid above asks for.
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 6 + 10)
        self.show_evidence(None)

    def show_evidence(self, evidence: Evidence | None) -> None:
        heading, lines = evidence or (
            "",
            [_("Choose a score in the grid to see what it rests on.")],
        )
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
        self.lines.setText("\n".join(lines))

    def text(self) -> str:
        """All it says, as one text."""
        return "\n".join(part for part in (self.heading.text(), self.lines.text()) if part)
