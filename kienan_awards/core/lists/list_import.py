"""Imports an office's Excel list of awards, people or units, all or nothing.

``prepare_import`` reads and checks every row and works out what would be written, touching
nothing; ``commit_import`` writes that plan in one transaction and says what it wrote. A file
whose rows were already imported is recognised and refused.

Each row is cleaned once where it is read (clean_rows.py), then checked by the planner of its
kind of list (planners/); the plan's own types are in import_plan.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlite_utils import Database

from kienan_awards.core.awards import catalogue
from kienan_awards.core.changes import ChangeSet, RecordKind
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.clean_rows import RowCleaner, RowProblem
from kienan_awards.core.lists.document_reading import DOCUMENT_SUFFIXES
from kienan_awards.core.lists.import_plan import (
    AwardToWrite,
    ImportOptions,
    ImportPlan,
    ImportSummary,
    RowResult,
)
from kienan_awards.core.lists.list_files import read_list_file
from kienan_awards.core.lists.list_layout import LIST_KINDS, detect_layout, no_rows_error
from kienan_awards.core.lists.planners import PLANNERS
from kienan_awards.core.lists.record_matching import NewDecision, NewPerson, NewUnit
from kienan_awards.core.lists.source_rows import SourceRow, iter_source_rows
from kienan_awards.core.lists.spreadsheet_reading import Sheet
from kienan_awards.core.messages import Message, counted
from kienan_awards.core.movements.award_evidence import (
    awards_with_possible_evidence,
    store_award_evidence,
)
from kienan_awards.core.records.audit_log import os_user
from kienan_awards.core.search.award_search import indexed_in_bulk
from kienan_awards.core.storage.audit_triggers import audited_in_bulk
from kienan_awards.core.storage.bulk_indexes import indexes_made_after
from kienan_awards.core.storage.database import write_transaction
from kienan_awards.core.text import fold, name_sort_text, text_sort_text

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_PROGRESS_EVERY = 500


class ImportCancelled(KienanError):
    """The clerk stopped the import; nothing was written."""


def _raise_if_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled(Message("the import was cancelled; nothing was written"))


class _RowsDigest:
    """Same list kind and same rows (whatever the file is called) give the same digest. Rows
    are added one by one as they are read, so they need not all be kept."""

    def __init__(self, list_kind: str, options: ImportOptions):
        self._digest = hashlib.sha256()
        self._digest.update(
            repr(
                (list_kind, options.decision_number, options.decision_date, options.form_name)
            ).encode()
        )
        # The rows of a sheet share their fields: each set of them is sorted once.
        self._sorted_fields: dict[tuple, list[str]] = {}

    def add(self, row: SourceRow) -> None:
        values = row.values
        key = tuple(values)
        fields = self._sorted_fields.get(key)
        if fields is None:
            fields = self._sorted_fields[key] = sorted(n for n in values if n != "row_number")
        self._digest.update("\x1f".join([f"{name}={values[name]!s}" for name in fields]).encode())
        self._digest.update(b"\x1e")

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def _records(plan: ImportPlan, sheets: list[Sheet]) -> Iterator[SourceRow]:
    """The rows of every sheet's table, one at a time; the rows passed over, hidden rows and
    sheets without a table are noted in the plan on the way."""
    skip_hidden = plan.options.skip_hidden
    for sheet, layout in zip(sheets, plan.layouts, strict=True):
        if not layout.found:
            # A document's other tables (its heading, its signature block) are no news.
            if sheet.table is None and any(any(v is not None for v in row) for row in sheet.rows):
                plan.sheets_without_table.append(sheet.name)
            continue
        for item in iter_source_rows(sheet, layout):
            number = item if isinstance(item, int) else item.row_number
            if number in sheet.hidden_rows:
                plan.hidden_rows.append((sheet.name, number))
                if skip_hidden:
                    continue
            if isinstance(item, int):
                plan.passed_over.append((sheet.name, item))
            else:
                yield item


def prepare_import(
    db: Database,
    path: Path | str,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    sheets: list[Sheet] | None = None,
) -> ImportPlan:
    """Read and check the whole file; nothing is written. The plan's errors name each wrong
    row by its sheet and Excel row number."""
    options = options or ImportOptions()
    if options.list_kind not in LIST_KINDS:
        raise KienanError(
            Message(
                "unknown kind of list '{list_kind}' ({known})",
                list_kind=options.list_kind,
                known=", ".join(LIST_KINDS),
            )
        )
    path = Path(path)
    if options.form_name and catalogue.find_award_form(db, options.form_name) is None:
        known = ", ".join(form.name_vi for form in catalogue.award_forms(db))
        raise KienanError(
            Message(
                "unknown award form '{form_name}' (known forms: {known})",
                form_name=options.form_name,
                known=known,
            )
        )
    sheets = sheets if sheets is not None else read_list_file(path)
    records_stamp = _records_stamp(db)  # before any record is read for matching
    hidden_sheets = [sheet.name for sheet in sheets if sheet.hidden]
    read_sheets = [s for s in sheets if not (options.skip_hidden and s.hidden)]
    layouts = []
    for sheet in read_sheets:
        chosen = (options.layouts or {}).get(sheet.name)
        layouts.append(chosen if chosen is not None else detect_layout(sheet, options.list_kind))
    plan = ImportPlan(
        path,
        options.list_kind,
        layouts,
        hidden_sheets=hidden_sheets,
        options=options,
        sheets=sheets,
        records_stamp=records_stamp,
    )
    # Each row is checked as it is read and then let go: a list of 100,000 rows never holds
    # them all twice. The progress counts against the rows the tables may hold.
    total = sum(len(s.rows) for s, layout in zip(read_sheets, layouts, strict=True) if layout.found)
    digest = _RowsDigest(options.list_kind, options)
    cleaner = RowCleaner(options.list_kind)
    planner = PLANNERS[options.list_kind](db, plan, options)
    tables = {sheet.name: sheet.table for sheet in read_sheets if sheet.table is not None}
    done = 0
    for source in _records(plan, read_sheets):
        if done % _PROGRESS_EVERY == 0:
            _raise_if_cancelled(cancelled)
            if progress:
                progress(done, total)
        done += 1
        digest.add(source)
        result = _checked(planner, cleaner.clean(source))
        if tables:  # a Word table's row is found by its STT
            result.table = tables.get(source.sheet_name)
            result.stt = cell_values.shown(source.values.get("row_number"))
        plan.results.append(result)
    if not done:
        document = path.suffix.lower() in DOCUMENT_SUFFIXES
        raise no_rows_error(path.name, layouts, document)
    planner.finish()
    plan.digest = digest.hexdigest()
    plan.kinds_from_names = cleaner.kinds_from_names
    if progress:
        progress(total, total)
    previous = db.execute(
        "SELECT file_name, imported_at FROM import_batches WHERE content_digest = ?", [plan.digest]
    ).fetchone()
    if previous:
        raise KienanError(
            Message(
                "{name}: these rows were already imported on {day} from '{file}'; nothing "
                "was written",
                name=path.name,
                day=format(dt.date.fromisoformat(previous[1][:10]), "%d/%m/%Y"),
                file=previous[0],
            )
        )
    return plan


def _checked(planner, row) -> RowResult:
    """The planner's verdict on one clean row, or what is wrong with it."""
    try:
        verdict = planner.plan_row(row)
    except RowProblem as problem:
        return RowResult(
            row.sheet_name,
            row.row_number,
            "error",
            row.shown_name,
            problem.args[0] if problem.args else "",
            ambiguity=problem.ambiguity,
        )
    return RowResult(
        row.sheet_name,
        row.row_number,
        verdict.status,
        verdict.name,
        record=verdict.record,
        record_kind=verdict.record_kind,
    )


def _ref(value) -> int | None:
    """The id of an existing record, or of a new one once it is written."""
    if isinstance(value, (NewUnit, NewPerson, NewDecision)):
        return value.id
    return value


def _records_stamp(db: Database) -> int:
    """Grows with every change saved to any record, by anyone: each is in the audit trail."""
    return db.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


def _checked_again(db: Database, plan: ImportPlan) -> ImportPlan:
    """The plan made again inside the write transaction, after others saved changes since it
    was checked: a unit or person they created is matched, not created a second time."""
    fresh = prepare_import(db, plan.path, plan.options, sheets=plan.sheets)
    if fresh.errors:
        raise KienanError(
            counted(
                "{name}: changes saved while it was being checked make {count} row wrong "
                "({first}); check the list again; nothing was written",
                "{name}: changes saved while it was being checked make {count} rows wrong "
                "({first}); check the list again; nothing was written",
                len(fresh.errors),
                name=plan.path.name,
                first=fresh.errors[0].line(),
            )
        )
    return fresh


def _next_id(db: Database, table: str) -> int:
    return db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]


def commit_import(
    db: Database,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Write a checked plan in one transaction; a plan with errors is refused whole. Returns
    the plan's summary as written, whose `changes` says which records it wrote."""
    if plan.errors:
        raise KienanError(
            counted(
                "{name}: {count} row is wrong; nothing was written",
                "{name}: {count} rows are wrong; nothing was written",
                len(plan.errors),
                name=plan.path.name,
            )
        )
    try:
        with write_transaction(db):
            if _records_stamp(db) != plan.records_stamp:
                plan = _checked_again(db, plan)
            return _write_plan(db, plan, progress, cancelled)
    except sqlite3.IntegrityError as error:
        # Under the write lock, with the plan made again after any change, no other write can
        # race this one: a rule of the database the row checks missed was broken.
        raise KienanError(
            Message(
                "{name}: a row breaks a rule of the register that the check missed "
                "({reason}); nothing was written",
                name=plan.path.name,
                reason=error,
            )
        ) from error


def _write_plan(
    db: Database, plan: ImportPlan, progress: Progress | None, cancelled: Cancelled | None
) -> ImportSummary:
    summary = plan.summary()
    total = len(plan.new_units) + len(plan.new_people) + len(plan.awards) or 1
    batch_id = db.execute(
        "INSERT INTO import_batches (list_kind, file_name, content_digest, os_user, "
        "rows_read, summary) VALUES (?, ?, ?, ?, ?, ?)",
        [
            plan.list_kind,
            cell_values.shown(plan.path.name),  # as a cell would be: no hidden characters
            plan.digest,
            os_user(),
            plan.rows_read,
            json.dumps(summary),
        ],
    ).lastrowid
    next_unit = _next_id(db, "units")
    for offset, unit in enumerate(plan.new_units):
        unit.id = next_unit + offset
    db.conn.executemany(
        "INSERT INTO units (id, name, name_folded, name_sort_key, kind, valid_from, "
        "valid_to, import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                u.id,
                u.name,
                fold(u.name),
                text_sort_text(u.name),
                u.kind,
                u.valid_from,
                u.valid_to,
                batch_id,
            )
            for u in plan.new_units
        ],
    )
    db.conn.executemany(
        "UPDATE units SET parent_id = ? WHERE id = ?",
        [(_ref(u.parent), u.id) for u in plan.new_units if u.parent is not None],
    )
    _report(progress, cancelled, len(plan.new_units), total)
    next_person = _next_id(db, "people")
    for offset, person in enumerate(plan.new_people):
        person.id = next_person + offset
    people_indexes = indexes_made_after(db, "people", len(plan.new_people))
    with people_indexes, audited_in_bulk(db, "people"):
        db.conn.executemany(
            "INSERT INTO people (id, full_name, name_folded, name_sort_key, gender, "
            "birth_date, birth_year, position, unit_id, personal_id, honorific, "
            "import_batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    p.id,
                    p.full_name,
                    fold(p.full_name),
                    name_sort_text(p.full_name),
                    p.gender,
                    p.birth_date,
                    p.birth_year,
                    p.position,
                    _ref(p.unit),
                    p.personal_id,
                    p.honorific,
                    batch_id,
                )
                for p in plan.new_people
            ],
        )
    # Only blanks are filled in: what the register already says is never overwritten.
    for table, updates_by_id in (("people", plan.person_updates), ("units", plan.unit_updates)):
        for record_id, updates in updates_by_id.items():
            for column, value in updates.items():
                db.execute(
                    f"UPDATE {table} SET {column} = ? WHERE id = ? AND {column} IS NULL",
                    [_ref(value), record_id],
                )
    _report(progress, cancelled, len(plan.new_units) + len(plan.new_people), total)
    next_decision = _next_id(db, "decisions")
    for offset, decision in enumerate(plan.new_decisions):
        decision.id = next_decision + offset
    db.conn.executemany(
        "INSERT INTO decisions (id, number, decided_on, authority_id, signer_title, "
        "signer_name, movement_id, status, import_batch_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'signed', ?)",
        [
            (
                d.id,
                d.number,
                d.decided_on.isoformat(),
                d.authority_id,
                d.signer_title,
                d.signer_name,
                d.movement_id,
                batch_id,
            )
            for d in plan.new_decisions
        ],
    )
    # Proposed, not awarded: a proposal's rows go to review, not to the register.
    awards = [] if plan.list_kind == "proposals" else plan.awards
    proposals = _write_proposals(db, plan) if plan.list_kind == "proposals" else []
    award_indexes = indexes_made_after(db, "awards", len(awards))
    with indexed_in_bulk(db), audited_in_bulk(db, "awards"), award_indexes:
        _insert_awards(db, awards, batch_id)
    store_award_evidence(db, awards_with_possible_evidence(db, batch_id))
    _report(progress, cancelled, total, total)
    return ImportSummary(summary, _changes(plan, batch_id, proposals))


def _changes(plan: ImportPlan, batch_id: int, proposals: list[int]) -> ChangeSet:
    """What the plan wrote: the ids it gave or updated; the awards by kind alone, since
    thousands go in by one statement that does not hand their ids back."""
    people = [person.id for person in plan.new_people] + list(plan.person_updates)
    written = {
        RecordKind.IMPORTS: [batch_id],
        RecordKind.UNITS: [unit.id for unit in plan.new_units] + list(plan.unit_updates),
        RecordKind.PEOPLE: people,
        RecordKind.DECISIONS: [decision.id for decision in plan.new_decisions],
        RecordKind.PROPOSALS: proposals,
    }
    changes = ChangeSet({kind: frozenset(ids) for kind, ids in written.items() if ids})
    if plan.awards and plan.list_kind != "proposals":
        changes |= ChangeSet.of(RecordKind.AWARDS)
    return changes


def _insert_awards(db: Database, awards: list[AwardToWrite], batch_id: int) -> None:
    db.conn.executemany(
        "INSERT INTO awards (decision_id, form_id, recipient_kind, person_id, "
        "recipient_unit_id, recipient_name, unit_id, unit_name, position, achievement, "
        "achievement_year, bonus_amount, status, import_batch_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'awarded', ?)",
        [
            (
                _ref(a.decision),
                a.form.id,
                a.recipient_kind,
                a.person.id if a.person is not None else None,
                _ref(a.recipient_unit),
                a.recipient_name,
                _ref(a.unit),
                a.unit_name,
                a.position,
                a.achievement,
                a.year,
                a.bonus,
                batch_id,
            )
            for a in awards
        ],
    )


def _write_proposals(db: Database, plan: ImportPlan) -> list[int]:
    """A unit's proposal becomes one proposal a year, its rows the lines to review. Returns
    the proposals' ids."""
    written = []
    by_year: dict[int, list[AwardToWrite]] = {}
    for line in plan.awards:
        by_year.setdefault(line.year, []).append(line)
    for year, lines in sorted(by_year.items()):
        proposal_id = db.execute(
            "INSERT INTO proposals (title, achievement_year, received_on) VALUES (?, ?, ?)",
            [f"{cell_values.shown(plan.path.stem)} ({year})", year, dt.date.today().isoformat()],
        ).lastrowid
        written.append(proposal_id)
        db.conn.executemany(
            "INSERT INTO proposal_lines (proposal_id, form_id, recipient_kind, person_id, "
            "recipient_unit_id, recipient_name, unit_id, position, achievement) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    proposal_id,
                    line.form.id,
                    line.recipient_kind,
                    line.person.id if line.person is not None else None,
                    _ref(line.recipient_unit),
                    line.recipient_name,
                    _ref(line.unit),
                    line.position,
                    line.achievement,
                )
                for line in lines
            ],
        )
    return written


def _report(progress: Progress | None, cancelled: Cancelled | None, done: int, total: int):
    _raise_if_cancelled(cancelled)
    if progress:
        progress(done, total)


def import_list(
    db: Database,
    path: Path | str,
    options: ImportOptions | None = None,
    dry_run: bool = False,
) -> ImportPlan:
    """Check, and unless dry_run write, one file: the command line's whole import."""
    plan = prepare_import(db, path, options)
    if not dry_run and not plan.errors:
        commit_import(db, plan)
    return plan
