"""SQLite's locks on a POSIX system are the process's fcntl locks, which the system drops when
the process closes ANY descriptor of the file. Opening a second connection, or taking the
file's fingerprint, must never open and close the database file while a connection of the same
process has it open: another program closing its own connection would then think itself the
last, fold the write-ahead log into the file and delete it under us, and what we commit next
would go into a deleted log: lost."""

import subprocess
import sys

import pytest

from kienan_awards.core.storage.database import open_database

OPEN_READ_CLOSE = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("SELECT count(*) FROM units").fetchone()
connection.close()
"""


def another_program_opens_reads_and_closes(path) -> None:
    subprocess.run([sys.executable, "-c", OPEN_READ_CLOSE, str(path)], check=True)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows locks belong to each handle")
def test_opening_the_database_again_keeps_the_log_of_the_first_connection(db_path):
    first = open_database(db_path)
    first.execute("SELECT count(*) FROM awards").fetchone()  # holds the file as every page does
    second = open_database(db_path)  # as the window's search thread and import dialog do
    wal = db_path.with_name(db_path.name + "-wal")

    another_program_opens_reads_and_closes(db_path)

    assert wal.exists(), "the log was deleted while this process had the database open"
    first.execute(
        "INSERT INTO units (name, name_folded, name_sort_key, kind) "
        "VALUES ('Phường Mới', 'phuong moi', '', 'ward')"
    )
    first.conn.commit()
    second.close()
    first.close()
    again = open_database(db_path)
    assert again.execute("SELECT count(*) FROM units WHERE name = 'Phường Mới'").fetchone()[0] == 1
    again.close()
