"""Every generated file and ZIP member name obeys Windows' rules and is told apart from every
other in its folder as Windows compares names (letter by letter in capitals) and as macOS
does (without case or composition), keeping its Vietnamese letters."""

import unicodedata
import zipfile
from pathlib import PureWindowsPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kienan_awards.core.output_files import name_key, safe_file_name, unique_file_name

WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


def windows_equal_key(name: str) -> str:
    """How NTFS compares two names: each UTF-16 unit through its table of capitals (one
    letter for one letter, so "ß" stays "ß")."""
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in name)


def macos_equal_key(name: str) -> str:
    return unicodedata.normalize("NFD", name).casefold()


def assert_windows_accepts(name: str) -> None:
    assert name and not WINDOWS_FORBIDDEN & set(name)
    assert not name.endswith((".", " "))
    assert not PureWindowsPath(name).is_reserved()
    assert PureWindowsPath(name).name == name  # one name, not a path
    assert len(name.encode("utf-16-le")) // 2 <= 255 and len(name.encode()) <= 255
    assert unicodedata.is_normalized("NFC", name)


def assert_all_apart(names: list[str]) -> None:
    for key in (windows_equal_key, macos_equal_key, str.casefold):
        assert len({key(name) for name in names}) == len(names), key.__name__


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trường Tiểu học 19/5", "Trường Tiểu học 19-5"),
        ("Lớp 5A\\5B: “giỏi”?", "Lớp 5A-5B “giỏi”"),
        ('Tổ "Văn" <phòng> | kế * toán', "Tổ Văn phòng kế toán"),
        ("Tên\x00có\x1fký\x7ftự", "Tên có ký tự"),
        ("Báo cáo. . .", "Báo cáo"),
        ("Báo cáo   ", "Báo cáo"),
        ("con.tar.gz", "_con.tar.gz"),
        ("AUX .docx", "_AUX .docx"),
        ("COM¹.txt", "_COM¹.txt"),
        ("lpt9", "_lpt9"),
        ("CONIN$", "_CONIN$"),
    ],
)
def test_names_windows_refuses_are_made_acceptable(text, expected):
    name = safe_file_name(text)
    assert name == expected
    assert_windows_accepts(name)


def test_a_too_long_name_fits_windows_and_keeps_whole_letters():
    text = "Tập thể Trường Tiểu học Nguyễn Văn Trỗi quận Kiến An " * 10
    name = safe_file_name(text, suffix=".pdf")
    assert_windows_accepts(name)
    assert name.endswith(".pdf") and len(name.encode()) <= 180
    assert text.startswith(name.removesuffix(".pdf"))


def test_names_windows_takes_for_one_are_told_apart():
    taken: set[str] = set()
    # "ı" (dotless i) is "I" in capitals, as "i" is: Windows takes "Kı" and "KI" for one file.
    texts = ["Trường Tiểu học 19/5", "TRƯỜNG TIỂU HỌC 19-5", "Trường Tiểu học 19:5", "Kı", "KI"]
    names = [unique_file_name(text, taken, suffix=".pdf") for text in texts]
    assert names[:3] == [
        "Trường Tiểu học 19-5.pdf",
        "TRƯỜNG TIỂU HỌC 19-5 (2).pdf",
        "Trường Tiểu học 19 5.pdf",
    ]
    assert names[4] == "KI (2).pdf"
    assert_all_apart(names)


def test_a_stem_written_with_several_extensions_is_free_for_each():
    taken = {name_key("Tờ trình 25.PDF"), name_key("manifest.json")}
    stem = unique_file_name("Tờ trình 25", taken, also=(".docx", ".pdf"))
    assert stem == "Tờ trình 25 (2)"
    assert {name_key(f"{stem}.docx"), name_key(f"{stem}.pdf")} <= taken
    again = unique_file_name("TỜ TRÌNH 25", taken, also=(".docx", ".pdf"))
    assert again == "TỜ TRÌNH 25 (3)"
    # The stem leaves room for the longest of its extensions.
    long = unique_file_name("ệ" * 200, set(), max_bytes=60, also=(".docx",))
    assert len(f"{long}.docx".encode()) <= 60


def test_a_zip_of_such_names_unpacks_on_windows_as_so_many_files(tmp_path):
    taken: set[str] = set()
    texts = ["Trường Tiểu học 19/5", "trường tiểu học 19/5", "Trường Tiểu học 19\\5", "NUL"]
    names = [unique_file_name(text, taken, suffix=".pdf") for text in texts]
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as archive:
        for name in names:
            archive.writestr(f"Giấy khen/{name}", b"%PDF")
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        members = [PureWindowsPath(info.filename) for info in archive.infolist()]
    assert all(member.parts[:-1] == ("Giấy khen",) for member in members)
    assert_all_apart([member.name for member in members])
    for member in members:
        assert_windows_accepts(member.name)


PIECES = list('aAiIıİßsSkK\u212a.  /\\:*?"<>|\x00\x1f\u202e') + list("ĐđƯưƠơÂâĂăÊêÔô")
PIECES += ["e\u0301", "\u00e9", "ǅ", "ǆ", "Ǆ", "ς", "σ", "Σ", "CON", "com1", "Lpt9", "nul"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXTS, max_size=12), st.sampled_from(["", ".pdf", ".docx"]))
def test_any_names_in_one_folder_are_acceptable_and_apart(texts, suffix):
    taken: set[str] = set()
    names = [unique_file_name(text, taken, suffix=suffix, max_bytes=40) for text in texts]
    for name in names:
        assert_windows_accepts(name)
        assert name.endswith(suffix) and len(name.encode()) <= 40
    assert_all_apart(names)
