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
    main(["--db", str(db_path), "progress", "--movement", "1"])
    out = capsys.readouterr().out
    assert "Kế hoạch HĐND quận giao: ≥ 591.254 (87.4%)" in out
    assert "101.5% of plan" in out


def test_an_unknown_movement_is_one_line_and_exit_1(capsys, db_path):
    open_database(db_path).close()
    assert main(["--db", str(db_path), "progress", "--movement", "99"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no movement 99" in err
