"""Keeps the window's Vietnamese translation in step with the code.

    python3 packaging/translations.py

runs pyside6-lupdate over the window's code into resources/i18n/kienan_awards_vi.ts (new
strings arrive unfinished, strings gone from the code are dropped), then pyside6-lrelease into
the kienan_awards_vi.qm the program loads. Qt has no Vietnamese for its own dialogs: the
hand-kept qtbase_vi.ts (buttons, file and print dialogs) is compiled beside it. Every file is
committed; the tests check that each .qm is current and that no string is left untranslated.
English is the code's own language.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("vi",)
QT_OWN = ("qtbase_vi.ts",)  # kept by hand: lupdate cannot read Qt's compiled strings


CORE_MESSAGES = ROOT / "kienan_awards" / "ui" / "core_messages.py"


def core_message_templates() -> list[str]:
    """The literal templates of every Message the core (and the printing) makes, sorted."""
    found: set[str] = set()
    package = ROOT / "kienan_awards"
    for path in sorted([*(package / "core").rglob("*.py"), *(package / "printing").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Message"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return sorted(found)


def _marked(template: str) -> str:
    # One argument a line with a trailing comma: the formatter keeps it so, however long.
    literal = json.dumps(template, ensure_ascii=False)
    return f'    QT_TRANSLATE_NOOP(\n        "Messages",\n        {literal},\n    ),'


def core_messages_module() -> str:
    """ui/core_messages.py as it must read: the templates marked for the translators."""
    lines = [
        "# ruff: noqa: E501 (a template is one line, however long)",
        '"""The core\'s message templates, marked for the translators (see core/messages.py).',
        "",
        "Made by packaging/translations.py; do not edit by hand.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "TEMPLATES = (",
        *(_marked(template) for template in core_message_templates()),
        ")",
        "",
    ]
    return "\n".join(lines)


def source_files() -> list[Path]:
    """Every module that shows text in the window or on paper through Qt's tr()."""
    package = ROOT / "kienan_awards"
    return sorted((package / "ui").rglob("*.py")) + sorted((package / "printing").rglob("*.py"))


def ts_file(language: str) -> Path:
    return I18N / f"kienan_awards_{language}.ts"


def _qt_tool(name: str) -> str:
    """PySide6's tool beside the interpreter (a virtual environment nobody activated), else
    on PATH."""
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sysconfig.get_path("scripts")) / f"{name}{suffix}"
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def update(ts: Path) -> None:
    subprocess.run(
        [
            _qt_tool("pyside6-lupdate"),
            *map(str, source_files()),
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    CORE_MESSAGES.write_text(core_messages_module(), encoding="utf-8")
    for language in LANGUAGES:
        ts = ts_file(language)
        update(ts)
        release(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT)} and its .qm are up to date")
    for name in QT_OWN:
        release(I18N / name, (I18N / name).with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
