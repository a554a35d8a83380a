"""A schema step loads on a new database today exactly the rows it loaded on the first one:
its rows live beside it, frozen, and never in a module the program changes for a new decree."""

import ast
import hashlib
import json
from pathlib import Path

from kienan_awards.core.storage import migrations
from kienan_awards.core.storage.database import open_database

# The rows steps 2, 6, 12, 13, 17, 21 and 26 loaded when they shipped. A change here changes
# history: a new decree's rows belong in a new step.
STEP_ROWS_DIGEST = "89e987c6a5fa259d3b886e3ed3ba69df3c15a4fa9e7ffbef9a98f78bfb98f03b"


def _step_rows(db) -> str:
    tables = {
        "award_forms": "SELECT code, name_vi, name_en, category, recipient_kinds, "
        "legal_basis, sort_order FROM award_forms ORDER BY code",
        "bonus_rates": "SELECT f.code, b.recipient_kind, b.conferring_level, b.coefficient, "
        "b.legal_basis, b.note, b.valid_from, b.valid_to FROM bonus_rates b "
        "JOIN award_forms f ON f.id = b.form_id "
        "ORDER BY f.code, b.recipient_kind, b.conferring_level, b.valid_from",
        "conferring_levels": "SELECT f.code, c.level, c.legal_basis, c.valid_from, c.valid_to "
        "FROM conferring_levels c JOIN award_forms f ON f.id = c.form_id "
        "ORDER BY f.code, c.level, c.valid_from",
        "decision_wording": "SELECT part, level, text, sort_order, valid_from, valid_to "
        "FROM decision_wording ORDER BY part, sort_order, valid_from",
        "base_salaries": "SELECT amount, valid_from, legal_basis FROM base_salaries "
        "ORDER BY valid_from",
        "eligibility_rules": "SELECT code, name_vi, name_en, legal_basis, message, parameter "
        "FROM eligibility_rules ORDER BY code",
    }
    rows = {name: [list(row) for row in db.execute(sql).fetchall()] for name, sql in tables.items()}
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()


def test_the_rows_schema_steps_load_are_those_they_shipped_with(tmp_path):
    db = open_database(tmp_path / "new.db")
    assert _step_rows(db) == STEP_ROWS_DIGEST


def test_the_schema_steps_read_no_live_room_of_the_program():
    tree = ast.parse(Path(migrations.__file__).read_text(encoding="utf-8"))
    imported = {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kienan")
    }
    live_rooms = ("records", "movements", "awards", "documents", "lists", "search", "demo")
    assert not [m for m in imported if m.split(".")[2] in live_rooms], imported
