"""The honour roll's search on 1,000,000 awards of 400,000 people, against bare FTS5.

Run on purpose:  python3 -m tests.benchmarks.bench_search [AWARDS] [--db PATH]
(--db keeps the built database at PATH and reuses it on the next run.)
Queries: three-word names of people with awards (some typed without diacritics), whole
names, one-word names and common prefixes ("nguyễn thị", "ng").
Goals: over all of them, the first 200 results in tiers in at most 20 ms (median) and 50 ms
(95th percentile), and a median no slower than a bare FTS5 query (the same folded words,
ranked by bm25, 200 rows) in the same run; the index rebuilt from scratch in at most 60 s;
the window under 400 MB with every award listed; indexing the awards of an import costs at
most 0.5 s per 100,000 awards more than the one-table index imports wrote before the tiers
(both measured in the run, in processor time, on a new database of 47,000 people).
"""

from __future__ import annotations

import os
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kienan_awards.core.records import people as people_records  # noqa: E402
from kienan_awards.core.records.record_lists import AWARDS  # noqa: E402
from kienan_awards.core.search.award_search import (  # noqa: E402
    AwardSearch,
    award_ids,
    rebuild_search_index,
    tiered_award_ids,
)
from kienan_awards.core.search.search_text import parse_query  # noqa: E402
from kienan_awards.core.storage.database import open_database  # noqa: E402
from kienan_awards.core.text import fold  # noqa: E402
from tests.benchmarks.vietnamese_names import full_name  # noqa: E402

FIRST_RESULTS = 200
ACHIEVEMENTS = [
    "Hoàn thành xuất sắc nhiệm vụ năm",
    "Có thành tích trong phong trào thi đua",
    "Có sáng kiến cải tiến quy trình",
    None,
]


def build(path: Path, award_count: int, people_count: int) -> float:
    """Fill a new database through the program's own schema; returns the seconds the awards
    took to insert (the index is kept in step by the same inserts)."""
    rng = random.Random(8)
    db = open_database(path)
    forms = [row[0] for row in db.execute("SELECT id FROM award_forms ORDER BY id")]
    with db.conn:
        unit_rows = [(f"Phường {n}", "ward") for n in range(1, 41)] + [
            (f"Trường Tiểu học số {n}", "agency") for n in range(1, 31)
        ]
        units = []
        for name, kind in unit_rows:
            units.append(
                (
                    db.execute(
                        "INSERT INTO units (name, name_folded, name_sort_key, kind) "
                        "VALUES (?, ?, ?, ?)",
                        [name, fold(name), name, kind],
                    ).lastrowid,
                    name,
                )
            )
        people = []
        for _ in range(people_count):
            gender = rng.choice(("male", "female"))
            names = people_records.name_columns(full_name(rng, gender))
            unit_id, unit_name = rng.choice(units)
            person_id = db.execute(
                "INSERT INTO people (full_name, name_folded, name_sort_key, gender, birth_year, "
                "position, unit_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    names["full_name"],
                    names["name_folded"],
                    names["name_sort_key"],
                    gender,
                    rng.randint(1955, 2003),
                    "Chuyên viên",
                    unit_id,
                ],
            ).lastrowid
            people.append((person_id, names["full_name"], unit_id, unit_name))
        decisions = [
            db.execute(
                "INSERT INTO decisions (number, decided_on) VALUES (?, ?)",
                [f"{n}/QĐ-UBND", f"{year + 1}-01-{1 + n % 28:02d}"],
            ).lastrowid
            for year in range(2000, 2026)
            for n in range(1, 41)
        ]
    rows = []
    for _ in range(award_count):
        decision = rng.choice(decisions)
        year = 2000 + (decision - 1) // 40
        if rng.random() < 0.92:
            person_id, name, unit_id, unit_name = rng.choice(people)
            rows.append(("individual", person_id, None, name, unit_id, unit_name))
        else:
            unit_id, unit_name = rng.choice(units)
            rows.append(("collective", None, unit_id, unit_name, unit_id, unit_name))
        rows[-1] += (decision, rng.choice(forms), year, rng.choice(ACHIEVEMENTS))
    started = time.perf_counter()
    with db.conn:
        db.conn.executemany(
            "INSERT INTO awards (recipient_kind, person_id, recipient_unit_id, recipient_name, "
            "unit_id, unit_name, decision_id, form_id, achievement_year, achievement) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    inserted = time.perf_counter() - started
    db.close()
    return inserted


def name_queries(db, count: int) -> list[str]:
    """Three-word names of people with awards, as clerks type them: most without diacritics."""
    rng = random.Random(3)
    names = [
        row[0]
        for row in db.execute(
            "SELECT full_name FROM people WHERE length(full_name) - length(replace(full_name, "
            "' ', '')) = 2 ORDER BY id LIMIT 5000"
        )
    ]
    chosen = rng.sample(names, count)
    return [fold(name) if n % 3 else name for n, name in enumerate(chosen)]


ONE_WORD_NAMES = ["Hùng", "lan", "Phương", "hoà", "Đức", "tuan", "Hằng", "minh"]
COMMON_PREFIXES = ["nguyễn thị", "nguyen van", "ng", "tran th", "Lê Thị H", "ph", "hoang a"]


def timings_ms(action, queries: list[str], rounds: int = 3) -> list[float]:
    times = []
    for _ in range(rounds):
        for query in queries:
            start = time.perf_counter()
            action(query)
            times.append((time.perf_counter() - start) * 1000)
    return times


def median_ms(action, queries: list[str], rounds: int = 3) -> float:
    return statistics.median(timings_ms(action, queries, rounds))


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    award_count = int(argv[0]) if argv and argv[0].isdigit() else 1_000_000
    people_count = award_count * 2 // 5
    if "--db" in argv:
        path = Path(argv[argv.index("--db") + 1])
    else:
        path = Path(tempfile.mkdtemp(prefix="kienan-search-")) / "search.sqlite3"
    if not path.exists():
        inserted = build(path, award_count, people_count)
        print(f"inserted {award_count:,} awards with the index kept in step: {inserted:.1f} s")
    db = open_database(path)
    awards = db.execute("SELECT count(*) FROM awards").fetchone()[0]
    print(
        f"{awards:,} awards of {db.execute('SELECT count(*) FROM people').fetchone()[0]:,} people"
    )

    started = time.perf_counter()
    rebuild_search_index(db)
    rebuilt = time.perf_counter() - started
    print(f"index rebuilt from scratch:                 {rebuilt:6.1f} s")

    # The baseline: the same folded words in a bare FTS5 table, ranked, first 200 rows.
    bare = sqlite3.connect(path)
    bare.execute("DROP TABLE IF EXISTS temp.bare_index")
    bare.execute("CREATE VIRTUAL TABLE temp.bare_index USING fts5(names, others)")
    bare.execute(
        "INSERT INTO temp.bare_index (rowid, names, others) "
        "SELECT award_id, names, others FROM search_index_entries"
    )
    names = name_queries(db, 30)
    whole_names = [
        row[0]
        for row in db.execute(
            "SELECT recipient_name FROM awards WHERE recipient_kind = 'individual' "
            "ORDER BY id LIMIT 10 OFFSET 5000"
        )
    ]
    groups = {
        "three-word names, as typed": names,
        "whole names with a space": [name + " " for name in whole_names],
        "one-word names": ONE_WORD_NAMES,
        "common prefixes": COMMON_PREFIXES,
    }
    queries = [query for group in groups.values() for query in group]
    print(f"queries: {len(queries)}, such as {names[0]!r}, {names[1]!r}, {COMMON_PREFIXES[0]!r}")

    def bare_query(text: str) -> list:
        match = " AND ".join(f'"{word}"' for word in fold(text).split())
        match += "" if text.endswith(" ") else "*"
        return bare.execute(
            "SELECT rowid FROM temp.bare_index WHERE bare_index MATCH ? ORDER BY rank LIMIT ?",
            [match, FIRST_RESULTS],
        ).fetchall()

    def tiered(text: str) -> list[int]:
        return tiered_award_ids(db, AwardSearch(text), FIRST_RESULTS).ids

    def tiered_with_rows(text: str) -> dict:
        return AWARDS.rows(db, tiered(text))

    matches = [len(award_ids(db, AwardSearch(q))) for q in queries]
    print(f"matches per query: median {statistics.median(matches):,.0f}, max {max(matches):,}")
    print(f"{'first ' + str(FIRST_RESULTS) + ' results, ms':34} {'tiers':>15} {'bare FTS5':>15}")
    print(f"{'':34} {'median    p95':>15} {'median    p95':>15}")
    for title, group in [*groups.items(), ("all", queries)]:
        ours, theirs = timings_ms(tiered, group), timings_ms(bare_query, group)
        print(
            f"  {title:32} {statistics.median(ours):6.1f} {p95(ours):7.1f} "
            f"{statistics.median(theirs):7.1f} {p95(theirs):7.1f}"
        )
    every_time = timings_ms(tiered, queries)
    ours, p95_ours = statistics.median(every_time), p95(every_time)
    baseline = median_ms(bare_query, queries)
    accented = [q for q in queries if parse_query(q) and parse_query(q).marked]
    print(
        f"tiers, typed with diacritics ({len(accented)}):    {median_ms(tiered, accented):6.1f} ms"
    )
    print(f"tiers with their rows (the window):  {median_ms(tiered_with_rows, queries):6.1f} ms")
    all_ids = median_ms(lambda text: award_ids(db, AwardSearch(text)), queries, rounds=1)
    print(f"tiers, every matching id:            {all_ids:6.1f} ms (median)")
    ratio = ours / baseline
    print(f"ratio to bare FTS5 (medians):        {ratio:6.2f}x")

    window_mb = list_everything_in_the_window(db)
    db.close()
    tiers_cost, one_table_cost = import_costs()
    extra = tiers_cost - one_table_cost
    print("indexing the awards of an import, processor seconds per 100,000 awards:")
    print(f"  the index of tiers {tiers_cost:.2f} s, the one-table index of before ", end="")
    print(f"{one_table_cost:.2f} s: extra {extra:.2f} s")
    first = f"first {FIRST_RESULTS} results"
    goals = [
        (ours, 20, f"{first}, median (ms)", "{:.1f}"),
        (p95_ours, 50, f"{first}, 95th percentile (ms)", "{:.1f}"),
        (ratio, 1, "median against bare ranked FTS5 (times)", "{:.2f}"),
        (rebuilt, 60, "index rebuilt from scratch (s)", "{:.1f}"),
        (extra, 0.5, "an import's extra cost for the index, per 100,000 awards (s)", "{:.2f}"),
        (window_mb, 400, "window with every award listed (MB, under)", "{:.0f}"),
    ]
    all_met = True
    for figure, most, what, shown in goals:
        met = figure < most if "under" in what else figure <= most
        all_met = all_met and met
        print(
            f"  {'met   ' if met else 'MISSED'} {what}: {shown.format(figure)} "
            f"(goal {shown.format(most)})"
        )
    return 0 if all_met else 1


# The index as imports wrote it before the tiers (schema steps 8 and 14): one full-text table
# of the folded names, units and other words, keyed by award, written in one statement.
ONE_TABLE_INDEX = """
CREATE VIRTUAL TABLE temp.one_table_index USING fts5(
    names, units, about, spelled UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')"""
ONE_TABLE_INSERT = """
INSERT INTO temp.one_table_index (rowid, names, units, about, spelled)
SELECT a.id, search_words(a.recipient_name, p.full_name, ru.name, (
           SELECT group_concat(s.name, ' ') FROM unit_later_units l
           JOIN units s ON s.id = l.later_id WHERE l.unit_id = ru.id)),
       search_words(a.unit_name, u.name, (
           SELECT group_concat(s.name, ' ') FROM unit_later_units l
           JOIN units s ON s.id = l.later_id WHERE l.unit_id = u.id)),
       search_words(a.achievement, d.number),
       spelled_words(a.recipient_name, p.full_name, ru.name, (
           SELECT group_concat(s.name, ' ') FROM unit_later_units l
           JOIN units s ON s.id = l.later_id WHERE l.unit_id = ru.id)) || ' | '
           || spelled_words(a.unit_name, u.name, (
           SELECT group_concat(s.name, ' ') FROM unit_later_units l
           JOIN units s ON s.id = l.later_id WHERE l.unit_id = u.id))
FROM awards a JOIN decisions d ON d.id = a.decision_id
LEFT JOIN people p ON p.id = a.person_id
LEFT JOIN units ru ON ru.id = a.recipient_unit_id
LEFT JOIN units u ON u.id = a.unit_id WHERE a.id > ?"""


def import_costs(award_count: int = 100_000, rounds: int = 5) -> tuple[float, float]:
    """What indexing the awards of an import costs, in seconds: (the index of tiers, the
    one-table index of before), each over the same awards inserted with no index, in a new
    database of 47,000 people (the import benchmark's list). The medians of a few rounds;
    every writing starts with the search words' caches empty, as a new program would."""
    from kienan_awards.core.search import search_text
    from kienan_awards.core.search.award_search import indexed_in_bulk
    from kienan_awards.core.storage.audit_triggers import audited_in_bulk
    from kienan_awards.core.storage.bulk_indexes import indexes_made_after

    rng = random.Random(7)
    db = open_database(Path(tempfile.mkdtemp(prefix="kienan-import-")) / "import.sqlite3")
    forms = [row[0] for row in db.execute("SELECT id FROM award_forms ORDER BY id")]
    with db.conn:
        units = []
        for n in range(1, 36):
            name = f"Phường Số {n}"
            units.append(
                db.execute(
                    "INSERT INTO units (name, name_folded, name_sort_key, kind) "
                    "VALUES (?, ?, ?, 'ward')",
                    [name, fold(name), name],
                ).lastrowid
            )
        people = []
        for _ in range(47_000):
            names = people_records.name_columns(full_name(rng, rng.choice(("male", "female"))))
            unit_id = rng.choice(units)
            person_id = db.execute(
                "INSERT INTO people (full_name, name_folded, name_sort_key, gender, birth_year, "
                "unit_id) VALUES (?, ?, ?, 'male', 1980, ?)",
                [names["full_name"], names["name_folded"], names["name_sort_key"], unit_id],
            ).lastrowid
            people.append((person_id, names["full_name"], unit_id))
        decisions = [
            db.execute(
                "INSERT INTO decisions (number, decided_on) VALUES (?, ?)",
                [f"{n}/QĐ-UBND", f"{2010 + n % 15}-{1 + n % 12:02d}-{1 + n % 28:02d}"],
            ).lastrowid
            for n in range(600)
        ]
    rows = []
    for _ in range(award_count):
        person_id, name, unit_id = rng.choice(people)
        decision = rng.choice(decisions)
        rows.append(
            (decision, rng.choice(forms), person_id, name, unit_id, f"Phường Số {unit_id}")
            + (2010 + decision % 15, rng.choice(ACHIEVEMENTS))
        )
    db.execute(ONE_TABLE_INDEX)
    insert = (
        "INSERT INTO awards (decision_id, form_id, recipient_kind, person_id, recipient_name, "
        "unit_id, unit_name, achievement_year, achievement) "
        "VALUES (?, ?, 'individual', ?, ?, ?, ?, ?, ?)"
    )

    @contextmanager
    def not_indexed():
        db.search_index_deferred = True
        try:
            yield
        finally:
            db.search_index_deferred = False

    def seconds(index: str) -> float:
        """The processor time of the import's writing of the awards with that index."""
        for cached in (search_text.search_words, search_text.spelled_words):
            cached.cache_clear()
        for cached in (search_text._folded_words, search_text._spelt_words):
            cached.cache_clear()
        started = time.process_time()
        db.execute("BEGIN IMMEDIATE")
        try:
            first = db.execute("SELECT max(id) FROM awards").fetchone()[0] or 0
            # As the list import writes its awards.
            search_index = indexed_in_bulk(db) if index == "tiers" else not_indexed()
            with search_index, audited_in_bulk(db, "awards"):
                with indexes_made_after(db, "awards", len(rows)):
                    db.conn.executemany(insert, rows)
            if index == "one table":
                db.execute(ONE_TABLE_INSERT, [first])
            return time.process_time() - started
        finally:
            db.execute("ROLLBACK")

    # Each round writes the awards with no index, then with each index: the costs are taken
    # within a round, so that a machine busier in one round than another counts little.
    costs: dict[str, list[float]] = {"tiers": [], "one table": []}
    for _ in range(rounds):
        bare = seconds("none")
        for index, taken in costs.items():
            taken.append(seconds(index) - bare)
    db.close()
    scale = 100_000 / award_count
    return (
        statistics.median(costs["tiers"]) * scale,
        statistics.median(costs["one table"]) * scale,
    )


def list_everything_in_the_window(db) -> float:
    from PySide6.QtWidgets import QApplication

    from kienan_awards.ui.pages.honour_roll_page import HonourRollPage

    app = QApplication.instance() or QApplication([])
    before = peak_rss_mb()
    page = HonourRollPage(db)
    page.resize(1366, 768)
    page.show()
    started = time.perf_counter()
    page.search_now()
    while page.model.is_searching():
        app.processEvents()
        time.sleep(0.005)
    listed = time.perf_counter() - started
    app.processEvents()
    rows = page.model.rowCount()
    for row in range(0, rows, max(1, rows // 50)):  # scroll through: rows load on demand
        page.table.scrollTo(page.model.index(row, 0))
        app.processEvents()
    peak = peak_rss_mb()
    print(f"window listing {rows:,} awards (every award, newest first): {listed:.2f} s")
    print(f"  peak RSS {peak:.0f} MB (before the page {before:.0f} MB)")
    page.stop()
    page.close()
    return peak


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
