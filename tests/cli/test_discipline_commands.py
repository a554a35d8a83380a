"""discipline lists the register (a person's, those in effect in a year); discipline add records
one from its decision, its form named in English or Vietnamese with or without marks; a wrong
word is one line and nothing is written."""

import json

from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run


def discipline(capsys, path, *words):
    return run(capsys, "--db", path, "--lang", "en", "discipline", *words)


def count(path) -> int:
    db = open_database(path, create=False)
    try:
        return db.execute("SELECT count(*) FROM disciplines").fetchone()[0]
    finally:
        db.close()


def test_a_discipline_is_recorded_listed_by_year_and_removed(capsys, demo_path):
    code, out, err = discipline(
        capsys, demo_path, "add", "3", "Cảnh cáo", "--date", "02/03/2025",
        "--decision", "12/QĐ-UBND", "--reason", "Vi phạm quy chế",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("#1 02/03/2025 | warning | ")
    assert "| 12/QĐ-UBND | for its year" in out
    code, out, _err = discipline(
        capsys, demo_path, "add", "4", "khien trach", "--date", "02/03/2025",
        "--until", "01/03/2026",
    )  # fmt: skip
    assert code == 0 and "reprimand" in out and "until 01/03/2026" in out
    code, out, _err = discipline(capsys, demo_path, "--year", "2026", "--format", "json")
    (entry,) = json.loads(out)
    assert (entry["id"], entry["form"], entry["form_name"]) == (2, "reprimand", "Khiển trách")
    assert (entry["decided_on"], entry["effect_until"]) == ("2025-03-02", "2026-03-01")
    code, out, _err = discipline(capsys, demo_path, "--person", "3")
    assert code == 0 and out.count("\n") == 1 and out.startswith("#1 ")
    code, out, _err = discipline(capsys, demo_path, "remove", "1")
    assert code == 0 and out.startswith("removed: #1 ")
    assert count(demo_path) == 2  # kept in the trash
    code, out, _err = discipline(capsys, demo_path)
    assert out.startswith("#2 ") and out.count("\n") == 1


def test_wrong_words_are_one_line_and_nothing_is_written(capsys, demo_path):
    cases = [
        (("add", "3", "phê bình", "--date", "02/03/2025"), 2, "is not a form of discipline"),
        (("add", "3", "warning", "--date", "31/02/2025"), 2, ""),
        (("add", "99999", "warning", "--date", "02/03/2025"), 1, "there is no person 99999"),
        (
            ("add", "3", "warning", "--date", "02/03/2025", "--until", "01/03/2025"),
            1,
            "its effect ends before the decision's date",
        ),
        (("remove", "7"), 1, "there is no discipline 7"),
    ]
    for words, exit_code, said in cases:
        code, out, err = discipline(capsys, demo_path, *words)
        assert code == exit_code, words
        assert out == "" and err.count("\n") == 1 and said in err, (words, err)
    assert count(demo_path) == 0
