"""The one catalogue of every word the program says to a person: gettext, one .po per language
(resources/i18n/<language>/LC_MESSAGES/kienan_awards.po), extracted with Babel from core, cli,
printing and ui alike.

Mark where written, translate where shown: core marks a word with ``N_()`` or carries it in a
``Message`` (its template and values apart); the face that shows it calls ``_()`` or
``shown()``. The language is chosen once per process, before any text is made (``--lang``, else
Settings, else the system's); English is the source, so an untranslated word stays English.

Documents (decisions, certificates, reports, workbook headers) are Vietnamese whatever the
interface speaks: their words come from core/vocabulary, never from here.
"""

from __future__ import annotations

import gettext
import locale
import os

from kienan_awards.core.messages import Message
from kienan_awards.core.resource_files import resources_folder
from kienan_awards.core.storage.locations import user_config_folder
from kienan_awards.core.text import without_controls

DOMAIN = "kienan_awards"
LANGUAGES = ("vi", "en")
# For the maintainer: every word bracketed and 40% longer (as Vietnamese often is), so text cut
# off by a narrow widget shows at once, and so does a word that never went through the catalogue.
PSEUDO = "pseudo"


class PseudoTranslations(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return pseudo(singular if n == 1 else plural)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        return pseudo(singular if n == 1 else plural)


def pseudo(message: str) -> str:
    if not message:
        return message
    return f"[{message}{'~' * max(2, len(message) * 2 // 5)}]"


_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def set_language(language: str | None) -> str:
    """Speak this language from now on ("vi", "en" or "pseudo"; None: the system's)."""
    global _translations, _language
    language = language if language in (*LANGUAGES, PSEUDO) else system_language()
    if language == PSEUDO:
        _translations = PseudoTranslations()
    else:
        try:
            folder = resources_folder() / "i18n"
        except FileNotFoundError:  # an install without its resources: the words stay English
            folder = None
        _translations = gettext.translation(DOMAIN, folder, languages=[language], fallback=True)
    _language = language
    return language


def language() -> str:
    return _language


def saved_language() -> str | None:
    """The language the clerk chose in Settings (for the window and the command line alike),
    None when none was chosen."""
    try:
        saved = _language_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return saved if saved in LANGUAGES else None


def save_language(language: str) -> None:
    """Remember the clerk's choice for the next start (nothing retranslates live)."""
    if language not in LANGUAGES:
        raise ValueError(language)
    path = _language_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(language + "\n", encoding="utf-8")


def _language_file():
    return user_config_folder() / "language"


def chosen_language(given: str | None = None) -> str:
    """--lang when given, else the language chosen in Settings, else the system's."""
    if given in (*LANGUAGES, PSEUDO):
        return given
    return saved_language() or system_language()


def system_language() -> str:
    """Vietnamese when the system speaks it, else English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    # Windows names its locales in words ("Vietnamese_Viet Nam").
    return "vi" if code.lower().startswith(("vi", "vietnamese")) else "en"


def _(message: str) -> str:
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return _translations.pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 (gettext's own name, which Babel looks for)
    """Marks a word for the catalogue where it is written; it is translated where shown."""
    return message


def NC_(context: str, message: str) -> str:  # noqa: N802 (as N_, with a context)
    """Marks a word that has two senses with the sense it has here (``pgettext``'s context)."""
    return message


# The sense of a word in the core's record lists (column titles, list values, audit actions):
# a list's "Award" is the award's form, elsewhere the award itself.
RECORD_LIST = "record list"


def list_label(text: str) -> str:
    """A title or value of the core's lists in the language spoken now."""
    return pgettext(RECORD_LIST, text)


def shown(text) -> str:
    """A core message (or an error carrying one) in the language spoken now; other text as it
    is. What a message quotes (a file or sheet name, a cell) may hold a direction override that
    would disguise it: controls are shown as U+FFFD."""
    if isinstance(text, BaseException):
        text = text.args[0] if len(text.args) == 1 else str(text)
    if not isinstance(text, Message):
        return str(text)
    values = {key: _quoted(value) for key, value in text.values.items()}
    if text.plural is not None:
        return ngettext(text.template, text.plural, text.count).format(**values)
    return _(text.template).format(**values)


def _quoted(value):
    if isinstance(value, Message):
        return shown(value)
    return without_controls(value) if isinstance(value, str) else value
