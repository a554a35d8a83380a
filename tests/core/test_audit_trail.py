import datetime as dt
import json
import sqlite3

import pytest

from kienan_awards.core import demo
from kienan_awards.core.lists.list_import import import_list
from kienan_awards.core.records import people, record_edits
from kienan_awards.core.records.audit_log import (
    AuditFilters,
    audit_choices,
    audit_entries,
    audit_entry_ids,
    mask_personal_id,
    os_user,
)
from kienan_awards.core.storage.audit_triggers import audited_table_names
from kienan_awards.core.storage.database import write_transaction
from tests.support.list_files import AWARD_HEADER, TITLE_ROWS, write_xlsx


def log_rows(db, table=None):
    where = "WHERE table_name = ?" if table else ""
    return db.execute(
        "SELECT table_name, record_id, action, before_json, after_json, os_user FROM audit_log "
        f"{where} ORDER BY id",
        [table] if table else [],
    ).fetchall()


def add_unit(db, name):
    db.execute(
        "INSERT INTO units (name, name_folded, kind) VALUES (?, fold(?), 'department')",
        [name, name],
    )


def test_every_record_table_has_triggers_naming_every_column(db):
    tables = audited_table_names(db)
    assert {"people", "units", "awards", "decisions", "settings", "movement_units"} <= set(tables)
    assert not [t for t in tables if t.startswith(("search_index", "sqlite_"))]
    assert "audit_log" not in tables
    for table in tables:
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        for action in ("insert", "update", "delete"):
            row = db.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                [f"audit_{table}_{action}"],
            ).fetchone()
            assert row, f"{table} has no {action} audit trigger"
            missing = [c for c in columns if f"'{c}'" not in row[0]]
            assert not missing, f"audit_{table}_{action} leaves out {missing}"


def test_raw_writes_are_audited_with_before_and_after_and_the_user(db):
    with write_transaction(db):
        add_unit(db, "Phòng Nội vụ")
        unit_id = db.execute("SELECT id FROM units").fetchone()[0]
        db.execute("UPDATE units SET short_name = 'NV', note = NULL WHERE id = ?", [unit_id])
        db.execute("UPDATE units SET short_name = 'NV' WHERE id = ?", [unit_id])  # no change
        db.execute("DELETE FROM units WHERE id = ?", [unit_id])
    rows = log_rows(db, "units")
    assert [(r[1], r[2]) for r in rows] == [(unit_id, a) for a in ("insert", "update", "delete")]
    inserted, updated, deleted = rows
    assert inserted[3] is None and json.loads(inserted[4])["name"] == "Phòng Nội vụ"
    # An update keeps only what changed: note was NULL before and after.
    assert json.loads(updated[3]) == {"short_name": None}
    assert json.loads(updated[4]) == {"short_name": "NV"}
    assert json.loads(deleted[3])["short_name"] == "NV" and deleted[4] is None
    assert {r[5] for r in rows} == {os_user()}


def test_settings_are_audited_by_their_key(db):
    with write_transaction(db):
        db.execute("INSERT INTO settings (key, value) VALUES ('office.place', 'Kiến An')")
    assert log_rows(db, "settings")[-1][1:3] == ("office.place", "insert")


def test_a_rolled_back_change_leaves_no_audit_row(db):
    before = len(log_rows(db))
    with pytest.raises(RuntimeError), write_transaction(db):
        add_unit(db, "Phòng Y tế")
        raise RuntimeError("stopped")
    assert len(log_rows(db)) == before


def test_the_audit_log_cannot_be_changed_or_emptied(db):
    people.save_person(db, None, {"full_name": "Lê Văn An"})
    for statement in ("UPDATE audit_log SET os_user = 'someone'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="audit log cannot be changed"):
            db.execute(statement)
    assert len(log_rows(db)) == 1 and log_rows(db)[0][5] == os_user()


def test_an_edit_in_the_window_writes_one_audit_row_and_its_undo_another(db):
    person_id = people.save_person(db, None, {"full_name": "Lê Văn An"}).record_id
    group = record_edits.update_record(db, "people", person_id, {"note": "ghi chú"}, "note")
    record_edits.undo(db, group)
    actions = [(r[2], r[4]) for r in log_rows(db, "people")]
    assert [a for a, _ in actions] == ["insert", "update", "update"]
    assert json.loads(actions[1][1]) == {"note": "ghi chú"}
    assert json.loads(actions[2][1]) == {"note": None}


def test_a_list_import_audits_every_new_person_and_award(db, tmp_path):
    rows = [
        [
            n,
            name,
            1980 + n,
            "Nam",
            "Chuyên viên",
            "Phòng Tư pháp",
            "Giấy khen",
            "Hoàn thành xuất sắc",
            "15/QĐ-UBND",
            dt.date(2024, 1, 12),
        ]
        for n, name in enumerate(["Nguyễn Văn Ba", "Trần Thị Bốn", "Lê Văn Năm"], start=1)
    ]
    path = write_xlsx(tmp_path / "list.xlsx", {"DS": [*TITLE_ROWS, AWARD_HEADER, *rows]})
    import_list(db, path)
    for table in ("people", "awards", "units", "decisions", "import_batches"):
        records = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        inserts = [r for r in log_rows(db, table) if r[2] == "insert"]
        assert len(inserts) == records > 0, table
    award = db.execute("SELECT id, recipient_name, person_id FROM awards LIMIT 1").fetchone()
    logged = next(json.loads(r[4]) for r in log_rows(db, "awards") if r[1] == award[0])
    assert (logged["recipient_name"], logged["person_id"]) == (award[1], award[2])


def test_the_demo_and_its_decisions_are_audited(db):
    demo.load_demo(db)
    counts = dict(
        db.execute(
            "SELECT table_name, count(*) FROM audit_log WHERE action = 'insert' GROUP BY table_name"
        ).fetchall()
    )
    for table in ("awards", "people", "decisions", "units", "certificates"):
        assert counts[table] == db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_personal_ids_are_masked_when_the_log_is_read(db):
    person_id = people.save_person(
        db, None, {"full_name": "Lê Văn An", "personal_id": "031185000123"}
    ).record_id
    (entry,) = audit_entries(db, audit_entry_ids(db, AuditFilters(table="people"))).values()
    assert entry.record_id == person_id
    assert ("personal_id", None, "•••••••••123") in entry.changes()
    assert "031185000123" not in entry.summary()
    assert mask_personal_id("") == "" and mask_personal_id(None) is None


def test_the_log_is_filtered_by_table_record_action_user_day_and_text(db):
    first = people.save_person(db, None, {"full_name": "Lê Văn An"}).record_id
    second = people.save_person(db, None, {"full_name": "Trần Thị Bình"}).record_id
    record_edits.update_record(db, "people", second, {"note": "chuyển công tác"}, "note")
    with write_transaction(db):
        add_unit(db, "Phòng Y tế")

    def ids(**filters):
        return audit_entry_ids(db, AuditFilters(**filters))

    everything = ids()
    assert len(everything) == 4 and everything == sorted(everything, reverse=True)
    assert len(ids(table="people")) == 3
    assert len(ids(table="people", record_id=second)) == 2
    assert len(ids(table="people", record_id=str(first))) == 1
    assert len(ids(action="update")) == 1
    assert len(ids(os_user=os_user())) == 4 and ids(os_user="someone else") == []
    today = dt.date.today()
    assert len(ids(from_date=today, to_date=today)) == 4
    assert ids(to_date=today - dt.timedelta(days=1)) == []
    assert ids(from_date=today + dt.timedelta(days=1)) == []
    assert len(ids(text="công tác")) == 1 and len(ids(text="Bình")) == 1
    assert audit_choices(db) == {"tables": ["people", "units"], "users": [os_user()]}
    assert len(audit_entry_ids(db, AuditFilters(), limit=2)) == 2


def test_entries_read_back_in_local_time_with_a_readable_summary(db):
    people.save_person(db, None, {"full_name": "Lê Văn An"})
    (entry,) = audit_entries(db, audit_entry_ids(db, AuditFilters())).values()
    assert abs(entry.at - dt.datetime.now()) < dt.timedelta(minutes=1)
    assert "full_name: Lê Văn An" in entry.summary()
    assert "∅" not in entry.summary()  # an insert lists only the values it set


def test_finding_text_never_uncovers_a_masked_personal_id(db):
    people.save_person(db, None, {"full_name": "Lê Văn An", "personal_id": "031185000123"})
    for typed in ("031185000123", "031185", "0311"):
        assert audit_entry_ids(db, AuditFilters(text=typed)) == []
    assert len(audit_entry_ids(db, AuditFilters(text="Lê Văn An"))) == 1


def test_a_day_beyond_the_calendar_is_refused_with_a_message(db):
    from kienan_awards.core.errors import KienanError

    with pytest.raises(KienanError, match="outside the dates"):
        audit_entry_ids(db, AuditFilters(to_date=dt.date(9999, 12, 31)))


def test_every_record_a_change_refers_to_is_named_from_its_own_table(db):
    from kienan_awards.core.records.audit_log import REFERENCED_RECORDS, referenced_name

    for column in REFERENCED_RECORDS:
        assert referenced_name(db, column, 999_999) is None  # gone: its number is all there is
    clusters_id = db.execute(
        "INSERT INTO clusters (name, name_folded, kind, organiser) "
        "VALUES ('Cụm thi đua số 4', 'cum thi dua so 4', 'cluster', 'city')"
    ).lastrowid
    assert referenced_name(db, "cluster_id", clusters_id) == "Cụm thi đua số 4"
    assert referenced_name(db, "note", 1) is None
