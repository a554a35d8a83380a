"""The window speaks the system's display language, not its regional format: on Windows a
clerk may read Vietnamese menus with English dates and numbers, or the other way round."""

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from kienan_awards.core import i18n
from kienan_awards.ui import translations
from kienan_awards.ui.application import run_window


def display_languages(monkeypatch, *names):
    """The display languages in the clerk's order, as QLocale.system() reports them."""

    class SystemLocale(QLocale):
        @staticmethod
        def system():
            class Languages:
                def uiLanguages(self):
                    return list(names)

            return Languages()

    monkeypatch.setattr(translations, "QLocale", SystemLocale)


@pytest.fixture(autouse=True)
def english_regional_format(qapp, monkeypatch):
    """Dates and numbers set to English, as the locale variables and Python then say."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert i18n.system_language() == "en"
    yield
    translations.remove_translations(qapp)


@pytest.mark.parametrize(
    "shown, speaks",
    [
        (["vi-VN", "en-US"], "vi"),
        (["vi"], "vi"),
        (["fr-FR", "en-GB", "vi-VN"], "en"),
        (["fr_FR", "vi_VN"], "vi"),
        (["de-DE"], "en"),
        ([], "en"),
    ],
)
def test_the_first_of_vietnamese_and_english_among_the_display_languages(
    monkeypatch, shown, speaks
):
    display_languages(monkeypatch, *shown)
    assert translations.display_language() == speaks


def test_with_no_language_chosen_the_window_installs_the_display_language(qapp, monkeypatch):
    display_languages(monkeypatch, "vi-VN", "en-US")
    assert translations.install_translations(qapp, None) == "vi"
    assert i18n.language() == "vi" and translations.language_in_use() == "vi"


def test_the_language_chosen_in_settings_or_on_the_command_line_wins(qapp, monkeypatch):
    display_languages(monkeypatch, "vi-VN")
    assert translations.install_translations(qapp, "en") == "en"
    i18n.save_language("en")
    assert translations.window_language() == "en"
    assert translations.install_translations(qapp, None) == "en"


def test_the_start_up_dialogs_speak_the_display_language(qapp, tmp_path, monkeypatch):
    display_languages(monkeypatch, "vi-VN", "en-US")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append(title))
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert run_window(folder, None) == 1
    assert shown == ["Không mở được cơ sở dữ liệu"]
