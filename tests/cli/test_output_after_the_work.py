"""What the program says can fail: its reader gone, a stream whose code page still lacks a
letter, no stream at all (the window's program has no console). A command whose work is done
(records committed, a file written) ends with exit 0 all the same and its work stays; a command
whose work is only what it shows fails quietly; a program without streams says nothing and
raises nothing, its unexpected errors still logged; a CSV file opens in Excel in columns."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from contextlib import contextmanager

import pytest

from kienan_awards import cli
from kienan_awards.app import main
from kienan_awards.core.lists.csv_output import write_csv_file
from kienan_awards.core.storage.database import open_database
from kienan_awards.error_log import error_log_path
from tests.cli import windows_streams
from tests.cli.windows_streams import redirected_stream

# The fixtures this module shares with the others on redirected output.
demo_file = windows_streams.demo_file
records = windows_streams.records

PERSON = "Nguyễn Đình Dũng"


def disciplines(path) -> int:
    db = open_database(path, create=False)
    try:
        return db.execute("SELECT count(*) FROM disciplines").fetchone()[0]
    finally:
        db.close()


def person_id(path) -> int:
    db = open_database(path, create=False)
    try:
        return db.execute("SELECT id FROM people WHERE full_name = ?", [PERSON]).fetchone()[0]
    finally:
        db.close()


def run_into_a_closed_pipe(*argv) -> subprocess.CompletedProcess:
    """The program in its own process, its stdout a pipe whose reader has already gone."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        return subprocess.run(
            [sys.executable, "-m", "kienan_awards", *map(str, argv)],
            stdout=writer,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    finally:
        os.close(writer)


def test_a_committed_change_whose_reader_has_gone_ends_done(records):
    result = run_into_a_closed_pipe(
        "--db", records, "discipline", "add", person_id(records), "reprimand",
        "--date", "02/03/2025",
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (0, b"")
    assert disciplines(records) == 1
    # A listing is only what it shows: it failed, as quietly.
    result = run_into_a_closed_pipe("--db", records, "search", "", "--limit", "0")
    assert (result.returncode, result.stderr) == (1, b"")


class FixedCodePage(io.TextIOWrapper):
    """A stream that cannot be told to write UTF-8: its code page stays."""

    def reconfigure(self, **_settings) -> None:
        pass


def fixed_code_page_streams(monkeypatch) -> tuple[io.TextIOWrapper, io.TextIOWrapper]:
    out = FixedCodePage(io.BytesIO(), encoding="cp1258", errors="strict")
    err = redirected_stream()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    return out, err


def said(stream: io.TextIOWrapper) -> str:
    stream.flush()
    return stream.buffer.getvalue().decode("utf-8")


def test_a_committed_change_whose_name_cannot_be_encoded_ends_done(monkeypatch, records):
    person = person_id(records)
    _out, err = fixed_code_page_streams(monkeypatch)
    argv = ["--db", records, "discipline", "add", person, "reprimand", "--date", "02/03/2025"]
    code = main([str(word) for word in argv])
    assert (code, said(err)) == (cli.DONE, "")
    assert disciplines(records) == 1


def test_a_listing_whose_name_cannot_be_encoded_fails_in_one_line(monkeypatch, records):
    _out, err = fixed_code_page_streams(monkeypatch)
    code = main(["--db", str(records), "search", PERSON, "--names-only"])
    message = said(err)
    assert code == cli.FAILED and message.count("\n") == 1
    assert message.startswith("kienan-awards: the output could not be written: ")
    assert "unexpected error" not in message


@contextmanager
def no_console(monkeypatch):
    """The streams of a program built without a console: none. (Set in the test itself: pytest
    puts its own back between a fixture and the test.) What main() put in their place is
    closed at the end."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None and stream.name == os.devnull:
                stream.close()


def test_without_a_console_a_refusal_and_a_mistake_say_nothing_and_raise_nothing(
    monkeypatch, capfd, tmp_path
):
    with no_console(monkeypatch):
        assert main(["--db", str(tmp_path / "missing.sqlite3"), "info"]) == cli.FAILED
    with no_console(monkeypatch), pytest.raises(SystemExit) as stop:
        main(["frobnicate"])
    assert stop.value.code == cli.WRONG_WORDS
    assert capfd.readouterr() == ("", "")


def test_without_a_console_the_window_that_cannot_start_says_so_nowhere(monkeypatch, capfd):
    from kienan_awards.ui import application

    monkeypatch.setattr(application, "window_cannot_start", lambda: "no display")
    with no_console(monkeypatch):
        assert main(["--lang", "vi"]) == 1
    assert capfd.readouterr() == ("", "")


def test_without_a_console_an_unexpected_error_is_still_logged(monkeypatch, records):
    from kienan_awards.core.search import award_search

    def broken(_db):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(award_search, "rebuild_search_index", broken)
    with no_console(monkeypatch):
        assert main(["--db", str(records), "reindex"]) == cli.UNEXPECTED
    assert "ZeroDivisionError: division by zero" in error_log_path().read_text(encoding="utf-8")


def test_a_csv_file_is_utf8_with_a_bom_and_one_line_end_a_row(tmp_path):
    path = tmp_path / "Danh sách.csv"
    rows = [{"name": PERSON, "unit": "Phòng Kinh tế,\nHạ tầng"}, {"name": "=1+1", "unit": None}]
    write_csv_file(path, ["name", "unit"], rows)
    data = path.read_bytes()
    assert data.startswith("\ufeff".encode()) and b"\r\r\n" not in data
    assert data.decode("utf-8-sig").startswith("name,unit\r\n")
    with open(path, encoding="utf-8-sig", newline="") as stream:
        read = list(csv.DictReader(stream))
    assert read == [
        {"name": PERSON, "unit": "Phòng Kinh tế,\nHạ tầng"},
        {"name": "'=1+1", "unit": ""},
    ]


def test_the_bundled_command_line_names_itself_as_typed(monkeypatch, capsys):
    # In the Windows bundle the command line is kienan-awards-cli.exe, beside the window.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/Kien An Awards/kienan-awards-cli.exe")
    assert cli.build_parser().format_usage().startswith("usage: kienan-awards-cli ")
    cli.say_wrong_words("no such command")
    assert capsys.readouterr().err.startswith("kienan-awards-cli: no such command")
