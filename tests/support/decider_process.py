"""A clerk deciding a proposal: run as a process by the safety tests.

python -m tests.support.decider_process DATABASE PROPOSAL_ID NUMBER
"""

from __future__ import annotations

import datetime as dt
import sys

from kienan_awards.core.awards import decisions
from kienan_awards.core.errors import KienanError
from kienan_awards.core.storage.database import open_database


def main(path: str, proposal_id: int, number: str) -> int:
    db = open_database(path)
    try:
        decisions.decide(db, proposal_id, number, dt.date(2024, 12, 20))
    except KienanError as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
