"""The one file-name rule and the one writer every output goes through."""

import os
import stat
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kienan_awards.core import output_files
from kienan_awards.core.errors import KienanError
from kienan_awards.core.output_files import (
    append_to_private_file,
    copy_into_place,
    create_private_file,
    make_private_folder,
    output_file,
    safe_file_name,
    unique_file_name,
)

POSIX = os.name == "posix"
FORBIDDEN = '<>:"/\\|?*'
INVISIBLE = [chr(c) for c in range(0x20)] + ["\x7f"]
INVISIBLE += [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
INVISIBLE += ["\u200b", "\u200c", "\u200d", "\ufeff"]
RESERVED = ["CON", "PRN", "AUX", "NUL"] + [
    f"{kind}{n}" for kind in ("COM", "LPT") for n in range(10)
]

# Text a clerk, a pasted list or an attacker may give: any text, text made mostly of the
# troublesome characters, and Windows' reserved names with and without an extension.
TRICKY = list(FORBIDDEN) + INVISIBLE + list(". -_~") + ["Đ", "ệ", "e", "\u0301", "\u00a0", "\u3000"]
NAMES = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(TRICKY + list("aZ0Tập thể")), max_size=60),
    st.builds(
        lambda name, case, tail: (name.lower() if case else name) + tail,
        st.sampled_from(RESERVED),
        st.booleans(),
        st.sampled_from(["", ".txt", " .pdf", ".", " ", ". .", ".tar.gz", "  x"]),
    ),
    st.text(alphabet=st.sampled_from(list("Tập thể lớp Trường Kiến") + ["/"]), min_size=200),
)
SUFFIXES = st.sampled_from(["", ".pdf", ".xlsx", ".docx", ".zip"])


def is_reserved(name: str) -> bool:
    return name.split(".")[0].rstrip(" ").upper() in RESERVED


def assert_safe(name: str, max_bytes: int) -> None:
    assert name and name not in (".", "..")
    assert unicodedata.is_normalized("NFC", name)
    assert len(name.encode("utf-8")) <= max_bytes
    assert not any(ch in FORBIDDEN or ch in INVISIBLE for ch in name)
    assert os.sep not in name and (os.altsep or "/") not in name
    assert not is_reserved(name)
    assert not name.endswith((".", " ")) and not name.startswith((".", " "))
    assert ".." not in name


@settings(max_examples=300, deadline=None)
@given(NAMES, st.integers(min_value=12, max_value=255), SUFFIXES)
def test_any_text_becomes_a_safe_portable_name(text, max_bytes, suffix):
    name = safe_file_name(text, max_bytes=max_bytes, suffix=suffix)
    assert_safe(name, max_bytes)
    assert name.endswith(suffix)


@settings(max_examples=100, deadline=None)
@given(NAMES, SUFFIXES)
def test_a_zip_entry_with_that_name_extracts_inside_the_folder_under_that_name(text, suffix):
    name = safe_file_name(text, suffix=suffix)
    with tempfile.TemporaryDirectory() as scratch:
        archive_path, target = Path(scratch) / "a.zip", Path(scratch) / "out"
        target.mkdir()
        with zipfile.ZipFile(archive_path, "w") as archive:
            archive.writestr(name, b"x")
        with zipfile.ZipFile(archive_path) as archive:
            extracted = Path(archive.extract(name, target))
        assert extracted.resolve().parent == target.resolve()
        assert extracted.name == name and extracted.read_bytes() == b"x"


def test_vietnamese_names_stay_readable():
    assert (
        safe_file_name("Tập thể lớp 10/1 Trường THPT Kiến An")
        == "Tập thể lớp 10-1 Trường THPT Kiến An"
    )
    assert safe_file_name("QD 15/QĐ-UBND 2024-01-12", suffix=".pdf") == (
        "QD 15-QĐ-UBND 2024-01-12.pdf"
    )
    decomposed = unicodedata.normalize("NFD", "Nguyễn Trường Sơn")
    assert safe_file_name(decomposed) == unicodedata.normalize("NFC", "Nguyễn Trường Sơn")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("..\\..\\Windows\\win.ini", "-.-Windows-win.ini"),
        ("../../etc/passwd", "-.-etc-passwd"),
        ('Trường "Kiến An": lớp A?*', "Trường Kiến An lớp A"),
        ("  tên \t\n cách   ", "tên cách"),
        ("abc\u202egpj.exe", "abc gpj.exe"),
        ("tên...", "tên"),
        ("..", "file"),
        (".", "file"),
        ("", "file"),
        ("\u200b\ufeff", "file"),
        ("con", "_con"),
        ("Nul.txt", "_Nul.txt"),
        ("LPT9 .pdf", "_LPT9 .pdf"),
        ("COM10", "COM10"),
        ("CONSOLE", "CONSOLE"),
    ],
)
def test_dangerous_names_are_made_harmless(text, expected):
    assert safe_file_name(text) == expected


def test_the_fallback_is_used_for_nothing_and_is_made_safe_itself():
    assert safe_file_name("???", fallback="giay-khen", suffix=".pdf") == "giay-khen.pdf"
    assert safe_file_name("", fallback="a/b") == "a-b"
    assert safe_file_name("", fallback="") == "file"


def test_a_long_name_is_cut_on_a_character_and_keeps_its_extension():
    text = "Tập thể lớp 10/1 Trường THPT Kiến An " * 8  # well over 262 bytes
    assert len(text.encode()) > 262
    name = safe_file_name(text, suffix=".pdf")
    assert name.endswith(".pdf") and len(name.encode()) <= 180
    stem = name.removesuffix(".pdf")
    assert safe_file_name(text, max_bytes=10_000).startswith(stem)
    assert safe_file_name("ệ" * 100, max_bytes=10) == "ệ" * 3  # 3 bytes each, none split


def test_a_suffix_that_cannot_fit_or_is_not_an_extension_is_a_mistake():
    with pytest.raises(ValueError):
        safe_file_name("a", max_bytes=4, suffix=".docx")
    with pytest.raises(ValueError):
        safe_file_name("a", suffix="/../x")


def test_equal_names_are_told_apart_whatever_their_case():
    taken: set[str] = set()
    names = [
        unique_file_name(text, taken, suffix=".pdf")
        for text in ("0001 Lớp 10/1", "0001 Lớp 10-1", "0001 LỚP 10-1", "0001 Lớp 10:1")
    ]
    assert names[0] == "0001 Lớp 10-1.pdf"
    assert len({name.casefold() for name in names}) == 4
    assert names[1] == "0001 Lớp 10-1 (2).pdf"
    long_names = [unique_file_name("x" * 400, taken, max_bytes=50) for _ in range(3)]
    assert len(set(long_names)) == 3 and all(len(n.encode()) <= 50 for n in long_names)


# --- the one writer ---------------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_an_output_is_written_to_a_hidden_draft_beside_it_then_put_in_place(tmp_path):
    target = tmp_path / "báo cáo.pdf"
    target.write_bytes(b"old")
    with output_file(target) as draft:
        assert draft.parent == tmp_path and draft.name.startswith(".")
        assert str(os.getpid()) in draft.name
        assert target.read_bytes() == b"old"
        draft.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["báo cáo.pdf"]


@pytest.mark.skipif(not POSIX, reason="owner-only modes are POSIX")
def test_an_output_and_its_draft_are_owner_only_even_over_an_open_file(tmp_path):
    target = tmp_path / "list.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o644)
    with output_file(target) as draft:
        assert mode(draft) == 0o600
        draft.write_bytes(b"new")
    assert mode(target) == 0o600


def test_a_symlink_at_the_target_is_replaced_not_written_through(tmp_path):
    victim = tmp_path / "awards.sqlite3"
    victim.write_bytes(b"SQLite format 3\x00 the database")
    link = tmp_path / "QD 15.docx"
    link.symlink_to(victim)
    with output_file(link) as draft:
        draft.write_bytes(b"the decision")
    assert victim.read_bytes() == b"SQLite format 3\x00 the database"
    assert not link.is_symlink() and link.read_bytes() == b"the decision"


def test_a_failure_in_the_middle_leaves_the_old_file_and_no_draft(tmp_path):
    target = tmp_path / "all.zip"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), output_file(target) as draft:
        draft.write_bytes(b"half")
        raise RuntimeError("the printer ran out of paper")
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]


def test_a_file_open_elsewhere_is_one_line_naming_it_and_leaves_no_draft(tmp_path, monkeypatch):
    target = tmp_path / "open.pdf"
    target.write_bytes(b"old")

    def refuse(source, destination):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output_files.os, "replace", refuse)
    with pytest.raises(KienanError) as raised, output_file(target) as draft:
        draft.write_bytes(b"new")
    message = str(raised.value)
    assert str(target) in message and "Permission denied" in message and "close it" in message
    assert "\n" not in message
    assert target.read_bytes() == b"old" and list(tmp_path.iterdir()) == [target]


def test_an_empty_draft_is_refused_and_nothing_is_put_in_place(tmp_path):
    target = tmp_path / "empty.pdf"
    with pytest.raises(KienanError, match="cannot write"), output_file(target):
        pass
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_one_clear_error(tmp_path):
    with pytest.raises(KienanError, match="cannot write"), output_file(tmp_path / "no" / "a.pdf"):
        pass
    assert not (tmp_path / "no").exists()


def test_the_draft_reaches_the_disk_before_the_rename(tmp_path, monkeypatch):
    events = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(
        output_files.os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1]
    )
    monkeypatch.setattr(
        output_files.os, "replace", lambda a, b: (events.append("replace"), real_replace(a, b))[1]
    )
    with output_file(tmp_path / "a.pdf") as draft:
        draft.write_bytes(b"x")
    assert events[:2] == ["fsync", "replace"]


def test_a_longest_possible_name_still_gets_its_draft(tmp_path):
    target = tmp_path / ("ệ" * 85)  # 255 bytes, the most a name may hold
    with output_file(target) as draft:
        draft.write_bytes(b"x")
    assert target.read_bytes() == b"x"


def test_a_finished_file_elsewhere_is_copied_into_place(tmp_path):
    source = tmp_path / "scratch.xlsx"
    source.write_bytes(b"PK\x03\x04 workbook")
    target = tmp_path / "out" / "all.xlsx"
    target.parent.mkdir()
    assert copy_into_place(source, target) == target
    assert target.read_bytes() == source.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["all.xlsx"]
    if POSIX:
        assert mode(target) == 0o600


@pytest.mark.skipif(not POSIX, reason="owner-only modes are POSIX")
def test_folders_and_files_the_program_creates_are_owner_only(tmp_path):
    folder = make_private_folder(tmp_path / "a" / "b" / "c")
    assert folder.is_dir()
    assert [mode(tmp_path / p) for p in ("a", "a/b", "a/b/c")] == [0o700] * 3
    existing = tmp_path / "shared"
    existing.mkdir(mode=0o755)
    existing.chmod(0o755)
    make_private_folder(existing)
    assert mode(existing) == 0o755  # a folder the program did not create is left as it is
    created = create_private_file(tmp_path / "x" / "new.sqlite3")
    assert mode(created) == 0o600 and mode(tmp_path / "x") == 0o700
    log = tmp_path / "logs" / "errors.log"
    append_to_private_file(log, "one\n")
    append_to_private_file(log, "two\n")
    assert log.read_text() == "one\ntwo\n" and mode(log) == 0o600
    assert mode(log.parent) == 0o700
