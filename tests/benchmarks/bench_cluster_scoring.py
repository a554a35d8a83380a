"""A cluster's scores computed: 50 members on a table of 40 criteria, 30 of them targets.

Run on purpose:  python -m tests.benchmarks.bench_cluster_scoring [ROUNDS]
The members' 1,500 targets (each with its plan and four quarterly reports, one in five lower is
better) are made in a new database. Timed: scoring the whole cluster from the figures and
ranking it, against reading the same figures (each target's movement, unit, indicator, year,
plans and latest report) with one bare SQL query, in the same run, taking turns; the share of
the scoring spent reading the figures (movements.target_figures, one query) is printed too, and
a bare query of fewer figures (unit, indicator, plan, actual) for comparison.
Goals: the median within 200 ms, and within 3 times the bare query's median.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from kienan_awards.core.clusters.scoring import Events, MemberScores, score_cluster
from kienan_awards.core.clusters.scoring_ranking import rank_members
from kienan_awards.core.clusters.scoring_table import Criterion, ScoringTable
from kienan_awards.core.movements.target_figures import read_target_figures
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.text import fold

MEMBERS = 50
TARGET_CRITERIA = 30
YEAR = 2026
QUARTERS = ("2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31")

# The figures the scoring reads, in one bare query: each target's movement, unit, indicator and
# year (which pick a member's target of the criterion), its plans (the source picks the one a
# criterion scores on; a range has a high end) and its latest report with the day it was made
# (which the evidence shows).
BARE_QUERY = """
SELECT t.id, t.movement_id, t.unit_id, t.indicator, t.period_year, r.actual_value,
       r.reported_on, p.source, p.plan_form, p.value, p.value_high
FROM targets t JOIN target_plans p ON p.target_id = t.id
LEFT JOIN progress_reports r ON r.id = (
    SELECT id FROM progress_reports WHERE target_id = t.id
    ORDER BY reported_on DESC, id DESC LIMIT 1)
WHERE t.movement_id = ?"""

# Fewer figures than the scoring needs (no plan source, range end, report day, movement or
# year): printed for comparison with earlier runs, not a goal.
FEWER_FIGURES_QUERY = """
SELECT t.id, t.unit_id, t.indicator, p.plan_form, p.value,
       (SELECT r.actual_value FROM progress_reports r WHERE r.target_id = t.id
        ORDER BY r.reported_on DESC, r.id DESC LIMIT 1)
FROM targets t JOIN target_plans p ON p.target_id = t.id
WHERE t.movement_id = ?"""


def build(path: Path) -> tuple[object, ScoringTable, list[MemberScores], int]:
    rng = random.Random(26)
    db = open_database(path)
    with db.conn:
        movement = db.execute(
            "INSERT INTO movements (name, kind, starts_on, ends_on) VALUES (?, 'regular', ?, ?)",
            [f"Phong trào thi đua năm {YEAR}", f"{YEAR}-01-01", f"{YEAR}-12-31"],
        ).lastrowid
        units = []
        for n in range(1, MEMBERS + 1):
            name = f"Phường Số {n}"
            units.append(
                db.execute(
                    "INSERT INTO units (name, name_folded, name_sort_key, kind) "
                    "VALUES (?, ?, ?, 'ward')",
                    [name, fold(name), name],
                ).lastrowid
            )
        criteria, first_targets = [], {}
        for number in range(1, TARGET_CRITERIA + 1):
            lower_is_better = number % 5 == 0
            indicator = f"Chỉ tiêu số {number}"
            for unit in units:
                target = db.execute(
                    "INSERT INTO targets (movement_id, unit_id, indicator, measure_unit, "
                    "period_year) VALUES (?, ?, ?, ?, ?)",
                    [movement, unit, indicator, "%" if lower_is_better else "triệu đồng", YEAR],
                ).lastrowid
                first_targets.setdefault(number, target)
                plan = (
                    Decimal(rng.randint(2, 9))
                    if lower_is_better
                    else Decimal(rng.randint(1_000, 90_000))
                )
                db.execute(
                    "INSERT INTO target_plans (target_id, source, plan_form, value) "
                    "VALUES (?, 'Kế hoạch UBND phường giao', ?, ?)",
                    [target, "at_most" if lower_is_better else "at_least", str(plan)],
                )
                share = Decimal(rng.randint(80, 120)) / 100
                for quarter, day in enumerate(QUARTERS, start=1):
                    actual = plan * share * (1 if lower_is_better else Decimal(quarter) / 4)
                    db.execute(
                        "INSERT INTO progress_reports (target_id, reported_on, actual_value) "
                        "VALUES (?, ?, ?)",
                        [target, day, f"{actual.quantize(Decimal('0.01')):f}"],
                    )
    for number in range(1, TARGET_CRITERIA + 1):
        criteria.append(
            Criterion(
                f"I.{number}",
                f"Chỉ tiêu số {number}",
                "target",
                Decimal(2),
                target_id=first_targets[number],
                bonus_per_percent=Decimal("0.1"),
                bonus_cap=Decimal("0.5"),
            )
        )
    criteria += [Criterion(f"II.{n}", "Có", "yesno", Decimal(2), must=n == 1) for n in (1, 2, 3, 4)]
    criteria += [Criterion(f"III.{n}", "Chấm", "judged", Decimal(6)) for n in (1, 2, 3)]
    criteria += [
        Criterion("V.1", "Báo cáo chậm", "penalty", points_per_event=Decimal(-1), cap=Decimal(-5)),
        Criterion("V.2", "Vi phạm", "penalty", points_per_event=Decimal(-2), cap=Decimal(-6)),
        Criterion("V.3", "Mô hình", "bonus", points_per_event=Decimal(2), cap=Decimal(4)),
    ]
    table = ScoringTable(YEAR, tuple(criteria))
    members = []
    for n, unit in enumerate(units, start=1):
        scores: dict[str, object] = {f"II.{k}": 2 if rng.random() < 0.9 else 0 for k in range(1, 5)}
        scores |= {f"III.{k}": rng.randint(3, 6) for k in range(1, 4)}
        scores |= {"V.1": Events(rng.randint(0, 7)), "V.2": Events(0), "V.3": Events(1)}
        agreed = {"III.1": rng.randint(3, 6)} if n % 2 else {}
        members.append(MemberScores(f"Phường Số {n}", unit, scores, agreed))
    db.close()
    return movement, table, members


def medians_ms(actions, rounds: int) -> list[float]:
    """Each action's median time; the actions take turns in every round, so that a machine
    slowing down or speeding up during the run weighs on all of them alike."""
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(rounds):
        for action, taken in zip(actions, times, strict=True):
            started = time.perf_counter()
            action()
            taken.append((time.perf_counter() - started) * 1000)
    return [statistics.median(taken) for taken in times]


def main(argv: list[str]) -> int:
    rounds = int(argv[0]) if argv and argv[0].isdigit() else 30
    path = Path(tempfile.mkdtemp(prefix="kienan-cluster-")) / "cluster.sqlite3"
    movement, table, members = build(path)
    db = open_database(path)
    targets = db.execute("SELECT count(*) FROM targets").fetchone()[0]
    reports = db.execute("SELECT count(*) FROM progress_reports").fetchone()[0]
    print(
        f"{len(members)} members × {len(table.criteria)} criteria "
        f"({TARGET_CRITERIA} on targets): {targets:,} targets, {reports:,} reports"
    )

    def scored():
        return rank_members(score_cluster(db, table, members), table.tie_breaks, 2)

    def bare():
        return db.execute(BARE_QUERY, [movement]).fetchall()

    def fewer():
        return db.execute(FEWER_FIGURES_QUERY, [movement]).fetchall()

    ranking = scored()
    assert len(bare()) == len(fewer()) == MEMBERS * TARGET_CRITERIA
    computed = sum(
        1 for m in ranking.members for s in m.result.criteria if s.computed_points is not None
    )
    print(f"computed target points: {computed:,}; leaders: {[r.name for r in ranking.leaders]}")
    references = [c.target_id for c in table.criteria if c.target_id is not None]
    ours, theirs, reading, narrow = medians_ms(
        [scored, bare, lambda: read_target_figures(db, movements_of=references), fewer], rounds
    )
    ratio = ours / theirs
    print(f"scoring and ranking the cluster, median of {rounds}: {ours:7.1f} ms")
    print(f"  of which reading the figures, median:          {reading:7.1f} ms")
    print(f"the same figures by one bare SQL query, median:  {theirs:7.1f} ms")
    print(f"ratio:                                           {ratio:7.2f}x")
    print(f"fewer figures by one bare SQL query, median:     {narrow:7.1f} ms")
    print(f"ratio to it (no goal):                           {ours / narrow:7.2f}x")
    goals = [(ours, 200, "scored and ranked (ms)", "{:.1f}"), (ratio, 3, "times bare", "{:.2f}")]
    all_met = True
    for figure, most, what, shown in goals:
        met = figure <= most
        all_met = all_met and met
        print(
            f"  {'met   ' if met else 'MISSED'} {what}: {shown.format(figure)} "
            f"(goal {shown.format(most)})"
        )
    db.close()
    return 0 if all_met else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
