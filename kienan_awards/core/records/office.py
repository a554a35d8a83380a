"""The office the program works for: the authority that signs decisions and certificates, as it
stands from a given day (an authority's name and signer change; earlier decisions keep theirs).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from kienan_awards.core import vocabulary
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message, joined
from kienan_awards.core.storage.database import write_transaction
from kienan_awards.core.text import clean, text_problem


@dataclass(frozen=True)
class Office:
    body_name: str  # "Ủy ban nhân dân phường Kiến An"
    place: str  # "Kiến An": the place in "Kiến An, ngày … tháng … năm …"
    signer_title: str  # "Chủ tịch"
    signer_name: str

    @property
    def issuer_title(self) -> str:
        """The certificate's header line: 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG KIẾN AN'."""
        return f"{self.signer_title} {self.body_name}".upper()


FIELDS = {
    "body_name": Message("the office (e.g. Ủy ban nhân dân phường Kiến An) is required"),
    "place": Message("the place written before the date is required"),
    "signer_title": Message("the signer's title (e.g. Chủ tịch) is required"),
    "signer_name": Message("the signer's full name is required"),
}


def office_problems(values: dict) -> dict[str, str]:
    """Field -> what is wrong with it; empty when the office can be saved."""
    problems = {}
    for key, required in FIELDS.items():
        value = values.get(key)
        problem = text_problem(value)
        if problem:
            problems[key] = Message("the text {problem}", problem=problem)
        elif not clean(value):
            problems[key] = required
    return problems


def office_on(db: Database, day: dt.date | None = None) -> Office | None:
    """The office in force on the day (default today), or None when none is recorded."""
    day = day or dt.date.today()
    row = db.execute(
        """SELECT body_name, place, signer_title, signer_name FROM issuing_authorities
           WHERE (valid_from IS NULL OR valid_from <= :d) AND (valid_to IS NULL OR valid_to >= :d)
           ORDER BY valid_from DESC LIMIT 1""",
        {"d": day.isoformat()},
    ).fetchone()
    if row is None:
        return None
    return Office(*(clean(value) for value in row))


def save_office(db: Database, values: dict, day: dt.date | None = None) -> ChangeSet:
    """Record the office as it stands from the day (default today): the authority that began
    that day is corrected; one begun earlier is closed the day before, so decisions already
    made keep the authority that signed them. Returns the authorities written."""
    problems = office_problems(values)
    if problems:
        raise KienanError(
            joined(
                [
                    Message("{field}: {problem}", field=key, problem=problem)
                    for key, problem in problems.items()
                ]
            )
        )
    office = Office(*(clean(values[key]) for key in FIELDS))
    day = day or dt.date.today()
    row = {
        "name": f"{office.signer_title} {office.body_name}",
        "issuer_title": office.issuer_title,
        "body_name": office.body_name,  # the decision's header shows it in capitals
        "signer_title": office.signer_title,
        "signer_name": office.signer_name,
        "place": office.place,
        "decision_suffix": vocabulary.DECISION_SUFFIX,
    }
    with write_transaction(db):
        same_day = db.execute(
            "SELECT id FROM issuing_authorities WHERE valid_from = ?", [day.isoformat()]
        ).fetchone()
        if same_day:
            assignments = ", ".join(f"{key} = ?" for key in row)
            db.execute(
                f"UPDATE issuing_authorities SET {assignments} WHERE id = ?",
                [*row.values(), same_day[0]],
            )
            written = [same_day[0]]
        else:
            closing = (
                "(valid_to IS NULL OR valid_to >= ?) AND (valid_from IS NULL OR valid_from < ?)"
            )
            written = [
                authority_id
                for (authority_id,) in db.execute(
                    f"SELECT id FROM issuing_authorities WHERE {closing}",
                    [day.isoformat(), day.isoformat()],
                )
            ]
            db.execute(
                f"UPDATE issuing_authorities SET valid_to = ? WHERE {closing}",
                [(day - dt.timedelta(days=1)).isoformat(), day.isoformat(), day.isoformat()],
            )
            columns = ", ".join([*row, "valid_from"])
            marks = ", ".join("?" for _ in range(len(row) + 1))
            written.append(
                db.execute(
                    f"INSERT INTO issuing_authorities ({columns}) VALUES ({marks})",
                    [*row.values(), day.isoformat()],
                ).lastrowid
            )
    return ChangeSet.of(RecordKind.OFFICE, *written)
