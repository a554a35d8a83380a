"""A bulk writer sets aside the per-row triggers whose work it does at its end: they come
back word for word, also after a failure, and what they would have written is written."""

import pytest

from kienan_awards.core.lists.list_import import import_list
from kienan_awards.core.storage.bulk_triggers import triggers_set_aside
from kienan_awards.core.storage.database import write_transaction
from kienan_awards.core.storage.schema_check import schema_differences
from tests.support.list_files import award_list, write_xlsx


def trigger_sql(db):
    return sorted(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))


ROWS = [
    [n, f"Trần Thị Hòa {n}", 1985, None, "Chuyên viên", "Phường Hòa Bình", "Giấy khen",
     "Hoàn thành xuất sắc nhiệm vụ năm 2025", "12/QĐ-UBND", "20/12/2025"]
    for n in range(1, 31)
]  # fmt: skip


def test_an_import_leaves_every_trigger_as_it_was_and_audits_and_indexes_its_rows(db, tmp_path):
    before = trigger_sql(db)
    executed = []
    db.conn.set_trace_callback(executed.append)
    plan = import_list(db, write_xlsx(tmp_path / "a.xlsx", {"DS": award_list(ROWS)}))
    db.conn.set_trace_callback(None)
    assert plan.errors == []
    assert "DROP TRIGGER [audit_awards_insert]" in executed
    assert "DROP TRIGGER [awards_search_insert]" in executed
    assert trigger_sql(db) == before
    assert schema_differences(db) == []
    audited = db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'awards' AND action = 'insert'"
    ).fetchone()[0]
    indexed = db.execute("SELECT count(*) FROM search_index_entries").fetchone()[0]
    assert audited == indexed == 30


def test_a_failure_in_the_block_leaves_the_triggers_in_place(db):
    before = trigger_sql(db)
    with pytest.raises(RuntimeError), write_transaction(db):
        with triggers_set_aside(db, "audit_people_insert"):
            assert "audit_people_insert" not in dict(trigger_sql(db))
            raise RuntimeError("stop")
    assert trigger_sql(db) == before


def test_a_trigger_set_aside_is_made_again_when_the_block_fails_but_the_transaction_goes_on(db):
    before = trigger_sql(db)
    with write_transaction(db):
        with pytest.raises(RuntimeError), triggers_set_aside(db, "audit_people_insert"):
            raise RuntimeError("caught inside the transaction")
    assert trigger_sql(db) == before
