"""Real processes: two writers on one file, and imports killed (SIGKILL) at random moments."""

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kienan_awards.core.integrity import database_problems
from kienan_awards.core.storage import open_database
from tests.support.list_files import award_list, write_xlsx

ROOT = Path(__file__).resolve().parents[2]
KILLS = 20
LIST_ROWS = 1500


def start(*argv: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *argv],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_two_processes_writing_at_once_lose_nothing(db_path):
    open_database(db_path).close()
    writers = [
        start("-m", "tests.support.writer_process", str(db_path), prefix, "150")
        for prefix in ("Nguyễn", "Trần")
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err.decode()
    db = open_database(db_path)
    people = db.execute("SELECT count(*) FROM people").fetchone()[0]
    audited = db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'people' AND action = 'insert'"
    ).fetchone()[0]
    names = db.execute("SELECT count(DISTINCT full_name) FROM people").fetchone()[0]
    assert (people, audited, names) == (300, 300, 300)
    assert database_problems(db) == []
    db.close()


@pytest.fixture(scope="module")
def award_file(tmp_path_factory):
    rows = [
        [n, f"Người Thứ {n}", 1980, "Nam", "Chuyên viên", "Phòng Nội vụ", "Giấy khen"]
        + ["Hoàn thành xuất sắc nhiệm vụ", "88/QĐ-UBND", dt.date(2024, 2, 1)]
        for n in range(1, LIST_ROWS + 1)
    ]
    path = tmp_path_factory.mktemp("lists") / "awards.xlsx"
    return write_xlsx(path, {"DS": award_list(rows)})


def test_an_import_killed_at_any_moment_leaves_all_or_none_and_a_sound_file(db_path, award_file):
    open_database(db_path).close()
    rng = random.Random(20261125)
    outcomes = []
    for _ in range(KILLS):
        db_path.unlink()
        for extra in ("-wal", "-shm"):
            Path(f"{db_path}{extra}").unlink(missing_ok=True)
        open_database(db_path).close()
        importer = start(
            "-m", "kienan_awards", "--db", str(db_path), "import", "awards", str(award_file)
        )
        time.sleep(rng.uniform(0.05, 0.6))  # the whole import takes about 0.5 s here
        importer.send_signal(signal.SIGKILL)
        importer.wait(timeout=30)
        db = open_database(db_path)  # opens: the quick check passes
        assert database_problems(db) == []
        awards = db.execute("SELECT count(*) FROM awards").fetchone()[0]
        people = db.execute("SELECT count(*) FROM people").fetchone()[0]
        db.close()
        assert (awards, people) in ((0, 0), (LIST_ROWS, LIST_ROWS))
        outcomes.append(awards)
    print(f"{KILLS} kills: {outcomes.count(0)} left nothing, {outcomes.count(LIST_ROWS)} all")
    # The moments were spread over the import: both outcomes were met.
    assert outcomes.count(0) and outcomes.count(LIST_ROWS), outcomes
