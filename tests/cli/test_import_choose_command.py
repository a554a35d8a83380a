"""On the command line a row whose name fits several records names them with their IDs, and
--choose says which record (or a new one) each such row is."""

from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run
from tests.support.list_files import write_xlsx

HEADER = ["STT", "Họ và tên", "Năm sinh", "Đơn vị"]


def namesakes(capsys, db_path, tmp_path) -> dict[int, int]:
    recorded = write_xlsx(
        tmp_path / "recorded.xlsx",
        {
            "DS": [
                HEADER,
                [1, "Trần Thị Hòa", 1979, "Phường Lê Lợi"],
                [2, "Trần Thị Hòa", 1990, "Xã An Hòa"],
            ]
        },
    )
    code, _out, err = run(capsys, "--db", db_path, "import", "people", recorded)
    assert code == 0, err
    db = open_database(db_path)
    try:
        return dict(db.execute("SELECT birth_year, id FROM people").fetchall())
    finally:
        db.close()


def people_count(db_path) -> int:
    db = open_database(db_path)
    try:
        return db["people"].count
    finally:
        db.close()


def test_an_ambiguous_row_is_named_with_the_ids_to_choose_from(capsys, db_path, tmp_path):
    ids = namesakes(capsys, db_path, tmp_path)
    path = write_xlsx(tmp_path / "new.xlsx", {"DS": [HEADER, [1, "Trần Thị Hòa"]]})
    code, out, err = run(capsys, "--db", db_path, "import", "people", path)
    assert code != 0
    assert "2 people named 'Trần Thị Hòa' fit" in err
    assert "--choose 'DS:2=ID'" in err
    assert f"{ids[1990]} = Trần Thị Hòa - 1990 - Xã An Hòa" in err


def test_choose_makes_the_row_the_chosen_person(capsys, db_path, tmp_path):
    ids = namesakes(capsys, db_path, tmp_path)
    path = write_xlsx(tmp_path / "new.xlsx", {"DS": [HEADER, [1, "Trần Thị Hòa"]]})
    code, out, err = run(
        capsys, "--db", db_path, "import", "people", path, "--choose", f"DS:2={ids[1979]}"
    )
    assert code == 0, out + err
    assert people_count(db_path) == 2


def test_choose_new_creates_another_namesake(capsys, db_path, tmp_path):
    namesakes(capsys, db_path, tmp_path)
    path = write_xlsx(tmp_path / "new.xlsx", {"DS": [HEADER, [1, "Trần Thị Hòa"]]})
    code, out, err = run(capsys, "--db", db_path, "import", "people", path, "--choose", "DS:2=new")
    assert code == 0, out + err
    assert people_count(db_path) == 3


def test_choose_for_a_row_with_nothing_to_choose_is_one_line_and_changes_nothing(
    capsys, db_path, tmp_path
):
    namesakes(capsys, db_path, tmp_path)
    path = write_xlsx(tmp_path / "new.xlsx", {"DS": [HEADER, [1, "Trần Thị Hòa", 1979]]})
    code, out, err = run(capsys, "--db", db_path, "import", "people", path, "--choose", "DS:2=5")
    assert code != 0
    assert "has no name that fits several records" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert people_count(db_path) == 2


def test_a_choice_that_is_not_sheet_row_id_is_refused_by_the_command(capsys, db_path, tmp_path):
    path = write_xlsx(tmp_path / "new.xlsx", {"DS": [HEADER, [1, "Trần Thị Hòa"]]})
    code, _out, err = run(capsys, "--db", db_path, "import", "people", path, "--choose", "DS=5")
    assert code != 0 and "SHEET:ROW=ID" in err
