import json

from kienan_awards.app import main
from kienan_awards.core.storage.database import open_database


def test_candidates_name_the_years_and_the_awards_they_rest_on(capsys, db_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    assert main(["--db", str(db_path), "candidates", "--year", "2024", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and set(rows[0]) == {
        "name",
        "unit",
        "suggested",
        "form_code",
        "path",
        "reason",
        "years",
        "grounds",
    }
    assert {row["path"] for row in rows} >= {"bk_fighter_years", "city_fighter"}
    db = open_database(db_path)
    for row in rows:
        years = {
            r[0]: r[1]
            for r in db.execute(
                "SELECT a.achievement_year, d.number FROM awards a "
                "JOIN award_forms f ON f.id = a.form_id JOIN decisions d ON d.id = a.decision_id "
                "JOIN people p ON p.id = a.person_id WHERE p.full_name = ? AND f.code = 'CSTDCS'",
                [row["name"]],
            )
        }
        assert (
            row["years"]
            == {"bk_fighter_years": [2023, 2024], "city_fighter": [2022, 2023, 2024]}[row["path"]]
        )
        titles = [g for g in row["grounds"] if g["stands_for"] == "title"]
        assert [(g["year"], g["decision"]) for g in titles] == [
            (year, years[year]) for year in row["years"]
        ]
        if row["path"] == "city_fighter":
            assert any(g["stands_for"] == "initiative" for g in row["grounds"])
    db.close()


def test_the_table_lists_what_each_suggestion_rests_on(capsys, db_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    assert main(["--db", str(db_path), "candidates", "--year", "2024"]) == 0
    out = capsys.readouterr().out.splitlines()
    first = out.index("  rests on:")
    assert "Chiến sĩ thi đua cơ sở, decision " in out[first + 1]


def test_a_year_without_candidates_gives_an_empty_list(capsys, db_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    main(["--db", str(db_path), "candidates", "--year", "2019", "--format", "json"])
    assert json.loads(capsys.readouterr().out) == []


def test_a_year_without_candidates_says_so_in_the_table(capsys, db_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    assert main(["--db", str(db_path), "--lang", "en", "candidates", "--year", "2019"]) == 0
    assert capsys.readouterr().out == "Nobody's record meets a path ending in 2019.\n"
