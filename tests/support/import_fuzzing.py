"""Runs generated lists through the command line's import, one process each as a clerk's
file reaches it, and says what happened.

Verdicts:
- "accepted": exit 0, after which `kienan-awards check` passes (a dry run must leave the
  database as it was, and nothing stored may hold a control character);
- "refused": exit 1 or 2 with clean one-line messages (no traceback, no "unexpected error",
  no control characters, each row error naming its sheet and row) and the database holding
  exactly what it held before;
- "bad": anything else: exit 3, a signal, a timeout, memory past the cap, a traceback, a
  refusal that changed the database, an accepted import that leaves it unsound.

Whether the database changed is judged on its content read through SQLite (schema, then every
row of every table in rowid order, hashed), not on the file's bytes. A write that was
committed but still sits in the -wal file is part of what SQLite reads, so it counts; a
checkpoint or a rolled-back transaction moves pages without changing what the database holds,
so it does not. The bytes of the main file are compared too, and a change there alone is only
noted.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import random
import re
import resource
import shutil
import signal
import sqlite3
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kienan_awards.core.text import without_controls
from tests.support.list_fuzzer import GeneratedList, generate_list

PROGRAM = "kienan-awards"
DEMO_TEMPLATE = "demo.sqlite3"
EMPTY_TEMPLATE = "empty.sqlite3"
# Lines that mean the program lost control, whatever its exit code.
_LOST_CONTROL = ("Traceback", "unexpected error", "panicked at", "memory allocation of",
                 "Fatal Python error")  # fmt: skip
_ROW_SUMMARY = re.compile(
    rf"^{PROGRAM}: (\d+) of (\d+) rows? (?:is|are) wrong; nothing was written$"
)
_ERRORS_MARKED = re.compile(rf"^{PROGRAM}: the rows' errors are marked in (.+)$")
_BIDI_CONTROLS = {*range(0x202A, 0x202F), *range(0x2066, 0x206A)}
# Tables an import writes text into; the demo data holds no control character in any.
_IMPORTED_TABLES = ("units", "people", "decisions", "awards", "proposals", "proposal_lines",
                    "import_batches")  # fmt: skip
# Columns the program computes for sorting and matching, which hold separators on purpose.
_MACHINE_COLUMNS = ("_sort_key", "_folded", "_digest")


@dataclass
class Outcome:
    seed: int
    list_kind: str
    verdict: str  # "accepted", "refused" or "bad"
    category: str  # why bad, or what kind of refusal; "" when accepted
    exit_code: int | None
    seconds: float
    max_rss_mb: float
    database: str  # which template: "demo" or "empty"
    description: list[str] = field(default_factory=list)
    argv: list[str] = field(default_factory=list)
    file_name: str = ""
    file_size: int = 0
    stderr: str = ""
    stdout: str = ""
    traceback: str = ""  # from the program's error log, when it wrote one
    notes: list[str] = field(default_factory=list)
    kept_in: str = ""

    def to_json(self) -> dict:
        return dataclasses.asdict(self)

    @property
    def first_stderr_line(self) -> str:
        return next((line for line in self.stderr.splitlines() if line.strip()), "")


# --- databases --------------------------------------------------------------------------------
def build_templates(folder: Path) -> Path:
    """The demo database and an empty one, each written once and closed (so no -wal file is
    left beside it). Returns the folder, which run_one takes as db_template."""
    from kienan_awards.core.demo import load_demo
    from kienan_awards.core.storage.database import open_database

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, fill in ((DEMO_TEMPLATE, True), (EMPTY_TEMPLATE, False)):
        path = folder / name
        if path.exists():
            continue
        db = open_database(path)
        try:
            if fill:
                load_demo(db)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
    return folder


def choose_template(seed: int, db_template: Path) -> tuple[str, Path]:
    """A folder of templates: the demo database for most seeds, the empty one for the rest.
    A file: that database."""
    db_template = Path(db_template)
    if db_template.is_file():
        return db_template.stem, db_template
    demo = random.Random(seed * 7919 + 1).random() < 0.6
    name = DEMO_TEMPLATE if demo else EMPTY_TEMPLATE
    return name.split(".")[0], db_template / name


def database_fingerprint(path: Path) -> str:
    """What the database holds, hashed: its schema, then every row of every table (the
    search index's shadow tables too, its virtual table itself being made of them)."""
    digest = hashlib.sha256()
    connection = _read_only(path)
    try:
        digest.update(repr(connection.execute("PRAGMA user_version").fetchone()).encode())
        schema = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        digest.update(repr(schema).encode())
        for kind, name, _table, sql in schema:
            if kind != "table" or (sql or "").upper().startswith("CREATE VIRTUAL TABLE"):
                continue
            quoted = '"' + name.replace('"', '""') + '"'
            try:
                rows = connection.execute(f"SELECT * FROM {quoted} ORDER BY rowid")
            except sqlite3.OperationalError:  # a WITHOUT ROWID table
                rows = iter(sorted(connection.execute(f"SELECT * FROM {quoted}"), key=repr))
            digest.update(name.encode() + b"\x00")
            for row in rows:
                digest.update(repr(row).encode() + b"\x1e")
    finally:
        connection.close()
    return digest.hexdigest()


def _read_only(path: Path) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError:
        return sqlite3.connect(path)


@lru_cache(maxsize=8)
def _template_fingerprint(path: str, modified: int, size: int) -> str:
    # The file's time and size are part of the key: a rebuilt template is hashed again.
    return database_fingerprint(Path(path))


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _is_hidden_control(char: str) -> bool:
    """What the program's own rule refuses in a cell: a control character that is not white
    space, or a bidirectional override or isolate."""
    return (unicodedata.category(char) == "Cc" and not char.isspace()) or ord(
        char
    ) in _BIDI_CONTROLS


def stored_control_characters(path: Path) -> list[str]:
    """Where text holding a control character was stored: 'table.column' each."""
    found: list[str] = []
    connection = _read_only(path)
    try:
        for table in _IMPORTED_TABLES:
            try:
                cursor = connection.execute(f'SELECT * FROM "{table}"')
            except sqlite3.OperationalError:
                continue
            names = [d[0] for d in cursor.description]
            for row in cursor:
                for name, value in zip(names, row, strict=True):
                    if name.endswith(_MACHINE_COLUMNS):
                        continue
                    where = f"{table}.{name}"
                    if isinstance(value, str) and where not in found:
                        if any(_is_hidden_control(ch) for ch in value):
                            found.append(where)
    finally:
        connection.close()
    return found


# --- one list -----------------------------------------------------------------------------
@dataclass
class _Finished:
    exit_code: int | None  # None when killed by a signal
    signal_name: str
    timed_out: bool
    seconds: float
    max_rss_mb: float
    stdout: str
    stderr: str


def _limits(memory_cap_mb: int):
    cap = memory_cap_mb * 1024 * 1024

    def apply() -> None:  # in the child, before exec
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core file for an abort

    return apply


def child_environment(home: Path) -> dict[str, str]:
    """The clerk's environment, with a private data folder (where the error log goes)."""
    env = {k: v for k, v in os.environ.items() if k not in ("KIENAN_AWARDS_DB", "RUST_BACKTRACE")}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONIOENCODING="utf-8",
        # On a fatal signal (a native abort), Python's stack goes to stderr: where it died.
        PYTHONFAULTHANDLER="1",
    )
    return env


def run_program(args: list[str], workdir: Path, timeout_s: float, memory_cap_mb: int) -> _Finished:
    """`python3 -m kienan_awards ARGS` with the memory cap and the timeout. Single-threaded on
    purpose: preexec_fn is only safe so.

    Its peak memory: wait4's ru_maxrss counts the pages the child had from fork, before exec
    (this process's size), so it is taken only when above that; otherwise the child's own
    high-water mark (VmHWM), as last seen while it ran."""
    import subprocess

    workdir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = workdir / "stdout.txt", workdir / "stderr.txt"
    home = workdir / "home"
    own_rss_kb = _status_kb("self", "VmRSS")
    started = time.monotonic()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "kienan_awards", *args],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            cwd=workdir,
            env=child_environment(home),
            preexec_fn=_limits(memory_cap_mb),
            start_new_session=True,  # its own process group, so a timeout ends all of it
        )
    timed_out = False
    pause = 0.005
    seen_kb = 0
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        seen_kb = max(seen_kb, _status_kb(str(process.pid), "VmHWM"))
        if time.monotonic() - started > timeout_s:
            timed_out = True
            os.killpg(process.pid, signal.SIGKILL)
            pid, status, usage = os.wait4(process.pid, 0)
            break
        time.sleep(pause)
        pause = min(pause * 1.5, 0.05)
    seconds = time.monotonic() - started
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    code = process.returncode
    peak_kb = usage.ru_maxrss if usage.ru_maxrss > own_rss_kb * 1.05 else seen_kb
    return _Finished(
        code if code >= 0 else None,
        "" if code >= 0 else signal.Signals(-code).name,
        timed_out,
        seconds,
        peak_kb / 1024,
        out_path.read_bytes().decode("utf-8", "replace"),
        err_path.read_bytes().decode("utf-8", "replace"),
    )


def _status_kb(pid: str, key: str) -> int:
    """A figure in kB from /proc/PID/status; 0 once the process is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def run_one(
    generated: GeneratedList,
    db_template: Path,
    workdir: Path,
    timeout_s: float = 60.0,
    memory_cap_mb: int = 1024,
    check_by_command: bool = True,
) -> Outcome:
    """Import one generated list into a copy of a template database and judge the result."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    database_name, template = choose_template(generated.seed, db_template)
    db = workdir / "awards.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, db)
    stat = template.stat()
    before = _template_fingerprint(str(template), stat.st_mtime_ns, stat.st_size)
    bytes_before = _file_hash(db)
    args = ["--db", str(db), "import", generated.list_kind, str(generated.path), *generated.argv]
    finished = run_program(args, workdir, timeout_s, memory_cap_mb)
    size = generated.path.stat().st_size if generated.path.is_file() else 0
    outcome = Outcome(
        seed=generated.seed,
        list_kind=generated.list_kind,
        verdict="",
        category="",
        exit_code=finished.exit_code,
        seconds=round(finished.seconds, 3),
        max_rss_mb=round(finished.max_rss_mb, 1),
        database=database_name,
        description=list(generated.description),
        argv=list(generated.argv),
        file_name=generated.path.name,
        file_size=size,
        stderr=finished.stderr,
        stdout=finished.stdout,
        traceback=_error_log(workdir / "home"),
    )
    bad = _judge_process(finished, outcome)
    if bad is None and finished.exit_code == 0:
        bad = _judge_accepted(generated, db, before, workdir, timeout_s, memory_cap_mb,
                              check_by_command, outcome)  # fmt: skip
    elif bad is None:
        bad = _judge_refused(generated, db, before, bytes_before, outcome)
    if bad is not None:
        outcome.verdict, outcome.category = "bad", bad
    elif finished.exit_code == 0:
        outcome.verdict = "accepted"
    else:
        outcome.verdict = "refused"
        outcome.category = refusal_kind(outcome)
    return outcome


def _judge_process(finished: _Finished, outcome: Outcome) -> str | None:
    """Bad whatever the exit code: a timeout, a signal, memory, a traceback, exit 3."""
    stderr = finished.stderr
    if finished.timed_out:
        return f"timeout: still running after {finished.seconds:.0f} s"
    if "memory allocation of" in stderr:
        return (
            f"memory cap: native allocation failed ({finished.signal_name or 'exit'})"
            + _python_site(_innermost_first(stderr))
        )
    if "MemoryError" in stderr or "MemoryError" in outcome.traceback:
        return "memory cap: MemoryError" + _python_site(outcome.traceback or stderr)
    if finished.signal_name:
        return f"signal {finished.signal_name}" + _python_site(_innermost_first(stderr))
    if finished.exit_code == 3 or "unexpected error" in stderr:
        return "exit 3: " + _unexpected_kind(outcome)
    if "Traceback" in stderr or "panicked at" in stderr or "Fatal Python error" in stderr:
        last = [line for line in stderr.splitlines() if line.strip()]
        exception = last[-1].split(":")[0] if last else "?"
        return f"traceback on stderr: {exception}" + _python_site(stderr)
    if finished.exit_code not in (0, 1, 2):
        return f"exit code {finished.exit_code}"
    return None


def _judge_accepted(generated, db, before, workdir, timeout_s, memory_cap_mb, by_command, outcome):
    problems = _unclean_lines(outcome.stderr)
    if problems:
        return f"accepted, unclean stderr: {problems[0]}"
    if "--dry-run" in generated.argv:
        if database_fingerprint(db) != before:
            return "dry run changed the database"
    elif by_command:
        checked = run_program(
            ["--db", str(db), "check"], workdir / "check", timeout_s, memory_cap_mb
        )
        if checked.exit_code != 0:
            first = next(iter(checked.stderr.splitlines()), "")
            outcome.notes.append(f"check: {checked.stderr.strip()}")
            return f"check fails after an accepted import: {_gist(first)}"
    else:
        problems = _check_in_process(db)
        if problems:
            outcome.notes.append(f"check: {problems}")
            return f"check fails after an accepted import: {_gist(problems[0])}"
    expected = generated.expected_rows
    read = re.search(r"^(?:Imported|Checked) (\d+) rows?", outcome.stdout, re.MULTILINE)
    if expected is not None and (read is None or int(read.group(1)) != expected):
        shown = read.group(1) if read else "?"
        outcome.notes.append(f"{shown} row(s) read of the {expected} in the file")
        return "accepted, rows read differ from the rows in the file"
    if "--dry-run" in generated.argv:
        return None
    stored = stored_control_characters(db)
    if stored:
        return f"accepted, control characters stored in {', '.join(stored[:3])}"
    return None


def _check_in_process(db: Path) -> list[str]:
    """What `kienan-awards check` runs, without starting a program for it."""
    from contextlib import closing

    from kienan_awards.core.storage.database import open_database
    from kienan_awards.core.storage.integrity import database_problems

    with closing(open_database(db, create=False, migrate=False, check=False)) as opened:
        return [str(problem) for problem in database_problems(opened)]


def _judge_refused(generated, db, before, bytes_before, outcome: Outcome) -> str | None:
    lines = [line for line in outcome.stderr.splitlines() if line.strip()]
    if not lines:
        return "refused without a message"
    problems = _unclean_lines(outcome.stderr)
    if problems:
        return f"unclean refusal: {problems[0]}"
    # The program shows a file name as it shows any text it quotes: invisible controls and
    # direction overrides as U+FFFD, new lines as spaces (cli.say).
    name = " ".join(without_controls(generated.path.name).split())
    row_lines = [line for line in lines if not line.startswith(f"{PROGRAM}: ")]
    row_pattern = re.compile(rf"^{re.escape(name)}: sheet '.*' row \d+: \S")
    wrong = [line for line in row_lines if not row_pattern.match(line)]
    if wrong:
        return "unclean refusal: a line neither names the program nor a sheet and row"
    summary = next((m for m in map(_ROW_SUMMARY.match, lines) if m), None)
    if summary and int(summary.group(1)) != len(row_lines):
        return "unclean refusal: row error lines broken (count differs from the summary)"
    marked = next((m for m in map(_ERRORS_MARKED.match, lines) if m), None)
    if marked:
        copy = Path(marked.group(1))
        if not _readable_workbook(copy):
            return "errors-out copy missing or not a workbook"
    if database_fingerprint(db) != before:
        return "refusal changed the database"
    if _file_hash(db) != bytes_before:
        outcome.notes.append("the file's bytes changed, not what it holds")
    return None


def _readable_workbook(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None and "xl/workbook.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def _unclean_lines(stderr: str) -> list[str]:
    """What is wrong with the lines a clerk would read."""
    problems = []
    for line in stderr.splitlines():
        for marker in _LOST_CONTROL:
            if marker in line:
                problems.append(f"'{marker}' on stderr")
        hidden = [ch for ch in line if _is_hidden_control(ch) or ch in "\r\t"]
        if hidden:
            problems.append(f"control character U+{ord(hidden[0]):04X} on stderr")
    return problems


def refusal_kind(outcome: Outcome) -> str:
    """A short name for what kind of refusal it was, for the summary."""
    if outcome.exit_code == 2:
        return "usage: " + _gist(outcome.first_stderr_line)
    lines = outcome.stderr.splitlines()
    if any(_ROW_SUMMARY.match(line) for line in lines):
        return "row errors"
    return _gist(outcome.first_stderr_line.replace(outcome.file_name, "FILE"))


def _gist(line: str) -> str:
    """A message with its particulars taken out, so equal causes group together."""
    text = line.removeprefix(f"{PROGRAM}: ")
    text = re.sub(r"'[^']*'", "'…'", text)
    text = re.sub(r"/[^\s:;,]+", "PATH", text)
    text = re.sub(r"\d+", "N", text)
    return text[:90]


def _error_log(home: Path) -> str:
    log = home / "data" / "KienAnAwards" / "logs" / "errors.log"
    return log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""


def _unexpected_kind(outcome: Outcome) -> str:
    """'ExceptionType in kienan_awards/file.py:function (via library/file.py)' from the log."""
    text = outcome.traceback
    if not text:
        match = re.search(r"unexpected error \((\w+)", outcome.stderr)
        return match.group(1) if match else _gist(outcome.first_stderr_line)
    lines = [line for line in text.splitlines() if line.strip()]
    exception = next(
        (line.split(":")[0] for line in reversed(lines) if not line.startswith((" ", "---"))), "?"
    )
    return exception + _python_site(text)


# A traceback's frame, or faulthandler's ("line 47 in read_workbook", no comma).
_FRAME = re.compile(r'File "([^"]+)", line (\d+),? in (\S+)')


def _python_site(text: str) -> str:
    frames = _FRAME.findall(text)
    if not frames:
        return ""
    ours = [f for f in frames if "kienan_awards" in f[0]]
    site = ""
    if ours:
        path, _line, function = ours[-1]
        site = f" in {_short_path(path)}:{function}"
    innermost = frames[-1]
    if "kienan_awards" not in innermost[0]:
        site += f" (via {_short_path(innermost[0])}:{innermost[2]})"
    return site


def _innermost_first(stderr: str) -> str:
    """faulthandler lists the innermost frame first; a traceback lists it last."""
    if "most recent call first" not in stderr:
        return stderr
    frames = [line for line in stderr.splitlines() if _FRAME.search(line)]
    return "\n".join(reversed(frames))


def _short_path(path: str) -> str:
    parts = Path(path).parts
    for anchor in ("kienan_awards", "site-packages"):
        if anchor in parts:
            index = parts.index(anchor)
            return "/".join(parts[index + (anchor == "site-packages") :])
    return "/".join(parts[-2:])


# --- many lists ---------------------------------------------------------------------------
@dataclass
class FuzzSettings:
    root: Path  # where generated files and working copies go
    db_template: Path
    timeout_s: float = 60.0
    memory_cap_mb: int = 1024
    keep_dir: Path | None = None
    check_by_command: bool = True


def fuzz_seed(seed: int, settings: FuzzSettings) -> Outcome:
    """Generate, run, keep the file when bad, remove the rest."""
    folder = Path(settings.root) / f"seed-{seed}"
    try:
        generated = generate_list(seed, folder / "list")
        outcome = run_one(
            generated,
            settings.db_template,
            folder / "work",
            settings.timeout_s,
            settings.memory_cap_mb,
            settings.check_by_command,
        )
        if outcome.verdict == "bad" and settings.keep_dir is not None:
            keep_bad(outcome, generated, Path(settings.keep_dir))
        return outcome
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def keep_bad(outcome: Outcome, generated: GeneratedList, keep_dir: Path) -> Path:
    """The file, its stderr, the program's error log and the verdict, under keep_dir/SEED."""
    target = keep_dir / str(outcome.seed)
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    if generated.path.is_file():
        shutil.copyfile(generated.path, target / generated.path.name)
    (target / "stderr.txt").write_text(outcome.stderr, encoding="utf-8")
    (target / "stdout.txt").write_text(outcome.stdout, encoding="utf-8")
    if outcome.traceback:
        (target / "errors.log").write_text(outcome.traceback, encoding="utf-8")
    outcome.kept_in = str(target)
    record = outcome.to_json()
    record["replay"] = f"python3 -m tests.benchmarks.fuzz_import --replay {outcome.seed}"
    (target / "outcome.json").write_text(json.dumps(record, ensure_ascii=False, indent=2), "utf-8")
    return target


def _pool_init(settings: FuzzSettings) -> None:
    global _SETTINGS
    _SETTINGS = settings


_SETTINGS: FuzzSettings | None = None


def _pool_task(seed: int) -> Outcome:
    return fuzz_seed(seed, _SETTINGS)


def run_many(seeds, settings: FuzzSettings, jobs: int = 2, on_outcome=None) -> list[Outcome]:
    """Every seed, `jobs` at a time in worker processes (each single-threaded, so the memory
    cap can be set between fork and exec)."""
    import multiprocessing

    if not Path(settings.db_template).is_file():
        build_templates(settings.db_template)
    outcomes: list[Outcome] = []
    if jobs <= 1:
        for seed in seeds:
            outcome = fuzz_seed(seed, settings)
            outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
        return outcomes
    context = multiprocessing.get_context("spawn")  # no Qt or threads carried into workers
    with context.Pool(jobs, initializer=_pool_init, initargs=(settings,)) as pool:
        for outcome in pool.imap_unordered(_pool_task, list(seeds), chunksize=1):
            outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
    return outcomes


def summarise(outcomes: list[Outcome], seconds: float) -> str:
    """Counts by verdict and category, the slowest file and the largest memory."""
    from collections import Counter, defaultdict

    lines = []
    verdicts = Counter(o.verdict for o in outcomes)
    lines.append(
        f"{len(outcomes)} lists in {seconds:.1f} s: {verdicts['accepted']} accepted, "
        f"{verdicts['refused']} refused, {verdicts['bad']} bad"
    )
    bad = [o for o in outcomes if o.verdict == "bad"]
    if bad:
        lines.append("bad, by category (count, first seeds):")
        by_category: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in sorted(bad, key=lambda o: o.seed):
            by_category[outcome.category].append(outcome)
        for category, group in sorted(by_category.items(), key=lambda kv: -len(kv[1])):
            seeds = ", ".join(str(o.seed) for o in group[:5])
            lines.append(f"  {len(group):5d}  {category}  [seeds {seeds}]")
            lines.append(f"         stderr: {group[0].first_stderr_line[:160]}")
        tags = Counter(tag.split(":")[0] for o in bad for tag in o.description)
        share = ", ".join(f"{tag} {count}" for tag, count in tags.most_common(12))
        lines.append(f"  what the bad lists hold (most common): {share}")
    refused = Counter(o.category for o in outcomes if o.verdict == "refused")
    if refused:
        lines.append("refused, by kind (top 12):")
        for category, count in refused.most_common(12):
            lines.append(f"  {count:5d}  {category}")
    by_kind = Counter((o.list_kind, o.verdict) for o in outcomes)
    kinds = sorted({o.list_kind for o in outcomes})
    lines.append(
        "by list kind: "
        + "; ".join(
            f"{k} {by_kind[(k, 'accepted')]}/{by_kind[(k, 'refused')]}/{by_kind[(k, 'bad')]}"
            for k in kinds
        )
        + " (accepted/refused/bad)"
    )
    if outcomes:
        slowest = max(outcomes, key=lambda o: o.seconds)
        largest = max(outcomes, key=lambda o: o.max_rss_mb)
        mean = sum(o.seconds for o in outcomes) / len(outcomes)
        lines.append(
            f"slowest: seed {slowest.seed} {slowest.seconds:.1f} s ({slowest.verdict}; "
            f"{', '.join(slowest.description[:4])}); mean {mean:.2f} s per list"
        )
        lines.append(
            f"largest memory: seed {largest.seed} {largest.max_rss_mb:.0f} MB "
            f"({largest.verdict}; {', '.join(largest.description[:4])})"
        )
    return "\n".join(lines)


# --- the core's own verdict, for comparing the window with it ------------------------------
@dataclass
class CoreVerdict:
    verdict: str  # "accepted" or "refused"
    rows_read: int = 0
    errors: int = 0
    message: str = ""


def core_verdict(generated: GeneratedList, db_path: Path) -> CoreVerdict:
    """read_workbook + prepare_import as the command runs them, on db_path, writing nothing."""
    from contextlib import closing

    from kienan_awards import cli
    from kienan_awards.core.errors import KienanError
    from kienan_awards.core.lists.list_import import ImportOptions, prepare_import
    from kienan_awards.core.lists.spreadsheet_reading import read_workbook
    from kienan_awards.core.storage.database import open_database

    argv = ["--db", str(db_path), "import", generated.list_kind, str(generated.path)]
    try:
        args = cli.build_parser().parse_args([*argv, *generated.argv])
    except SystemExit:
        return CoreVerdict("refused", message="usage")
    options = ImportOptions(
        list_kind=args.list_kind,
        decision_number=args.decision,
        decision_date=args.date,
        form_name=args.form,
    )
    (path,) = args.file  # a list takes one file; score sheets alone take several
    try:
        sheets = read_workbook(path)
        with closing(open_database(db_path)) as db:
            plan = prepare_import(db, path, options, sheets=sheets)
    except KienanError as error:
        return CoreVerdict("refused", message=str(error))
    verdict = "refused" if plan.errors else "accepted"
    return CoreVerdict(verdict, plan.rows_read, len(plan.errors))
