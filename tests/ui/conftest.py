import pytest
from PySide6.QtCore import QSettings

from kienan_awards.ui.fonts import interface_font, load_shipped_fonts


@pytest.fixture(autouse=True)
def shipped_fonts(qapp):
    load_shipped_fonts()
    qapp.setFont(interface_font())


@pytest.fixture
def window_settings(tmp_path):
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
