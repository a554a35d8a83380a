"""`cluster table` shows a cluster-year's scoring table (criteria, targets by indicator and unit,
tie-break rules, leading members) as lines or JSON, and with --copy-previous makes the year
before's table this year's first; a refusal is one line on stderr and changes nothing."""

import json

from kienan_awards.core.clusters.clusters import find_cluster
from kienan_awards.core.clusters.scoring_store import stored_table
from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run

BLOCK = "Khối thi đua các tổ dân phố"


def table_of(path, year):
    db = open_database(path, create=False)
    try:
        return stored_table(db, find_cluster(db, BLOCK).id, year)
    finally:
        db.close()


def test_the_table_lists_each_criterion_with_its_target_and_rules(capsys, demo_path):
    code, out, err = run(
        capsys, "--db", demo_path, "cluster", "table", "--cluster", "khoi thi dua", "--year", 2026
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Scoring table of {BLOCK} for 2026: 7 criteria, 100 points"
    assert "I. Thực hiện các chỉ tiêu phong trào thi đua" in lines
    target_line = next(line for line in lines if line.lstrip().startswith("I.2."))
    assert "| target | max 20 | target: Tỷ lệ hộ gia đình phân loại" in target_line
    assert "(Tổ dân phố số 1)" in target_line
    assert target_line.endswith("+0.5 a percent above plan, at most 2")
    penalty = next(line for line in lines if line.lstrip().startswith("III.2."))
    assert penalty.endswith("| penalty | -1 a time, at most -5")
    assert any(line.endswith("| must") for line in lines)
    assert (
        lines[-2]
        == "Ties broken by: more must-criteria met, higher target points, higher self total"
    )
    assert lines[-1].startswith("Leading members: 1 (")


def test_the_table_as_json_names_targets_and_keeps_every_parameter(capsys, demo_path):
    code, out, _err = run(
        capsys, "--db", demo_path, "cluster", "table", "--cluster", BLOCK, "--year", 2025,
        "--format", "json",
    )  # fmt: skip
    assert code == 0
    table = json.loads(out)
    assert (table["cluster"], table["year"], table["most_points"]) == (BLOCK, 2025, 100)
    assert table["tie_breaks"][0] == "more_musts_met" and table["leading_count"] == 1
    by_number = {c["number"]: c for c in table["criteria"]}
    assert by_number["I.2"]["target"]["unit"] == "Tổ dân phố số 1"
    assert (by_number["I.2"]["bonus_per_percent"], by_number["I.2"]["bonus_cap"]) == (0.5, 2)
    assert by_number["II.2"]["target"] is None and by_number["II.2"]["method"] == "judged"
    assert (by_number["III.2"]["points_per_event"], by_number["III.2"]["cap"]) == (-1, -5)
    assert by_number["II.1"]["must"] is True


def test_last_years_table_is_copied_into_a_year_without_one(capsys, demo_path):
    assert table_of(demo_path, 2027) is None
    code, out, err = run(
        capsys, "--db", demo_path, "cluster", "table", "--cluster", BLOCK, "--year", 2027,
        "--copy-previous", "--document", "Quyết định số 01/QĐ-HĐTĐKT ngày 15/01/2027",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith(f"Scoring table of {BLOCK} for 2027: 7 criteria")
    copied, before = table_of(demo_path, 2027), table_of(demo_path, 2026)
    assert copied.table.source_document == "Quyết định số 01/QĐ-HĐTĐKT ngày 15/01/2027"
    assert [c.number for c in copied.table.criteria] == [c.number for c in before.table.criteria]


def test_a_refused_copy_or_a_missing_table_is_one_line_and_changes_nothing(capsys, demo_path):
    before = table_of(demo_path, 2026)
    code, out, err = run(
        capsys, "--db", demo_path, "cluster", "table", "--cluster", BLOCK, "--year", 2026,
        "--copy-previous",
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err == f"kienan-awards: {BLOCK} already has a scoring table for 2026: edit that one\n"
    assert table_of(demo_path, 2026) == before
    code, out, err = run(
        capsys, "--db", demo_path, "cluster", "table", "--cluster", BLOCK, "--year", 2031
    )
    assert (code, out, err) == (1, "", f"kienan-awards: {BLOCK} has no scoring table for 2031\n")
    code, out, err = run(
        capsys, "--db", demo_path, "cluster", "table", "--cluster", BLOCK, "--year", 2031,
        "--copy-previous",
    )  # fmt: skip
    assert code == 1 and err == f"kienan-awards: {BLOCK} has no scoring table for 2030 to copy\n"
    assert table_of(demo_path, 2031) is None


def test_a_document_without_a_copy_is_refused(capsys, demo_path):
    code, out, err = run(
        capsys, "--db", demo_path, "cluster", "table", "--cluster", BLOCK, "--year", 2026,
        "--document", "Quyết định số 01",
    )  # fmt: skip
    assert (code, out) == (2, "")
    assert err.startswith("kienan-awards: --document names the copied table's document")
