"""The import fuzzer's long run: many generated lists through `kienan-awards import`,
each in its own process on a copy of the demo or an empty database.

    python3 -m tests.benchmarks.fuzz_import --count 10000 --seed 1 [--jobs 2] [--keep DIR]
    python3 -m tests.benchmarks.fuzz_import --replay SEED [--keep DIR]

Run N uses the list seeds N*10,000,000 + 0, 1, 2, ...; every bad list is kept under DIR/SEED
(the file, its stderr, the program's error log, outcome.json) and --replay SEED makes the
same file again and runs it alone, printing everything.
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import sys
import tempfile
import time
from pathlib import Path

from tests.support.import_fuzzing import (
    FuzzSettings,
    build_templates,
    keep_bad,
    run_many,
    run_one,
    summarise,
)
from tests.support.list_fuzzer import generate_list

SEEDS_PER_RUN = 10_000_000


def list_seeds(run_seed: int, count: int) -> range:
    start = run_seed * SEEDS_PER_RUN
    return range(start, start + count)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m tests.benchmarks.fuzz_import")
    parser.add_argument("--count", type=int, default=1000, help="how many lists (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="the run's seed (default 1)")
    parser.add_argument("--jobs", type=int, default=2, help="lists at a time (default 2)")
    parser.add_argument(
        "--keep",
        type=Path,
        default=Path(tempfile.gettempdir()) / "kienan-fuzz-import",
        help="where bad lists are kept (default: %(default)s)",
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per list")
    parser.add_argument("--memory-mb", type=int, default=1024, help="address-space cap per list")
    parser.add_argument(
        "--check",
        choices=("command", "in-process"),
        default="command",
        help="after an accepted import, run `kienan-awards check` (default) or its function",
    )
    parser.add_argument("--replay", type=int, metavar="SEED", help="run one list seed again")
    args = parser.parse_args(argv)
    args.keep.mkdir(parents=True, exist_ok=True)
    templates = build_templates(args.keep / "templates")
    if args.replay is not None:
        return replay(args.replay, templates, args)

    root = Path(tempfile.mkdtemp(prefix="fuzz-import-"))
    settings = FuzzSettings(
        root=root,
        db_template=templates,
        timeout_s=args.timeout,
        memory_cap_mb=args.memory_mb,
        keep_dir=args.keep,
        check_by_command=args.check == "command",
    )
    seeds = list_seeds(args.seed, args.count)
    print(
        f"{args.count} lists, seeds {seeds.start}..{seeds.stop - 1}, {args.jobs} at a time; "
        f"bad ones kept in {args.keep}",
        flush=True,
    )
    started = time.monotonic()
    done = []
    log = open(args.keep / f"outcomes-run{args.seed}.jsonl", "w", encoding="utf-8")  # noqa: SIM115

    def progress(outcome) -> None:
        done.append(outcome)
        record = outcome.to_json()
        record.pop("stdout")
        log.write(json.dumps(record, ensure_ascii=False) + "\n")
        if outcome.verdict == "bad":
            print(f"  BAD seed {outcome.seed}: {outcome.category}", flush=True)
        if len(done) % 100 == 0:
            bad = sum(o.verdict == "bad" for o in done)
            print(
                f"  {len(done)} done in {time.monotonic() - started:.0f} s, {bad} bad",
                flush=True,
            )

    try:
        outcomes = run_many(seeds, settings, jobs=args.jobs, on_outcome=progress)
    finally:
        log.close()
        shutil.rmtree(root, ignore_errors=True)
    print()
    print(summarise(outcomes, time.monotonic() - started))
    return 1 if any(o.verdict == "bad" for o in outcomes) else 0


def replay(seed: int, templates: Path, args) -> int:
    folder = args.keep / f"replay-{seed}"
    shutil.rmtree(folder, ignore_errors=True)
    generated = generate_list(seed, folder / "list")
    print(generated.summary)
    outcome = run_one(
        generated,
        templates,
        folder / "work",
        args.timeout,
        args.memory_mb,
        args.check == "command",
    )
    command = " ".join(
        shlex.quote(part)
        for part in (
            "python3", "-m", "kienan_awards", "--db", "COPY.sqlite3", "import",
            generated.list_kind, str(generated.path), *generated.argv,
        )
    )  # fmt: skip
    print(f"command: {command}  (database: a copy of {outcome.database})")
    print(f"verdict: {outcome.verdict}  {outcome.category}")
    print(f"exit {outcome.exit_code}, {outcome.seconds:.2f} s, {outcome.max_rss_mb:.0f} MB")
    if outcome.notes:
        print("notes:", *outcome.notes, sep="\n  ")
    print("--- stderr\n" + outcome.stderr.rstrip())
    if outcome.traceback:
        print("--- error log\n" + outcome.traceback.rstrip())
    if outcome.verdict == "bad":
        print(f"kept in {keep_bad(outcome, generated, args.keep)}")
    print(f"the list stays at {generated.path}")
    return 1 if outcome.verdict == "bad" else 0


if __name__ == "__main__":
    sys.exit(main())
