"""Draws one certificate. ``render`` is the one drawing function: the printer, the PDF
writer, the preview and the tests all call it.

Text is fitted to its box: a long name or achievement shrinks, staying centred, down to the
box's minimum size, then wraps; if it still does not fit it keeps shrinking, so nothing is
ever cut off or drawn outside its box or the page.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from kienan_awards.core.documents.certificate_layout import CertificateTemplate, TextBox, fields_of
from kienan_awards.core.documents.certificate_prints import Calibration
from kienan_awards.core.documents.certificates import CertificateData, qr_modules

SMALLEST_PT = 4.0
STEP_PT = 0.5
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "right": Qt.AlignmentFlag.AlignRight,
}


def _font(box: TextBox, size: float) -> QFont:
    font = QFont(box.font)
    font.setPointSizeF(size)
    font.setBold(box.bold)
    font.setItalic(box.italic)
    return font


def _wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    lines, current = [], ""
    for word in text.split(" "):
        candidate = f"{current} {word}".strip()
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


def fit_text(painter: QPainter, box: TextBox, text: str, rect: QRectF) -> tuple[QFont, list[str]]:
    """The largest font at which the text fits the box: on one line from the box's size down
    to its minimum; then wrapped, at the minimum and, if it must, smaller still."""
    size = box.size_pt
    while size >= box.min_size_pt:
        font = _font(box, size)
        metrics = QFontMetricsF(font, painter.device())
        if metrics.horizontalAdvance(text) <= rect.width() and metrics.height() <= rect.height():
            return font, [text]
        size -= STEP_PT
    size = box.min_size_pt
    while True:
        font = _font(box, size)
        metrics = QFontMetricsF(font, painter.device())
        lines = _wrap(text, metrics, rect.width())
        fits = (
            all(metrics.horizontalAdvance(line) <= rect.width() for line in lines)
            and metrics.lineSpacing() * len(lines) <= rect.height()
        )
        if fits or size <= SMALLEST_PT:
            return font, lines
        size -= STEP_PT


def _draw_box(painter: QPainter, box: TextBox, text: str, rect: QRectF) -> None:
    font, lines = fit_text(painter, box, text, rect)
    painter.setFont(font)
    painter.setPen(QColor(box.colour))
    metrics = QFontMetricsF(font, painter.device())
    height = metrics.lineSpacing() * len(lines)
    top = rect.top() + max((rect.height() - height) / 2, 0)
    for index, line in enumerate(lines):
        line_rect = QRectF(
            rect.left(), top + index * metrics.lineSpacing(), rect.width(), metrics.lineSpacing()
        )
        painter.drawText(line_rect, _ALIGN[box.align] | Qt.AlignmentFlag.AlignVCenter, line)


def _draw_qr(painter: QPainter, modules: str, rect: QRectF) -> None:
    # Each row's run of dark modules is one rectangle: quick, and the PDF stays small.
    rows = modules.split("/")
    cell = rect.width() / len(rows)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#000000"))
    for y, row in enumerate(rows):
        x = 0
        while x < len(row):
            if row[x] == "0":
                x += 1
                continue
            start = x
            while x < len(row) and row[x] == "1":
                x += 1
            painter.drawRect(
                QRectF(
                    rect.left() + start * cell,
                    rect.top() + y * cell,
                    (x - start) * cell,
                    cell * 1.02,
                )
            )


def _draw_border(painter: QPainter, page: QRectF, per_mm: float, colour: str) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for inset, width in ((8, 1.2), (11, 0.5)):
        painter.setPen(QPen(QColor(colour), width * per_mm))
        painter.drawRect(
            page.adjusted(inset * per_mm, inset * per_mm, -inset * per_mm, -inset * per_mm)
        )


def render(
    painter: QPainter,
    page_rect: QRectF,
    data: CertificateData,
    template: CertificateTemplate,
    calibration: Calibration | None = None,
    *,
    code: str = "",
    mode: str = "full",
    reissue: bool = False,
    qr: str | None = None,
) -> None:
    """Draw the certificate in page_rect. mode "full" draws border and pre-printed lines for
    plain paper; "preprinted" only the variable text, for stock that carries the rest."""
    calibration = calibration or Calibration()
    width_mm, _height_mm = template.page_size_mm()
    per_mm = page_rect.width() / width_mm
    values = fields_of(data, code, reissue)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    if mode == "full":
        _draw_border(painter, page_rect, per_mm, template.border_colour)
    painter.translate(
        page_rect.left() + calibration.offset_x_mm * per_mm,
        page_rect.top() + calibration.offset_y_mm * per_mm,
    )
    painter.scale(calibration.scale, calibration.scale)
    for box in template.boxes:
        if (box.preprinted and mode != "full") or (box.only_reissue and not reissue):
            continue
        text = " ".join(box.text.format(**values).split())
        if not text:
            continue
        rect = QRectF(
            box.x_mm * per_mm, box.y_mm * per_mm, box.width_mm * per_mm, box.height_mm * per_mm
        )
        _draw_box(painter, box, text, rect)
    if template.qr and code:
        box = template.qr
        _draw_qr(
            painter,
            qr or qr_modules(code),
            QRectF(
                box.x_mm * per_mm, box.y_mm * per_mm, box.size_mm * per_mm, box.size_mm * per_mm
            ),
        )
    painter.restore()


def draw_calibration_sheet(painter: QPainter, page_rect: QRectF, width_mm: float) -> None:
    """A millimetre grid with labelled centimetres: print it on the stock, measure where the
    lines fall, and type the offsets into the printer's profile."""
    per_mm = page_rect.width() / width_mm
    height_mm = page_rect.height() / per_mm
    painter.save()
    painter.translate(page_rect.topLeft())
    font = QFont("Arimo")
    font.setPointSizeF(7)
    painter.setFont(font)
    for axis_mm, length_mm, vertical in ((width_mm, height_mm, True), (height_mm, width_mm, False)):
        for mm in range(0, int(axis_mm) + 1):
            weight = 0.35 if mm % 10 == 0 else 0.08 if mm % 5 else 0.18
            painter.setPen(QPen(QColor("#000000"), weight * per_mm))
            if vertical:
                painter.drawLine(QPointF(mm * per_mm, 0), QPointF(mm * per_mm, length_mm * per_mm))
                if mm % 10 == 0:
                    painter.drawText(QPointF(mm * per_mm + per_mm, 4 * per_mm), f"{mm // 10}")
            else:
                painter.drawLine(QPointF(0, mm * per_mm), QPointF(length_mm * per_mm, mm * per_mm))
                if mm % 10 == 0 and mm:
                    painter.drawText(QPointF(per_mm, mm * per_mm - per_mm), f"{mm // 10}")
    painter.restore()
