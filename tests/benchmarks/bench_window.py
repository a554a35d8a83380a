"""The window on 1,000,000 awards of 400,000 people: its start, and a page showing an edit.

Run on purpose:  python3 -m tests.benchmarks.bench_window [AWARDS] [--db PATH]
(--db keeps the built database at PATH and reuses it on the next run.)

Measured, each as the median of several rounds:
- start: the main window built and shown on its first page, with the status bar's counts
  (the database already open), against the baseline of the same counts by bare SQLite;
- edit seen: a person saved, the window told, and the People page shown with its rows, against
  the baseline of the bare SQLite query of the page's first rows.
Goals: start under 2 s; the edit seen under 0.5 s.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kienan_awards.core.records import people  # noqa: E402
from kienan_awards.core.storage.database import open_database  # noqa: E402
from kienan_awards.printing.fonts import load_shipped_fonts  # noqa: E402
from kienan_awards.ui.main_window import MainWindow  # noqa: E402
from tests.benchmarks.bench_search import build  # noqa: E402

ROUNDS = 5


def median_seconds(action, rounds: int = ROUNDS) -> float:
    times = []
    for _round in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def settle(app: QApplication, until) -> None:
    """Run the event loop until the condition holds (the rows come from a worker thread)."""
    deadline = time.perf_counter() + 60
    while not until():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not settle in 60 s")


def main(argv: list[str]) -> int:
    award_count = int(argv[0]) if argv and argv[0].isdigit() else 1_000_000
    if "--db" in argv:
        path = Path(argv[argv.index("--db") + 1])
    else:
        path = Path(tempfile.mkdtemp(prefix="kienan-window-")) / "window.sqlite3"
    if not path.exists():
        build(path, award_count, award_count * 2 // 5)
    app = QApplication.instance() or QApplication([])
    load_shipped_fonts()
    db = open_database(path)
    awards = db.execute("SELECT count(*) FROM awards").fetchone()[0]
    print(
        f"{awards:,} awards of {db.execute('SELECT count(*) FROM people').fetchone()[0]:,} people"
    )
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    windows = []

    def start() -> None:
        window = MainWindow(db, settings)
        window.show()
        app.processEvents()
        windows.append(window)

    started = median_seconds(start)
    bare = sqlite3.connect(path)

    def bare_counts() -> None:
        for table in ("units", "people", "decisions", "awards"):
            bare.execute(f"SELECT count(*) FROM {table}").fetchone()

    print(f"start (window built and shown):    {started * 1000:8.1f} ms")
    print(f"  baseline, the counts by SQLite:  {median_seconds(bare_counts) * 1000:8.1f} ms")

    window = windows[-1]
    for other in windows[:-1]:
        other.close()
    person = db.execute("SELECT min(id) FROM people").fetchone()[0]
    page = window.pages["people"]
    names = iter(f"Nguyễn Văn Thử {n}" for n in range(1000))

    def edit_seen() -> None:
        window.show_page("units")
        group = people.save_person(db, person, {"full_name": next(names)})
        window.edit_made(group, None)
        window.show_page("people")
        settle(app, lambda: page.list_page.model.rowCount() > 0)

    seen = median_seconds(edit_seen)

    def bare_first_rows() -> None:
        bare.execute(
            "SELECT id FROM people WHERE deleted_at IS NULL ORDER BY name_sort_key LIMIT 200"
        ).fetchall()

    print(f"edit seen on another page:         {seen * 1000:8.1f} ms")
    print(f"  baseline, its first rows by SQLite:{median_seconds(bare_first_rows) * 1000:6.1f} ms")
    goals = started < 2.0 and seen < 0.5
    print("goals (start < 2 s, edit seen < 0.5 s):", "met" if goals else "NOT met")
    window.close()
    return 0 if goals else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
