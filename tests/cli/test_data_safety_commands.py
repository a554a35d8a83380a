import json
from pathlib import Path

import pytest

from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run


def test_backup_prints_the_path_of_a_new_copy(capsys, demo_path, tmp_path):
    code, out, err = run(capsys, "--db", str(demo_path), "backup", str(tmp_path / "usb"))
    assert code == 0 and err == ""
    assert Path(out.strip()).parent == tmp_path / "usb" and Path(out.strip()).exists()


def test_check_says_sound_or_lists_each_problem_with_exit_1(capsys, demo_path):
    code, out, _ = run(capsys, "--db", str(demo_path), "check")
    assert code == 0 and "sound" in out
    db = open_database(demo_path)
    db.execute(
        "DELETE FROM search_index WHERE rowid = "
        "(SELECT recency FROM search_index_entries WHERE award_id = 5)"
    )
    db.conn.commit()
    db.close()
    code, out, err = run(capsys, "--db", str(demo_path), "check")
    assert code == 1 and out == "" and "search index" in err and err.count("\n") == 1


def test_restore_puts_a_backup_back_and_keeps_the_replaced_database(capsys, demo_path, tmp_path):
    _, out, _ = run(capsys, "--db", str(demo_path), "backup", str(tmp_path / "saved"))
    saved = out.strip()
    db = open_database(demo_path)
    db.execute("DELETE FROM print_log")
    db.execute("DELETE FROM award_evidence")
    db.execute("DELETE FROM certificates")
    db.execute("DELETE FROM award_acts")
    db.execute("DELETE FROM council_votes")
    db.execute("DELETE FROM proposal_lines")
    db.execute("DELETE FROM awards")
    db.conn.commit()
    db.close()
    code, out, err = run(capsys, "--db", str(demo_path), "restore", saved)
    assert code == 0 and "kept in" in out
    db = open_database(demo_path)
    assert db.execute("SELECT count(*) FROM awards").fetchone()[0] == 699
    db.close()


def test_restore_of_a_foreign_file_is_one_line_and_changes_nothing(capsys, demo_path, tmp_path):
    before = demo_path.read_bytes()
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    code, out, err = run(capsys, "--db", str(demo_path), "restore", str(text))
    assert code == 1 and out == "" and err.count("\n") == 1 and "not a database" in err
    assert demo_path.read_bytes() == before


def test_audit_lists_the_newest_changes_with_the_user_and_what_changed(capsys, demo_path):
    from kienan_awards.core.records import record_edits

    db = open_database(demo_path)
    person_id = db.execute("SELECT min(id) FROM people WHERE note IS NULL").fetchone()[0]
    record_edits.update_record(db, "people", person_id, {"note": "chuyển công tác"}, "note")
    db.close()
    code, out, err = run(capsys, "--db", str(demo_path), "audit", "--limit", "1")
    assert code == 0 and "1 of " in err and "--limit 0 shows all" in err
    changed = f"| people {person_id} | changed | note: ∅ → chuyển công tác"
    assert out.count("\n") == 1 and changed in out


def test_audit_filters_and_gives_json_with_personal_ids_masked(capsys, demo_path):
    db = open_database(demo_path)
    person_id = db.execute("SELECT id FROM people WHERE personal_id IS NOT NULL").fetchone()[0]
    personal_id = db.execute("SELECT personal_id FROM people WHERE id = ?", [person_id]).fetchone()
    db.close()
    code, out, err = run(
        capsys,
        "--db",
        str(demo_path),
        "audit",
        "--table",
        "people",
        "--record",
        str(person_id),
        "--format",
        "json",
    )
    assert code == 0 and err == ""
    (entry,) = json.loads(out)
    assert (entry["table"], entry["record"], entry["action"]) == ("people", person_id, "insert")
    assert personal_id[0] not in out
    fields = {change["field"]: change["after"] for change in entry["changes"]}
    assert fields["personal_id"].endswith(personal_id[0][-3:]) and "name_sort_key" not in fields
    code, out, _ = run(capsys, "--db", str(demo_path), "audit", "--find", "nobody typed this")
    assert (code, out) == (0, "")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--table", "nope"], "there is no table nope"),
        (["--record", "5"], "--record needs --table"),
        (["--from", "31/02/2024"], "impossible date"),
        (["--limit", "-1"], "--limit: the count -1 lies outside 0 - 1000000000"),
    ],
    ids=["table", "record", "date", "limit"],
)
def test_audit_refuses_a_wrong_filter_in_one_line(capsys, demo_path, argv, message):
    code, out, err = run(capsys, "--db", str(demo_path), "audit", *argv)
    assert code == 2 and out == "" and message in err and err.count("\n") == 1


def test_audit_takes_any_typed_record_or_day_without_a_traceback(capsys, demo_path):
    code, out, err = run(
        capsys, "--db", str(demo_path), "audit", "--table", "people", "--record", "²"
    )
    assert (code, out, err) == (0, "", "")
    code, out, err = run(capsys, "--db", str(demo_path), "audit", "--to", "31/12/9999")
    assert code == 2 and "lies outside" in err and err.count("\n") == 1


def test_move_takes_the_default_database_to_a_new_folder(capsys, tmp_path):
    assert run(capsys, "demo")[0] == 0
    code, out, err = run(capsys, "move", str(tmp_path / "D"))
    assert code == 0 and err == "" and str(tmp_path / "D" / "awards.sqlite3") in out
    code, out, _ = run(capsys, "info", "--format", "json")
    assert json.loads(out)["awards"] == 699


def test_move_of_a_file_named_by_db_is_a_mistake_in_the_command(capsys, demo_path, tmp_path):
    code, out, err = run(capsys, "--db", str(demo_path), "move", str(tmp_path / "D"))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert not (tmp_path / "D").exists()


def test_move_onto_a_taken_place_is_one_line_and_changes_nothing(capsys, tmp_path):
    run(capsys, "demo")
    (tmp_path / "awards.sqlite3").write_bytes(b"x")
    code, out, err = run(capsys, "move", str(tmp_path))
    assert code == 1 and out == "" and "already exists" in err and err.count("\n") == 1


def test_move_that_cannot_remove_the_old_file_says_so_and_succeeds(capsys, tmp_path, monkeypatch):
    from kienan_awards.core.storage import moving

    run(capsys, "demo")

    def locked(path):
        raise PermissionError(13, "the file is in use")

    monkeypatch.setattr(moving, "remove_old_database", locked)
    code, out, err = run(capsys, "move", str(tmp_path / "D"))
    assert code == 0 and "now lives in" in out
    assert "still there" in err and err.count("\n") == 1


def test_use_makes_a_kept_database_the_default_and_refuses_a_foreign_file(
    capsys, demo_path, tmp_path
):
    code, out, err = run(capsys, "use", str(demo_path))
    assert code == 0 and str(demo_path) in out
    code, out, _ = run(capsys, "info", "--format", "json")
    assert json.loads(out)["awards"] == 699
    notes = tmp_path / "notes.db"
    notes.write_text("hello")
    code, out, err = run(capsys, "use", str(notes))
    assert code == 1 and out == "" and "not a database file" in err and err.count("\n") == 1
