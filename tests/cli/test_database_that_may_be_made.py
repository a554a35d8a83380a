"""Only `import` and `demo` may make a database where there is none, and they say so; an
import that is refused, or only checked, leaves no new database (nor its folders) behind."""

from openpyxl import Workbook

from kienan_awards.app import main
from kienan_awards.core.storage.database import open_database


def _people_list(path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["STT", "Họ và tên", "Giới tính", "Năm sinh", "Chức vụ"])
    sheet.append([1, "Nguyễn Văn An", "Nam", 1980, "Chuyên viên"])
    workbook.save(path)
    return path


def test_an_import_that_makes_the_database_says_so(capsys, tmp_path):
    database = tmp_path / "new" / "awards.sqlite3"
    assert (
        main(["--db", str(database), "import", "people", str(_people_list(tmp_path / "a.xlsx"))])
        == 0
    )
    assert f"made a new database at {database}" in capsys.readouterr().err
    assert database.exists()


def test_the_demo_that_makes_the_database_says_so(capsys, tmp_path):
    database = tmp_path / "demo.sqlite3"
    assert main(["--db", str(database), "demo"]) == 0
    assert "made a new database" in capsys.readouterr().err


def test_a_refused_or_checked_import_leaves_no_new_database(capsys, tmp_path):
    people = _people_list(tmp_path / "a.xlsx")
    database = tmp_path / "typo" / "deeper" / "awards.sqlite3"
    # An awards list needs a form: every row is wrong, nothing is written.
    assert main(["--db", str(database), "import", "awards", str(people)]) == 1
    assert main(["--db", str(database), "import", "people", str(people), "--dry-run"]) == 0
    assert "made a new database" not in capsys.readouterr().err
    assert not (tmp_path / "typo").exists()


def test_an_import_into_a_database_that_exists_says_nothing_of_making_one(capsys, tmp_path):
    database = tmp_path / "awards.sqlite3"
    open_database(database).close()
    people = _people_list(tmp_path / "a.xlsx")
    assert main(["--db", str(database), "import", "people", str(people)]) == 0
    assert "made a new database" not in capsys.readouterr().err
