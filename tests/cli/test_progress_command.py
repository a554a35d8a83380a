import json

from kienan_awards.app import main
from kienan_awards.core.storage.database import open_database


def test_progress_on_the_demo_shows_the_seeds_indicators(capsys, db_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    assert main(["--db", str(db_path), "progress", "--year", "2023", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_indicator = {row["indicator"]: row for row in rows}
    industry = by_indicator["Giá trị sản xuất công nghiệp do quận quản lý"]
    assert industry["actual"] == 754505 and industry["percent_of_plan"] == 101.5
    assert industry["percent_of_same_period"] == 112
    budget = by_indicator["Tổng thu ngân sách nhà nước trên địa bàn"]
    assert budget["actual"] == 516756
    assert [p["percent"] for p in budget["plan"]] == [100.5, 87.4]
    assert budget["percent_of_same_period"] == 81.2
    for key in (
        "movement",
        "unit",
        "indicator",
        "measure",
        "plan",
        "actual",
        "percent_of_plan",
        "percent_of_same_period",
        "status",
    ):
        assert key in industry


def test_progress_table_lists_every_plan_with_its_percent(capsys, db_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    main(["--db", str(db_path), "--lang", "en", "progress", "--movement", "1"])
    out = capsys.readouterr().out
    assert "Kế hoạch HĐND quận giao: ≥ 591,254 (87.4%)" in out
    assert "actual 754,505 | 101.5% of plan | 112% of same period | exceeded" in out
    assert all(line.startswith("2023 | ") for line in out.splitlines())


def test_each_line_writes_its_figures_one_way_as_the_language_does(capsys, db_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    main(["--db", str(db_path), "--lang", "vi", "progress", "--movement", "1"])
    out = capsys.readouterr().out
    assert "Kế hoạch HĐND quận giao: ≥ 591.254 (87,4%)" in out
    assert "754.505 | 101,5% " in out and "| vượt\n" in out
    assert "exceeded" not in out and "not_met" not in out
    # A rate against the same period: its change in percentage points, one decimal mark.
    main(["--db", str(db_path), "--lang", "vi", "progress", "--movement", "2"])
    out = capsys.readouterr().out
    assert "-4,9 " in out and "-4.9" not in out


def test_a_movement_is_named_by_its_number_or_a_part_of_its_name(capsys, db_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    assert main(["--db", str(db_path), "--lang", "en", "movements"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[-1].startswith("1 | Phong trào thi đua") and listed[-1].endswith(
        " | 01/01/2023 - 31/12/2023"
    )
    main(["--db", str(db_path), "--lang", "en", "progress", "--movement", "1"])
    by_number = capsys.readouterr().out
    main(["--db", str(db_path), "--lang", "en", "progress", "--movement", "xa hoi nam 2023"])
    assert capsys.readouterr().out == by_number
    code = main(["--db", str(db_path), "--lang", "en", "progress", "--movement", "kinh te"])
    captured = capsys.readouterr()
    assert code == 1 and captured.out == "" and captured.err.count("\n") == 1
    assert "match 'kinh te'" in captured.err


def test_an_unknown_movement_is_one_line_and_exit_1(capsys, db_path):
    open_database(db_path).close()
    assert main(["--db", str(db_path), "progress", "--movement", "99"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no movement 99" in err
