from pathlib import Path

from kienan_awards.app import main
from kienan_awards.core.storage import open_database


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_prints_the_path_of_a_new_copy(capsys, demo_path, tmp_path):
    code, out, err = run(capsys, "--db", str(demo_path), "backup", str(tmp_path / "usb"))
    assert code == 0 and err == ""
    assert Path(out.strip()).parent == tmp_path / "usb" and Path(out.strip()).exists()


def test_check_says_sound_or_lists_each_problem_with_exit_1(capsys, demo_path):
    code, out, _ = run(capsys, "--db", str(demo_path), "check")
    assert code == 0 and "sound" in out
    db = open_database(demo_path)
    db.execute("DELETE FROM search_index WHERE rowid = 5")
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
    db.execute("DELETE FROM awards")
    db.conn.commit()
    db.close()
    code, out, err = run(capsys, "--db", str(demo_path), "restore", saved)
    assert code == 0 and "kept in" in out
    db = open_database(demo_path)
    assert db.execute("SELECT count(*) FROM awards").fetchone()[0] == 412
    db.close()


def test_restore_of_a_foreign_file_is_one_line_and_changes_nothing(capsys, demo_path, tmp_path):
    before = demo_path.read_bytes()
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    code, out, err = run(capsys, "--db", str(demo_path), "restore", str(text))
    assert code == 1 and out == "" and err.count("\n") == 1 and "not a database" in err
    assert demo_path.read_bytes() == before
