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
    assert "window in vi: 10 pages (Tổng quan, ...)" in result.stdout
    # The clerk's own data folder and settings were never created.
    assert not (home / "data").exists() and not (home / "config").exists()
