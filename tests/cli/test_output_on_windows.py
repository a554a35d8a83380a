"""Every command run as Windows runs it when its output is redirected (stdout and stderr in
the ANSI code page, strict): each writes UTF-8 whatever the code page, so a Vietnamese name
comes out whole and the command ends with its own exit code, never "unexpected error
(UnicodeEncodeError)". The cheap ones also run in a real process under PYTHONIOENCODING
cp1258 and cp1252."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kienan_awards.core.awards import decisions
from kienan_awards.core.storage.database import open_database
from kienan_awards.core.storage.locations import default_database_path
from tests.cli import windows_streams
from tests.cli.test_command_groups import subcommands
from tests.cli.windows_streams import VIETNAMESE_FOLDER, cannot_be_encoded, run_redirected
from tests.support.list_files import award_list, write_xlsx

# The fixtures this module shares with the others on redirected output.
demo_file = windows_streams.demo_file
records = windows_streams.records

PERSON = "Nguyễn Đình Dũng"  # in the demo, with awards, an initiative and a city path
OFFICE = "Ủy ban nhân dân phường Kiến An"
CITY = "Ủy ban nhân dân thành phố Hải Phòng"
AWARD_LIST = [
    ["II. CÁ NHÂN"],
    [1, "Lê Thị Thủy", 1985, "Nữ", "Chuyên viên", "Phòng Kinh tế", "Giấy khen", "Năm 2023"],
]


def _query(path: Path, sql: str, values=()) -> tuple:
    db = open_database(path, create=False)
    try:
        return db.execute(sql, values).fetchone()
    finally:
        db.close()


def _verify(path: Path) -> tuple[list, str]:
    code, name = _query(
        path,
        """SELECT c.verification_code, p.full_name FROM certificates c
           JOIN awards a ON a.id = c.award_id JOIN people p ON p.id = a.person_id
           WHERE a.status = 'awarded' ORDER BY c.award_id LIMIT 1""",
    )
    return ["verify", code], name


def _discipline(path: Path) -> tuple[list, str]:
    (person,) = _query(path, "SELECT id FROM people WHERE full_name = ?", [PERSON])
    return ["discipline", "add", person, "reprimand", "--date", "02/03/2025"], PERSON


def _import(path: Path) -> tuple[list, str]:
    listed = write_xlsx(path.parent / "Danh sách khen thưởng.xlsx", {"DS": award_list(AWARD_LIST)})
    fresh = path.parent / "mới.sqlite3"
    return ["--db", fresh, "import", "awards", listed, "--decision", "9/QĐ-UBND", "--date",
            "12/01/2024"], "Danh sách khen thưởng.xlsx"  # fmt: skip


def _restore(path: Path) -> tuple[list, str]:
    copy = path.parent / "Bản sao.sqlite3"
    shutil.copyfile(path, copy)
    return ["restore", copy], str(copy)


def _move(path: Path) -> tuple[list, str]:
    default = default_database_path()
    default.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, default)
    return ["move", path.parent / "Dữ liệu"], str(path.parent / "Dữ liệu")


def _record_decision(path: Path) -> tuple[list, str]:
    words = ["record-decision", "--authority", CITY, "--level", "city", "--number", "99/QĐ-UBND",
             "--date", "20/03/2026", "--form", "BK_CITY", "--person", PERSON]  # fmt: skip
    return words, CITY


def _dossier(path: Path) -> tuple[list, str]:
    db = open_database(path, create=False)
    (form,) = db.execute("SELECT id FROM award_forms WHERE code = 'CSTD_CITY'").fetchone()
    (person,) = db.execute("SELECT id FROM people WHERE full_name = ?", [PERSON]).fetchone()
    proposal = decisions.create_proposal(db, "Đề nghị khen thưởng cấp thành phố", 2025).record_id
    decisions.add_line(db, proposal, {"form_id": form, "person_id": person})
    db.close()
    argv = ["dossier", "--proposal", proposal, "--out", path.parent, "--date", "20/12/2025"]
    return argv, "Hồ sơ trình khen"


# Each command: the words that make it print a Vietnamese name (paths are in
# VIETNAMESE_FOLDER) and that name, from the copy of the demo it works on.
COMMANDS = {
    "demo": lambda p: (["--db", p.parent / "mẫu.sqlite3", "demo"], "mẫu.sqlite3"),
    "info": lambda p: (["info"], OFFICE),
    "search": lambda p: (["search", PERSON, "--names-only"], PERSON),
    "audit": lambda p: (["audit", "--table", "people", "--find", PERSON, "--limit", "1"], PERSON),
    "movements": lambda p: (["movements"], "yêu nước"),
    "progress": lambda p: (["progress", "--year", "2023"], "Giá trị sản xuất"),
    "registrations": lambda p: (["registrations", "--year", "2025"], "Hạ tầng và Đô thị"),
    "initiatives": lambda p: (["initiatives", "--person", PERSON], PERSON),
    "clusters": lambda p: (["clusters", "--year", "2026"], "Phường Kiến An"),
    "scores": lambda p: (
        ["scores", "--cluster", "Khối thi đua các tổ dân phố", "--year", "2025"],
        "Tổ dân phố số 2",
    ),
    "cluster": lambda p: (
        [
            "cluster",
            "review",
            "--cluster",
            "Cụm thi đua số 4 (các phường)",
            "--year",
            "2026",
            "--on",
            "18/12/2026",
            "--present",
            "Phường Kiến An=Ông Trần Quốc Khánh",
            "Phường Phù Liễn",
        ],
        "Cụm thi đua số 4 (các phường)",
    ),
    "candidates": lambda p: (["candidates", "--year", "2025"], PERSON),
    "verify": _verify,
    "check": lambda p: (["check"], str(p)),
    "office": lambda p: (["office"], OFFICE),
    "discipline": _discipline,
    "council": lambda p: (
        ["council", "member", "add", "Đỗ Thị Lan", "--role", "Ủy viên", "--from", "01/01/2026"],
        "Đỗ Thị Lan",
    ),
    "import": _import,
    "report": lambda p: (
        ["report", "annual", "--year", "2024", "--out", p.parent / "Báo cáo tổng hợp.xlsx"],
        "Báo cáo tổng hợp.xlsx",
    ),
    "export": lambda p: (["export", p.parent / "Toàn bộ.xlsx"], "Toàn bộ.xlsx"),
    "reindex": lambda p: (["--lang", "vi", "reindex"], "Đã dựng lại chỉ mục tìm kiếm"),
    "backup": lambda p: (["backup", p.parent / "Bản sao"], "Bản sao"),
    "restore": _restore,
    "move": _move,
    "use": lambda p: (["use", p], str(p)),
    "record-decision": _record_decision,
    "decision-pack": lambda p: (
        ["decision-pack", "31/QĐ-UBND", "--date", "09/01/2026", "--out", p.parent],
        VIETNAMESE_FOLDER,
    ),
    "print": lambda p: (
        [
            "print",
            "--decision",
            "31/QĐ-UBND",
            "--pdf",
            p.parent / "Bằng khen.pdf",
            "--reissue-reason",
            "in lại",
        ],
        "Bằng khen.pdf",
    ),  # fmt: skip
    "dossier": _dossier,
}
# Commands whose words name their own database, or that work on the default one.
WITHOUT_DB = {"demo", "import", "move", "use"}


def _words(command: str, path: Path) -> tuple[list, str]:
    words, shown = COMMANDS[command](path)
    if command not in WITHOUT_DB:
        words = ["--db", path, *words]
    return words, shown


# Every command of the parser: one added later fails here until it is given its words.
@pytest.mark.parametrize("command", sorted(subcommands()))
def test_a_command_prints_a_vietnamese_name_to_a_redirected_windows_stream(
    monkeypatch, records, command
):
    words, shown = _words(command, records)
    assert cannot_be_encoded(shown, "cp1258")
    code, out, err = run_redirected(monkeypatch, *words)
    assert code == 0, err
    assert shown in out
    assert "unexpected error" not in err


JSON_COMMANDS = {
    "info": (["info"], OFFICE),
    "search": (["search", PERSON, "--names-only"], PERSON),
    "audit": (["audit", "--table", "people", "--find", PERSON, "--limit", "1"], PERSON),
    "progress": (["progress", "--year", "2023"], "Giá trị sản xuất"),
    "office": (["office"], OFFICE),
    "registrations": (["registrations", "--year", "2025"], "Hạ tầng và Đô thị"),
    "initiatives": (["initiatives", "--person", PERSON], PERSON),
    "clusters": (["clusters", "--year", "2026"], "Phường Kiến An"),
    "scores": (
        ["scores", "--cluster", "Khối thi đua các tổ dân phố", "--year", "2025"],
        "Tổ dân phố số 2",
    ),
    "candidates": (["candidates", "--year", "2025"], PERSON),
}


@pytest.mark.parametrize("command", sorted(JSON_COMMANDS))
def test_json_comes_out_whole_in_utf8(monkeypatch, records, command):
    words, shown = JSON_COMMANDS[command]
    code, out, err = run_redirected(monkeypatch, "--db", records, *words, "--format", "json")
    assert (code, err) == (0, "")
    assert shown in json.dumps(json.loads(out), ensure_ascii=False)


def test_csv_on_a_redirected_stream_ends_each_line_once(monkeypatch, records):
    code, out, err = run_redirected(
        monkeypatch, "--db", records, "search", PERSON, "--names-only", "--format", "csv"
    )
    assert (code, err) == (0, "")
    assert "\r" not in out  # csv's "\r\n" through Windows' text layer would be "\r\r\n"
    lines = out.splitlines()
    assert lines[0].startswith("id,name,") and len(lines) > 1
    assert all(f",{PERSON}," in line for line in lines[1:])


def test_help_and_a_mistake_in_the_words_reach_a_redirected_stream(monkeypatch):
    code, out, err = run_redirected(monkeypatch, "--lang", "vi", "--help")
    assert (code, err) == (0, "")
    assert out.startswith("usage: kienan-awards") and "thưởng" in out
    code, out, err = run_redirected(monkeypatch, "--lang", "vi", "search", "x", "--year", "năm")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "'năm' không phải là số nguyên" in err


# A real process as Windows starts it redirected: the cheap commands, in both code pages.
IN_A_PROCESS = {
    "info": (["info"], OFFICE),
    "search": (["search", PERSON, "--names-only"], PERSON),
    "search-json": (["search", PERSON, "--names-only", "--format", "json"], PERSON),
    "search-csv": (["search", PERSON, "--names-only", "--format", "csv"], PERSON),
    "help": (["--lang", "vi", "search", "--help"], "thưởng"),
}


@pytest.mark.parametrize("code_page", ["cp1258", "cp1252"])
@pytest.mark.parametrize("case", sorted(IN_A_PROCESS))
def test_a_process_in_a_windows_code_page_writes_utf8(records, code_page, case):
    words, shown = IN_A_PROCESS[case]
    result = subprocess.run(
        [sys.executable, "-m", "kienan_awards", "--db", str(records), *words],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": code_page},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert shown in out and cannot_be_encoded(shown, code_page)
    assert b"\r\r\n" not in result.stdout
    if case == "search-json":
        assert json.loads(out)[0]["name"] == PERSON


def test_search_writes_its_csv_to_a_file_as_excel_on_windows_opens_it(
    monkeypatch, records, tmp_path
):
    out = tmp_path / "Kết quả tra cứu.csv"
    code, stdout, stderr = run_redirected(
        monkeypatch, "--db", records, "search", "Nguyễn", "--format", "csv", "--out", out,
        "--limit", "0",
    )  # fmt: skip
    assert (code, stdout, stderr) == (0, "", "")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only after its mark
    lines = data[3:].split(b"\r\n")
    assert len(lines) > 2 and not any(b"\r" in line or b"\n" in line for line in lines)
    assert "Nguyễn" in data.decode("utf-8-sig")


def test_search_out_is_refused_without_the_csv_format(monkeypatch, records, tmp_path):
    out = tmp_path / "x.csv"
    code, _stdout, stderr = run_redirected(
        monkeypatch, "--db", records, "search", "An", "--out", out
    )
    assert code == 2 and "--format csv" in stderr and not out.exists()
