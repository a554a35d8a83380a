import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_self_test_checks_window_certificate_and_report_and_leaves_no_trace(tmp_path):
    home = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "-m", "kienan_awards", "--self-test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "QT_QPA_PLATFORM": "offscreen",
        },
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Kien An Awards ") and lines[0].endswith("self-test")
    assert sum(line.startswith("ok    ") for line in lines) == 6
    assert "window in vi: 11 pages (Tổng quan, ...)" in result.stdout
    # The clerk's own data folder and settings were never created.
    assert not (home / "data").exists() and not (home / "config").exists()


def test_the_self_test_fails_when_a_page_of_the_window_cannot_be_built(
    qapp, monkeypatch, capsys, tmp_path
):
    # A bundle that left a page's module out: a click shows the error dialog, the self-test
    # must say so and exit 1, not count the page as shown.
    from kienan_awards.self_test import run_self_test
    from kienan_awards.ui.main_window import pages

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setitem(pages.PAGE_CLASSES, "audit", ("page_left_out_of_the_bundle", "AuditPage"))
    assert run_self_test() == 1
    assert "page_left_out_of_the_bundle" in capsys.readouterr().err
    # The program would end here; the test's process goes on without the window it left.
    from PySide6.QtWidgets import QApplication

    from kienan_awards.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.hide()
            widget.deleteLater()
