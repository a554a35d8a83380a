"""The elements of a certificate template the clerk places: each text box, then the QR code,
by their index in that order; their names as the clerk reads them, their place on the page in
millimetres, and the template with one of them changed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF

from kienan_awards.core.documents.certificate_layout import CertificateTemplate, QrBox, TextBox
from kienan_awards.core.i18n import N_, _

Element = TextBox | QrBox
SNAP_MM = 0.5  # a drag or a nudge lands on the half millimetre

# The shipped templates' boxes by key; a box of another key is named by its key.
ELEMENT_NAMES = {
    "motto": N_("National name"),
    "motto_2": N_("Motto"),
    "issuer": N_("Issued by"),
    "title": N_("Title"),
    "tang": N_("Award line"),
    "recipient": N_("Recipient"),
    "position_unit": N_("Position and unit"),
    "achievement": N_("Achievement"),
    "decision": N_("Decision"),
    "register": N_("Register number"),
    "code": N_("Verification code"),
    "reissue": N_("Reissue mark"),
    "place_date": N_("Place and date"),
    "signer_title": N_("Signer's title"),
    "signer_name": N_("Signer's name"),
}


def elements(template: CertificateTemplate) -> list[Element]:
    return [*template.boxes, *([template.qr] if template.qr else [])]


def element_name(element: Element) -> str:
    if isinstance(element, QrBox):
        return _("QR code")
    name = ELEMENT_NAMES.get(element.key)
    return _(name) if name else element.key


def element_rect(element: Element) -> QRectF:
    """Where the element lies on the page, in millimetres."""
    if isinstance(element, QrBox):
        return QRectF(element.x_mm, element.y_mm, element.size_mm, element.size_mm)
    return QRectF(element.x_mm, element.y_mm, element.width_mm, element.height_mm)


def with_element(
    template: CertificateTemplate, index: int, element: Element
) -> CertificateTemplate:
    if isinstance(element, QrBox):
        return replace(template, qr=element)
    boxes = list(template.boxes)
    boxes[index] = element
    return replace(template, boxes=tuple(boxes))


def snapped(mm: float) -> float:
    return round(mm / SNAP_MM) * SNAP_MM


def moved_to(template: CertificateTemplate, index: int, x_mm: float, y_mm: float) -> Element:
    """The element at (x, y) snapped to the half millimetre and kept whole on the page."""
    element = elements(template)[index]
    rect = element_rect(element)
    width, height = template.page_size_mm()
    x_mm = min(max(snapped(x_mm), 0.0), _snapped_down(width - rect.width()))
    y_mm = min(max(snapped(y_mm), 0.0), _snapped_down(height - rect.height()))
    return replace(element, x_mm=x_mm, y_mm=y_mm)


def _snapped_down(mm: float) -> float:
    return max(0.0, (mm // SNAP_MM) * SNAP_MM)
