"""Two imports checked at the same time, each planning to create the same new unit or person,
give the same records as the same imports one after the other: matching is done again under
the write lock when anything was written since the list was checked."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.list_import import commit_import, prepare_import
from kienan_awards.core.storage.database import open_database
from tests.support.list_files import award_list, write_xlsx

ROOT = Path(__file__).resolve().parents[2]


def row(n, name, unit, form="Giấy khen", number="21/QĐ-UBND", day=dt.date(2025, 10, 3)):
    return [
        n,
        name,
        1980 + n,
        "Nữ",
        "Chuyên viên",
        unit,
        form,
        "Hoàn thành xuất sắc nhiệm vụ năm 2025",
        number,
        day,
    ]


def list_file(tmp_path, name, rows):
    return write_xlsx(tmp_path / name, {"DS": award_list(rows)})


def test_two_lists_planned_together_create_the_shared_new_unit_and_person_once(db_path, tmp_path):
    first = list_file(tmp_path, "a.xlsx", [row(1, "Lương Thị Hoà", "Phường Dương Kinh")])
    second = list_file(
        tmp_path,
        "b.xlsx",
        [
            row(1, "Lương Thị Hoà", "Phường Dương Kinh", form="Lao động tiên tiến"),
            row(2, "Vũ Đình Trọng", "Phường Dương Kinh", form="Lao động tiên tiến"),
        ],
    )
    one, two = open_database(db_path), open_database(db_path)
    plan_one = prepare_import(one, first)
    plan_two = prepare_import(two, second)
    assert plan_one.summary()["units_created"] == plan_two.summary()["units_created"] == 1

    commit_import(one, plan_one)
    summary = commit_import(two, plan_two)

    assert summary["units_created"] == 0
    assert summary["people_created"] == 1 and summary["people_matched"] == 1
    assert (
        one.execute("SELECT count(*) FROM units WHERE name = 'Phường Dương Kinh'").fetchone()[0]
        == 1
    )
    assert (
        one.execute("SELECT count(*) FROM people WHERE full_name = 'Lương Thị Hoà'").fetchone()[0]
        == 1
    )
    # A later list naming them is not refused as ambiguous.
    later = list_file(
        tmp_path,
        "c.xlsx",
        [
            row(
                1,
                "Lương Thị Hoà",
                "Phường Dương Kinh",
                number="30/QĐ-UBND",
                form="Chiến sĩ thi đua cơ sở",
            )
        ],
    )
    assert prepare_import(one, later).errors == []
    one.close(), two.close()


def test_the_same_list_committed_twice_at_once_is_imported_once(db_path, tmp_path):
    path = list_file(tmp_path, "a.xlsx", [row(1, "Lương Thị Hoà", "Phường Dương Kinh")])
    one, two = open_database(db_path), open_database(db_path)
    plan_one, plan_two = prepare_import(one, path), prepare_import(two, path)
    commit_import(one, plan_one)
    try:
        commit_import(two, plan_two)
    except KienanError as error:
        assert "already imported" in str(error)
    else:
        raise AssertionError("the second copy of the list was written")
    assert one.execute("SELECT count(*) FROM awards").fetchone()[0] == 1
    one.close(), two.close()


def test_a_change_that_makes_a_checked_row_wrong_refuses_the_list_in_a_sentence(db_path, tmp_path):
    first = list_file(tmp_path, "a.xlsx", [row(1, "Lương Thị Hoà", "Phường Dương Kinh")])
    again = list_file(
        tmp_path, "b.xlsx", [row(1, "Lương Thị Hoà", "Phường Dương Kinh", number="22/QĐ-UBND")]
    )
    one, two = open_database(db_path), open_database(db_path)
    plan_one, plan_two = prepare_import(one, first), prepare_import(two, again)
    commit_import(one, plan_one)
    try:
        commit_import(two, plan_two)
    except KienanError as error:
        text = str(error)
        assert "UNIQUE" not in text and "b.xlsx" in text and "check the list again" in text
    else:
        raise AssertionError("the same award was written twice")
    assert one.execute("SELECT count(*) FROM awards").fetchone()[0] == 1
    one.close(), two.close()


def test_two_processes_importing_lists_that_share_a_new_unit_make_it_once(db_path, tmp_path):
    open_database(db_path).close()
    lists = [
        list_file(
            tmp_path,
            f"{n}.xlsx",
            [
                row(i, f"Người Số {n}{i}", "Xã Cẩm Giàng", number=f"{n}/QĐ-UBND")
                for i in range(1, 40)
            ],
        )
        for n in range(1, 5)
    ]
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kienan_awards",
                "--db",
                str(db_path),
                "import",
                "awards",
                str(path),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for path in lists
    ]
    said = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err.decode()
        said.append(out.decode())
    db = open_database(db_path)
    batches = list(db.execute("SELECT file_name, summary FROM import_batches"))
    assert db.execute("SELECT count(*) FROM units WHERE name = 'Xã Cẩm Giàng'").fetchone()[0] == 1
    count = db.execute("SELECT count(*) FROM awards").fetchone()[0]
    assert count == 4 * 39, (said, batches)
    db.close()


def test_a_rule_of_the_database_the_checks_missed_is_named_and_nothing_is_written(
    db_path, tmp_path, monkeypatch
):
    import sqlite3

    from kienan_awards.core.lists import list_import

    path = list_file(tmp_path, "a.xlsx", [row(1, "Lương Thị Hoà", "Phường Dương Kinh")])
    db = open_database(db_path)
    plan = prepare_import(db, path)

    def broken(db, plan, report):
        db.execute(
            "INSERT INTO units (name, name_folded, name_sort_key, kind) "
            "VALUES ('X', 'x', '', 'ward')"
        )
        raise sqlite3.IntegrityError("CHECK constraint failed: kind")

    monkeypatch.setattr(list_import, "write_plan", broken)
    try:
        commit_import(db, plan)
    except KienanError as error:
        assert "CHECK constraint failed: kind" in str(error) and "a.xlsx" in str(error)
    else:
        raise AssertionError("the broken write was not refused")
    assert db.execute("SELECT count(*) FROM units").fetchone()[0] == 0
    db.close()
