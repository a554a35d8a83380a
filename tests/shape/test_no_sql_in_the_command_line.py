"""The command line holds no SQL either: its commands, and the self-test, ask core functions."""

from pathlib import Path

from tests.shape.test_no_sql_below_core import sql_found

PACKAGE = Path(__file__).resolve().parents[2] / "kienan_awards"


def command_line_files() -> list[Path]:
    return [*sorted((PACKAGE / "cli").rglob("*.py")), PACKAGE / "self_test.py"]


def test_the_command_line_and_the_self_test_hold_no_sql():
    files = command_line_files()
    assert len(files) > 5
    found = [
        f"{path.relative_to(PACKAGE)}:{where}"
        for path in files
        for where in sql_found(path.read_text("utf-8"))
    ]
    assert found == []


def test_the_search_sees_a_query_run_by_a_command():
    source = """
def command_progress(args):
    with closing(open_database(args.db)) as db:
        if not db.execute(MOVEMENT, [args.movement]).fetchone():
            raise KienanError("no movement")
        first = db.query("SELECT min(id) AS id FROM awards")
"""
    assert [where.split(":")[0] for where in sql_found(source)] == ["4", "6", "6"]
