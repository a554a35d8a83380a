"""The scoring grid's header on two lines: each member's name across its two columns, "Self"
and "Agreed" under it; the criterion's own columns over both lines."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader

from kienan_awards.ui.pages.clusters.scoring_model import FIXED_COLUMNS


class PairedHeader(QHeaderView):
    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        return QSize(hint.width(), 2 * self._line_height())

    def paintSection(self, painter, rect, logical) -> None:  # noqa: N802 (Qt API)
        if logical < FIXED_COLUMNS:
            super().paintSection(painter, rect, logical)
            return
        # The top line is the member's, painted across both its columns in paintEvent.
        top = rect.height() - self._line_height()
        super().paintSection(
            painter,
            QRect(rect.left(), rect.top() + top, rect.width(), rect.height() - top),
            logical,
        )

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        model = self.model()
        members = getattr(model, "members", ())
        if not members:
            return
        painter = QPainter(self.viewport())
        line = self.height() - self._line_height()
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        for place, member in enumerate(members):
            first = FIXED_COLUMNS + 2 * place
            width = self.sectionSize(first) + self.sectionSize(first + 1)
            option = QStyleOptionHeader()
            self.initStyleOption(option)
            option.rect = QRect(self.sectionViewportPosition(first), 0, width, line)
            option.section = first
            option.position = QStyleOptionHeader.SectionPosition.Middle
            option.textAlignment = Qt.AlignmentFlag.AlignCenter
            option.text = painter.fontMetrics().elidedText(
                member.name, Qt.TextElideMode.ElideRight, width - 8
            )
            self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.end()
