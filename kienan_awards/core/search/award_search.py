"""The honour roll's search: every award matching a query and filters, best match first.

Matching runs in SQLite's full-text index (schema step 8) over folded words; exact spellings
rank first when the query carries diacritics, then the index's own relevance (names weigh
most), then the newest awards. Filters and column sorts run in the same SQL statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlite_utils import Database

from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records.people import TimelineEntry, award_timeline, timeline_of
from kienan_awards.core.records.record_lists import AWARDS
from kienan_awards.core.records.unit_successions import earlier_units, later_units
from kienan_awards.core.search.search_text import parse_query
from kienan_awards.core.storage.database import write_transaction
from kienan_awards.core.text import clean, fold

RECIPIENT_KINDS = ("individual", "collective", "household")
AWARD_STATUSES = ("awarded", "revoked")
# What the command line gives of each award, in this order.
SEARCH_FIELDS = (
    "id name kind unit position form year decision_number decision_date register_book "
    "register_number status achievement"
).split()
# bm25 weights of the indexed columns: names, units, about (spelled is not indexed).
_RELEVANCE = "bm25(search_index, 10.0, 4.0, 1.0, 0.0)"


@dataclass(frozen=True)
class AwardFilters:
    from_year: int | None = None
    to_year: int | None = None
    form_id: int | None = None
    unit_id: int | None = None  # the unit and every unit it came from, wholly or in part
    movement_id: int | None = None
    kind: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class AwardSearch:
    text: str = ""
    filters: AwardFilters = field(default_factory=AwardFilters)


# Each filter that compares one column: the field of AwardFilters and its condition.
_COLUMN_FILTERS = (
    ("from_year", "a.achievement_year >= ?"),
    ("to_year", "a.achievement_year <= ?"),
    ("form_id", "a.form_id = ?"),
    ("movement_id", "d.movement_id = ?"),
    ("kind", "a.recipient_kind = ?"),
    ("status", "a.status = ?"),
)


def _filter_sql(db: Database, filters: AwardFilters) -> tuple[str, list]:
    where, params = ["1"], []
    for name, condition in _COLUMN_FILTERS:
        value = getattr(filters, name)
        if value is not None:
            where.append(condition)
            params.append(value)
    if filters.unit_id is not None:
        units = earlier_units(db, filters.unit_id)
        marks = ", ".join("?" for _ in units)
        where.append(f"(a.unit_id IN ({marks}) OR a.recipient_unit_id IN ({marks}))")
        params.extend([*units, *units])
    return " AND ".join(where), params


_READS_FORM_OR_DECISION = re.compile(r"\b[fd]\.")


def award_ids(
    db: Database,
    search: AwardSearch,
    sort_key: str | None = None,
    descending: bool = False,
    limit: int | None = None,
) -> list[int]:
    """Ids of the matching awards in display order: by relevance when there is a query and no
    sort column, else by the column (the honour roll's columns, see record_lists.AWARDS)."""
    query = parse_query(search.text)
    where, params = _filter_sql(db, search.filters)
    prefix, matched, order = "", "", AWARDS.default_order
    if query.match is not None:
        exact = "spelling_score(spelled, ?)" if query.spelling else "0"
        prefix = (
            f"WITH matched(id, relevance, exact) AS (SELECT rowid, {_RELEVANCE}, {exact} "
            "FROM search_index WHERE search_index MATCH ?) "
        )
        params = [*([query.spelling] if query.spelling else []), query.match, *params]
        matched = "matched m JOIN "
        where = f"a.id = m.id AND {where}"
        order = f"m.exact DESC, m.relevance, {AWARDS.default_order}"
    if sort_key:
        column = AWARDS.column(sort_key)
        direction = "DESC" if descending else "ASC"
        order = f"{column.sort_sql or column.sql} {direction}, a.id {direction}"
    # The forms and decisions are joined only when the filters or the order read them: the
    # joins lead SQLite to walk an index of the awards and fetch every award at random (sorting
    # 1,000,000 awards by recipient: 5.6 s joined, 2.2 s alone).
    joined = _READS_FORM_OR_DECISION.search(f"{where} {order}") is not None
    source = matched + (AWARDS.from_sql if joined else "awards a")
    sql = f"{prefix}SELECT a.id FROM {source} WHERE {where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in db.execute(sql, params)]


def award_summaries(db: Database, ids: list[int]) -> list[dict]:
    """What the command line prints of each award, in the order of ids."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = db.execute(
        f"""SELECT a.id, a.recipient_name, a.recipient_kind, a.unit_name, a.position,
                   f.name_vi, a.achievement_year, d.number, d.decided_on, a.register_book,
                   a.register_number, a.status, a.achievement
            FROM awards a JOIN award_forms f ON f.id = a.form_id
            JOIN decisions d ON d.id = a.decision_id WHERE a.id IN ({marks})""",
        ids,
    ).fetchall()
    by_id = {row[0]: dict(zip(SEARCH_FIELDS, row, strict=True)) for row in rows}
    return [by_id[award_id] for award_id in ids if award_id in by_id]


# The index's rows as the view award_search_text makes them from the records.
_INDEX_FROM_RECORDS = (
    "INSERT INTO search_index (rowid, names, units, about, spelled) "
    "SELECT id, names, units, about, spelled FROM award_search_text"
)


@contextmanager
def indexed_in_bulk(db: Database) -> Iterator[None]:
    """Inside a write transaction: the awards inserted in the block are indexed together at
    its end, in one statement, instead of row by row (a 100,000-row import saves seconds)."""
    first_new = db.execute("SELECT coalesce(max(id), 0) FROM awards").fetchone()[0]
    db.search_index_deferred = True
    try:
        yield
    finally:
        db.search_index_deferred = False
    db.execute(f"{_INDEX_FROM_RECORDS} WHERE id > ?", [first_new])


def rebuild_search_index(db: Database) -> int:
    """Write the whole index again from the records; returns the number of awards indexed."""
    with write_transaction(db):
        db.execute("DELETE FROM search_index")
        db.execute(_INDEX_FROM_RECORDS)
        count = db.execute("SELECT count(*) FROM search_index").fetchone()[0]
    db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    return count


def search_index_differences(db: Database) -> int:
    """How many awards the index holds wrongly (missing, stale or left over); 0 when in step."""
    # One pass over the view (its text is made by Python functions, award by award): a row
    # that stands on one side only is a difference.
    return db.execute(
        """SELECT count(*) FROM (
               SELECT id FROM (
                   SELECT id, names, units, about, spelled FROM award_search_text
                   UNION ALL SELECT rowid, names, units, about, spelled FROM search_index)
               GROUP BY id, names, units, about, spelled HAVING count(*) = 1)"""
    ).fetchone()[0]


@dataclass(frozen=True)
class FilterChoices:
    """What the honour roll's filters offer: (id, label) pairs in the order to show them."""

    forms: list[tuple[int, str]]
    units: list[tuple[int, str]]  # closed units too: their awards are still on the roll
    movements: list[tuple[int, str]]


def filter_choices(db: Database) -> FilterChoices:
    forms = db.execute("SELECT id, name_vi FROM award_forms ORDER BY sort_order, id").fetchall()
    # A unit's label names the units that took it over, wholly or in part.
    units = db.execute(
        """SELECT u.id, u.name, (
                  SELECT group_concat(name, ', ') FROM (
                      SELECT s.name AS name FROM unit_successions l
                      JOIN units s ON s.id = l.successor_id WHERE l.predecessor_id = u.id
                      ORDER BY s.name_sort_key, s.id))
           FROM units u WHERE u.deleted_at IS NULL ORDER BY u.name_sort_key, u.id"""
    ).fetchall()
    movements = db.execute("SELECT id, name FROM movements ORDER BY starts_on DESC, id DESC")
    return FilterChoices(
        forms=[(row[0], row[1]) for row in forms],
        units=[(row[0], f"{row[1]} → {row[2]}" if row[2] else row[1]) for row in units],
        movements=[(row[0], row[1]) for row in movements],
    )


def _one_by_name(kind: str, name: str, rows: list[tuple[int, str, tuple]]) -> int:
    wanted = fold(name)
    exact = [row for row in rows if wanted in (fold(text) for text in row[2])]
    if len(exact) == 1:
        return exact[0][0]
    candidates = exact or [
        row for row in rows if any(wanted in fold(text) for text in row[2] if text)
    ]
    if len(candidates) == 1:
        return candidates[0][0]
    if not candidates:
        raise KienanError(Message("no {kind} is named {name}", kind=kind, name=repr(clean(name))))
    names = "; ".join(row[1] for row in candidates[:5])
    more = f" and {len(candidates) - 5} more" if len(candidates) > 5 else ""
    raise KienanError(
        Message(
            "{count} {kind}s match {name}: {names}{more}",
            count=len(candidates),
            kind=kind,
            name=repr(clean(name)),
            names=names,
            more=more,
        )
    )


def find_form(db: Database, name: str) -> int:
    """The award form named by its code, Vietnamese or English name (or a unique part)."""
    rows = db.execute("SELECT id, name_vi, code, name_vi, name_en FROM award_forms").fetchall()
    return _one_by_name("award form", name, [(r[0], r[1], r[2:]) for r in rows])


def find_unit(db: Database, name: str) -> int:
    """The unit with that name or short name (or a unique part of one), closed units too."""
    rows = db.execute(
        "SELECT id, name, name, short_name FROM units WHERE deleted_at IS NULL"
    ).fetchall()
    return _one_by_name("unit", name, [(r[0], r[1], r[2:]) for r in rows])


def find_movement(db: Database, name: str) -> int:
    rows = db.execute("SELECT id, name, name FROM movements").fetchall()
    return _one_by_name("movement", name, [(r[0], r[1], r[2:]) for r in rows])


@dataclass(frozen=True)
class RecipientHistory:
    name: str
    kind: str
    entries: list[TimelineEntry]  # the same shape for people, collectives and households


def recipient_history(db: Database, award_id: int) -> RecipientHistory | None:
    """Every award of the recipient of an award, oldest first: a person's under any unit, a
    collective's along its whole line of succession: the units it came from and the units that
    took it over, wholly or in part."""
    row = db.execute(
        """SELECT a.recipient_kind, a.person_id, a.recipient_unit_id, a.recipient_name,
                  a.unit_id, coalesce(p.full_name, u.name, a.recipient_name)
           FROM awards a LEFT JOIN people p ON p.id = a.person_id
           LEFT JOIN units u ON u.id = a.recipient_unit_id WHERE a.id = ?""",
        [award_id],
    ).fetchone()
    if row is None:
        return None
    kind, person_id, unit_id, recipient_name, at_unit_id, name = row
    if person_id is not None:
        return RecipientHistory(name, kind, award_timeline(db, person_id))
    if unit_id is not None:
        units = list(dict.fromkeys([*earlier_units(db, unit_id), *later_units(db, unit_id)]))
        where = f"a.recipient_unit_id IN ({', '.join('?' for _ in units)})"
        params: list = list(units)
    else:  # a household has no record of its own: its awards are those under its name
        where = "a.recipient_kind = 'household' AND a.recipient_name = ? AND a.unit_id IS ?"
        params = [recipient_name, at_unit_id]
    return RecipientHistory(name, kind, timeline_of(db, where, params))
