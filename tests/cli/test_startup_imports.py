"""The quick commands start quickly: info, search and verify import none of the modules only
other commands need (the .docx and workbook writers, Qt, the demo). Their start is timed on
purpose by tests/benchmarks/bench_startup.py; here only what they import is held."""

import json
import os
import subprocess
import sys

import pytest

# What each command must not import, by the start of the module's name.
WRITERS_AND_WINDOW = (
    "docx",
    "xlsxwriter",
    "openpyxl",
    "PySide6",
    "shiboken6",
    "kienan_awards.core.demo",
    "kienan_awards.printing",
    "kienan_awards.ui",
)
NEVER_IMPORTED = {
    "info": (*WRITERS_AND_WINDOW, "segno", "kienan_awards.core.search.award_search"),
    "search": (*WRITERS_AND_WINDOW, "segno"),
    # A certificate's code is checked without drawing its QR code.
    "verify": (*WRITERS_AND_WINDOW, "segno"),
}
ARGUMENTS = {"info": ["info"], "search": ["search", "Nguyễn"], "verify": ["verify", "ABC"]}

RUN_AND_LIST_MODULES = """
import json, sys
from kienan_awards.app import main
try:
    code = main(sys.argv[1:])
except SystemExit as stop:  # --help
    code = stop.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def modules_imported_by(argv: list[str]) -> tuple[int, list[str]]:
    """Runs the program with argv in a fresh interpreter: its exit code and every module
    it imported."""
    result = subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST_MODULES, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found = json.loads(result.stdout.strip().splitlines()[-1])
    return found["code"], found["modules"]


@pytest.mark.parametrize("command", sorted(NEVER_IMPORTED))
def test_a_quick_command_imports_only_what_it_needs(demo_path, command):
    code, modules = modules_imported_by(["--db", str(demo_path), *ARGUMENTS[command]])
    assert code in (0, 1)  # verify of an unknown code refuses it: exit 1
    assert "kienan_awards.core.storage.database" in modules  # it did reach the database
    forbidden = NEVER_IMPORTED[command]
    assert [m for m in modules if m.split(".")[0] in forbidden or m.startswith(forbidden)] == []


def test_the_program_s_help_imports_no_module_a_command_takes_its_choices_from():
    code, modules = modules_imported_by(["--help"])
    assert code == 0
    choices_from = (
        "kienan_awards.core.search.award_search",
        "kienan_awards.core.lists.list_layout",
        "kienan_awards.core.documents.reports",
        "kienan_awards.core.awards.other_decisions",
    )
    assert [m for m in modules if m in choices_from] == []


def test_the_window_timed_by_the_benchmark_quits_once_its_first_page_is_painted(demo_path):
    from kienan_awards.ui.application import QUIT_WHEN_PAINTED

    # The user's folders are the test's own (tests/conftest.py): the child inherits them.
    environment = {**os.environ, QUIT_WHEN_PAINTED: "1", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "kienan_awards", "--db", str(demo_path)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
