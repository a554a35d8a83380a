"""The award register: each award gets its number when its decision is saved, in sequence
per year and per book, never reused and never changed.

Numbers are taken inside the decision's write transaction (BEGIN IMMEDIATE), so two clerks
saving at once wait for each other; the UNIQUE (book, year, number) constraint is the last
guard.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

BOOKS_SETTING = "register.books"  # "single": one book; "per_form": one book per award form
SINGLE_BOOK = "main"


def books_mode(db: Database) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [BOOKS_SETTING]).fetchone()
    return row[0] if row else "single"


def book_for(db: Database, form_code: str) -> str:
    return form_code if books_mode(db) == "per_form" else SINGLE_BOOK


def assign_numbers(db: Database, award_ids: list[int], year: int) -> dict[int, int]:
    """Number the awards (in the order given) in their books for the year. Must run inside
    the caller's write transaction."""
    assert db.conn.in_transaction, "register numbers are taken inside a write transaction"
    numbers: dict[int, int] = {}
    for award_id in award_ids:
        form_code = db.execute(
            "SELECT f.code FROM awards a JOIN award_forms f ON f.id = a.form_id WHERE a.id = ?",
            [award_id],
        ).fetchone()[0]
        book = book_for(db, form_code)
        number = db.execute(
            "SELECT coalesce(max(register_number), 0) + 1 FROM awards "
            "WHERE register_book = ? AND register_year = ?",
            [book, year],
        ).fetchone()[0]
        db.execute(
            "UPDATE awards SET register_book = ?, register_year = ?, register_number = ? "
            "WHERE id = ? AND register_number IS NULL",
            [book, year, number, award_id],
        )
        numbers[award_id] = number
    return numbers


@dataclass(frozen=True)
class RegisterEntry:
    year: int
    book: str
    number: int
    recipient: str
    form: str
    decision_number: str
    decided_on: str
    status: str


def register_entries(db: Database, year: int, book: str | None = None) -> list[RegisterEntry]:
    """The register as a book: every numbered award of the year, revoked ones included."""
    rows = db.execute(
        """SELECT a.register_year, a.register_book, a.register_number, a.recipient_name,
                  f.name_vi, d.number, d.decided_on, a.status
           FROM awards a JOIN award_forms f ON f.id = a.form_id
           JOIN decisions d ON d.id = a.decision_id
           WHERE a.register_year = ? AND (? IS NULL OR a.register_book = ?)
             AND a.register_number IS NOT NULL
           ORDER BY a.register_book, a.register_number""",
        [year, book, book],
    ).fetchall()
    return [RegisterEntry(*row) for row in rows]


def latest_register_year(db: Database) -> int | None:
    """The last year any award was numbered in; None before the first decision."""
    return db.execute("SELECT max(register_year) FROM awards").fetchone()[0]
