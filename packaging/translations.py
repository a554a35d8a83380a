"""Keeps the program's catalogue in step with the code.

    python3 packaging/translations.py

extracts every marked word from the whole package (core, cli, printing and ui alike: ``_()``,
``ngettext()``, ``pgettext()``, ``N_()`` and every core ``Message`` template) into
resources/i18n/kienan_awards.pot, brings each language's .po up to date with it (new words
arrive untranslated, words gone from the code are dropped), and compiles the .mo the program
loads. Qt has no Vietnamese for its own dialogs: the hand-kept qtbase_vi.ts (buttons, file and
print dialogs) is compiled to the one .qm the window still loads. Every file is committed; the
tests check that the catalogue is current and that no word is left untranslated. English is
the code's own language.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kienan_awards"
I18N = ROOT / "resources" / "i18n"
DOMAIN = "kienan_awards"
LANGUAGES = ("vi",)
QT_OWN = ("qtbase_vi.ts",)  # kept by hand: Qt's own dialogs
# A Message's first argument is its template; NC_ marks a word with its sense, as pgettext.
# The catalogue's dates are fixed, so that its files change only when a word does.
_FIXED_DATE = dt.datetime(2025, 7, 1, tzinfo=dt.UTC)
KEYWORDS = {**DEFAULT_KEYWORDS, "Message": None, "counted": (1, 2), "NC_": ((1, "c"), 2)}


def template_catalogue() -> Catalog:
    """Every marked word of the package, as Babel extracts it."""
    catalogue = Catalog(project="Kien An Awards", charset="utf-8", fuzzy=False)
    # Babel warns of every f-string inside a marked call, even one given as a Message's value
    # (a formatted date), which is never a word to translate: those warnings are left unsaid.
    with contextlib.redirect_stderr(io.StringIO()):
        found = list(
            extract_from_dir(
                str(PACKAGE),
                method_map=[("**.py", "python")],
                keywords=KEYWORDS,
                comment_tags=("TRANSLATORS:",),
                strip_comment_tags=True,
            )
        )
    for file_name, line, message, comments, context in found:
        catalogue.add(
            message,
            None,
            [(f"kienan_awards/{file_name}", line)],
            auto_comments=comments,
            context=context,
        )
    return catalogue


def po_file(language: str) -> Path:
    return I18N / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalogue(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def po_text(catalogue: Catalog) -> bytes:
    out = io.BytesIO()
    # Without line numbers or dates: a change in the code moves no line of the catalogue.
    write_po(out, catalogue, width=100, include_lineno=False, sort_output=True, omit_header=False)
    return out.getvalue()


def mo_bytes(catalogue: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalogue, use_fuzzy=False)
    return out.getvalue()


def updated(language: str, template: Catalog) -> Catalog:
    path = po_file(language)
    if path.exists():
        catalogue = read_catalogue(path)
    else:
        catalogue = Catalog(locale=language, project="Kien An Awards", charset="utf-8")
    catalogue.update(template, no_fuzzy_matching=True)
    catalogue.obsolete.clear()
    catalogue.fuzzy = False  # the header: a catalogue kept by the project, not a draft
    catalogue.creation_date = template.creation_date = _FIXED_DATE
    catalogue.revision_date = _FIXED_DATE
    return catalogue


def _qt_tool(name: str) -> str:
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sysconfig.get_path("scripts")) / f"{name}{suffix}"
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def release_qt(ts: Path) -> None:
    subprocess.run(
        [_qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def translated(message) -> bool:
    """Whether the message has its translation: a word counted in plural forms, each form."""
    forms = message.string if isinstance(message.string, tuple) else (message.string,)
    return all(forms) and not message.fuzzy


def main() -> int:
    template = template_catalogue()
    template.creation_date = _FIXED_DATE
    (I18N / f"{DOMAIN}.pot").write_bytes(po_text(template))
    for language in LANGUAGES:
        catalogue = updated(language, template)
        po = po_file(language)
        po.parent.mkdir(parents=True, exist_ok=True)
        po.write_bytes(po_text(catalogue))
        po.with_suffix(".mo").write_bytes(mo_bytes(catalogue))
        missing = [m.id for m in catalogue if m.id and not translated(m)]
        print(f"{po.relative_to(ROOT)}: {len(catalogue) - 1} words, {len(missing)} untranslated")
    for name in QT_OWN:
        release_qt(I18N / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
