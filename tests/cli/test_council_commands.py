"""The council on the command line: members, rules, a meeting, its count, the tally
as a table and as JSON (keys pinned), the papers; a refusal is one line with exit 1 (2 for a
mistake in the command's words) and stores nothing."""

from __future__ import annotations

import json

from tests.cli.conftest import run
from tests.core.test_council_store import ward  # noqa: F401 (a fixture)

TALLY = {"held_on", "present", "in_office", "quorum_met", "share_of", "base", "ballots", "titles"}
TITLE = {"code", "name", "threshold", "no_verdict", "candidates"}
CANDIDATE = {"line_id", "name", "agree", "disagree", "spoiled", "share", "passed"}
MEMBER = {"id", "name", "role", "person_id", "valid_from", "valid_to"}
PRESENT = ["--present", "Nguyễn Trường Sơn", "Phạm Thị Thu Hương", "Lê Đức Quang", "Bùi Thị Hạnh"]


def council(capsys, db_path, *words):
    return run(capsys, "--db", db_path, "--lang", "en", "council", *words)


def meeting(capsys, db_path, proposal) -> int:
    code, out, err = council(
        capsys, db_path, "meeting", "add", "--date", "16/12/2025", "--proposal", proposal, *PRESENT
    )
    assert code == 0, err
    assert "3 lines on the ballot" in out
    return int(out.split("#")[1].split()[0])


def counts(lines) -> list[str]:
    return [f"--line={lines[0]}=4,0,0", f"--line={lines[1]}=2,2,0", f"--line={lines[2]}=3,0,1"]


def test_members_are_added_and_listed_as_json(capsys, db_path, ward):  # noqa: F811
    code, out, err = council(
        capsys, db_path, "member", "add", "Đỗ Thị Lan", "--role", "Ủy viên", "--from", "01/01/2026"
    )
    assert (code, err) == (0, "") and "Đỗ Thị Lan" in out
    code, out, _err = council(capsys, db_path, "members", "--format", "json")
    rows = json.loads(out)
    assert all(set(row) == MEMBER for row in rows) and len(rows) == 6
    assert rows[-1]["valid_from"] == "2026-01-01" and rows[-1]["role"] == "Ủy viên"
    code, out, err = council(
        capsys, db_path, "member", "add", "Đỗ Thị Lan", "--role", "Ủy viên", "--from", "02/01/2026"
    )
    assert code == 1 and err.count("\n") == 1 and "already a member" in err


def test_a_meeting_is_counted_tallied_and_papered(capsys, db_path, ward, tmp_path):  # noqa: F811
    proposal, lines = ward
    code, _out, err = council(capsys, db_path, "tally", "1")
    assert code == 1 and "does not exist" in err
    number = meeting(capsys, db_path, proposal)
    code, out, err = council(
        capsys, db_path, "count", number, "--ballots", "4,4,0", *counts(lines),
        "--counter", "Lê Đức Quang", "--counter", "Bùi Thị Hạnh",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = council(
        capsys, db_path, "rules", "--share-of", "present", "--threshold", "LDTT=70%",
        "--regulation", "Quy chế Hội đồng phường Mẫu", "--article", "khoản 2 Điều 8",
    )  # fmt: skip
    assert code == 0, err
    assert "LDTT: 70% (khoản 2 Điều 8 Quy chế Hội đồng phường Mẫu)" in out
    code, out, err = council(capsys, db_path, "tally", number)
    assert "Đặng Minh Tuấn | 2/2/0 | 50% | not passed" in out
    code, out, err = council(capsys, db_path, "tally", number, "--format", "json")
    result = json.loads(out)
    assert set(result) == TALLY and set(result["titles"][0]) == TITLE
    assert all(set(c) == CANDIDATE for c in result["titles"][0]["candidates"])
    assert [c["passed"] for c in result["titles"][0]["candidates"]] == [True, False, True]
    assert result["titles"][0]["candidates"][2]["share"] == "3/4"
    code, out, err = council(capsys, db_path, "papers", number, "--out", tmp_path / "papers")
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "papers").iterdir()) == [
        "2025-12-16 Biên bản họp Hội đồng.docx",
        "2025-12-16 Biên bản kiểm phiếu.docx",
        "2025-12-16 Phiếu bầu.docx",
    ]


def test_bad_input_is_one_line_and_stores_nothing(capsys, db_path, ward):  # noqa: F811
    proposal, lines = ward
    code, _out, err = council(
        capsys, db_path, "meeting", "add", "--date", "16/12/2025", "--proposal", proposal,
        "--present", "Nguyễn Trường Sơn", "Vũ Văn Cường",
    )  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and "Vũ Văn Cường is not a member" in err
    number = meeting(capsys, db_path, proposal)
    assert number == 1
    code, _out, err = council(capsys, db_path, "count", number, "--ballots", "4,4", *counts(lines))
    assert code == 2 and err.count("\n") == 1
    code, _out, err = council(
        capsys, db_path, "count", number, "--ballots", "5,4,0", *counts(lines)
    )
    assert code == 1 and "5 ballots were issued to 4 members" in err
    code, _out, err = council(capsys, db_path, "rules", "--threshold", "LDTT=70%")
    assert code == 2 and "--regulation" in err
    code, _out, err = council(
        capsys, db_path, "rules", "--share-of", "present", "--threshold", "LDTT=170%",
        "--regulation", "Quy chế",
    )  # fmt: skip
    assert code == 2
    code, _out, err = council(capsys, db_path, "tally", number)
    assert code == 1 and "set the council's rules first" in err  # none was stored
    code, out, _err = council(capsys, db_path, "rules")
    assert code == 0 and "no rules" in out
    council(capsys, db_path, "rules", "--share-of", "present")
    code, _out, err = council(capsys, db_path, "tally", number)
    assert code == 1 and "not entered yet" in err


def test_a_term_is_ended_and_a_meeting_removed(capsys, db_path, ward):  # noqa: F811
    proposal, lines = ward
    number = meeting(capsys, db_path, proposal)
    code, _out, err = council(capsys, db_path, "member", "end", "1", "--on", "01/12/2025")
    assert code == 1 and err.count("\n") == 1 and "meeting of 16/12/2025" in err
    code, out, err = council(capsys, db_path, "member", "end", "4", "--on", "31/12/2025")
    assert (code, err) == (0, "") and "31/12/2025" in out
    code, out, _err = council(capsys, db_path, "members", "--format", "json")
    assert [r["valid_to"] for r in json.loads(out)][3] == "2025-12-31"
    code, _out, err = council(
        capsys, db_path, "count", number, "--ballots", "4,4,0", *counts(lines),
        "--counter", "Lê Đức Quang", "--number", "02/BB-KP",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = council(capsys, db_path, "meeting", "remove", number)
    assert (code, err) == (0, "") and f"#{number}" in out
    code, _out, err = council(capsys, db_path, "meeting", "remove", number)
    assert code == 1 and "does not exist" in err
