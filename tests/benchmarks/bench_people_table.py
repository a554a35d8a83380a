"""Opening the People table on 400,000 people, against a bare SQLite query of the same ids.

Run on purpose:  python3 -m tests.benchmarks.bench_people_table [PEOPLE]
Goal: the table model is ready (ids loaded, first screen of rows fetched) in under 200 ms,
and a jump to the last rows (the end of a scroll) stays under a frame or two.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kienan_awards.core.records import people as people_records  # noqa: E402
from kienan_awards.core.storage.database import open_database  # noqa: E402
from tests.benchmarks.vietnamese_names import full_name  # noqa: E402


def build(path: Path, count: int) -> None:
    db = open_database(path)
    rng = random.Random(11)
    with db.conn:
        unit_ids = [
            db.execute(
                "INSERT INTO units (name, name_folded, name_sort_key, kind) "
                "VALUES (?, ?, ?, 'ward')",
                [f"Phường {n}", f"phuong {n}", f"{n:04d}"],
            ).lastrowid
            for n in range(60)
        ]
        rows = []
        for _ in range(count):
            gender = rng.choice(("male", "female"))
            names = people_records.name_columns(full_name(rng, gender))
            rows.append(
                (
                    names["full_name"],
                    names["name_folded"],
                    names["name_sort_key"],
                    gender,
                    rng.randint(1950, 2005),
                    "Chuyên viên",
                    rng.choice(unit_ids),
                )
            )
        db.conn.executemany(
            "INSERT INTO people (full_name, name_folded, name_sort_key, gender, birth_year, "
            "position, unit_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    db.close()


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main(count: int = 400_000) -> int:
    from PySide6.QtWidgets import QApplication, QTableView

    from kienan_awards.core.records.record_lists import PEOPLE
    from kienan_awards.ui.models.record_table_model import RecordTableModel

    folder = Path(tempfile.mkdtemp(prefix="kienan-people-"))
    path = folder / "people.sqlite3"
    started = time.perf_counter()
    build(path, count)
    print(f"built {count:,} people in {time.perf_counter() - started:.1f} s")

    bare = sqlite3.connect(path)
    baseline = best_of(
        5,
        lambda: bare.execute(
            "SELECT id FROM people WHERE deleted_at IS NULL ORDER BY name_sort_key, id"
        ).fetchall(),
    )
    app = QApplication.instance() or QApplication([])
    db = open_database(path)
    view = QTableView()
    view.resize(1200, 700)

    def open_table():
        model = RecordTableModel(db, PEOPLE)
        view.setModel(model)
        for row in range(30):  # the first screen
            for column in range(model.columnCount()):
                model.index(row, column).data()
        return model

    opening = best_of(5, open_table)
    model = open_table()
    last = model.rowCount() - 1
    to_end = best_of(5, lambda: [model.index(r, 0).data() for r in range(last - 30, last + 1)])
    by_birth_year = best_of(3, lambda: model.sort(2))
    print(f"bare SQLite ids query:          {baseline * 1000:.0f} ms")
    print(f"People table open (ids + rows): {opening * 1000:.0f} ms")
    print(f"jump to the last screen:        {to_end * 1000:.1f} ms")
    print(f"sort by birth year (in SQL):    {by_birth_year * 1000:.0f} ms")
    met = opening < 0.200
    print(f"  {'met ' if met else 'MISSED'} opening under 200 ms")
    view.deleteLater()
    app.processEvents()
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 400_000))
