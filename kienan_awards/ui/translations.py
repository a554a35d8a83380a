"""The interface language: the program's own .qm files and Qt's, from --lang or the system."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from kienan_awards.core.resource_files import resources_folder

LANGUAGES = ("vi", "en")
PSEUDO = "pseudo"  # for the maintainer: every string 40% longer and bracketed, to show clipping
_installed: list[QTranslator] = []
_in_use: list[str] = []  # the language installed last, if any


LANGUAGE_SETTING = "interface/language"  # in QSettings: the clerk's choice, per computer user


def chosen_language(settings, given: str | None = None) -> str:
    """--lang when given, else the language chosen in Settings, else the system's."""
    if given in (*LANGUAGES, PSEUDO):
        return given
    saved = settings.value(LANGUAGE_SETTING)
    return saved if saved in LANGUAGES else system_language()


def system_language() -> str:
    return "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else "en"


class PseudoTranslator(QTranslator):
    """Every string bracketed and 40% longer (as Vietnamese often is): text cut off by a
    narrow widget shows at once, and so does a string that was never passed through tr()."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002
        if not source_text:
            return source_text
        return f"[{source_text}{'~' * max(2, len(source_text) * 2 // 5)}]"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False


def install_translations(app, language: str | None) -> str:
    """Install the translators for the language (default: the system's); returns it."""
    language = language or system_language()
    remove_translations(app)
    _in_use.append(language)
    if language == PSEUDO:
        translator = PseudoTranslator(app)
        app.installTranslator(translator)
        _installed.append(translator)
        return language
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
    )
    # Qt ships no Vietnamese for its own dialogs (buttons, file and print dialogs): the
    # program carries that translation beside its own.
    candidates = [
        (resources_folder() / "i18n", f"kienan_awards_{language}"),
        (resources_folder() / "i18n", f"qtbase_{language}"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
    ]
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def remove_translations(app) -> None:
    """Back to the code's own English (before another language is installed)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    _in_use.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English))  # figures too


def language_in_use() -> str | None:
    """The language the window speaks now ("vi", "en", "pseudo"), None before any is chosen."""
    return _in_use[-1] if _in_use else None
