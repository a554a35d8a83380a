"""The register of initiatives (sáng kiến): each with its authors and their shares, its unit
and year, the decision that recognised it and how far its effect reaches.

The rules and the candidates read it: a Grassroots Emulation Fighter needs an initiative
recognised in the year (or excellent completion), the city's Emulation Fighter an initiative
whose effect reaches the city, the city's Diploma of Merit by its second path two initiatives
over two years (Law on Emulation and Commendation 2022, Art. 21-23, 74).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import N_
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_edits import now
from kienan_awards.core.storage.database import write_transaction
from kienan_awards.core.text import clean, fold, text_problem

if TYPE_CHECKING:
    from sqlite_utils import Database

GRASSROOTS, CITY, NATIONAL = "grassroots", "city", "national"
SCOPES = (GRASSROOTS, CITY, NATIONAL)  # narrowest first
# The words decisions write for each scope, and the window's.
SCOPE_NAMES = {GRASSROOTS: "Cơ sở", CITY: "Cấp thành phố, bộ, ngành", NATIONAL: "Toàn quốc"}
SCOPE_WORDS = {
    GRASSROOTS: N_("grassroots"),
    CITY: N_("city or ministry"),
    NATIONAL: N_("national"),
}
# Read on folded text: the widest scope a cell names wins ("cấp tỉnh, thành phố").
_SCOPE_PATTERNS = (
    (NATIONAL, re.compile(r"\b(toan quoc|quoc gia|nha nuoc|national)\b")),
    (
        CITY,
        re.compile(r"\b(thanh pho|tinh|bo|ban nganh|nganh|city|ministry|province|provincial)\b"),
    ),
    (GRASSROOTS, re.compile(r"\b(co so|don vi|phuong|xa|grassroots|local)\b")),
)
FIELDS = ("title", "unit_id", "year", "decision_number", "decided_on", "authority", "effect")


def scope_code(text: str | None) -> str | None:
    """The scope a clerk or a list names: its code, or words such as "cơ sở", "cấp thành
    phố", "toàn quốc"; None when it names none."""
    folded = fold(text).replace("_", " ")
    if folded in SCOPES:
        return folded
    for code, pattern in _SCOPE_PATTERNS:
        if pattern.search(folded):
            return code
    return None


@dataclass(frozen=True)
class Author:
    person_id: int
    name: str
    share: float | None


@dataclass(frozen=True)
class Initiative:
    id: int
    title: str
    unit_id: int | None
    unit_name: str | None
    year: int
    decision_number: str | None
    decided_on: str | None
    authority: str | None
    scope: str
    effect: str | None
    authors: tuple[Author, ...]

    @property
    def recognised(self) -> bool:
        return bool(self.decision_number or self.decided_on)


def _share(value) -> float | None:
    if value in (None, ""):
        return None
    try:
        share = Decimal(str(value).replace(",", ".").rstrip("%").strip())
    except InvalidOperation:
        raise KienanError(Message("'{value}' is not a share in percent", value=value)) from None
    if not 0 < share <= 100:
        raise KienanError(Message("an author's share lies above 0 and up to 100"))
    return float(share)


def _checked(db: Database, fields: dict, authors: list[tuple[int, object]]) -> dict:
    title = clean(fields.get("title"))
    if not title:
        raise KienanError(Message("the initiative's title is required"))
    for field in ("title", "decision_number", "authority", "effect"):
        problem = text_problem(fields.get(field))
        if problem:
            raise KienanError(Message("{field}: {problem}", field=field, problem=problem))
    try:
        year = int(fields.get("year"))
    except (TypeError, ValueError):
        raise KienanError(Message("the initiative's year is required")) from None
    scope = fields.get("scope") or GRASSROOTS
    if scope not in SCOPES:
        raise KienanError(Message("'{scope}' is not a scope of effect", scope=scope))
    decided_on = fields.get("decided_on")
    if isinstance(decided_on, str) and decided_on:
        decided_on = dt.date.fromisoformat(decided_on)
    if not authors:
        raise KienanError(Message("an initiative has at least one author"))
    shares = [_share(share) for _person, share in authors]
    if sum(share or 0 for share in shares) > 100.0001:
        raise KienanError(Message("the authors' shares add up to more than 100%"))
    people = [int(person) for person, _share in authors]
    if len(set(people)) != len(people):
        raise KienanError(Message("an author is named twice"))
    for person in people:
        if (
            db.execute(
                "SELECT 1 FROM people WHERE id = ? AND deleted_at IS NULL", [person]
            ).fetchone()
            is None
        ):
            raise KienanError(Message("person #{record_id} no longer exists", record_id=person))
    return {
        "title": title,
        "unit_id": fields.get("unit_id"),
        "year": year,
        "decision_number": clean(fields.get("decision_number")) or None,
        "decided_on": decided_on.isoformat() if decided_on else None,
        "authority": clean(fields.get("authority")) or None,
        "scope": scope,
        "effect": clean(fields.get("effect")) or None,
        "authors": list(zip(people, shares, strict=True)),
    }


def insert_initiative(db: Database, values: dict, import_batch_id: int | None = None) -> int:
    """Writes a checked initiative and its authors inside the caller's transaction."""
    initiative_id = db.execute(
        "INSERT INTO initiatives (title, unit_id, year, decision_number, decided_on, "
        "authority, scope, effect, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*(values[name] for name in (*FIELDS[:6], "scope", "effect")), import_batch_id],
    ).lastrowid
    db.conn.executemany(
        "INSERT INTO initiative_authors (initiative_id, person_id, share) VALUES (?, ?, ?)",
        [(initiative_id, person, share) for person, share in values["authors"]],
    )
    return initiative_id


def record_initiative(db: Database, fields: dict, authors: list[tuple[int, object]]) -> ChangeSet:
    """One initiative with its authors (person id, share in percent or None), in one
    transaction with their audit rows."""
    values = _checked(db, fields, authors)
    with write_transaction(db):
        initiative_id = insert_initiative(db, values)
    return ChangeSet.of(RecordKind.INITIATIVES, initiative_id)


def remove_initiative(db: Database, initiative_id: int) -> ChangeSet:
    """An initiative entered by mistake goes to the trash."""
    with write_transaction(db):
        found = db.execute(
            "SELECT 1 FROM initiatives WHERE id = ? AND deleted_at IS NULL", [initiative_id]
        ).fetchone()
        if found is None:
            raise KienanError(Message("there is no initiative {id}", id=initiative_id))
        db.execute("UPDATE initiatives SET deleted_at = ? WHERE id = ?", [now(), initiative_id])
    return ChangeSet.of(RecordKind.INITIATIVES, initiative_id)


def initiatives(
    db: Database,
    person_id: int | None = None,
    year: int | None = None,
    person_name: str | None = None,
) -> list[Initiative]:
    """The register, newest first: an author's (by id, or by a name folded as search folds
    it), a year's, or all."""
    where, params = ["i.deleted_at IS NULL"], {}
    if person_id is not None:
        where.append("i.id IN (SELECT initiative_id FROM initiative_authors WHERE person_id = :p)")
        params["p"] = person_id
    if person_name:
        where.append(
            "i.id IN (SELECT x.initiative_id FROM initiative_authors x "
            "JOIN people q ON q.id = x.person_id WHERE q.name_folded LIKE :name)"
        )
        params["name"] = f"%{fold(person_name)}%"
    if year is not None:
        where.append("i.year = :year")
        params["year"] = int(year)
    rows = db.execute(
        f"""SELECT i.id, i.title, i.unit_id, u.name, i.year, i.decision_number, i.decided_on,
                   i.authority, i.scope, i.effect
            FROM initiatives i LEFT JOIN units u ON u.id = i.unit_id
            WHERE {" AND ".join(where)}
            ORDER BY i.year DESC, i.decided_on DESC, i.id DESC""",
        params,
    ).fetchall()
    authors: dict[int, list[Author]] = {}
    ids = [row[0] for row in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for initiative_id, person, name, share in db.execute(
            f"SELECT a.initiative_id, a.person_id, p.full_name, a.share "
            f"FROM initiative_authors a JOIN people p ON p.id = a.person_id "
            f"WHERE a.initiative_id IN ({marks}) ORDER BY a.share IS NULL, a.share DESC, a.id",
            chunk,
        ):
            authors.setdefault(initiative_id, []).append(Author(person, name, share))
    return [Initiative(*row, tuple(authors.get(row[0], ()))) for row in rows]


def recognised_of(
    db: Database, person_id: int, years: tuple[int, ...] | list[int], widest: str = GRASSROOTS
) -> list[Initiative]:
    """The person's initiatives recognised (a decision recorded) in those years whose effect
    reaches at least that scope."""
    reach = SCOPES[SCOPES.index(widest) :]
    return [
        found
        for found in initiatives(db, person_id=person_id)
        if found.year in set(years) and found.recognised and found.scope in reach
    ]
