import pytest

from kienan_awards.core import demo
from kienan_awards.core.storage.database import open_database


@pytest.fixture
def demo_path(db_path):
    """A database file holding the demo data, closed, for commands to open."""
    db = open_database(db_path)
    demo.load_demo(db)
    db.close()
    return db_path
