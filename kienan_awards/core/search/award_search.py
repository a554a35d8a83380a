"""The honour roll's search: every award matching a query and filters, best match first.

Matching runs in SQLite's full-text index (schema step 16) over folded words, in tiers
(search.tiers): the person typed first, the awards found through their unit last, exact
spellings first within a tier, then the newest. Filters and column sorts run in the same SQL
statements.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_lists import AWARDS
from kienan_awards.core.records.unit_successions import earlier_units, later_units
from kienan_awards.core.search.search_index import (  # noqa: F401 (the import's door)
    indexed_in_bulk,
    rebuild_search_index,
    search_index_differences,
)
from kienan_awards.core.search.search_text import SearchWords, parse_query
from kienan_awards.core.search.tiers import (
    AWARD_OF_ROWID,
    FEW_MATCHES,
    UNIT_TIER,
    IndexEntry,
    ResultGroup,
    TieredIds,
    TierStep,
    match_expression,
    prefixes_to_complete,
    tier_order,
    tier_plan,
    whole_word_first,
)
from kienan_awards.core.text import clean, fold

if TYPE_CHECKING:
    from sqlite_utils import Database

    from kienan_awards.core.records.people import TimelineEntry

RECIPIENT_KINDS = ("individual", "collective", "household")
AWARD_STATUSES = ("awarded", "revoked")
# What the command line gives of each award, in this order.
SEARCH_FIELDS = (
    "id name kind unit position form year decision_number decision_date register_book "
    "register_number status achievement"
).split()


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
    names_only: bool = False  # tiers 1 to 4: the words in the recipient's names


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
    """Ids of the matching awards in display order: in tiers when there is a query and no
    sort column, else by the column (the honour roll's columns, see record_lists.AWARDS)."""
    if sort_key is None:
        return tiered_award_ids(db, search, limit).ids
    words = _completed(db, parse_query(search.text))
    where, params = _filter_sql(db, search.filters)
    if words is not None:
        where = (
            f"a.id IN (SELECT {AWARD_OF_ROWID.format(rowid='rowid')} FROM search_index "
            f"WHERE search_index MATCH ?) AND {where}"
        )
        params = [match_expression(words, search.names_only), *params]
    column = AWARDS.column(sort_key)
    direction = "DESC" if descending else "ASC"
    order = f"{column.sort_sql or column.sql} {direction}, a.id {direction}"
    return _ordered_ids(db, where, params, order, limit)


def _ordered_ids(db: Database, where: str, params: list, order: str, limit: int | None):
    # The forms and decisions are joined only when the filters or the order read them: the
    # joins lead SQLite to walk an index of the awards and fetch every award at random (sorting
    # 1,000,000 awards by recipient: 5.6 s joined, 2.2 s alone).
    joined = _READS_FORM_OR_DECISION.search(f"{where} {order}") is not None
    source = AWARDS.from_sql if joined else "awards a"
    sql = f"SELECT a.id FROM {source} WHERE {where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in db.execute(sql, params)]


def tiered_award_ids(db: Database, search: AwardSearch, limit: int | None = None) -> TieredIds:
    """The matching awards in tiers (search.tiers), and where each tier starts; the first
    `limit` only, when given, reading no more of the index than they need."""
    words = _completed(db, parse_query(search.text))
    where, params = _filter_sql(db, search.filters)
    if words is None:
        return TieredIds(_ordered_ids(db, where, params, AWARDS.default_order, limit), [])
    found = _TierRows(limit)
    steps = tier_plan(words, search.names_only)
    # The whole name first: when its awards alone fill the rows asked for, nothing more is read.
    named = [_step_ids(db, step, words, where, params, limit) for step in steps[:2]]
    if limit is not None and len(named[0]) + len(named[1]) >= limit:
        found.add(named[0], 1)
        found.add(named[1], 2)
        return found.result()
    few = _few_matches(db, words, search.names_only, where, params, FEW_MATCHES)
    if few is not None:
        found.add_placed(few)
        return found.result()
    if not search.names_only and not whole_word_first(words):
        # Few awards hold the words in the recipient's names: tiers 1 to 4 are placed at once,
        # and only the awards found through the unit are read tier query by tier query.
        few = _few_matches(db, words, True, where, params, FEW_NAME_MATCHES)
        if few is not None:
            found.add_placed(few)
            steps = [step for step in steps if step.tier == UNIT_TIER]
    looked_up = 0  # the lookups' awards come again in the full-text tiers: passed over there
    for step in steps:
        if found.full():
            break
        wanted = None if limit is None else limit - len(found.ids) + looked_up
        ids = _step_ids(db, step, words, where, params, wanted)
        if step.match is None:
            looked_up += len(ids)
        found.add(ids, step.tier, step.begins_with)
    return found.result()


class _TierRows:
    """The awards found so far, in order, and where each group of them starts."""

    def __init__(self, limit: int | None):
        self.limit = limit
        self.ids: list[int] = []
        self.groups: list[ResultGroup] = []
        self._seen: set[int] = set()

    def full(self) -> bool:
        return self.limit is not None and len(self.ids) >= self.limit

    def add(self, ids: list[int], tier: int, begins_with: bool = False) -> None:
        """The awards of one group, in order, but those found already."""
        fresh = [award_id for award_id in ids if award_id not in self._seen]
        if self.limit is not None:
            fresh = fresh[: self.limit - len(self.ids)]
        if not fresh:
            return
        last = self.groups[-1] if self.groups else None
        if last is None or (last.tier, last.begins_with) != (tier, begins_with):
            self.groups.append(ResultGroup(len(self.ids), tier, begins_with))
        self.ids.extend(fresh)
        self._seen.update(fresh)

    def add_placed(self, placed: list) -> None:
        """Awards placed in their tiers by _few_matches."""
        for _, (tier, begins_with), entry in placed:
            self.add([entry.award_id], tier, begins_with)

    def result(self) -> TieredIds:
        return TieredIds(self.ids, self.groups)


# When the words are found through units many times but in few names, those are placed at
# once (the same count as FEW_MATCHES; apart so that each way can be tried alone).
FEW_NAME_MATCHES = FEW_MATCHES
# A word still being typed that begins more words than this is left to the index's own
# prefix query.
_MOST_COMPLETIONS = 64


def _completed(db: Database, words: SearchWords | None) -> SearchWords | None:
    """The query with the whole words of the index that each word still being typed begins
    (search_index_words): the index is asked for those words, each read only as far as the
    results need, instead of gathering all their lists first."""
    prefixes = prefixes_to_complete(words) if words is not None else []
    completions = {}
    for prefix in prefixes:
        if ord(prefix[-1]) == sys.maxunicode:
            continue
        after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        found = db.execute(
            "SELECT word FROM search_index_words WHERE word >= ? AND word < ? LIMIT ?",
            [prefix, after, _MOST_COMPLETIONS + 1],
        ).fetchall()
        if len(found) <= _MOST_COMPLETIONS:
            completions[prefix] = tuple(row[0] for row in found)
    return dataclasses.replace(words, completions=completions) if completions else words


def _few_matches(
    db: Database, words: SearchWords, names_only: bool, where: str, params: list, most: int
):
    """Every match (in the names only, or anywhere) placed in its tier, in order, when there
    are at most `most`; else None (the tiers are then read query by query, each stopping at
    the rows it needs)."""
    step = TierStep(0, match=match_expression(words, names_only))
    found = _step_ids(db, step, words, where, params, most + 1)
    if len(found) > most:
        return None
    entries = db.execute(
        "SELECT recency, award_id, name_folded, name_spelled, names, others, spelled_names, "
        "spelled_others FROM search_index_entries WHERE award_id IN "
        "(SELECT value FROM json_each(?))",
        [json.dumps(found)],
    )
    placed = []
    for row in entries:
        entry = IndexEntry(*row)
        order = tier_order(words, entry, names_only)
        if order is not None:
            placed.append((order[0], order[1], entry))
    placed.sort(key=lambda item: item[0])
    return placed


def _step_ids(
    db: Database,
    step: TierStep,
    words: SearchWords,
    where: str,
    params: list,
    limit,
) -> list[int]:
    """The awards a step finds, newest first."""
    filtered = where != "1"
    joins = ""
    if filtered:
        joins = " JOIN awards a ON a.id = {award}"
        if _READS_FORM_OR_DECISION.search(where):
            joins += (
                " JOIN award_forms f ON f.id = a.form_id JOIN decisions d ON d.id = a.decision_id"
            )
    tail = f" AND {where} ORDER BY {{key}} DESC" + ("" if limit is None else f" LIMIT {int(limit)}")
    if step.match is None:
        same = "=" if step.same_spelling else "<>"
        sql = (
            f"SELECT e.award_id FROM search_index_entries e{joins.format(award='e.award_id')} "
            f"WHERE e.name_folded = ? AND e.name_spelled {same} ?{tail.format(key='e.recency')}"
        )
        values = [words.name, words.spelt_name, *(params if filtered else [])]
    else:
        award = AWARD_OF_ROWID.format(rowid="search_index.rowid")
        sql = (
            f"SELECT {award} FROM search_index{joins.format(award=award)} "
            f"WHERE search_index MATCH ?{tail.format(key='search_index.rowid')}"
        )
        values = [step.match, *(params if filtered else [])]
    return [row[0] for row in db.execute(sql, values)]


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
    # Only the history reads the people's records: the search itself needs none of them.
    from kienan_awards.core.records.people import award_timeline, timeline_of

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
