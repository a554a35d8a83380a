"""A second copy of the program writing at the same time: run as a process by the safety tests.

python -m tests.support.writer_process DATABASE NAME_PREFIX COUNT
"""

from __future__ import annotations

import sys

from kienan_awards.core.records import people
from kienan_awards.core.storage.database import open_database


def main(path: str, prefix: str, count: int) -> int:
    db = open_database(path)
    try:
        for n in range(count):
            people.save_person(db, None, {"full_name": f"{prefix} Văn {n}", "birth_year": 1980})
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
