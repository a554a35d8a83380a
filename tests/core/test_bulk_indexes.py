"""A large import into a small table makes the table's indexes afresh after its rows; the
indexes come back exactly as they were, and a failed import leaves them untouched."""

import pytest

from kienan_awards.core.lists.list_import import import_list
from kienan_awards.core.storage import bulk_indexes
from kienan_awards.core.storage.bulk_indexes import indexes_made_after
from kienan_awards.core.storage.database import write_transaction
from kienan_awards.core.storage.schema_check import schema_differences
from tests.support.list_files import award_list, write_xlsx


def index_sql(db, table):
    return sorted(
        db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", [table]
        ).fetchall()
    )


def rows(count, first=1):
    return [
        [
            n,
            f"Nguyễn Văn An {n}",
            1980,
            "Nam",
            None,
            "Phường Lê Lợi",
            "Giấy khen",
            "Năm 2025",
            "15/QĐ-UBND",
            "12/12/2025",
        ]
        for n in range(first, first + count)
    ]


@pytest.fixture
def rebuilt_from_few(monkeypatch):
    monkeypatch.setattr(bulk_indexes, "REBUILT_FROM_ROWS", 5)


def test_a_large_import_into_a_small_table_gives_back_every_index_as_it_was(
    db, tmp_path, rebuilt_from_few
):
    before = {table: index_sql(db, table) for table in ("awards", "people")}
    executed = []
    db.conn.set_trace_callback(executed.append)
    plan = import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list(rows(40))}))
    db.conn.set_trace_callback(None)
    assert plan.errors == []
    assert any(s.startswith("DROP INDEX [awards_by_person]") for s in executed)
    assert {table: index_sql(db, table) for table in before} == before
    assert schema_differences(db) == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The indexes hold the rows written while they were away.
    found = db.execute(
        "SELECT count(*) FROM awards INDEXED BY awards_by_person WHERE person_id > 0"
    ).fetchone()[0]
    assert found == 40


def test_a_small_import_into_a_large_table_keeps_the_indexes_live(db, tmp_path, rebuilt_from_few):
    import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list(rows(40))}))
    executed = []
    db.conn.set_trace_callback(executed.append)
    import_list(db, write_xlsx(tmp_path / "b.xlsx", {"DS": award_list(rows(6, first=100))}))
    db.conn.set_trace_callback(None)
    assert not any(s.startswith("DROP INDEX") for s in executed)


def test_a_failure_in_the_block_leaves_every_index_in_place(db):
    before = index_sql(db, "awards")
    with pytest.raises(RuntimeError), write_transaction(db):
        with indexes_made_after(db, "awards", 50_000):
            assert index_sql(db, "awards") != before
            raise RuntimeError("stop")
    assert index_sql(db, "awards") == before


def test_an_index_that_keeps_values_unique_is_never_dropped(db):
    with write_transaction(db), indexes_made_after(db, "people", 50_000):
        names = [name for name, _sql in index_sql(db, "people")]
        assert "people_personal_id" in names and "people_unit" not in names
    assert "people_unit" in [name for name, _sql in index_sql(db, "people")]
