"""Whatever stops the database from opening at start (a network share that refuses, a file
another program locked or this user may not read, an error never met before), a dialog says
what and where: never a traceback, never a silent exit."""

import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from kienan_awards.core.storage import database
from kienan_awards.core.storage.locations import default_database_path
from kienan_awards.ui.application import run_window
from kienan_awards.ui.translations import remove_translations

SHARE = r"\\may-chu\khen-thuong\awards.sqlite3"


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    hook = sys.excepthook  # the window sets its own; the tests keep theirs
    yield
    sys.excepthook = hook
    remove_translations(qapp)


@pytest.fixture
def dialogs(monkeypatch) -> list[tuple[str, str]]:
    shown = []

    def record(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.No

    for kind in ("critical", "warning", "question"):
        monkeypatch.setattr(QMessageBox, kind, record)
    return shown


def failing_open(monkeypatch, error):
    def refuse(*args, **kwargs):
        raise error

    monkeypatch.setattr(database, "open_database", refuse)


@pytest.mark.parametrize(
    "error, said",
    [
        (PermissionError(13, "Permission denied", SHARE), "Permission denied"),
        (OSError(53, "The network path was not found", SHARE), "network path was not found"),
        (
            OSError(32, "The process cannot access the file because it is being used", SHARE),
            "being used",
        ),
    ],
)
def test_a_file_the_system_refuses_is_said_with_its_path(
    qapp, monkeypatch, dialogs, capsys, error, said
):
    failing_open(monkeypatch, error)
    assert run_window(None, "en") == 1
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert title == "The database cannot be opened"
    assert SHARE in text and said in text
    assert "Traceback" not in capsys.readouterr().err


def test_a_file_sqlite_cannot_open_is_said_with_its_path(qapp, tmp_path, monkeypatch, dialogs):
    path = tmp_path / "awards.sqlite3"
    database.open_database(path).close()

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", locked)
    assert run_window(path, "en") == 1
    assert dialogs == [
        ("The database cannot be opened", f"{path} cannot be opened: unable to open database file")
    ]


def test_an_unexpected_error_names_the_default_database_and_goes_to_the_log(
    qapp, monkeypatch, dialogs, capsys
):
    failing_open(monkeypatch, RuntimeError("the driver said no"))
    assert run_window(None, "en") == 1
    ((title, text),) = dialogs
    assert str(default_database_path()) in text
    assert "the driver said no" in text and "details were written to" in text
    assert "Traceback" not in text and "Traceback" not in capsys.readouterr().err


def test_the_dialog_speaks_vietnamese_when_chosen(qapp, monkeypatch, dialogs):
    failing_open(monkeypatch, PermissionError(13, "Permission denied", SHARE))
    assert run_window(None, "vi") == 1
    assert dialogs[0][0] == "Không mở được cơ sở dữ liệu"
