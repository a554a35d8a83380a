"""The dialogs the program shows before its window (a database that cannot be opened, a
damaged one) speak the language chosen, as the window does."""

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from kienan_awards.ui.application import run_window
from kienan_awards.ui.translations import remove_translations


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    hook = sys.excepthook  # the window sets its own; the tests keep theirs
    yield
    sys.excepthook = hook
    remove_translations(qapp)


def _shown_dialogs(monkeypatch) -> list[tuple[str, str]]:
    shown = []

    def record(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.No

    for kind in ("critical", "warning", "question"):
        monkeypatch.setattr(QMessageBox, kind, record)
    return shown


def test_a_database_that_cannot_be_opened_is_said_in_vietnamese(qapp, tmp_path, monkeypatch):
    dialogs = _shown_dialogs(monkeypatch)
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert run_window(folder, "vi") == 1
    assert dialogs == [
        ("Không mở được cơ sở dữ liệu", f"{folder} là một thư mục, không phải tệp cơ sở dữ liệu")
    ]


def test_a_damaged_database_is_said_in_vietnamese(qapp, tmp_path, monkeypatch):
    dialogs = _shown_dialogs(monkeypatch)
    damaged = tmp_path / "awards.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"\xff" * 4000)
    assert run_window(damaged, "vi") == 1
    assert len(dialogs) == 1
    assert dialogs[0][0] in ("Không mở được cơ sở dữ liệu", "Cơ sở dữ liệu bị hỏng")


def test_the_same_dialog_speaks_english_when_chosen(qapp, tmp_path, monkeypatch):
    dialogs = _shown_dialogs(monkeypatch)
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert run_window(folder, "en") == 1
    assert dialogs[0][0] == "The database cannot be opened"


def test_the_program_gives_its_windows_their_icon_before_the_first_dialog(
    qapp, tmp_path, monkeypatch
):
    # A bundled program on Windows has no icon resource Qt would find by itself.
    from PySide6.QtGui import QIcon

    qapp.setWindowIcon(QIcon())
    _shown_dialogs(monkeypatch)
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert run_window(folder, "en") == 1
    assert not qapp.windowIcon().isNull()
    assert not qapp.windowIcon().pixmap(32, 32).isNull()
