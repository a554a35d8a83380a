"""import city-answer: the city's list answering a proposal, checked against the proposal's
lines and written as the city's decision, or refused whole with each wrong row named."""

from __future__ import annotations

from kienan_awards.core.storage.database import open_database
from tests.cli.conftest import run
from tests.core.test_city_answer import ANSWER, city_list, make_proposal


def proposal_in(db_path) -> int:
    db = open_database(db_path)
    try:
        return make_proposal(db)[0]
    finally:
        db.close()


def outcomes(db_path, proposal_id) -> list[str | None]:
    db = open_database(db_path)
    try:
        return [
            outcome
            for (outcome,) in db.execute(
                "SELECT city_outcome FROM proposal_lines WHERE proposal_id = ? ORDER BY id",
                [proposal_id],
            )
        ]
    finally:
        db.close()


def test_the_city_answer_is_imported_from_its_heading(capsys, demo_path, tmp_path):
    proposal_id = proposal_in(demo_path)
    path = city_list(tmp_path / "answer.xlsx", ANSWER)
    code, out, err = run(
        capsys, "--db", demo_path, "import", "city-answer", path, "--proposal", proposal_id
    )
    assert code == 0, err
    assert "the city's decision 1234/QĐ-UBND of 10/04/2026 (Ủy ban nhân dân thành phố Hải" in out
    assert "proposal lines decided by the city: 4, not chosen: 1" in out
    assert outcomes(demo_path, proposal_id) == [
        "decided",
        "decided",
        "decided",
        "decided",
        "not_chosen",
        None,
    ]


def test_flags_give_the_number_and_date_and_a_dry_run_writes_nothing(capsys, demo_path, tmp_path):
    proposal_id = proposal_in(demo_path)
    path = city_list(tmp_path / "answer.xlsx", ANSWER, heading="DANH SÁCH")
    argv = ["--db", demo_path, "import", "city-answer", path, "--proposal", proposal_id]
    code, _out, err = run(capsys, *argv)
    assert code == 1 and "number and date are not in the list's heading" in err
    flags = ["--number", "9/QĐ-UBND", "--date", "02/05/2026", "--authority", "UBND TP Hải Phòng"]
    code, out, err = run(capsys, *argv, *flags, "--dry-run")
    assert code == 0, err
    assert "9/QĐ-UBND of 02/05/2026" in out and "Dry run: nothing was written." in out
    assert set(outcomes(demo_path, proposal_id)) == {None}
    code, out, err = run(capsys, *argv, *flags)
    assert code == 0, err
    assert outcomes(demo_path, proposal_id)[4] == "not_chosen"


def test_a_row_matching_no_line_is_named_and_nothing_is_written(capsys, demo_path, tmp_path):
    proposal_id = proposal_in(demo_path)
    rows = [*ANSWER, [5, "Đỗ Văn Khang", None, "Phòng Văn hóa - Xã hội", "Bằng khen"]]
    path = city_list(tmp_path / "answer.xlsx", rows)
    code, out, err = run(
        capsys, "--db", demo_path, "import", "city-answer", path, "--proposal", proposal_id
    )
    assert code == 1
    assert "answer.xlsx: sheet 'DS' row 13: Đỗ Văn Khang (individual) is not among" in out + err
    assert "nothing was written" in err
    assert set(outcomes(demo_path, proposal_id)) == {None}


def test_the_proposal_must_be_named(capsys, demo_path, tmp_path):
    path = city_list(tmp_path / "answer.xlsx", ANSWER)
    code, _out, err = run(capsys, "--db", demo_path, "import", "city-answer", path)
    assert code == 1 and "--proposal ID" in err
