import csv
import io
import json

import pytest

from kienan_awards.core.storage.database import open_database
from kienan_awards.core.text import fold
from tests.cli.conftest import run

FIELDS = {
    "name",
    "kind",
    "unit",
    "position",
    "form",
    "year",
    "decision_number",
    "decision_date",
    "register_number",
    "status",
}


def search(capsys, db_path, *argv):
    return run(capsys, "--db", str(db_path), "search", *argv)


def test_json_lists_each_award_with_the_fields_a_clerk_asks_for(capsys, demo_path):
    db = open_database(demo_path)
    name, count = db.execute(
        "SELECT recipient_name, count(*) FROM awards WHERE person_id IS NOT NULL "
        "GROUP BY person_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    db.close()
    code, out, err = search(capsys, demo_path, fold(name), "--format", "json")
    assert code == 0 and err == ""
    found = json.loads(out)
    assert found and FIELDS <= set(found[0])
    # The person's own awards come first (their name is matched in the names).
    assert [award["name"] for award in found[:count]] == [name] * count
    assert found[0]["decision_date"][4] == "-"  # ISO date in JSON


def test_no_match_is_an_empty_list_and_success(capsys, demo_path):
    code, out, err = search(capsys, demo_path, "khong ai co ten nay", "--format", "json")
    assert (code, json.loads(out), err) == (0, [], "")


def test_csv_has_a_header_and_one_row_per_award(capsys, demo_path):
    code, out, _ = search(
        capsys, demo_path, "", "--year", "2023", "--limit", "0", "--format", "csv"
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    db = open_database(demo_path)
    expected = db.execute("SELECT count(*) FROM awards WHERE achievement_year = 2023").fetchone()
    db.close()
    assert code == 0 and len(rows) == expected[0]
    assert FIELDS <= set(rows[0]) and {row["year"] for row in rows} == {"2023"}


def test_table_is_one_line_per_award_and_a_cut_list_says_so(capsys, demo_path):
    code, out, err = search(capsys, demo_path, "", "--limit", "5")
    assert code == 0 and len(out.splitlines()) == 5
    assert "5 of 699 awards shown" in err


def test_year_range_form_and_unit_filters(capsys, demo_path):
    _, out, _ = search(
        capsys,
        demo_path,
        "",
        "--from-year",
        "2020",
        "--to-year",
        "2021",
        "--form",
        "giay khen",
        "--limit",
        "0",
        "--format",
        "json",
    )
    found = json.loads(out)
    assert found and {a["year"] for a in found} <= {2020, 2021}
    assert {a["form"] for a in found} == {"Giấy khen"}
    _, out, _ = search(capsys, demo_path, "", "--unit", "Phòng Kinh tế", "--format", "json")
    assert {a["unit"] for a in json.loads(out)} == {"Phòng Kinh tế"}


@pytest.mark.parametrize(
    "argv, expected_code, words",
    [
        (["x", "--year", "2020", "--from-year", "2019"], 2, "not both"),
        (["x", "--limit", "-1"], 2, "--limit"),
        (["x", "--unit", "Xã Không Có"], 1, "no unit is named"),
        (["x", "--form", "huân chương vàng"], 1, "no award form"),
        (["x", "--format", "xml"], 2, "invalid choice"),
    ],
)
def test_mistakes_are_one_line_with_the_right_exit(capsys, demo_path, argv, expected_code, words):
    code, out, err = search(capsys, demo_path, *argv)
    assert code == expected_code and out == ""
    assert err.count("\n") == 1 and words in err


@pytest.mark.parametrize("text", ['"', "NEAR(a b)", "a OR", "*", "'; DROP TABLE awards; --"])
def test_hostile_queries_never_fail(capsys, demo_path, text):
    code, out, err = search(capsys, demo_path, text, "--format", "json")
    assert code == 0 and isinstance(json.loads(out), list)


def test_a_missing_database_is_refused_not_created(capsys, tmp_path):
    code, _, err = search(capsys, tmp_path / "none.sqlite3", "x")
    assert code == 1 and "no database" in err
    assert not (tmp_path / "none.sqlite3").exists()


def test_reindex_rebuilds_a_damaged_index(capsys, demo_path):
    db = open_database(demo_path)
    db.execute("DELETE FROM search_index")
    db.conn.commit()
    db.close()
    _, out, _ = search(capsys, demo_path, "nguyen", "--format", "json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "--db", str(demo_path), "reindex")
    assert code == 0 and "699 awards" in out
    _, out, _ = search(capsys, demo_path, "nguyen", "--format", "json")
    assert json.loads(out)


def test_names_only_keeps_the_awards_whose_name_holds_every_word(capsys, demo_path):
    _, out, _ = search(capsys, demo_path, "nguyen van", "--limit", "0", "--format", "json")
    everything = json.loads(out)
    _, out, _ = search(
        capsys, demo_path, "nguyen van", "--names-only", "--limit", "0", "--format", "json"
    )
    by_name = json.loads(out)
    assert by_name and len(by_name) < len(everything)
    assert all("nguyen van" in fold(award["name"]) for award in by_name)
    assert everything[: len(by_name)] == by_name  # the names come first in the whole list
