"""The streams Windows gives a program whose output is redirected to a file or a pipe: the
ANSI code page with strict errors (cp1258 on a Vietnamese Windows, cp1252 on an English one),
"\\n" written as "\\r\\n". Neither code page encodes a precomposed letter such as "ễ"."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from kienan_awards.app import main
from kienan_awards.core import demo
from kienan_awards.core.storage.database import open_database

# A folder a clerk might name, so that every path a command prints holds such letters.
VIETNAMESE_FOLDER = "Hồ sơ Nguyễn Văn Ễ"


def redirected_stream(code_page: str = "cp1258") -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding=code_page, errors="strict", newline="\r\n")


def run_redirected(monkeypatch, *argv) -> tuple[int, str, str]:
    """The program run in this process with stdout and stderr as a redirected Windows gives
    them: (exit code, stdout, stderr), read back as UTF-8 with the line ends as written
    ("\\r\\n" made "\\n"; a "\\r\\r\\n" would be left as "\\r\\n")."""
    out, err = redirected_stream(), redirected_stream()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    try:
        code = main([str(word) for word in argv])
    except SystemExit as stop:
        code = stop.code
    written = []
    for stream in (out, err):
        stream.flush()
        written.append(stream.buffer.getvalue().decode("utf-8").replace("\r\n", "\n"))
    return code, *written


def cannot_be_encoded(text: str, code_page: str) -> bool:
    try:
        text.encode(code_page)
    except UnicodeEncodeError:
        return True
    return False


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The demo database, loaded once for the module (each test works on its own copy)."""
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:  # never the real user's folders
        for variable, folder in (
            ("HOME", ""),
            ("XDG_DATA_HOME", "data"),
            ("XDG_CONFIG_HOME", "config"),
        ):
            patch.setenv(variable, str(home / folder))
        path = tmp_path_factory.mktemp("demo") / "awards.sqlite3"
        db = open_database(path)
        demo.load_demo(db)
        db.close()
    return path


@pytest.fixture
def records(demo_file, tmp_path) -> Path:
    """A copy of the demo in a folder whose name Windows' code pages cannot encode."""
    folder = tmp_path / VIETNAMESE_FOLDER
    folder.mkdir()
    path = folder / "khen thưởng.sqlite3"
    shutil.copyfile(demo_file, path)
    return path
