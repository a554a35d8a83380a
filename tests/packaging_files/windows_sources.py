"""Readers for the files the Windows program is built from, for tests on any system: the
PyInstaller spec run against stand-ins for PyInstaller's build steps, and the Inno Setup
script split into its sections and entries."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
SPEC = PACKAGING / "kienan_awards.spec"
INNO_SCRIPT = PACKAGING / "windows" / "kienan_awards.iss"

# What PyInstaller would collect besides the program: two of Qt's translations among others.
COLLECTED_DATAS = [
    ("PySide6/Qt/translations/qtbase_de.qm", "/site/qtbase_de.qm", "DATA"),
    ("PySide6/Qt/translations/qt_help_vi.qm", "/site/qt_help_vi.qm", "DATA"),
    ("kienan_awards/resources/i18n/qtbase_vi.qm", "/src/qtbase_vi.qm", "DATA"),
]
COLLECTED_BINARIES = [
    ("PySide6/opengl32sw.dll", "/site/opengl32sw.dll", "BINARY"),
    ("PySide6/Qt6Widgets.dll", "/site/Qt6Widgets.dll", "BINARY"),
    ("PySide6/plugins/platforms/qwindows.dll", "/site/qwindows.dll", "BINARY"),
]


@dataclass
class SpecRun:
    analysis: dict = field(default_factory=dict)
    datas: list = field(default_factory=list)
    binaries: list = field(default_factory=list)
    executables: list[dict] = field(default_factory=list)
    collected: list = field(default_factory=list)
    names: dict = field(default_factory=dict)


def run_spec(tmp_path: Path) -> SpecRun:
    """Runs the spec as PyInstaller would, with build steps that only record what they are
    given; DISTPATH and workpath are under tmp_path."""
    run = SpecRun()

    class Analysis:
        def __init__(self, scripts, **options):
            run.analysis = {"scripts": scripts, **options}
            self.pure, self.scripts = ["pure"], ["scripts"]
            self.binaries, self.datas = list(COLLECTED_BINARIES), list(COLLECTED_DATAS)

    class PYZ:
        def __init__(self, pure):
            self.pure = pure

    class EXE:
        def __init__(self, *parts, **options):
            run.executables.append({"program": self, "parts": parts, **options})

    class COLLECT:
        def __init__(self, *parts, name):
            run.collected = list(parts)
            Path(namespace["DISTPATH"], name).mkdir(parents=True, exist_ok=True)

    namespace = {
        "SPECPATH": str(PACKAGING),
        "DISTPATH": str(tmp_path / "dist"),
        "workpath": str(tmp_path / "work"),
        "Analysis": Analysis,
        "PYZ": PYZ,
        "EXE": EXE,
        "COLLECT": COLLECT,
        "__file__": str(SPEC),
    }
    path_before = list(sys.path)
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        sys.path[:] = path_before
    run.datas = namespace["analysis"].datas
    run.binaries = namespace["analysis"].binaries
    run.names = namespace
    return run


@dataclass
class InnoScript:
    defines: dict[str, str]
    sections: dict[str, list[str]]

    def setup(self) -> dict[str, str]:
        values = {}
        for line in self.sections["Setup"]:
            key, _, value = line.partition("=")
            values[key.strip()] = self.expand(value.strip())
        return values

    def entries(self, section: str) -> list[dict[str, str]]:
        """An entry section's lines as {parameter: value}, quotes removed, {#Name} expanded."""
        found = []
        for line in self.sections.get(section, []):
            parameters = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
            found.append({key: self.expand(value.strip().strip('"')) for key, value in parameters})
        return found

    def code(self) -> str:
        return "\n".join(self.sections.get("Code", []))

    def expand(self, text: str) -> str:
        return re.sub(r"\{#(\w+)\}", lambda match: self.defines.get(match[1], match[0]), text)


def read_inno_script(path: Path = INNO_SCRIPT) -> InnoScript:
    defines: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current = None
    for raw in path.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        define = re.match(r'#define\s+(\w+)\s+"([^"]*)"$', line)
        if define:
            defines[define[1]] = define[2]
        heading = re.match(r"\[(\w+)\]$", line)
        if heading:
            current = heading[1]
            sections.setdefault(current, [])
        elif current == "Code":
            sections[current].append(raw)
        elif current and line and not line.startswith((";", "#")):
            sections[current].append(line)
    return InnoScript(defines, sections)
