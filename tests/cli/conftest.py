import pytest

from kienan_awards.app import main
from kienan_awards.core import demo
from kienan_awards.core.storage.database import open_database


def run(capsys, *argv):
    """The program run with these words (paths too): (exit code, stdout, stderr). argparse's own
    refusals end in SystemExit; its code is the program's."""
    try:
        code = main([str(word) for word in argv])
    except SystemExit as stop:
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_path(db_path):
    """A database file holding the demo data, closed, for commands to open."""
    db = open_database(db_path)
    demo.load_demo(db)
    db.close()
    return db_path
