"""Ctrl+C in the terminal and SIGTERM close the window as File > Quit does: within a second,
the database closed cleanly and the window's layout saved."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kienan_awards.core import demo
from kienan_awards.core.storage.database import open_database

ROOT = Path(__file__).resolve().parents[2]


def has_open(pid: int, path: Path) -> bool:
    folder = Path(f"/proc/{pid}/fd")
    try:
        return any(os.readlink(folder / fd) == str(path) for fd in os.listdir(folder))
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="reads /proc to see it start")
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["Ctrl+C", "SIGTERM"])
def test_a_stop_signal_closes_the_window_within_a_second(tmp_path, stop):
    database = tmp_path / "awards.sqlite3"
    db = open_database(database)
    demo.load_demo(db)  # its office ended in 2025: the welcome is open when the signal comes
    db.close()
    home = tmp_path / "home"
    window = subprocess.Popen(
        [sys.executable, "-m", "kienan_awards", "--db", str(database), "--lang", "en"],
        cwd=ROOT,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not has_open(window.pid, database) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(2)  # the window is built and shown after the database opens
    assert window.poll() is None, window.stderr.read().decode()

    sent = time.monotonic()
    window.send_signal(stop)
    _, err = window.communicate(timeout=30)
    took = time.monotonic() - sent

    assert window.returncode == 0, err.decode()
    assert took < 1.5, took
    assert b"Traceback" not in err and b"interrupted" not in err
    layouts = list((home / "config").rglob("*.conf"))
    assert layouts and "geometry" in layouts[0].read_text()
    assert not database.with_name(database.name + "-wal").exists()  # closed cleanly
