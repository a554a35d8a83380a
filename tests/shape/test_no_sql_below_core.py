"""No SQL outside the core: the faces ask core functions for data and call its doors."""

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kienan_awards"
# The folders that must hold no SQL.
FACES = ("printing", "ui")

# The calls that run SQL on a connection or a sqlite-utils database.
RUNS_SQL = {"execute", "executemany", "executescript", "query", "execute_returning_dicts"}
SQL_STATEMENT = re.compile(
    r"\b(SELECT\b.*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
    r"|CREATE\s+(TABLE|INDEX|TRIGGER|VIEW)|DROP\s+(TABLE|INDEX|TRIGGER|VIEW)|ALTER\s+TABLE"
    r"|PRAGMA\s+\w+|BEGIN(\s+IMMEDIATE)?\s*$|COMMIT\s*$|ROLLBACK\b)",
    re.DOTALL,  # the house writes SQL's words in capitals; window text does not
)


def sql_found(source: str) -> list[str]:
    """Where source runs SQL: each call of a method that runs it, and each string literal
    that reads as an SQL statement, as 'line: what'."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in RUNS_SQL
        ):
            found.append(f"{node.lineno}: .{node.func.attr}(...)")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and SQL_STATEMENT.search(node.value)
        ):
            found.append(f"{node.lineno}: {node.value[:60]!r}")
    return sorted(found, key=lambda where: int(where.split(":")[0]))


@pytest.mark.parametrize("face", FACES)
def test_a_face_holds_no_sql(face):
    files = sorted((PACKAGE / face).rglob("*.py"))
    assert files
    found = [
        f"{path.relative_to(PACKAGE)}:{where}"
        for path in files
        for where in sql_found(path.read_text("utf-8"))
    ]
    assert found == []


def test_the_search_finds_sql_run_or_written():
    source = '''
def copies(db, award_id):
    return db.execute("SELECT count(*) FROM print_log WHERE award_id = ?", [award_id])

def names(db):
    return list(db.query(QUERY))

QUERY = """SELECT name
           FROM calibration_profiles"""
LOG = "INSERT INTO print_log (award_id) VALUES (?)"
'''
    assert [line.split(":")[0] for line in sql_found(source)] == ["3", "3", "6", "8", "10"]


def test_the_search_leaves_words_and_painting_alone():
    source = """
TITLE = "Select the awards to print, then update the preview"
painter.drawText(rect, "Giấy khen")
dialog.exec()
"Delete from the list", "Insert a page"
"""
    assert sql_found(source) == []
