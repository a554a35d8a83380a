"""Hidden sheets and hidden rows are never imported silently: read by default and named in
the plan and the summary, or left out when the clerk chooses, and named all the same."""

from kienan_awards.app import main
from kienan_awards.core.lists.list_import import ImportOptions, commit_import, prepare_import
from tests.support.list_files import list_with_hidden_parts


def test_hidden_sheets_and_rows_are_read_and_named_by_default(db, tmp_path):
    plan = prepare_import(db, list_with_hidden_parts(tmp_path / "list.xlsx"))
    assert plan.errors == []
    assert plan.hidden_sheets == ["Năm trước"] and plan.hidden_rows == [("DS", 4)]
    assert plan.rows_read == 4
    summary = commit_import(db, plan)
    assert (summary["hidden_sheets_read"], summary["hidden_rows_read"]) == (1, 1)
    assert (summary["hidden_sheets_skipped"], summary["hidden_rows_skipped"]) == (0, 0)


def test_the_clerk_may_leave_hidden_sheets_and_rows_out(db, tmp_path):
    plan = prepare_import(
        db, list_with_hidden_parts(tmp_path / "list.xlsx"), ImportOptions(skip_hidden=True)
    )
    assert plan.hidden_sheets == ["Năm trước"] and plan.hidden_rows == [("DS", 4)]
    assert [r.name for r in plan.results] == ["Phạm Thị Lan", "Đỗ Văn Nam"]
    summary = commit_import(db, plan)
    assert (summary["hidden_sheets_skipped"], summary["hidden_rows_skipped"]) == (1, 1)
    names = {r[0] for r in db.execute("SELECT recipient_name FROM awards")}
    assert names == {"Phạm Thị Lan", "Đỗ Văn Nam"}


def test_the_command_line_says_what_was_hidden(capsys, db_path, tmp_path):
    path = list_with_hidden_parts(tmp_path / "list.xlsx")
    assert main(["--db", str(db_path), "import", "awards", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "sheet 'Năm trước' is hidden: read" in out
    assert "hidden rows read: 'DS' row 4" in out
    assert main(["--db", str(db_path), "import", "awards", str(path), "--skip-hidden"]) == 0
    out = capsys.readouterr().out
    assert "Imported 2 rows" in out
    assert "sheet 'Năm trước' is hidden: skipped (--skip-hidden)" in out
