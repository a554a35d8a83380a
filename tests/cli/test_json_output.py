"""--format json is for programs: its keys are pinned here, in English snake_case, and neither
they nor the raw values follow the language the program speaks."""

import datetime as dt
import json
import re

import pytest

from kienan_awards import cli
from kienan_awards.core import i18n
from kienan_awards.core.records.discipline import record_discipline
from kienan_awards.core.records.office import record_office
from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run
from tests.core.test_office import WARD

INFO = {"schema_version", "units", "people", "movements", "decisions", "awards", "office"}
INFO_OFFICE = {
    "authority",
    "signer_title",
    "signer_name",
    "signing_capacity",
    "place",
    "valid_from",
    "level",
}
OFFICE = INFO_OFFICE | {"valid_to"}
PROGRESS = {
    "movement",
    "unit",
    "indicator",
    "measure",
    "plan",
    "actual",
    "reported_on",
    "percent_of_plan",
    "percent_of_same_period",
    "points_from_same_period",
    "status",
}
PROGRESS_PLAN = {"source", "form", "value", "value_high", "text", "percent", "status"}
CANDIDATES = {"name", "unit", "suggested", "form_code", "path", "reason", "years", "grounds"}
SEARCH = {
    "id",
    "name",
    "kind",
    "unit",
    "position",
    "form",
    "year",
    "decision_number",
    "decision_date",
    "register_book",
    "register_number",
    "status",
    "achievement",
}
AUDIT = {"id", "at", "user", "table", "record", "action", "changes"}
DISCIPLINE = {
    "id",
    "person_id",
    "person",
    "unit",
    "form",
    "form_name",
    "decided_on",
    "decision_number",
    "reason",
    "effect_until",
}
AUDIT_CHANGE = {"field", "before", "after"}
REGISTRATIONS = {
    "id",
    "year",
    "unit",
    "unit_id",
    "name",
    "person_id",
    "kind",
    "title",
    "title_code",
    "registered_on",
    "outcome",
}
INITIATIVES = {
    "id",
    "title",
    "unit",
    "unit_id",
    "year",
    "decision_number",
    "decided_on",
    "authority",
    "scope",
    "effect",
    "authors",
}
CLUSTERS = {"name", "kind", "organiser", "leader", "deputy", "members"}
SCORES = {
    "unit",
    "self_total",
    "agreed_total",
    "total",
    "rank",
    "leading",
    "must_failed",
    "criteria",
}
SCORES_CRITERION = {"number", "method", "max", "self", "agreed", "computed", "evidence"}
SCORES_EVIDENCE = {"target", "plan", "actual", "percent"}

COMMANDS = {
    "info": ["info"],
    "office": ["office"],
    "progress": ["progress"],
    "candidates": ["candidates", "--year", "2024"],
    "search": ["search", "Nguyễn", "--limit", "3"],
    "audit": ["audit", "--table", "people", "--limit", "3"],
    "discipline": ["discipline", "--year", "2025"],
    "registrations": ["registrations", "--year", "2025"],
    "initiatives": ["initiatives"],
    "clusters": ["clusters", "--year", "2026"],
    "scores": ["scores", "--cluster", "Khối thi đua các tổ dân phố", "--year", "2025"],
}


def commands_with_json() -> set[str]:
    return {
        name
        for name, command in cli.command_parsers(cli.build_parser()).items()
        for action in command._actions
        if "--format" in action.option_strings and "json" in action.choices
    }


def test_every_command_with_json_output_has_its_keys_pinned():
    assert commands_with_json() == set(COMMANDS)


@pytest.fixture(params=["en", "pseudo"])
def language(request):
    spoken = i18n.language()
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language(spoken)


def json_of(capsys, demo_path, language, name):
    code, out, err = run(
        capsys, "--db", demo_path, "--lang", language, *COMMANDS[name], "--format", "json"
    )
    assert code == 0, err
    assert "~~]" not in out  # not a word of it went through the catalogue
    return json.loads(out)


def test_info_json_keys(capsys, demo_path, language):
    info = json_of(capsys, demo_path, language, "info")
    assert set(info) == INFO and info["awards"] == 699
    # The demo district was dissolved on 30/06/2025; its ward signs from 01/07/2025.
    assert set(info["office"]) == INFO_OFFICE and info["office"]["valid_from"] == "2025-07-01"


def test_info_json_keys_of_the_office_in_force(capsys, demo_path, language):
    db = open_database(demo_path)
    record_office(db, WARD)
    db.close()
    office = json_of(capsys, demo_path, language, "info")["office"]
    assert set(office) == INFO_OFFICE and office["valid_from"] == dt.date.today().isoformat()
    assert office["signer_name"] == "Lê Văn Bình"


def test_office_json_keys(capsys, demo_path, language):
    rows = json_of(capsys, demo_path, language, "office")
    assert len(rows) == 3 and all(set(row) == OFFICE for row in rows)
    assert (rows[0]["valid_from"], rows[0]["valid_to"]) == ("2025-07-01", None)
    # The district: its Vice-Chairman signing KT. in its last months, its Chairman before.
    assert (rows[1]["valid_from"], rows[1]["valid_to"]) == ("2025-01-01", "2025-06-30")
    assert (rows[2]["valid_from"], rows[2]["valid_to"]) == ("2019-01-01", "2024-12-31")


def test_progress_json_keys(capsys, demo_path, language):
    rows = json_of(capsys, demo_path, language, "progress")
    assert rows and all(set(row) == PROGRESS for row in rows)
    assert all(set(plan) == PROGRESS_PLAN for row in rows for plan in row["plan"])
    codes = [row["status"] for row in rows] + [p["status"] for r in rows for p in r["plan"]]
    assert all(re.fullmatch("[a-z_]+", code) for code in codes if code is not None)


def test_candidates_json_keys(capsys, demo_path, language):
    rows = json_of(capsys, demo_path, language, "candidates")
    assert rows and all(set(row) == CANDIDATES for row in rows)
    assert all(isinstance(year, int) for row in rows for year in row["years"])


def test_search_json_keys(capsys, demo_path, language):
    rows = json_of(capsys, demo_path, language, "search")
    assert len(rows) == 3 and all(set(row) == SEARCH for row in rows)
    assert {row["status"] for row in rows} <= {"awarded", "revoked"}
    assert all(len(row["decision_date"]) == 10 for row in rows)  # ISO, as stored


def test_audit_json_keys(capsys, demo_path, language):
    rows = json_of(capsys, demo_path, language, "audit")
    assert len(rows) == 3 and all(set(row) == AUDIT for row in rows)
    assert all(set(change) == AUDIT_CHANGE for row in rows for change in row["changes"])
    assert {row["action"] for row in rows} <= {"insert", "update", "delete"}


def test_discipline_json_keys(capsys, demo_path, language):
    db = open_database(demo_path)
    record_discipline(db, {"person_id": 3, "form": "warning", "decided_on": "2025-03-02"})
    db.close()
    (row,) = json_of(capsys, demo_path, language, "discipline")
    assert set(row) == DISCIPLINE
    assert (row["form"], row["form_name"], row["decided_on"]) == (
        "warning",
        "Cảnh cáo",
        "2025-03-02",
    )


def test_registrations_json_keys(capsys, demo_path, language):
    rows = json_of(capsys, demo_path, language, "registrations")
    assert rows and all(set(row) == REGISTRATIONS for row in rows)
    # The demo's 2025 is done: each registration has its outcome.
    assert {row["outcome"] for row in rows} <= {"achieved", "proposed", "not_achieved"}


def test_initiatives_json_keys(capsys, demo_path, language):
    rows = json_of(capsys, demo_path, language, "initiatives")
    assert rows and all(set(row) == INITIATIVES for row in rows)


def test_clusters_json_keys(capsys, demo_path, language):
    rows = json_of(capsys, demo_path, language, "clusters")
    assert rows and all(set(row) == CLUSTERS for row in rows)
    # Codes and the office's own words, never translated.
    assert {row["kind"] for row in rows} == {"cụm", "khối"}
    assert {row["organiser"] for row in rows} == {"city", "office"}


def test_scores_json_keys(capsys, demo_path, language):
    rows = json_of(capsys, demo_path, language, "scores")
    assert rows and all(set(row) == SCORES for row in rows)
    criteria = [criterion for row in rows for criterion in row["criteria"]]
    assert all(set(criterion) == SCORES_CRITERION for criterion in criteria)
    evidence = [c["evidence"] for c in criteria if c["evidence"] is not None]
    assert evidence and all(set(found) == SCORES_EVIDENCE for found in evidence)
    assert {c["method"] for c in criteria} == {"target", "yesno", "judged", "bonus", "penalty"}
