"""Generated lists, as other offices and programs make them and hostile ones, each
imported by `kienan-awards import` in its own process: none may end in an unexpected error, a
signal, a timeout or memory past the cap, and a refused list leaves the database as it was.

The long run is tests/benchmarks/fuzz_import.py; a failing seed here replays there with
`python3 -m tests.benchmarks.fuzz_import --replay SEED`.
"""

import time

from tests.support.import_fuzzing import FuzzSettings, run_many, summarise

# 220 lists take about 70 s on two cores: the program's start (~0.4 s) is most of it.
SEEDS = range(1_000, 1_220)


def test_generated_lists_are_imported_or_refused_cleanly(tmp_path):
    settings = FuzzSettings(
        root=tmp_path / "runs",
        db_template=tmp_path / "templates",
        timeout_s=30,
        memory_cap_mb=1024,
        keep_dir=tmp_path / "bad",
        # The check after an accepted import calls what `kienan-awards check` calls, in the
        # worker: the same verdict without a second program start per list.
        check_by_command=False,
    )
    started = time.monotonic()
    outcomes = run_many(SEEDS, settings, jobs=2)
    summary = summarise(outcomes, time.monotonic() - started)
    print(summary.splitlines()[0])
    bad = [outcome for outcome in outcomes if outcome.verdict == "bad"]
    assert len(outcomes) == len(SEEDS)
    assert not bad, summary
