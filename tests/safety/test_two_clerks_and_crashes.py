"""Real processes: two writers on one file, and imports and decisions killed (SIGKILL) at random
moments."""

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kienan_awards.core.awards import decisions
from kienan_awards.core.awards.catalogue import find_award_form
from kienan_awards.core.records import people, units
from kienan_awards.core.records.office import record_office
from kienan_awards.core.storage.database import open_database, write_transaction
from kienan_awards.core.storage.integrity import database_problems
from tests.support.list_files import award_list, write_xlsx

ROOT = Path(__file__).resolve().parents[2]
KILLS = 20
LIST_ROWS = 1500
DECISION_LINES = 600


def kill_moments(rng: random.Random, *argv: str) -> list[float]:
    """When to kill each of KILLS runs of the command: one run is timed whole first (the
    machine may be busy), then the moments are spread evenly from its start to a little past
    its end, each at random within its share, so that some come before and some after the
    commit however fast the machine is today."""
    began = time.monotonic()
    finished = start(*argv)
    assert finished.wait(timeout=120) == 0, finished.stderr.read().decode()
    whole = time.monotonic() - began
    return [whole * 1.3 * (i + rng.random()) / KILLS for i in range(KILLS)]


def outcomes_of_kills(rng, argv, killed_at, nothing, everything) -> list:
    """What each killed run left (killed_at(moment) says it). The moments are spread over
    the run, so both outcomes should be met; a machine that grew busier (or idler) since
    the timed run moved the commit past the last moment (or before the first): later
    (earlier) moments then find the other outcome."""
    moments = kill_moments(rng, *argv)
    outcomes = [killed_at(moment) for moment in moments]
    later, earlier = moments[-1], moments[0]
    for _ in range(6):
        if everything in outcomes:
            break
        later *= 2
        outcomes.append(killed_at(later))
    for _ in range(6):
        if nothing in outcomes:
            break
        earlier /= 2
        outcomes.append(killed_at(earlier))
    return outcomes


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


def fresh_copy(template: Path, db_path: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        Path(f"{db_path}{extra}").unlink(missing_ok=True)
    db_path.write_bytes(template.read_bytes())


@pytest.fixture(scope="module")
def proposal_database(tmp_path_factory) -> Path:
    """A database holding one proposal of DECISION_LINES accepted lines, ready to decide."""
    path = tmp_path_factory.mktemp("proposal") / "proposal.sqlite3"
    db = open_database(path)
    # The authority in force on the decision's day (20/12/2024), which signs it.
    office = {"body_name": "UBND phường Mẫu", "place": "Mẫu", "signer_title": "Chủ tịch"}
    record_office(db, {**office, "signer_name": "Lê Văn Ký"}, dt.date(2024, 1, 1))
    with write_transaction(db):
        unit = units.save_unit(db, None, {"name": "Phòng Mẫu", "kind": "department"}).record_id
        proposal = decisions.create_proposal(db, "Giấy khen 2024", 2024).record_id
        form = find_award_form(db, "GIAY_KHEN").id
        for n in range(DECISION_LINES):
            person = people.save_person(
                db, None, {"full_name": f"Người Thứ {n}", "unit_id": unit, "birth_year": 1980}
            ).record_id
            line = decisions.add_line(
                db, proposal, {"form_id": form, "person_id": person, "task_rating": "excellent"}
            ).record_id
            decisions.review_line(db, line, "accepted")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def decision_state(db) -> tuple[int, int, int, int, int, str]:
    """awards, certificates, lines tied to an award, distinct register numbers, audited
    awards, and the proposal's status."""
    return db.execute(
        """SELECT (SELECT count(*) FROM awards), (SELECT count(*) FROM certificates),
                  (SELECT count(*) FROM proposal_lines WHERE award_id IS NOT NULL),
                  (SELECT count(DISTINCT register_number) FROM awards),
                  (SELECT count(*) FROM audit_log
                   WHERE table_name = 'awards' AND action = 'insert'),
                  (SELECT status FROM proposals)"""
    ).fetchone()


def test_two_clerks_deciding_one_proposal_at_once_make_one_decision(db_path, proposal_database):
    fresh_copy(proposal_database, db_path)
    deciders = [
        start("-m", "tests.support.decider_process", str(db_path), "1", number)
        for number in ("1/QĐ-UBND", "2/QĐ-UBND")
    ]
    results = [(d.wait(timeout=120), d.stderr.read().decode()) for d in deciders]
    assert sorted(code for code, _ in results) == [0, 1], results
    assert "nothing to decide" in next(err for code, err in results if code == 1)
    db = open_database(db_path)
    assert db.execute("SELECT count(*) FROM decisions").fetchone()[0] == 1
    n = DECISION_LINES
    assert decision_state(db) == (n, n, n, n, n, "decided")
    assert database_problems(db) == []
    db.close()


def test_a_decision_killed_at_any_moment_leaves_all_or_none_and_a_sound_file(
    db_path, proposal_database
):
    rng = random.Random(20261126)
    n = DECISION_LINES
    deciding = ("-m", "tests.support.decider_process", str(db_path), "1", "5/QĐ-UBND")
    fresh_copy(proposal_database, db_path)

    def killed_at(moment: float) -> int:
        fresh_copy(proposal_database, db_path)
        decider = start(*deciding)
        time.sleep(moment)
        decider.send_signal(signal.SIGKILL)
        decider.wait(timeout=30)
        db = open_database(db_path)
        assert database_problems(db) == []
        state = decision_state(db)
        decided = db.execute("SELECT count(*) FROM decisions").fetchone()[0]
        db.close()
        assert (decided, state) in ((0, (0, 0, 0, 0, 0, "open")), (1, (n, n, n, n, n, "decided")))
        return decided

    outcomes = outcomes_of_kills(rng, deciding, killed_at, 0, 1)
    print(f"{KILLS} kills of a decision: {outcomes.count(0)} left nothing, {outcomes.count(1)} all")
    assert outcomes.count(0) and outcomes.count(1), outcomes


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
    importing = ("-m", "kienan_awards", "--db", str(db_path), "import", "awards", str(award_file))

    def fresh_database() -> None:
        db_path.unlink()
        for extra in ("-wal", "-shm"):
            Path(f"{db_path}{extra}").unlink(missing_ok=True)
        open_database(db_path).close()

    def killed_at(moment: float) -> int:
        fresh_database()
        importer = start(*importing)
        time.sleep(moment)
        importer.send_signal(signal.SIGKILL)
        importer.wait(timeout=30)
        db = open_database(db_path)  # opens: the quick check passes
        assert database_problems(db) == []
        awards = db.execute("SELECT count(*) FROM awards").fetchone()[0]
        people = db.execute("SELECT count(*) FROM people").fetchone()[0]
        db.close()
        assert (awards, people) in ((0, 0), (LIST_ROWS, LIST_ROWS))
        return awards

    fresh_database()
    outcomes = outcomes_of_kills(rng, importing, killed_at, 0, LIST_ROWS)
    print(f"{KILLS} kills: {outcomes.count(0)} left nothing, {outcomes.count(LIST_ROWS)} all")
    assert outcomes.count(0) and outcomes.count(LIST_ROWS), outcomes
