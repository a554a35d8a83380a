"""Every file the program writes with personal data goes out safely: a portable name that
cannot leave its folder, put in place whole (never through a link at its name), owner-only on
POSIX, and never over the database."""

import datetime as dt
import os
import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kienan_awards.core.records.record_counts import record_counts
from kienan_awards.core.storage.database import open_database
from kienan_awards.error_log import record_unexpected
from tests.cli.conftest import run
from tests.support.list_files import award_list, write_xlsx

POSIX = os.name == "posix"
DECISION = ["21/QĐ-UBND", "--date", "09/01/2020"]  # the demo's smallest decision: 20 awards
LONG_NAME = "Tập thể lớp 10/1 Trường Trung học phổ thông Kiến An, quận Kiến An " * 4
ROWS_WITH_AN_ERROR = [
    ["II. CÁ NHÂN"],
    [
        1,
        "Nguyễn Văn An",
        1985,
        "Nam",
        "Chuyên viên",
        "Phòng Kinh tế",
        "Giấy khen",
        "Năm 2023",
        "15/QĐ-UBND",
        "31/02/2024",
    ],
]


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def usual_umask():
    """A umask that, left alone, makes files 0644 and folders 0755, as on most desktops."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def award_count(db_path) -> int:
    db = open_database(db_path)
    try:
        return record_counts(db)["awards"]
    finally:
        db.close()


# --- names --------------------------------------------------------------------------------------


def test_certificate_zip_entries_are_safe_readable_and_distinct(qapp, demo_path, tmp_path):
    from kienan_awards.core.changes import RecordKind
    from kienan_awards.printing.certificate_printing import print_to_zip

    db = open_database(demo_path)
    try:
        # Register number 1 of two years: same number, and names that become the same.
        first, second = (
            row[0]
            for row in db.execute(
                "SELECT id FROM awards WHERE register_number = 1 ORDER BY register_year LIMIT 2"
            )
        )
        long_one, sly_one = (
            row[0]
            for row in db.execute(
                "SELECT id FROM awards WHERE register_number IN (2, 3) AND register_year = "
                "(SELECT min(register_year) FROM awards) ORDER BY register_number"
            )
        )
        names = {
            first: "Tập thể lớp 10/1 Trường THPT Kiến An",
            second: "Tập thể lớp 10-1 Trường THPT Kiến An",
            long_one: LONG_NAME,
            sly_one: '..\\..\\Ông "A": B?',
        }
        assert len(LONG_NAME.encode()) > 262
        for award_id, name in names.items():
            db.execute("UPDATE awards SET recipient_name = ? WHERE id = ?", [name, award_id])
            # The demo froze its certificates' text; freeze it again with these names.
            db.execute("DELETE FROM certificates WHERE award_id = ?", [award_id])
        db.conn.commit()
        out = tmp_path / "giay-khen.zip"
        assert print_to_zip(db, list(names), out).ids == {RecordKind.CERTIFICATES: frozenset(names)}
    finally:
        db.close()
    with zipfile.ZipFile(out) as archive:
        entries = archive.namelist()
        target = tmp_path / "extracted"
        archive.extractall(target)
    assert entries[0] == "0001 Tập thể lớp 10-1 Trường THPT Kiến An.pdf"
    assert entries[1] == "0001 Tập thể lớp 10-1 Trường THPT Kiến An (2).pdf"
    assert entries[2].startswith("0002 Tập thể lớp 10-1 Trường Trung học")
    # The collective's name as its certificate prints it, with its place after it.
    assert entries[3].startswith("0003 .-.-Ông A B") and entries[3].endswith(".pdf")
    for entry in entries:
        assert entry.endswith(".pdf") and len(entry.encode()) <= 180
        assert not set('<>:"/\\|?*') & set(entry)
        assert (target / entry).is_file()
    assert sorted(p.name for p in target.iterdir()) == sorted(entries)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_decision_pack_names_are_safe_and_a_link_at_the_name_is_replaced_not_followed(
    capsys, demo_path, tmp_path
):
    out = tmp_path / "pack"
    out.mkdir()
    before = demo_path.read_bytes()
    link = out / "QD 15-QĐ-UBND 2024-01-12.docx"
    link.symlink_to(demo_path)
    code, printed, err = run(
        capsys,
        "--db",
        demo_path,
        "decision-pack",
        "15/QĐ-UBND",
        "--date",
        "12/01/2024",
        "--out",
        out,
    )
    assert code == 0 and err == ""
    assert sorted(p.name for p in out.iterdir()) == [
        "QD 15-QĐ-UBND 2024-01-12.docx",
        "QD 15-QĐ-UBND 2024-01-12.pdf",
    ]
    assert str(link) in printed
    assert demo_path.read_bytes() == before
    assert not link.is_symlink() and zipfile.is_zipfile(link)


# --- owner-only files ---------------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="owner-only modes are POSIX")
def test_every_output_with_personal_data_is_owner_only(capsys, demo_path, tmp_path, usual_umask):
    out = tmp_path / "out"
    out.mkdir()
    commands = {
        "export": ["export", out / "all.xlsx", "--with-personal-ids"],
        "report pdf": ["report", "annual", "--year", "2023", "--out", out / "annual.pdf"],
        "report xlsx": ["report", "honour-list", "--year", "2023", "--out", out / "honour.xlsx"],
        "certificates pdf": ["print", "--decision", DECISION[0], "--pdf", out / "gk.pdf"],
        "certificates zip": [
            "print",
            "--decision",
            DECISION[0],
            "--pdf",
            out / "gk.zip",
            "--reissue-reason",
            "bản ZIP",
        ],
        "decision pack": ["decision-pack", *DECISION, "--out", out],
        "backup": ["backup", tmp_path / "usb" / "kien-an"],
    }
    for what, argv in commands.items():
        code, _, err = run(capsys, "--db", demo_path, *argv)
        assert code == 0, (what, err)
    backup = next((tmp_path / "usb" / "kien-an").iterdir())
    restored = tmp_path / "new place" / "restored.sqlite3"
    restored.parent.mkdir()
    code, _, err = run(capsys, "--db", restored, "restore", backup)
    assert code == 0, err
    marked = out / "marked.xlsx"
    write_xlsx(marked, {"old": [["an earlier marked copy"]]})
    marked.chmod(0o644)
    bad_list = write_xlsx(tmp_path / "list.xlsx", {"DS": award_list(ROWS_WITH_AN_ERROR)})
    code, _, err = run(
        capsys, "--db", demo_path, "import", "awards", bad_list, "--errors-out", marked
    )
    assert code == 1 and "errors are marked in" in err
    assert load_workbook(marked).sheetnames == ["DS"]

    files = {path.name: mode(path) for path in out.iterdir()}
    files |= {"backup": mode(backup), "restored": mode(restored)}
    assert files == dict.fromkeys(
        [
            "all.xlsx",
            "annual.pdf",
            "honour.xlsx",
            "gk.pdf",
            "gk.zip",
            "QD 21-QĐ-UBND 2020-01-09.docx",
            "QD 21-QĐ-UBND 2020-01-09.pdf",
            "marked.xlsx",
            "backup",
            "restored",
        ],
        0o600,
    )
    kept_before_restore = next((restored.parent / "backups").iterdir())
    assert mode(kept_before_restore) == 0o600
    folders = [tmp_path / "usb", tmp_path / "usb" / "kien-an", kept_before_restore.parent]
    assert [mode(folder) for folder in folders] == [0o700] * 3


@pytest.mark.skipif(not POSIX, reason="owner-only modes are POSIX")
def test_the_error_log_and_its_folders_are_owner_only(private_user_folders, usual_umask):
    path = record_unexpected(RuntimeError("a traceback may quote a name"))
    assert path is not None and mode(path) == 0o600
    assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700
    path.chmod(0o644)  # written by an older version
    record_unexpected(RuntimeError("again"))
    assert mode(path) == 0o600 and path.read_text().count("RuntimeError") == 2


# --- the import's marked copy never lands on the database ---------------------------------------


def refused_places(demo_path: Path, tmp_path: Path) -> dict[str, Path]:
    """Places a hurried clerk might give --errors-out, each holding something to keep."""
    wal, shm = Path(f"{demo_path}-wal"), Path(f"{demo_path}-shm")
    wal.write_bytes(b"write-ahead log")
    shm.write_bytes(b"shared memory")
    backups = demo_path.parent / "backups"
    backups.mkdir(exist_ok=True)
    backup = backups / "awards-20240101-000000-000000-manual.sqlite3"
    shutil.copyfile(demo_path, backup)
    disguised = tmp_path / "database copy.xlsx"
    shutil.copyfile(demo_path, disguised)
    notes = tmp_path / "notes.txt"
    notes.write_text("notes")
    text_named_xlsx = tmp_path / "not a workbook.xlsx"
    text_named_xlsx.write_text("just text")
    link = tmp_path / "marked.xlsx"
    link.symlink_to(demo_path)
    return {
        "database": demo_path,
        "wal": wal,
        "shm": shm,
        "backup": backup,
        "database named .xlsx": disguised,
        "text file": notes,
        "text named .xlsx": text_named_xlsx,
        "link to the database": link,
        "new file not .xlsx": tmp_path / "marked.csv",
    }


def test_errors_out_refuses_the_database_and_anything_not_a_workbook(capsys, demo_path, tmp_path):
    bad_list = write_xlsx(tmp_path / "list.xlsx", {"DS": award_list(ROWS_WITH_AN_ERROR)})
    awards = award_count(demo_path)
    places = refused_places(demo_path, tmp_path)
    kept = {name: path.read_bytes() for name, path in places.items() if path.exists()}
    for name, place in places.items():
        code, out, err = run(
            capsys, "--db", demo_path, "import", "awards", bad_list, "--errors-out", place
        )
        assert code == 1 and out == "", name
        last = err.strip().splitlines()[-1]
        assert last.startswith("kienan-awards: ") and place.name in last, (name, err)
        assert "marked in" not in err, name
    assert {name: places[name].read_bytes() for name in kept} == kept
    assert not (tmp_path / "marked.csv").exists()
    assert places["link to the database"].is_symlink()
    assert award_count(demo_path) == awards
    assert [p.name for p in tmp_path.glob(".*.part")] == []


def test_errors_out_refuses_the_database_even_when_the_list_is_clean(capsys, db_path, tmp_path):
    clean = write_xlsx(
        tmp_path / "list.xlsx",
        {
            "DS": award_list(
                [
                    [
                        1,
                        "Nguyễn Văn An",
                        1985,
                        "Nam",
                        "Chuyên viên",
                        "Phòng Kinh tế",
                        "Giấy khen",
                        "Năm 2023",
                        "15/QĐ-UBND",
                        dt.date(2024, 1, 12),
                    ]
                ]
            )
        },
    )
    open_database(db_path).close()
    before = db_path.read_bytes()
    code, out, err = run(
        capsys, "--db", db_path, "import", "awards", clean, "--errors-out", db_path
    )
    assert code == 1 and out == "" and db_path.name in err and err.count("\n") == 1
    assert db_path.read_bytes() == before and award_count(db_path) == 0
