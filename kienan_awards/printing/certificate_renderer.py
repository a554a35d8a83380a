"""Draws one certificate. ``render`` is the one drawing function: the printer, the PDF
writer, the preview and the tests all call it.

Text is fitted to its box: a long achievement or name first wraps, to two or three balanced
lines where the box is tall enough, and only then shrinks, down to the box's minimum size and,
if it must, below it, so nothing is ever cut off or drawn outside its box or the page. A batch
(``batch_sizes``) gives each box the size all its certificates fit at, so the certificates of
one decision keep one type size where they can.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from kienan_awards.core.documents.certificate_layout import CertificateTemplate, TextBox, fields_of
from kienan_awards.core.documents.certificate_prints import Calibration, CertificateCopy
from kienan_awards.core.documents.certificates import CertificateData, qr_modules
from kienan_awards.core.documents.line_breaks import pieces as _pieces

SMALLEST_PT = 4.0
STEP_PT = 0.5
MAX_LINES = 3  # lines a text may wrap to before its type shrinks below the box's size
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


def _wrap(pieces: Sequence[str], metrics: QFontMetricsF, width: float) -> list[str]:
    lines, current = [], ""
    for piece in pieces:
        candidate = f"{current} {piece}".strip()
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            current = piece
        else:
            current = candidate
    return [*lines, current] if current else lines


def _balanced(pieces: Sequence[str], metrics: QFontMetricsF, width: float) -> list[str]:
    """The text wrapped to as few lines as the width allows, with the lines as even as they
    can be: the narrowest width that still gives that many lines."""
    lines = _wrap(pieces, metrics, width)
    if len(lines) < 2:
        return lines
    low, high = max(metrics.horizontalAdvance(piece) for piece in pieces), width
    for _ in range(12):
        middle = (low + high) / 2
        if len(_wrap(pieces, metrics, middle)) <= len(lines):
            high = middle
        else:
            low = middle
    return _wrap(pieces, metrics, high)


def _fits(lines: list[str], metrics: QFontMetricsF, rect: QRectF) -> bool:
    height = metrics.height() if len(lines) == 1 else metrics.lineSpacing() * len(lines)
    return height <= rect.height() and all(
        metrics.horizontalAdvance(line) <= rect.width() for line in lines
    )


def _fit(
    device, box: TextBox, text: str, rect: QRectF, start_pt: float
) -> tuple[float, tuple[str, ...]]:
    pieces: list[str] | None = None
    size = start_pt
    while True:
        metrics = QFontMetricsF(_font(box, size), device)
        if metrics.height() <= rect.height() and metrics.horizontalAdvance(text) <= rect.width():
            return size, (text,)
        pieces = pieces or _pieces(text)
        lines = _balanced(pieces, metrics, rect.width())
        allowed = size < box.min_size_pt or len(lines) <= MAX_LINES
        if (allowed and _fits(lines, metrics, rect)) or size <= SMALLEST_PT:
            return size, tuple(lines)
        size -= STEP_PT


# The same texts come back on every certificate of a run (the motto, the signer, the date)
# and each copy is measured twice (for the batch, then to draw): a fit is found once.
_FITTED: dict[tuple, tuple[float, tuple[str, ...]]] = {}
FITS_KEPT = 4096


def fit_text(
    painter: QPainter, box: TextBox, text: str, rect: QRectF, size_pt: float | None = None
) -> tuple[QFont, list[str]]:
    """The largest font at which the text fits the box, from size_pt (the box's size when not
    given) down: at each size on one line or wrapped to up to three balanced lines the box is
    tall enough for; below the box's minimum, on as many lines as it takes."""
    start = min(box.size_pt, size_pt or box.size_pt)
    if "\n" in text:
        return _fit_lines(painter, box, text.split("\n"), rect, start)
    device = painter.device()
    key = (
        (box.font, box.bold, box.italic, box.min_size_pt, start, text),
        (round(rect.width(), 3), round(rect.height(), 3)),
        (device.logicalDpiX(), device.logicalDpiY()),
    )
    found = _FITTED.get(key)
    if found is None:
        found = _fit(device, box, text, rect, start)
        if len(_FITTED) >= FITS_KEPT:
            _FITTED.clear()
        _FITTED[key] = found
    size, lines = found
    return _font(box, size), list(lines)


def _fit_lines(
    painter: QPainter, box: TextBox, texts: list[str], rect: QRectF, start: float
) -> tuple[QFont, list[str]]:
    """Lines given apart, each fitted as the box's one line would be, all at the smallest of
    their sizes; they run on below the box (the room left to sign is under it)."""
    fitted = [fit_text(painter, box, text, rect, start) for text in texts if text]
    font = min((font for font, _lines in fitted), key=QFont.pointSizeF)
    return font, [line for _font, lines in fitted for line in lines]


def _draw_box(
    painter: QPainter, box: TextBox, text: str, rect: QRectF, size_pt: float | None
) -> None:
    font, lines = fit_text(painter, box, text, rect, size_pt)
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


# A copy's values are read twice, for the batch's sizes and to draw it.
_fields = lru_cache(maxsize=4096)(fields_of)


def _texts(
    template: CertificateTemplate,
    data: CertificateData,
    per_mm: float,
    *,
    code: str,
    mode: str,
    reissue: bool,
) -> Iterator[tuple[TextBox, str, QRectF]]:
    """Each box this certificate draws, with its text and its place on the page."""
    values = _fields(data, code, reissue, template.achievement_lead_in)
    for box in template.boxes:
        if (box.preprinted and mode != "full") or (box.only_reissue and not reissue):
            continue
        # A line break a value holds is kept (the capacity over the signer's title).
        text = "\n".join(
            " ".join(line.split()) for line in box.text.format(**values).splitlines()
        ).strip()
        if text:
            rect = QRectF(
                box.x_mm * per_mm, box.y_mm * per_mm, box.width_mm * per_mm, box.height_mm * per_mm
            )
            yield box, text, rect


def batch_sizes(
    painter: QPainter, page_rect: QRectF, copies: Sequence[CertificateCopy], mode: str
) -> dict[str, dict[str, float]]:
    """The type size of each box for a batch, by template code and box key: the largest size
    every copy's text fits at (wrapped if it must), never below the box's minimum; a copy
    that does not fit even there shrinks on its own when drawn."""
    sizes: dict[str, dict[str, float]] = {}
    for copy in copies:
        per_mm = page_rect.width() / copy.template.page_size_mm()[0]
        of_template = sizes.setdefault(copy.template.code, {})
        for box, text, rect in _texts(
            copy.template, copy.data, per_mm, code=copy.code, mode=mode, reissue=copy.reissue
        ):
            start = of_template.get(box.key, box.size_pt)
            font, _lines = fit_text(painter, box, text, rect, start)
            of_template[box.key] = max(font.pointSizeF(), box.min_size_pt)
    return sizes


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
    sizes: Mapping[str, float] | None = None,
) -> None:
    """Draw the certificate in page_rect. mode "full" draws border and pre-printed lines for
    plain paper; "preprinted" only the variable text, for stock that carries the rest. sizes
    (by box key) are the batch's: a box starts there rather than at its own size."""
    calibration = calibration or Calibration()
    width_mm, _height_mm = template.page_size_mm()
    per_mm = page_rect.width() / width_mm
    sizes = sizes or {}
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
    for box, text, rect in _texts(template, data, per_mm, code=code, mode=mode, reissue=reissue):
        _draw_box(painter, box, text, rect, sizes.get(box.key))
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
