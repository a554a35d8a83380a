"""How quickly the program starts: the quick commands and the window, each against the bare
start it cannot beat, measured in the same run.

Run on purpose:  python3 -m tests.benchmarks.bench_startup [--rounds N]

Each figure is a whole process's wall time, the best of N rounds (5 by default). The rounds
are interleaved, so that a busy moment of the machine falls on every kind of start alike, and
follow one unmeasured run of each, which compiles its bytecode as an installed program has it
(into a cache of this run's own: the source tree gets none).
- bare start: python -c "import sqlite3";
- info, search and verify (a certificate's code) on a database holding the demo data;
- bare window: a PySide6 main window shown offscreen, quitting once painted;
- the program's window: the database open and its first page painted, offscreen
  (KIENAN_AWARDS_QUIT_WHEN_PAINTED makes it quit then).
Goals: each quick command at most 5x the bare start; the window at most 4x the bare window.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kienan_awards.ui.application import QUIT_WHEN_PAINTED

COMMAND_GOAL = 5.0  # times the bare start
WINDOW_GOAL = 4.0  # times the bare window

BARE_START = [sys.executable, "-c", "import sqlite3"]

# The least a PySide6 program does to show a window: as the program's, it quits once painted.
BARE_WINDOW_SCRIPT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
page = QLabel("Kien An Awards")
window.setCentralWidget(page)
window.resize(1280, 760)
first_paint = FirstPaint()
page.installEventFilter(first_paint)
window.show()
sys.exit(app.exec())
"""
BARE_WINDOW = [sys.executable, "-c", BARE_WINDOW_SCRIPT]


def program(database: Path, *words: str) -> list[str]:
    return [sys.executable, "-m", "kienan_awards", "--db", str(database), *words]


def child_environment(folder: Path) -> dict[str, str]:
    """The children's environment: bytecode cached (in folder), no display, and their own
    home, so the clerk's settings and database are neither read nor written."""
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment.pop("KIENAN_AWARDS_DB", None)
    environment.update(
        PYTHONPYCACHEPREFIX=str(folder / "bytecode"),
        HOME=str(folder / "home"),
        XDG_DATA_HOME=str(folder / "home" / "data"),
        XDG_CONFIG_HOME=str(folder / "home" / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    return environment


def seconds_taken(argv: list[str], environment: dict[str, str]) -> float:
    """The wall time of one process, start to exit; a failed one stops the benchmark."""
    started = time.perf_counter()
    result = subprocess.run(
        argv, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120
    )
    taken = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:6])} failed ({result.returncode}): {result.stderr}")
    return taken


def best_times(starts: dict[str, list[str]], environment, rounds: int) -> dict[str, float]:
    for argv in starts.values():  # unmeasured: compiles the bytecode
        seconds_taken(argv, environment)
    best = dict.fromkeys(starts, float("inf"))
    for _round in range(rounds):
        for name, argv in starts.items():
            best[name] = min(best[name], seconds_taken(argv, environment))
    return best


def demo_database(folder: Path, environment: dict[str, str]) -> tuple[Path, str]:
    """A database holding the demo data, and the verification code of one of its certificates.

    The file is dated back as one written before today's session: the first (unmeasured) start
    checks it in full and records it sound, as the first start after any change does, and the
    measured starts open a file unchanged since, as most starts do. A file written within the
    last moments is never recorded (sound_checks.py), and every start would check it in full."""
    path = folder / "demo.sqlite3"
    subprocess.run(program(path, "demo"), env=environment, check=True, capture_output=True)
    connection = sqlite3.connect(path)
    try:
        (code,) = connection.execute("SELECT min(verification_code) FROM certificates").fetchone()
    finally:
        connection.close()
    written_before = time.time() - 3600
    os.utime(path, (written_before, written_before))
    return path, code


def report_line(name: str, seconds: float, base: float | None = None, goal=None) -> str:
    line = f"  {name:<36}{seconds * 1000:8.0f} ms"
    if base is not None:
        ratio = seconds / base
        line += f"  {ratio:5.1f}x  (goal {goal:g}x: {'met' if ratio <= goal else 'MISSED'})"
    return line


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench_startup")
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args(argv).rounds
    with tempfile.TemporaryDirectory(prefix="kienan-startup-") as temporary:
        folder = Path(temporary)
        environment = child_environment(folder)
        database, code = demo_database(folder, environment)
        window_environment = {**environment, QUIT_WHEN_PAINTED: "1"}
        commands = best_times(
            {
                'bare python -c "import sqlite3"': BARE_START,
                "info": program(database, "info"),
                "search Nguyễn": program(database, "search", "Nguyễn"),
                f"verify {code}": program(database, "verify", code),
            },
            environment,
            rounds,
        )
        windows = best_times(
            {
                "bare PySide6 window painted": BARE_WINDOW,
                "the window, first page painted": program(database),
            },
            window_environment,
            rounds,
        )
    print(f"Start of a whole process, best of {rounds} rounds:")
    (bare_name, bare), *quick = commands.items()
    print(report_line(bare_name, bare))
    met = []
    for name, seconds in quick:
        print(report_line(name, seconds, bare, COMMAND_GOAL))
        met.append(seconds / bare <= COMMAND_GOAL)
    (bare_window_name, bare_window), (window_name, window) = windows.items()
    print(report_line(bare_window_name, bare_window))
    print(report_line(window_name, window, bare_window, WINDOW_GOAL))
    met.append(window / bare_window <= WINDOW_GOAL)
    print("goals:", "met" if all(met) else "NOT met")
    return 0 if all(met) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
