"""The four reports over 1,000,000 awards, against bare SQLite counting the same awards.

Run on purpose:  python3 -m tests.benchmarks.bench_reports [AWARDS] [--db PATH]
(--db keeps the built database at PATH and reuses it, as bench_search does.)
Goal: every report computed in under 2 s. Also printed: writing the year's summary and the
multi-year report as Excel and PDF, and the honour list of one year as Excel.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kienan_awards.core.documents.report_workbook import write_report_workbook  # noqa: E402
from kienan_awards.core.documents.reports import build_report  # noqa: E402
from kienan_awards.core.storage.database import open_database  # noqa: E402
from tests.benchmarks.bench_search import build  # noqa: E402

GOAL_SECONDS = 2.0


def median_seconds(action, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def add_movement(db, year: int) -> None:
    """A movement of the year with a target for each unit, tied to the year's decisions (the
    benchmark database is built without movements)."""
    with db.conn:
        movement = db.execute(
            "INSERT INTO movements (name, kind, starts_on, ends_on, status) "
            "VALUES (?, 'regular', ?, ?, 'closed')",
            [f"Phong trào thi đua năm {year}", f"{year}-01-01", f"{year}-12-31"],
        ).lastrowid
        for n, (unit_id,) in enumerate(db.execute("SELECT id FROM units").fetchall()):
            target = db.execute(
                "INSERT INTO targets (movement_id, unit_id, indicator, measure_unit, period_year)"
                " VALUES (?, ?, 'Thu ngân sách', 'triệu đồng', ?)",
                [movement, unit_id, year],
            ).lastrowid
            db.execute(
                "INSERT INTO target_plans (target_id, source, plan_form, value) "
                "VALUES (?, 'district', 'at_least', '1000')",
                [target],
            )
            db.execute(
                "INSERT INTO progress_reports (target_id, reported_on, actual_value) "
                "VALUES (?, ?, ?)",
                [target, f"{year}-12-31", str(900 + 10 * (n % 20))],
            )
        db.execute(
            "UPDATE decisions SET movement_id = ? WHERE id IN "
            "(SELECT DISTINCT decision_id FROM awards WHERE achievement_year = ?)",
            [movement, year],
        )


def main(argv: list[str]) -> int:
    awards = int(argv[0]) if argv and not argv[0].startswith("--") else 1_000_000
    path = Path(argv[argv.index("--db") + 1]) if "--db" in argv else None
    folder = Path(tempfile.mkdtemp(prefix="kienan-reports-"))
    path = path or folder / "reports.sqlite3"
    if not path.exists():
        print(f"building {awards:,} awards in {path} ...")
        build(path, awards, awards * 2 // 5)
    db = open_database(path, check=False)
    first, last, count = db.execute(
        "SELECT min(achievement_year), max(achievement_year), count(*) FROM awards"
    ).fetchone()
    middle = (first + last) // 2
    print(f"{count:,} awards, achievement years {first}-{last}; the single year is {middle}")
    if not db.execute("SELECT 1 FROM movements").fetchone():
        add_movement(db, middle)

    def bare_year():
        db.execute(
            "SELECT form_id, recipient_kind, count(*) FROM awards "
            "WHERE achievement_year = ? GROUP BY 1, 2",
            [middle],
        ).fetchall()

    def bare_all_years():
        db.execute(
            "SELECT achievement_year, form_id, count(*) FROM awards GROUP BY 1, 2"
        ).fetchall()

    print(f"bare SQLite, one year by form and kind:   {median_seconds(bare_year):.3f} s")
    print(f"bare SQLite, every year by form:          {median_seconds(bare_all_years):.3f} s")
    cases = [
        ("annual", middle, None),
        ("multi-year", first, last),
        ("multi-year", last - 9, last),
        ("movement", middle, None),
        ("honour-list", middle, None),
    ]
    missed = 0
    for kind, year, to_year in cases:
        seconds = median_seconds(lambda k=kind, y=year, t=to_year: build_report(db, k, y, t))
        verdict = "met " if seconds < GOAL_SECONDS else "MISSED"
        missed += seconds >= GOAL_SECONDS
        span = f"{year}-{to_year}" if to_year else str(year)
        print(f"{kind:12} {span:10} computed in {seconds:.3f} s   {verdict} under 2 s")

    from kienan_awards.printing import offscreen_application
    from kienan_awards.printing.report_pages import write_report_pdf

    offscreen_application()
    for kind, year, to_year, outputs in (
        ("annual", middle, None, ("xlsx", "pdf")),
        ("multi-year", first, last, ("xlsx", "pdf")),
        ("honour-list", middle, None, ("xlsx",)),
    ):
        report = build_report(db, kind, year, to_year)
        rows = sum(len(t.rows) for t in report.tables)
        for suffix in outputs:
            target = folder / f"{kind}.{suffix}"
            writer = write_report_workbook if suffix == "xlsx" else write_report_pdf
            started = time.perf_counter()
            writer(report, target)
            seconds = time.perf_counter() - started
            size = target.stat().st_size / 1e6
            print(f"{kind:12} {rows:7,} rows as {suffix:4}: {seconds:.2f} s, {size:.1f} MB")
    db.close()
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
