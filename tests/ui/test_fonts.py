from PySide6.QtGui import QFontDatabase, QRawFont

from kienan_awards.printing.fonts import DOCUMENT_FAMILY, INTERFACE_FAMILY, load_shipped_fonts


def test_shipped_fonts_are_loaded_from_the_package():
    families = load_shipped_fonts()
    assert DOCUMENT_FAMILY in families and INTERFACE_FAMILY in families


def test_shipped_serif_covers_stacked_vietnamese_marks():
    load_shipped_fonts()
    font = QFontDatabase.font(DOCUMENT_FAMILY, "Regular", 12)
    raw = QRawFont.fromFont(font)
    for char in "ễậữẫỗờỡĐđƯơ":
        assert raw.supportsCharacter(ord(char)), char
