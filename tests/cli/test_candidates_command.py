import json

from kienan_awards.app import main
from kienan_awards.core.storage.database import open_database


def test_candidates_are_people_with_two_consecutive_grassroots_fighter_years(capsys, db_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    assert main(["--db", str(db_path), "candidates", "--year", "2024", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and set(rows[0]) == {"name", "unit", "suggested", "reason", "years"}
    db = open_database(db_path)
    for row in rows:
        years = {
            r[0]
            for r in db.execute(
                "SELECT a.achievement_year FROM awards a JOIN award_forms f ON f.id = a.form_id "
                "JOIN people p ON p.id = a.person_id WHERE p.full_name = ? AND f.code = 'CSTDCS'",
                [row["name"]],
            )
        }
        assert set(row["years"]) <= years and row["years"] == [2023, 2024]
    db.close()


def test_a_year_without_candidates_gives_an_empty_list(capsys, db_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    main(["--db", str(db_path), "candidates", "--year", "2019", "--format", "json"])
    assert json.loads(capsys.readouterr().out) == []
