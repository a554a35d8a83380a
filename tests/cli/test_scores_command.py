"""`scores --cluster --year`: a cluster-year's members scored on its table and ranked, as a
table or as JSON with stable keys whose criteria add up to each member's total."""

import json
from decimal import Decimal

from tests.cli.conftest import run

BLOCK = "Khối thi đua các tổ dân phố"
MEMBER_KEYS = {
    "unit",
    "self_total",
    "agreed_total",
    "total",
    "rank",
    "leading",
    "must_failed",
    "criteria",
}
CRITERION_KEYS = {"number", "method", "max", "self", "agreed", "computed", "evidence"}
EVIDENCE_KEYS = {"target", "plan", "actual", "percent"}


def points(criterion):
    """What a criterion counts: agreed, else computed, else the self-score."""
    for key in ("agreed", "computed", "self"):
        if criterion[key] is not None:
            return Decimal(str(criterion[key]))
    return Decimal(0)


def test_the_json_keys_are_exactly_the_programs_and_the_criteria_add_up(capsys, demo_path):
    for year in (2025, 2026):
        code, out, err = run(
            capsys,
            "--db",
            demo_path,
            "scores",
            "--cluster",
            BLOCK,
            "--year",
            year,
            "--format",
            "json",
        )
        assert code == 0 and err == ""
        members = json.loads(out)
        assert len(members) == 4
        for member in members:
            assert set(member) == MEMBER_KEYS
            assert [c["number"] for c in member["criteria"]] == [
                "I.1",
                "I.2",
                "I.3",
                "II.1",
                "II.2",
                "III.1",
                "III.2",
            ]
            for criterion in member["criteria"]:
                assert set(criterion) == CRITERION_KEYS
                if criterion["evidence"] is not None:
                    assert set(criterion["evidence"]) == EVIDENCE_KEYS
                    assert criterion["method"] == "target"
            total = sum((points(c) for c in member["criteria"]), Decimal(0))
            assert total == Decimal(str(member["total"]))
    first, *_others, last = json.loads(
        run(
            capsys,
            "--db",
            demo_path,
            "scores",
            "--cluster",
            BLOCK,
            "--year",
            2025,
            "--format",
            "json",
        )[1]
    )
    assert (first["unit"], first["rank"], first["leading"]) == ("Tổ dân phố số 2", 1, True)
    assert first["agreed_total"] == 102.88 and first["self_total"] == 103.88
    assert (last["unit"], last["must_failed"], last["leading"]) == ("Tổ dân phố số 3", True, False)
    penalty = next(c for c in last["criteria"] if c["number"] == "III.2")
    assert penalty == {
        "number": "III.2",
        "method": "penalty",
        "max": 0,
        "self": -1,
        "agreed": -1,
        "computed": None,
        "evidence": None,
    }
    culture = first["criteria"][0]["evidence"]
    assert culture["plan"] == 92 and culture["actual"] == 94.1 and culture["percent"] == 102.28


def test_the_table_marks_a_self_score_standing_and_names_the_failed_must(capsys, demo_path):
    code, out, err = run(
        capsys,
        "--db",
        demo_path,
        "scores",
        "--cluster",
        "khoi thi dua cac to dan pho",
        "--year",
        2025,
    )
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("1. Tổ dân phố số 2 |") and lines[0].endswith("| leading")
    assert any(line.strip().startswith("I.3~ |") for line in lines)
    assert any("failed must-criteria: II.1" in line for line in lines)


def test_an_unknown_cluster_or_a_year_without_a_table_is_refused(capsys, demo_path):
    code, out, err = run(capsys, "--db", demo_path, "scores", "--cluster", "Khối X", "--year", 2025)
    assert code == 1 and out == "" and "no emulation cluster or block named 'Khối X'" in err
    code, out, err = run(capsys, "--db", demo_path, "scores", "--cluster", BLOCK, "--year", 2024)
    assert code == 1 and out == "" and "has no scoring table for 2024" in err
