"""Imports an office's Excel list of awards, proposals, people, units, a unit's registration,
initiatives or the city's answer to a proposal, all or nothing.

``prepare_import`` reads and checks every row and works out what would be written, touching
nothing; ``commit_import`` writes that plan in one transaction and says what it wrote. A file
whose rows were already imported is recognised and refused.

Each row is cleaned once where it is read (clean_rows.py), then checked by the planner of its
kind of list (planners/); the plan's own types are in import_plan.py, its writing in
plan_writing.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kienan_awards.core.awards import catalogue
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.clean_rows import RowCleaner, RowProblem
from kienan_awards.core.lists.document_reading import DOCUMENT_SUFFIXES
from kienan_awards.core.lists.import_plan import (
    ImportOptions,
    ImportPlan,
    ImportSummary,
    RowResult,
)
from kienan_awards.core.lists.list_files import read_list_file
from kienan_awards.core.lists.list_layout import LIST_KINDS, detect_layout, no_rows_error
from kienan_awards.core.lists.plan_writing import write_plan
from kienan_awards.core.lists.planners import PLANNERS
from kienan_awards.core.lists.planners.city_answer import with_heading
from kienan_awards.core.lists.source_rows import SourceRow, iter_source_rows
from kienan_awards.core.lists.spreadsheet_reading import Sheet
from kienan_awards.core.messages import Message, counted
from kienan_awards.core.storage.database import write_transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

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
        said = (list_kind, options.decision_number, options.decision_date, options.form_name)
        if options.year is not None or options.unit_name:  # a registration's, when given
            said += (options.year, options.unit_name)
        if options.proposal_id is not None:  # the city's answer: to which proposal
            said += (options.proposal_id,)
        self._digest.update(repr(said).encode())
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
    if options.list_kind == "city_answer":  # the decision its heading names, where not given
        options = with_heading(db, options, read_sheets, layouts)
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
    refuse_a_second_import(db, path, plan.digest)
    return plan


def refuse_a_second_import(db: Database, path: Path, digest: str) -> None:
    """Refused where rows of the same digest were imported before, from this file or another:
    a list, or a score sheet, is read in once."""
    previous = db.execute(
        "SELECT file_name, imported_at FROM import_batches WHERE content_digest = ?", [digest]
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
            return write_plan(
                db, plan, lambda done, total: _report(progress, cancelled, done, total)
            )
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
