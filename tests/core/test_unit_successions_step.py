"""Schema step 14: the successor links units held move to unit_successions, one row each."""

import sqlite3

import pytest

from kienan_awards.core.search.award_search import (
    AwardSearch,
    award_ids,
    search_index_differences,
)
from kienan_awards.core.storage import migrations
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.text import fold, text_sort_text


@pytest.fixture
def old_db(tmp_path):
    """A database at step 13 whose units carry successor links: Lãm Hà merged into Bắc Hà in
    2020, which merged into Phù Liễn with Ngọc Sơn in 2025."""
    db = open_database(tmp_path / "old.db", migrate=False)
    migrations.STEPS.apply(db, stop_before="0014_unit_successions")
    ids = {}
    for name, valid_to in (
        ("Phường Phù Liễn", None),
        ("Phường Bắc Hà", "2025-06-30"),
        ("Phường Lãm Hà", "2019-12-31"),
        ("Phường Ngọc Sơn", "2025-06-30"),
        ("Phường Nam Sơn", None),
    ):
        ids[name] = db.execute(
            "INSERT INTO units (name, name_folded, name_sort_key, kind, valid_to) "
            "VALUES (?, ?, ?, 'ward', ?)",
            [name, fold(name), text_sort_text(name), valid_to],
        ).lastrowid
    for name, successor in (
        ("Phường Bắc Hà", "Phường Phù Liễn"),
        ("Phường Lãm Hà", "Phường Bắc Hà"),
        ("Phường Ngọc Sơn", "Phường Phù Liễn"),
    ):
        db.execute("UPDATE units SET successor_id = ? WHERE id = ?", [ids[successor], ids[name]])
    decision = db.execute(
        "INSERT INTO decisions (number, decided_on) VALUES ('5/QĐ-UBND', '2020-01-10')"
    ).lastrowid
    form = db.execute("SELECT id FROM award_forms ORDER BY id LIMIT 1").fetchone()[0]
    awards = {}
    for name in ("Phường Lãm Hà", "Phường Ngọc Sơn", "Phường Nam Sơn"):
        awards[name] = db.execute(
            "INSERT INTO awards (decision_id, form_id, recipient_kind, recipient_unit_id, "
            "recipient_name, unit_id, unit_name, achievement_year, status) "
            "VALUES (?, ?, 'collective', ?, ?, ?, ?, 2019, 'awarded')",
            [decision, form, ids[name], name, ids[name], name],
        ).lastrowid
    db.conn.commit()
    yield db, ids, awards
    db.close()


def test_every_successor_link_becomes_a_row_and_the_column_is_retired(old_db):
    db, ids, awards = old_db
    audit_rows = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]

    assert migrations.apply_pending(db)[0] == "0014_unit_successions"

    rows = db.execute(
        "SELECT p.name, s.name, l.valid_from, l.whole, l.confirmed FROM unit_successions l "
        "JOIN units p ON p.id = l.predecessor_id JOIN units s ON s.id = l.successor_id "
        "ORDER BY l.valid_from, p.name"
    ).fetchall()
    assert rows == [
        ("Phường Lãm Hà", "Phường Bắc Hà", "2020-01-01", 1, 1),
        ("Phường Bắc Hà", "Phường Phù Liễn", "2025-07-01", 1, 1),
        ("Phường Ngọc Sơn", "Phường Phù Liễn", "2025-07-01", 1, 1),
    ]
    assert db.execute("SELECT count(*) FROM units WHERE successor_id IS NOT NULL").fetchone() == (
        0,
    )
    later = db.execute(
        "SELECT later_id FROM unit_later_units WHERE unit_id = ? ORDER BY later_id",
        [ids["Phường Lãm Hà"]],
    ).fetchall()
    assert later == [(ids["Phường Phù Liễn"],), (ids["Phường Bắc Hà"],)]
    # Moving the links is the program's: no audit row.
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == audit_rows


def test_writing_the_retired_column_is_refused(old_db):
    db, ids, _awards = old_db
    migrations.apply_pending(db)
    with pytest.raises(sqlite3.IntegrityError, match="retired"):
        db.execute(
            "UPDATE units SET successor_id = ? WHERE id = ?",
            [ids["Phường Phù Liễn"], ids["Phường Nam Sơn"]],
        )
    with pytest.raises(sqlite3.IntegrityError, match="retired"):
        db.execute(
            "INSERT INTO units (name, name_folded, name_sort_key, kind, successor_id) "
            "VALUES ('Phường X', 'phuong x', 'phuong x', 'ward', ?)",
            [ids["Phường Phù Liễn"]],
        )


def test_old_awards_are_found_under_the_successors_name_after_the_step(old_db):
    db, _ids, awards = old_db
    migrations.apply_pending(db)
    found = award_ids(db, AwardSearch("Phu Lien"))
    # Lãm Hà's award is found through two mergers (Bắc Hà, then Phù Liễn).
    assert set(found) == {awards["Phường Lãm Hà"], awards["Phường Ngọc Sơn"]}
    assert awards["Phường Lãm Hà"] in award_ids(db, AwardSearch("Bac Ha"))
    assert search_index_differences(db) == 0
