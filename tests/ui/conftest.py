import pytest
from PySide6.QtCore import QSettings

from kienan_awards.printing.fonts import interface_font, load_shipped_fonts


@pytest.fixture(autouse=True)
def shipped_fonts(qapp):
    load_shipped_fonts()
    qapp.setFont(interface_font())


@pytest.fixture
def window_settings(tmp_path):
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def interface_language(qapp):
    """Install a language for one test; English again afterwards."""
    from kienan_awards.ui.translations import install_translations, remove_translations

    def install(language: str) -> str:
        return install_translations(qapp, language)

    yield install
    remove_translations(qapp)
