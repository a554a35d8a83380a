"""The scoring grid of a cluster-year as a table: the criteria as rows under their groups,
each member as a pair of columns (its self-score, the score the cluster agreed), the totals at
the bottom. What a clerk must notice is marked in the cell and said in its tooltip: an agreed
score unlike the self-score (tinted), an agreed score the figures no longer give (red, "!"),
a self-score that stands because the figures are not in the program ("*"). Once the page lets
the clerk type scores, a member's self and agreed cells of a criterion are editable; the rest
is not."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kienan_awards.core.clusters.scored_cluster import ScoredCluster
from kienan_awards.core.clusters.scoring import CriterionScore, MemberResult
from kienan_awards.core.clusters.scoring_table import BONUS, METHODS, PENALTY, Criterion
from kienan_awards.core.i18n import _, pgettext
from kienan_awards.ui.pages.clusters.score_entry import ScoreEntry, editing_text, entered_as
from kienan_awards.ui.pages.clusters.scoring_marks import points_text, score_cell

FIXED_COLUMNS = 4  # number, criterion, method, maximum
SELF, AGREED = 0, 1  # a member's two columns, in order
GROUP_BRUSH = QBrush(QColor("#eef1f5"))
TOTAL_BRUSH = QBrush(QColor("#e3e8ef"))


def method_words(criterion: Criterion) -> str:
    method = pgettext("scoring method", METHODS[criterion.method])
    return _("{method}, must").format(method=method) if criterion.must else method


def maximum_text(criterion: Criterion) -> str:
    """The maximum; for a bonus or penalty item its cap, signed (+4, -5)."""
    if criterion.method == BONUS:
        return "+" + points_text(criterion.cap)
    if criterion.method == PENALTY:
        return points_text(criterion.cap)
    return points_text(criterion.maximum)


@dataclass(frozen=True)
class GridRow:
    kind: str  # "group", "criterion", "total"
    text: str = ""
    criterion: int = -1  # its place in the table, for a criterion row


def grid_shape(scored: ScoredCluster | None) -> tuple:
    """What fixes the grid's rows, columns and their words: a new scoring of the same shape is
    shown in place, an editor open on it staying open; a renamed member or a reworded
    criterion lays the grid out again."""
    if scored is None:
        return ()
    criteria = tuple(
        (c.number, c.group, c.text, c.method, c.maximum, c.cap, c.must)
        for c in scored.stored.table.criteria
    )
    members = tuple((result.member.unit_id, result.name) for result in scored.results)
    return scored.cluster.id, scored.year, criteria, members


def grid_rows(scored: ScoredCluster) -> list[GridRow]:
    rows, group = [], None
    for place, criterion in enumerate(scored.stored.table.criteria):
        if criterion.group and criterion.group != group:
            rows.append(GridRow("group", criterion.group))
        group = criterion.group
        rows.append(GridRow("criterion", criterion=place))
    rows.append(GridRow("total"))
    return rows


class ScoringModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.scored: ScoredCluster | None = None
        self.rows: list[GridRow] = []
        self.entry: ScoreEntry | None = None  # set where the clerk may type scores
        self.refused = False  # the last typed score was not kept

    def show_scored(self, scored: ScoredCluster | None) -> bool:
        """The scoring shown; True where it was shown in place of one of the same shape."""
        if scored is not None and grid_shape(scored) == grid_shape(self.scored):
            self.scored = scored
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return True
        self.beginResetModel()
        self.scored = scored
        self.rows = grid_rows(scored) if scored else []
        self.endResetModel()
        return False

    @property
    def members(self) -> tuple[MemberResult, ...]:
        return self.scored.results if self.scored else ()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() or not self.scored else FIXED_COLUMNS + 2 * len(self.members)

    def member_at(self, column: int) -> tuple[MemberResult, int] | None:
        """The member of a column and which of its two it is."""
        if column < FIXED_COLUMNS:
            return None
        return self.members[(column - FIXED_COLUMNS) // 2], (column - FIXED_COLUMNS) % 2

    def criterion_at(self, row: int) -> Criterion | None:
        found = self.rows[row] if 0 <= row < len(self.rows) else None
        if found is None or found.kind != "criterion":
            return None
        return self.scored.stored.table.criteria[found.criterion]

    def score_at(self, index: QModelIndex) -> tuple[MemberResult, CriterionScore] | None:
        criterion, member = self.criterion_at(index.row()), self.member_at(index.column())
        if criterion is None or member is None:
            return None
        return member[0], member[0].criteria[self.rows[index.row()].criterion]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        found = super().flags(index)
        if self.entry is not None and self.score_at(index) is not None:
            return found | Qt.ItemFlag.ItemIsEditable
        return found

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        found = self.score_at(index)
        if role != Qt.ItemDataRole.EditRole or found is None or self.entry is None:
            return False
        is_self = self.member_at(index.column())[1] == SELF
        self.refused = not self.entry.enter(self.scored, *found, is_self, str(value or ""))
        if self.refused:  # the cell back to what is stored
            self.dataChanged.emit(index, index)
        return not self.refused

    def next_editable(self, index: QModelIndex, forward: bool = True) -> QModelIndex:
        """The next (or previous) cell a score is typed in, row by row; invalid past the last."""
        columns = self.columnCount()
        place = index.row() * columns + index.column() if index.isValid() else -1
        step = 1 if forward else -1
        place += step
        while 0 <= place < self.rowCount() * columns:
            found = self.index(place // columns, place % columns)
            if self.score_at(found) is not None:
                return found
            place += step
        return QModelIndex()

    def criterion_below(self, index: QModelIndex) -> QModelIndex:
        """The same column on the next criterion's row; invalid past the last criterion."""
        for row in range(index.row() + 1, len(self.rows)):
            if self.rows[row].kind == "criterion":
                return self.index(row, index.column())
        return QModelIndex()

    def header_groups(self) -> list[tuple[str, int]]:
        """The headings over the columns when printed: each member's name over its two."""
        return [("", FIXED_COLUMNS)] + [(result.name, 2) for result in self.members]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not self.scored:
            return None
        member = self.member_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if member is None:
                return [_("No."), _("Criterion"), _("Method"), _("Max.")][section]
            return _("Self") if member[1] == SELF else _("Agreed")
        if role == Qt.ItemDataRole.ToolTipRole and member is not None:
            said = _("self-score") if member[1] == SELF else _("score agreed by the cluster")
            return f"{member[0].name}: {said}"
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            left = index.column() in (1, 0) and row.kind != "total"
            return (Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignCenter) | (
                Qt.AlignmentFlag.AlignVCenter
            )
        if row.kind == "group":
            return self._group_data(index, row, role)
        if row.kind == "total":
            return self._total_data(index, role)
        return self._criterion_data(index, role)

    def _group_data(self, index: QModelIndex, row: GridRow, role):
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return row.text
        if role == Qt.ItemDataRole.BackgroundRole:
            return GROUP_BRUSH
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        return None

    def _total_data(self, index: QModelIndex, role):
        if role == Qt.ItemDataRole.BackgroundRole:
            return TOTAL_BRUSH
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 1:
            return _("Total")
        if index.column() == 3:
            return points_text(self.scored.stored.table.most_points)
        member = self.member_at(index.column())
        if member is None:
            return None
        result, side = member
        return points_text(result.self_total if side == SELF else result.agreed_total)

    def _criterion_data(self, index: QModelIndex, role):
        criterion = self.criterion_at(index.row())
        column = index.column()
        if column < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                values = (criterion.number, criterion.text, method_words(criterion))
                return (*values, maximum_text(criterion))[column]
            if role == Qt.ItemDataRole.ToolTipRole and column == 1:
                return criterion.text
            return None
        result, score = self.score_at(index)
        is_self = self.member_at(column)[1] == SELF
        if role == Qt.ItemDataRole.EditRole:
            return editing_text(result, score, is_self)
        shown = score_cell(score, is_self, role)
        if role == Qt.ItemDataRole.ToolTipRole and score.criterion.counted:
            said = [shown, entered_as(result, score, is_self)]
            if self.entry is not None:
                said.append(_("Type the number of times (“3 lần”, “×3”) or the points."))
            return "\n".join(line for line in said if line) or None
        return shown


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
