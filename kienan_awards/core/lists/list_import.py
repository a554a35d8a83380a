"""Imports an office's Excel list of awards, people or units, all or nothing.

``prepare_import`` reads and checks every row and works out what would be written, touching
nothing; ``commit_import`` writes that plan in one transaction. A file whose rows were already
imported is recognised and refused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from kienan_awards.core.awards import catalogue
from kienan_awards.core.awards.catalogue import AwardForm
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists import cell_values
from kienan_awards.core.lists.list_layout import (
    FIELDS,
    LIST_KINDS,
    SheetLayout,
    SourceRow,
    detect_layout,
    iter_source_rows,
)
from kienan_awards.core.lists.record_matching import (
    Ambiguous,
    DecisionIndex,
    NewDecision,
    NewPerson,
    NewUnit,
    PeopleIndex,
    PersonRecord,
    UnitIndex,
    guess_unit_kind,
    looks_like_collective,
)
from kienan_awards.core.lists.spreadsheet_reading import Sheet, read_workbook
from kienan_awards.core.messages import Message
from kienan_awards.core.movements.award_evidence import (
    awards_with_possible_evidence,
    store_award_evidence,
)
from kienan_awards.core.records.audit_log import os_user
from kienan_awards.core.search.award_search import indexed_in_bulk
from kienan_awards.core.storage.audit_triggers import audited_in_bulk
from kienan_awards.core.storage.database import write_transaction
from kienan_awards.core.text import clean, fold, name_sort_text, text_sort_text

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_PROGRESS_EVERY = 500
_YEAR_IN_TEXT = re.compile(r"\b(19\d\d|20\d\d)\b")
_UNIT_KIND_NAMES = {
    "quan": "district",
    "huyen": "district",
    "district": "district",
    "co quan": "agency",
    "agency": "agency",
    "phong": "department",
    "phong ban": "department",
    "department": "department",
    "phuong": "ward",
    "xa": "ward",
    "phuong xa": "ward",
    "ward": "ward",
    "to dan pho": "residential_group",
    "residential group": "residential_group",
    "khac": "other",
    "other": "other",
}


class ImportCancelled(KienanError):
    """The clerk stopped the import; nothing was written."""


@dataclass
class ImportOptions:
    list_kind: str = "awards"
    decision_number: str | None = None
    decision_date: dt.date | None = None
    form_name: str | None = None
    layouts: dict[str, SheetLayout] | None = None  # by sheet name: the clerk's own mapping
    # Hidden sheets and rows are read unless the clerk chooses to leave them out; either way
    # the plan says which they were.
    skip_hidden: bool = False


@dataclass
class RowResult:
    sheet_name: str
    row_number: int
    status: str  # "new", "matched" or "error"
    name: str
    message: str = ""

    def line(self) -> str:
        return f"sheet '{self.sheet_name}' row {self.row_number}: {self.message}"


@dataclass
class _AwardToWrite:
    decision: int | NewDecision
    form: AwardForm
    recipient_kind: str
    person: PersonRecord | NewPerson | None
    recipient_unit: int | NewUnit | None
    recipient_name: str
    unit: int | NewUnit | None
    unit_name: str | None
    position: str | None
    achievement: str | None
    year: int
    bonus: int | None
    result_index: int


@dataclass
class ImportPlan:
    path: Path
    list_kind: str
    layouts: list[SheetLayout]
    results: list[RowResult] = field(default_factory=list)
    passed_over: list[tuple[str, int]] = field(default_factory=list)
    sheets_without_table: list[str] = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)  # read, or left out if skip_hidden
    hidden_rows: list[tuple[str, int]] = field(default_factory=list)  # the same, of rows
    digest: str = ""
    counts: Counter = field(default_factory=Counter)
    new_units: list[NewUnit] = field(default_factory=list)
    new_people: list[NewPerson] = field(default_factory=list)
    person_updates: dict[int, dict] = field(default_factory=dict)
    new_decisions: list[NewDecision] = field(default_factory=list)
    awards: list[_AwardToWrite] = field(default_factory=list)
    # What the plan was made from, so it can be made again under the write lock when other
    # changes were saved since (see commit_import).
    options: ImportOptions = field(default_factory=ImportOptions)
    sheets: list[Sheet] = field(default_factory=list)
    records_stamp: int = 0

    @property
    def errors(self) -> list[RowResult]:
        return [result for result in self.results if result.status == "error"]

    @property
    def rows_read(self) -> int:
        return len(self.results)

    def summary(self) -> dict[str, int]:
        keys = (
            "proposal_lines_created",
            "awards_created",
            "people_created",
            "people_matched",
            "units_created",
            "units_matched",
            "decisions_created",
            "decisions_matched",
        )
        return {
            "rows_read": self.rows_read,
            **{key: self.counts[key] for key in keys},
            **self._hidden_counts(),
        }

    def _hidden_counts(self) -> dict[str, int]:
        sheets, rows = len(self.hidden_sheets), len(self.hidden_rows)
        skipped = self.options.skip_hidden
        return {
            "hidden_sheets_read": 0 if skipped else sheets,
            "hidden_rows_read": 0 if skipped else rows,
            "hidden_sheets_skipped": sheets if skipped else 0,
            "hidden_rows_skipped": rows if skipped else 0,
        }


def _raise_if_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled("the import was cancelled; nothing was written")


def _digest(list_kind: str, options: ImportOptions, rows: list[SourceRow]) -> str:
    """Same list kind and same rows (whatever the file is called) give the same digest."""
    digest = hashlib.sha256()
    digest.update(
        repr(
            (list_kind, options.decision_number, options.decision_date, options.form_name)
        ).encode()
    )
    for row in rows:
        fields = sorted(name for name in row.values if name != "row_number")
        digest.update("\x1f".join(f"{name}={row.values[name]!s}" for name in fields).encode())
        digest.update(b"\x1e")
    return digest.hexdigest()


class _RowProblem(Exception):
    pass


class _Planner:
    """Checks rows one by one against the database and what earlier rows will create."""

    def __init__(self, db: Database, plan: ImportPlan, options: ImportOptions):
        self.db = db
        self.plan = plan
        self.options = options
        self.units = UnitIndex.load(db)
        self.people = PeopleIndex.load(db) if plan.list_kind != "units" else None
        self.decisions = DecisionIndex.load(db)
        self.forms = catalogue.award_forms(db)
        self.forms_by_folded_name = {
            fold(name): form
            for form in reversed(self.forms)
            for name in (form.code, form.name_vi, form.name_en)
        }
        self.movements = {
            fold(name): mid for mid, name in db.execute("SELECT id, name FROM movements")
        }
        self.authorities = list(
            db.execute(
                "SELECT id, signer_title, signer_name, valid_from, valid_to "
                "FROM issuing_authorities ORDER BY valid_from"
            )
        )
        self.bonus_cache: dict[tuple, int | None] = {}
        self.award_keys: dict[tuple, str] = {}  # recipient, form, year -> where it was seen
        self.matched_decisions: set[int] = set()
        self.matched_people: set[int] = set()
        self.unit_parents: list[tuple[NewUnit, str, SourceRow]] = []
        self.parsed: dict[tuple, object] = {}
        self.decisions_by_cells: dict[tuple, object] = {}

    # --- values -------------------------------------------------------------------------
    # Lists repeat the same units, forms, dates and decisions on thousands of rows: each
    # distinct cell is parsed once.
    def _text(self, row: SourceRow, name: str) -> str:
        raw = row.values.get(name)
        return "" if raw is None else self._cell(row, name, cell_values.text)

    def _cell(self, row: SourceRow, name: str, parse):
        key = (name, parse, row.values.get(name))
        try:
            outcome = self.parsed[key]
        except KeyError:
            try:
                outcome = parse(key[2])
            except cell_values.CellError as error:
                outcome = error
            self.parsed[key] = outcome
        if isinstance(outcome, cell_values.CellError):
            raise _RowProblem(self._cell_problem(row, name, outcome.args[0]))
        return outcome

    @staticmethod
    def _cell_problem(row: SourceRow, name: str, problem: str) -> Message:
        """What is wrong with a cell, naming its column as the sheet shows it."""
        field = FIELDS[name][0].lower()
        column = row.columns.get(name)
        if column is None:  # the value came from the command (--date, --form)
            return Message("{field}: {problem}", field=field, problem=problem)
        return Message(
            "{field} (column {column}): {problem}",
            field=field,
            column=cell_values.column_letter(column),
            problem=problem,
        )

    def _form(self, row: SourceRow) -> AwardForm:
        typed = self._text(row, "form") or clean(self.options.form_name)
        if not typed:
            raise _RowProblem(Message("award form missing (add the column or give --form)"))
        form = self.forms_by_folded_name.get(fold(typed))
        if form is not None:
            return form
        known = ", ".join(form.name_vi for form in self.forms)
        raise _RowProblem(
            Message("unknown award form '{form}' (known forms: {known})", form=typed, known=known)
        )

    def _unit(self, text: str, create: bool = True) -> int | NewUnit | None:
        if not text:
            return None
        try:
            found = self.units.find(text)
        except Ambiguous as error:
            raise _RowProblem(str(error)) from None
        if found is None and create:
            found = self.units.add(NewUnit(text, guess_unit_kind(text)))
            self.plan.new_units.append(found)
            self.plan.counts["units_created"] += 1
        return found

    def _position_and_unit(self, row: SourceRow) -> tuple[str | None, int | NewUnit | None]:
        position = self._text(row, "position") or None
        unit_text = self._text(row, "unit")
        combined = self._text(row, "position_unit")
        if combined and not unit_text:
            split = self.units.longest_suffix(combined)
            if split:
                return position or split[0] or None, split[1]
            if "," in combined:
                before, after = (part.strip() for part in combined.split(",", 1))
                return position or before or None, self._unit(after)
            return position or combined, None
        return position, self._unit(unit_text)

    # --- awards -------------------------------------------------------------------------
    def _decision(self, row: SourceRow) -> tuple[int | NewDecision, dt.date]:
        cells = tuple(
            row.values.get(name) for name in ("decision_number", "decision_date", "movement")
        )
        try:
            outcome = self.decisions_by_cells[cells]
        except KeyError:
            try:
                outcome = self._find_or_plan_decision(row)
            except _RowProblem as problem:
                outcome = problem
            self.decisions_by_cells[cells] = outcome
        if isinstance(outcome, _RowProblem):
            raise outcome
        return outcome

    def _find_or_plan_decision(self, row: SourceRow) -> tuple[int | NewDecision, dt.date]:
        number = self._text(row, "decision_number") or clean(self.options.decision_number)
        decided_on = self._cell(row, "decision_date", cell_values.date)
        decided_on = decided_on or self.options.decision_date
        if not number:
            raise _RowProblem(
                Message("decision number missing (add the column or give --decision)")
            )
        if decided_on is None:
            raise _RowProblem(Message("decision date missing (add the column or give --date)"))
        found = self.decisions.find(number, decided_on)
        if found is not None:
            if isinstance(found, int) and found not in self.matched_decisions:
                self.matched_decisions.add(found)
                self.plan.counts["decisions_matched"] += 1
            return found, decided_on
        authority = next(
            (
                a
                for a in reversed(self.authorities)
                if (a[3] or "") <= decided_on.isoformat() <= (a[4] or "9999")
            ),
            None,
        )
        movement_text = self._text(row, "movement")
        movement_id = self.movements.get(fold(movement_text)) if movement_text else None
        if movement_text and movement_id is None:
            raise _RowProblem(Message("unknown movement '{movement}'", movement=movement_text))
        decision = self.decisions.add(
            NewDecision(
                number,
                decided_on,
                authority[0] if authority else None,
                authority[1] if authority else None,
                authority[2] if authority else None,
                movement_id,
            )
        )
        self.plan.new_decisions.append(decision)
        self.plan.counts["decisions_created"] += 1
        return decision, decided_on

    def _bonus(self, form: AwardForm, kind: str, decided_on: dt.date) -> int | None:
        key = (form.id, kind, decided_on)
        if key not in self.bonus_cache:
            self.bonus_cache[key] = catalogue.bonus_amount(self.db, form.id, kind, decided_on)
        return self.bonus_cache[key]

    def _person(self, row: SourceRow, name: str, unit, position) -> PersonRecord | NewPerson:
        birth_date, birth_year = self._cell(row, "birth", cell_values.birth)
        gender = self._cell(row, "gender", cell_values.gender)
        personal_id = self._cell(row, "personal_id", cell_values.personal_id)
        try:
            found = self.people.find(name, birth_year, personal_id, unit)
        except Ambiguous as error:
            raise _RowProblem(str(error)) from None
        if found is None:
            found = self.people.add(
                NewPerson(
                    name,
                    gender,
                    birth_date.isoformat() if birth_date else None,
                    birth_year,
                    position,
                    unit,
                    personal_id,
                )
            )
            self.plan.new_people.append(found)
            self.plan.counts["people_created"] += 1
            return found
        if isinstance(found, PersonRecord):
            if found.id not in self.matched_people:
                self.matched_people.add(found.id)
                self.plan.counts["people_matched"] += 1
            updates = {
                key: value
                for key, value in (
                    ("gender", gender),
                    ("personal_id", personal_id),
                    ("position", position),
                    ("birth_date", birth_date.isoformat() if birth_date else None),
                    ("birth_year", birth_year),
                )
                if value is not None
            }
            if found.unit_id is None and unit is not None:
                updates["unit_id"] = unit
            if updates:
                self.plan.person_updates.setdefault(found.id, {}).update(updates)
        return found

    def award_row(self, row: SourceRow) -> tuple[str, str]:
        name = self._text(row, "name")
        if not name:
            raise _RowProblem(Message("name missing"))
        kind = (
            self._cell(row, "kind", cell_values.recipient_kind)
            or row.section
            or ("collective" if looks_like_collective(name) else "individual")
        )
        form = self._form(row)
        if kind not in form.recipient_kinds:
            raise _RowProblem(
                Message(
                    "{name_vi} is not given to a {kind} recipient", name_vi=form.name_vi, kind=kind
                )
            )
        proposing = self.plan.list_kind == "proposals"
        decision, decided_on = (None, None) if proposing else self._decision(row)
        achievement = self._text(row, "achievement") or None
        year = self._cell(row, "year", cell_values.year)
        if year is None:
            latest = decided_on.year if decided_on else dt.date.today().year
            years = [int(y) for y in _YEAR_IN_TEXT.findall(achievement or "") if int(y) <= latest]
            if not years and proposing:
                raise _RowProblem(Message("year of the achievement missing (add a 'Năm' column)"))
            year = years[-1] if years else decided_on.year
        person = recipient_unit = None
        if kind == "individual":
            position, unit = self._position_and_unit(row)
            person = self._person(row, name, unit, position)
            recipient = ("person", id(person) if isinstance(person, NewPerson) else person.id)
        elif kind == "collective":
            position = None
            recipient_unit = self._unit(name)
            parent = self._unit(self._text(row, "unit"))
            if isinstance(recipient_unit, NewUnit) and recipient_unit.parent is None:
                recipient_unit.parent = parent
            unit = recipient_unit
            recipient = (
                "unit",
                id(recipient_unit) if isinstance(recipient_unit, NewUnit) else recipient_unit,
            )
        else:
            position, unit = None, self._unit(self._text(row, "unit"))
            recipient = ("household", fold(name), id(unit) if isinstance(unit, NewUnit) else unit)
        key = (recipient, form.id, year)
        where = f"sheet '{row.sheet_name}' row {row.row_number}"
        if key in self.award_keys:
            raise _RowProblem(
                Message(
                    "{name} already gets {name_vi} for {year} at {where}",
                    name=name,
                    name_vi=form.name_vi,
                    year=year,
                    where=self.award_keys[key],
                )
            )
        self.award_keys[key] = where
        self.plan.awards.append(
            _AwardToWrite(
                decision,
                form,
                kind,
                person,
                recipient_unit,
                name,
                unit,
                self.units.name_of(unit),
                position,
                achievement,
                year,
                None if proposing else self._bonus(form, kind, decided_on),
                len(self.plan.results),
            )
        )
        self.plan.counts["proposal_lines_created" if proposing else "awards_created"] += 1
        return name, "new"

    # --- people and units ----------------------------------------------------------------
    def person_row(self, row: SourceRow) -> tuple[str, str]:
        name = self._text(row, "name")
        if not name:
            raise _RowProblem(Message("name missing"))
        position, unit = self._position_and_unit(row)
        created_before = self.plan.counts["people_created"]
        self._person(row, name, unit, position)
        return name, "new" if self.plan.counts["people_created"] > created_before else "matched"

    def unit_row(self, row: SourceRow) -> tuple[str, str]:
        name = self._text(row, "name")
        if not name:
            raise _RowProblem(Message("name missing"))
        kind_text = self._text(row, "kind")
        kind = _UNIT_KIND_NAMES.get(fold(kind_text)) if kind_text else guess_unit_kind(name)
        if kind is None:
            known = ", ".join(sorted({"Quận", "Cơ quan", "Phòng", "Phường", "Tổ dân phố", "Khác"}))
            raise _RowProblem(
                Message(
                    "unknown kind of unit '{kind_text}' (known: {known})",
                    kind_text=kind_text,
                    known=known,
                )
            )
        valid_from = self._cell(row, "valid_from", cell_values.date)
        valid_to = self._cell(row, "valid_to", cell_values.date)
        if valid_from and valid_to and valid_to < valid_from:
            raise _RowProblem(Message("the unit ends before it begins"))
        try:
            found = self.units.find(name)
        except Ambiguous as error:
            raise _RowProblem(str(error)) from None
        if found is not None:
            self.plan.counts["units_matched"] += 1
            return name, "matched"
        unit = self.units.add(
            NewUnit(
                name,
                kind,
                None,
                valid_from.isoformat() if valid_from else None,
                valid_to.isoformat() if valid_to else None,
            )
        )
        self.unit_parents.append((unit, self._text(row, "parent"), row))
        self.plan.new_units.append(unit)
        self.plan.counts["units_created"] += 1
        return name, "new"

    def check_awards_already_given(self) -> None:
        """One achievement, one award: a recipient who already holds the form for the year
        (in force, not revoked) is an error on that row."""
        wanted = {"person_id": set(), "recipient_unit_id": set()}
        for award in self.plan.awards:
            if isinstance(award.person, PersonRecord):
                wanted["person_id"].add(award.person.id)
            elif isinstance(award.recipient_unit, int):
                wanted["recipient_unit_id"].add(award.recipient_unit)
        given: dict[tuple, str] = {}
        for column, ids in wanted.items():
            ids = sorted(ids)
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                for recipient, form_id, year, number, decided_on in self.db.execute(
                    f"SELECT a.{column}, a.form_id, a.achievement_year, d.number, d.decided_on "
                    "FROM awards a JOIN decisions d ON d.id = a.decision_id "
                    f"WHERE a.status = 'awarded' AND a.{column} IN ({marks})",
                    chunk,
                ):
                    shown = dt.date.fromisoformat(decided_on).strftime("%d/%m/%Y")
                    given[(column, recipient, form_id, year)] = f"{number} of {shown}"
        for award in self.plan.awards:
            if isinstance(award.person, PersonRecord):
                key = ("person_id", award.person.id, award.form.id, award.year)
            elif isinstance(award.recipient_unit, int):
                key = ("recipient_unit_id", award.recipient_unit, award.form.id, award.year)
            else:
                continue
            if key in given:
                result = self.plan.results[award.result_index]
                result.status = "error"
                result.message = (
                    f"{award.recipient_name} already holds {award.form.name_vi} for "
                    f"{award.year} (decision {given[key]})"
                )

    def resolve_unit_parents(self) -> None:
        """Parents may be listed below their children, so they are found once all are read."""
        for unit, parent_text, row in self.unit_parents:
            if not parent_text:
                continue
            try:
                parent = self.units.find(parent_text)
            except Ambiguous as error:
                parent, message = None, str(error)
            else:
                message = f"parent unit '{parent_text}' is neither recorded nor in the list"
            if parent is None or parent is unit:
                self.plan.results.append(
                    RowResult(row.sheet_name, row.row_number, "error", unit.name, message)
                )
            else:
                unit.parent = parent


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
    sheets = sheets if sheets is not None else read_workbook(path)
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
    rows: list[SourceRow] = []
    for sheet, layout in zip(read_sheets, layouts, strict=True):
        if not layout.found:
            if any(any(v is not None for v in row) for row in sheet.rows):
                plan.sheets_without_table.append(sheet.name)
            continue
        for item in iter_source_rows(sheet, layout):
            number = item if isinstance(item, int) else item.row_number
            if number in sheet.hidden_rows:
                plan.hidden_rows.append((sheet.name, number))
                if options.skip_hidden:
                    continue
            if isinstance(item, int):
                plan.passed_over.append((sheet.name, item))
            else:
                rows.append(item)
    if not rows:
        raise KienanError(
            Message(
                "{name}: no list found (no sheet has a header row naming the name column within "
                "its first 20 rows)",
                name=path.name,
            )
        )
    plan.digest = _digest(options.list_kind, options, rows)
    planner = _Planner(db, plan, options)
    handle = {
        "awards": planner.award_row,
        "proposals": planner.award_row,
        "people": planner.person_row,
        "units": planner.unit_row,
    }[options.list_kind]
    for done, row in enumerate(rows):
        if done % _PROGRESS_EVERY == 0:
            _raise_if_cancelled(cancelled)
            if progress:
                progress(done, len(rows))
        try:
            name, status = handle(row)
            plan.results.append(RowResult(row.sheet_name, row.row_number, status, name))
        except _RowProblem as problem:
            plan.results.append(
                RowResult(
                    row.sheet_name,
                    row.row_number,
                    "error",
                    cell_values.shown(row.values.get("name")),
                    problem.args[0] if problem.args else "",
                )
            )
    if options.list_kind == "units":
        planner.resolve_unit_parents()
    if options.list_kind == "awards":
        planner.check_awards_already_given()
    if progress:
        progress(len(rows), len(rows))
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
            Message(
                "{name}: changes saved while it was being checked make {count} row(s) wrong "
                "({first}); check the list again; nothing was written",
                name=plan.path.name,
                count=len(fresh.errors),
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
) -> dict[str, int]:
    """Write a checked plan in one transaction; a plan with errors is refused whole."""
    if plan.errors:
        raise KienanError(
            Message(
                "{name}: {count} row(s) are wrong; nothing was written",
                name=plan.path.name,
                count=len(plan.errors),
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
) -> dict[str, int]:
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
    with audited_in_bulk(db, "people"):
        db.conn.executemany(
            "INSERT INTO people (id, full_name, name_folded, name_sort_key, gender, "
            "birth_date, birth_year, position, unit_id, personal_id, import_batch_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    batch_id,
                )
                for p in plan.new_people
            ],
        )
    for person_id, updates in plan.person_updates.items():
        # Only blanks are filled in: what the register already says is never overwritten.
        for column, value in updates.items():
            db.execute(
                f"UPDATE people SET {column} = ? WHERE id = ? AND {column} IS NULL",
                [_ref(value), person_id],
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
    if plan.list_kind == "proposals":
        _write_proposals(db, plan)
    with indexed_in_bulk(db), audited_in_bulk(db, "awards"):
        _insert_awards(db, awards, batch_id)
    store_award_evidence(db, awards_with_possible_evidence(db, batch_id))
    _report(progress, cancelled, total, total)
    return summary


def _insert_awards(db: Database, awards: list[_AwardToWrite], batch_id: int) -> None:
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


def _write_proposals(db: Database, plan: ImportPlan) -> None:
    """A unit's proposal becomes one proposal a year, its rows the lines to review."""
    by_year: dict[int, list[_AwardToWrite]] = {}
    for line in plan.awards:
        by_year.setdefault(line.year, []).append(line)
    for year, lines in sorted(by_year.items()):
        proposal_id = db.execute(
            "INSERT INTO proposals (title, achievement_year, received_on) VALUES (?, ?, ?)",
            [f"{cell_values.shown(plan.path.stem)} ({year})", year, dt.date.today().isoformat()],
        ).lastrowid
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
