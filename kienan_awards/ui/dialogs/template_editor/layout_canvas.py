"""The template drawn on a sample certificate by the printer's own render function, with every
element outlined and the chosen one marked: a click chooses an element, a drag moves it (by the
half millimetre, kept on the page), the arrow keys nudge it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kienan_awards.core.documents.certificate_layout import CertificateTemplate
from kienan_awards.core.documents.certificates import CertificateData
from kienan_awards.printing.certificate_renderer import render
from kienan_awards.printing.fonts import INTERFACE_FAMILY
from kienan_awards.ui.dialogs.template_editor.elements import (
    SNAP_MM,
    element_name,
    element_rect,
    elements,
    moved_to,
)

PAGE_SHARE = 0.96  # of the canvas the page fills, on a grey desk
OUTLINE = QColor("#7f9fbf")
CHOSEN = QColor("#0063b1")
NUDGE_MM = {False: SNAP_MM, True: 5.0}  # arrow key, with Shift


class LayoutCanvas(QWidget):
    chosen = Signal(int)  # an element clicked
    dragged = Signal(int, object)  # an element moving: its index and the element moved
    dropped = Signal(int)  # the drag (or nudge) of that element is over

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(420, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.template: CertificateTemplate | None = None
        self.sample: tuple[CertificateData, str, str] | None = None
        self.mode = "full"
        self.chosen_index = -1
        self._drag: tuple[int, QPointF, QPointF] | None = None  # index, pointer and element mm

    def show_template(self, template: CertificateTemplate, chosen_index: int) -> None:
        self.template = template
        self.chosen_index = chosen_index
        self.update()

    def show_sample(self, sample: tuple[CertificateData, str, str] | None, mode: str) -> None:
        self.sample = sample
        self.mode = mode
        self.update()

    # --- geometry ---------------------------------------------------------------------------
    def page_rect(self) -> QRectF:
        width_mm, height_mm = self.template.page_size_mm()
        scale = min(self.width() / width_mm, self.height() / height_mm) * PAGE_SHARE
        page = QRectF(0, 0, width_mm * scale, height_mm * scale)
        page.moveCenter(QRectF(self.rect()).center())
        return page

    def per_mm(self) -> float:
        return self.page_rect().width() / self.template.page_size_mm()[0]

    def to_mm(self, point: QPointF) -> QPointF:
        return (point - self.page_rect().topLeft()) / self.per_mm()

    def to_screen(self, rect_mm: QRectF) -> QRectF:
        per_mm = self.per_mm()
        top_left = self.page_rect().topLeft() + rect_mm.topLeft() * per_mm
        return QRectF(top_left, rect_mm.size() * per_mm)

    def element_at(self, point: QPointF) -> int:
        """The element under the point: the chosen one where it is there, else the smallest."""
        mm = self.to_mm(point)
        under = [
            (element_rect(element).width() * element_rect(element).height(), index)
            for index, element in enumerate(elements(self.template))
            if element_rect(element).contains(mm)
        ]
        if any(index == self.chosen_index for _area, index in under):
            return self.chosen_index
        return min(under)[1] if under else -1

    # --- painting ---------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.lightGray)
        if self.template is not None:
            page = self.page_rect()
            painter.fillRect(page, Qt.GlobalColor.white)
            if self.sample is not None:
                data, code, qr = self.sample
                render(
                    painter, page, data, self.template, code=code, mode=self.mode, qr=qr,
                    reissue=self._reissue_shown(),
                )  # fmt: skip
            self._draw_outlines(painter)
        painter.end()

    def _reissue_shown(self) -> bool:
        # A reissued copy's mark is drawn while it is the element being placed.
        chosen = self._chosen()
        return bool(chosen is not None and getattr(chosen, "only_reissue", False))

    def _chosen(self):
        found = elements(self.template)
        return found[self.chosen_index] if 0 <= self.chosen_index < len(found) else None

    def _draw_outlines(self, painter: QPainter) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(OUTLINE, 1, Qt.PenStyle.DotLine))
        for element in elements(self.template):
            painter.drawRect(self.to_screen(element_rect(element)))
        chosen = self._chosen()
        if chosen is None:
            return
        rect = self.to_screen(element_rect(chosen))
        painter.setPen(QPen(CHOSEN, 2))
        painter.drawRect(rect)
        # The name on a tab above the box (below it where the box touches the page's top).
        font = QFont(INTERFACE_FAMILY)
        font.setPointSizeF(8)
        painter.setFont(font)
        label = element_name(chosen)
        tab = painter.fontMetrics().boundingRect(label).adjusted(-4, -2, 4, 2)
        tab.moveBottomLeft(rect.topLeft().toPoint())
        if tab.top() < self.page_rect().top():
            tab.moveTopLeft(rect.bottomLeft().toPoint())
        painter.fillRect(tab, CHOSEN)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(tab, Qt.AlignmentFlag.AlignCenter, label)

    # --- the mouse and the keys -------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.template is None or event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.element_at(event.position())
        if index < 0:
            return
        self.chosen.emit(index)
        start = element_rect(elements(self.template)[index]).topLeft()
        self._drag = (index, self.to_mm(event.position()), start)
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.template is None:
            return
        if self._drag is None:
            over = self.element_at(event.position()) >= 0
            self.setCursor(Qt.CursorShape.OpenHandCursor if over else Qt.CursorShape.ArrowCursor)
            return
        index, pointer, start = self._drag
        target = start + self.to_mm(event.position()) - pointer
        self._move(index, target.x(), target.y())

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            index = self._drag[0]
            self._drag = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            self.dropped.emit(index)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        chosen = self._chosen() if self.template is not None else None
        if event.key() not in steps or chosen is None:
            super().keyPressEvent(event)
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        dx, dy = steps[event.key()]
        self._move(
            self.chosen_index,
            chosen.x_mm + dx * NUDGE_MM[shift],
            chosen.y_mm + dy * NUDGE_MM[shift],
        )
        self.dropped.emit(self.chosen_index)

    def _move(self, index: int, x_mm: float, y_mm: float) -> None:
        element = moved_to(self.template, index, x_mm, y_mm)
        if element != elements(self.template)[index]:
            self.dragged.emit(index, element)
