"""The offscreen Qt the command line prints with keeps Qt's noise off the clerk's terminal
and starts whether QT_QPA_PLATFORM is unset or set to nothing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SHOW_A_SIZED_DIALOG = """
from kienan_awards.printing import offscreen_application
app = offscreen_application()
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QDialog
dialog = QDialog()
dialog.show()
dialog.setMinimumSize(200, 100)
dialog.setMaximumSize(400, 300)
app.processEvents()
qWarning("a warning of another kind")
print("shown")
"""


@pytest.mark.parametrize("platform", [None, ""])
def test_a_sized_dialog_offscreen_says_nothing_of_size_hints(platform):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    if platform is not None:
        env["QT_QPA_PLATFORM"] = platform
    done = subprocess.run(
        [sys.executable, "-c", SHOW_A_SIZED_DIALOG],
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "shown"
    assert "propagateSizeHints" not in done.stderr
    assert "a warning of another kind" in done.stderr
