"""The house keeps its shape: which room may import which, and how full the core's top is.

Read from the source (imports as written), so a lazy import inside a function counts too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kienan_awards"


def _modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _breaches(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _modules(folder)
        for name in sorted(_imported(path))
        if name.startswith(forbidden)
    ]


@pytest.mark.parametrize(
    ("room", "forbidden"),
    [
        (
            "core",
            (
                "PySide6",
                "shiboken6",
                "kienan_awards.ui",
                "kienan_awards.printing",
                "kienan_awards.cli",
                "kienan_awards.app",
            ),
        ),
        ("printing", ("kienan_awards.ui", "kienan_awards.cli", "kienan_awards.app")),
    ],
)
def test_a_room_imports_only_the_rooms_below_it(room, forbidden):
    assert _breaches(room, forbidden) == []


def test_the_command_line_imports_no_window():
    paths = [PACKAGE / "app.py", *sorted(PACKAGE.glob("cli*.py")), *_modules("cli")]
    found = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in paths
        if path.exists()
        for name in sorted(_imported(path))
        if name.startswith(("kienan_awards.ui", "PySide6.QtWidgets"))
        # app.py opens the window when no command is given, and only then.
        and path.name != "app.py"
    ]
    assert found == []


def test_the_core_keeps_at_most_ten_modules_at_its_top():
    top = sorted(path.name for path in (PACKAGE / "core").glob("*.py"))
    assert len(top) <= 10, top


def test_every_room_of_the_core_says_what_it_holds():
    for room in (PACKAGE / "core").iterdir():
        if room.is_dir() and (room / "__init__.py").exists():
            text = (room / "__init__.py").read_text(encoding="utf-8")
            assert ast.get_docstring(ast.parse(text)), room.name


def test_no_class_holds_more_than_one_job_of_lines():
    # A class past ~200 lines is split into its parts; 250 is where this test draws the line.
    too_long = [
        f"{path.relative_to(PACKAGE)}: {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > 250
    ]
    assert too_long == []
