"""The window's language: the program's words come from the one catalogue (core/i18n.py), set
once before the window is built; Qt's own dialogs (buttons, file and print dialogs) keep Qt's
translation, the one QTranslator left.

Unless the clerk chose one, the window speaks the system's display language. On Windows that
is not the regional format (dates, numbers) that the locale variables and Python's locale
report: a Vietnamese Windows set to English number formats still wants Vietnamese words."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from kienan_awards.core import i18n
from kienan_awards.core.resource_files import resources_folder

_installed: list[QTranslator] = []
_in_use: list[str] = []  # the language installed last, if any


def window_language(given: str | None = None) -> str:
    """--lang when given, else the language chosen in Settings, else the display language."""
    if given in (*i18n.LANGUAGES, i18n.PSEUDO):
        return given
    return i18n.saved_language() or display_language()


def display_language() -> str:
    """The first of Vietnamese and English in the system's display languages, in the
    order of preference the clerk set; English when neither is there."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in i18n.LANGUAGES:
            return code
    return "en"


def install_translations(app, language: str | None) -> str:
    """Speak the language (default: as window_language chooses) in words, figures and Qt's
    own dialogs; returns it. Widgets built before keep their words: the window is built
    after this."""
    remove_translations(app)
    language = i18n.set_language(window_language(language))
    _in_use.append(language)
    if language == i18n.PSEUDO:
        return language
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
    )
    # Qt ships no Vietnamese for its own dialogs: the program carries it.
    for folder, name in (
        (resources_folder() / "i18n", f"qtbase_{language}"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
    ):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
            break
    return language


def remove_translations(app) -> None:
    """Back to the code's own English (before another language is installed)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    _in_use.clear()
    i18n.set_language("en")
    QLocale.setDefault(QLocale(QLocale.Language.English))  # figures too


def language_in_use() -> str | None:
    """The language the window speaks now ("vi", "en", "pseudo"), None before any is chosen."""
    return _in_use[-1] if _in_use else None
