"""The commands that only read open the file on plain sqlite3: none of them imports
sqlite-utils, which takes longer to import than Python takes to start, nor the schema steps.
A file that needs more than reading (steps to take, its full check) is the exception: that
open pays for them."""

import os
import time

import pytest

from kienan_awards.core.storage.database import open_database
from tests.cli.test_startup_imports import modules_imported_by

READING_COMMANDS = {
    "info": ["info"],
    "search": ["search", "Nguyễn"],
    "verify": ["verify", "ABC"],
    "audit": ["audit", "--limit", "1"],
    "registrations": ["registrations", "--year", "2026"],
    "initiatives": ["initiatives"],
    "clusters": ["clusters", "--year", "2025"],
    "scores": ["scores", "--cluster", "Khối thi đua các tổ dân phố", "--year", "2025"],
}
NEEDED_ONLY_TO_WRITE = (
    "sqlite_utils",
    "kienan_awards.core.storage.awards_database",
    "kienan_awards.core.storage.migrations",
    "kienan_awards.core.storage.schema_check",
    "logging",  # said only when a backup could not be thinned
)


@pytest.mark.parametrize("command", sorted(READING_COMMANDS))
def test_a_command_that_only_reads_imports_nothing_only_writing_needs(demo_path, command):
    # The demo's file as the program leaves it: checked in full, and unchanged since.
    then = time.time() - 3600
    os.utime(demo_path, (then, then))
    open_database(demo_path).close()
    code, modules = modules_imported_by(["--db", str(demo_path), *READING_COMMANDS[command]])
    assert code in (0, 1)  # verify of an unknown code refuses it: exit 1
    assert "kienan_awards.core.storage.read_connections" in modules  # it did read the file
    assert [m for m in modules if m.startswith(NEEDED_ONLY_TO_WRITE)] == []
