"""The window starts without loading what only some of its commands need
(the workbook and document libraries, the QR codes, the demo, the printing of certificates,
decisions and reports); each is loaded when first used."""

import os
import subprocess
import sys

from kienan_awards.core import demo
from kienan_awards.ui.application import QUIT_WHEN_PAINTED

HEAVY_LIBRARIES = ("xlsxwriter", "docx", "openpyxl", "segno")
# Loaded at start all the same: the fonts the window is drawn in, and the overview's charts of
# the movement it shows on a database that has one.
PRINTING_AT_START = {
    "kienan_awards.printing",
    "kienan_awards.printing.fonts",
    "kienan_awards.printing.chart_labels",
    "kienan_awards.printing.charts",
}

# The program as the clerk starts it, which quits once its first page is painted; then the
# modules it loaded, one a line, after a line of its own.
STARTS_AND_LISTS_MODULES = """
import runpy, sys
sys.argv = ["kienan-awards", "--lang", "vi", "--db", sys.argv[1]]
try:
    runpy.run_module("kienan_awards", run_name="__main__")
except SystemExit as stop:
    assert not stop.code, stop.code
print("--- modules ---")
print("\\n".join(sorted(sys.modules)))
"""


def modules_loaded_by_a_start(database) -> set[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", QUIT_WHEN_PAINTED: "1"}
    done = subprocess.run(
        [sys.executable, "-c", STARTS_AND_LISTS_MODULES, str(database)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split("--- modules ---\n", 1)[1].split())


def heavy(modules: set[str]) -> set[str]:
    return {
        name
        for name in modules
        if name.split(".")[0] in HEAVY_LIBRARIES
        or name.startswith("kienan_awards.core.demo")
        or (name.startswith("kienan_awards.printing") and name not in PRINTING_AT_START)
        or name.startswith("kienan_awards.core.lists.spreadsheet")
    }


def test_the_window_starts_without_the_modules_only_some_commands_need(db):
    demo.load_demo(db)  # every page has something to show; the office is recorded
    modules = modules_loaded_by_a_start(db.path)
    assert "kienan_awards.ui.main_window" in modules  # the window did start
    assert heavy(modules) == set()
    built = {name for name in modules if name.startswith("kienan_awards.ui.pages.")}
    assert "kienan_awards.ui.pages.overview_page" in built
    assert "kienan_awards.ui.pages.audit_page" not in built  # nor the pages not shown
