"""Loads the fonts shipped in resources/fonts into Qt; the system's fonts are never relied on."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from kienan_awards.core.resource_files import font_files

INTERFACE_FAMILY = "Arimo"
DOCUMENT_FAMILY = "Tinos"  # the Times-style serif of certificates and decisions

_loaded: list[str] = []


def load_shipped_fonts() -> list[str]:
    """Register every shipped font once; returns the families now available."""
    if not _loaded:
        for path in font_files():
            font_id = QFontDatabase.addApplicationFontFromData(path.read_bytes())
            if font_id < 0:
                raise RuntimeError(f"the font file {path} could not be loaded")
            _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(_loaded))


def interface_font(point_size: int = 10) -> QFont:
    font = QFont(INTERFACE_FAMILY, point_size)
    return font
