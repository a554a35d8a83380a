"""The planner of a list of units: each row a unit, matched by its name and the unit above
it or new, with its kind and its dates; the unit above may be a row of the same list, in any
order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.lists.cell_values import CellError, unit_kind
from kienan_awards.core.lists.clean_rows import CleanRow, RowProblem
from kienan_awards.core.lists.import_plan import ImportOptions, ImportPlan, Verdict
from kienan_awards.core.lists.planners.row_planner import RowPlanner, chosen_record
from kienan_awards.core.lists.record_matching import (
    NEW_RECORD,
    Ambiguity,
    Ambiguous,
    NewUnit,
    guess_unit_kind,
    same_name,
)
from kienan_awards.core.messages import Message
from kienan_awards.core.text import fold, spelling_key

if TYPE_CHECKING:
    from sqlite_utils import Database

# No real hierarchy is deeper (province, district, ward, residential group...); a list that
# says otherwise is refused row by row before the search for parents runs out of stack.
_DEEPEST = 64


@dataclass(eq=False)
class _UnitRow:
    """A row of the list, checked alone; which unit it is waits for the whole list, since the
    unit above it may come later."""

    name: str
    kind: str
    valid_from: str | None
    valid_to: str | None
    parent_text: str
    row: CleanRow
    result_index: int
    unit: int | NewUnit | None = None  # once known
    problem: str | None = None  # a Message, when it cannot be known
    ambiguity: Ambiguity | None = None  # when the clerk may choose the unit it names
    # The row whose own problem it is, and that problem: this row's, or that of a unit above
    # it, so a child names what is wrong rather than its parent's report of it.
    cause: tuple[CleanRow, str] | None = None


class _Refused(RowProblem):
    """A row cannot be made, because of cause (the row, its own problem)."""

    def __init__(self, message: str, cause: tuple[CleanRow, str]):
        super().__init__(message)
        self.cause = cause


class UnitPlanner(RowPlanner):
    """A unit is its name and the unit above it: two "Phường Nam Sơn" under two districts
    are two units, and a row names a recorded unit only when the parents agree."""

    def __init__(self, db: Database, plan: ImportPlan, options: ImportOptions):
        super().__init__(db, plan, options)
        self.rows: list[_UnitRow] = []
        self.by_name: dict[str, list[_UnitRow]] = {}  # by folded name
        self.refused: dict[str, list[tuple[str, CleanRow, str]]] = {}  # the same, wrong rows
        self.planned: dict[tuple, NewUnit] = {}  # by spelling and parent
        self.claimed: dict[int, int | NewUnit] = {}  # a recorded unit without parent: by whom
        self.resolving: set[int] = set()  # id() of rows whose parents are being looked up
        self.done: set[int] = set()

    def plan_row(self, row: CleanRow) -> Verdict:
        name = self.name(row)
        try:
            kind, valid_from, valid_to = self._checked(row, name)
        except RowProblem as problem:
            refused = (name, row, problem.args[0] if problem.args else "")
            self.refused.setdefault(fold(name), []).append(refused)
            raise
        entry = _UnitRow(
            name,
            kind,
            valid_from.isoformat() if valid_from else None,
            valid_to.isoformat() if valid_to else None,
            row.text("parent"),
            row,
            len(self.plan.results),
        )
        self.rows.append(entry)
        self.by_name.setdefault(fold(name), []).append(entry)
        return Verdict(name, "new")  # until finish knows which unit it is

    @staticmethod
    def _checked(row: CleanRow, name: str):
        kind_text = row.text("kind")
        try:
            kind = unit_kind(kind_text) if kind_text else guess_unit_kind(name)
        except CellError as error:
            raise RowProblem(error.args[0]) from None
        valid_from = row.value("valid_from")
        valid_to = row.value("valid_to")
        if valid_from and valid_to and valid_to < valid_from:
            raise RowProblem(Message("the unit ends before it begins"))
        return kind, valid_from, valid_to

    def finish(self) -> None:
        """Each row becomes a unit once all are read; a row naming the same unit as an earlier
        one is counted and named as its repeat."""
        first_rows: dict[int | NewUnit, _UnitRow] = {}
        for entry in self.rows:
            try:
                self._resolve(entry)
            except RowProblem:
                pass  # kept in entry.problem
            result = self.plan.results[entry.result_index]
            if entry.problem is not None:
                result.status, result.message = "error", entry.problem
                result.ambiguity = entry.ambiguity
                continue
            result.record, result.record_kind = entry.unit, "unit"
            if entry.unit in first_rows:
                first = first_rows[entry.unit].row
                result.status = self.repeated(
                    (first.sheet_name, first.row_number), "units_repeated", entry.result_index
                )
            else:
                first_rows[entry.unit] = entry
                new = isinstance(entry.unit, NewUnit)
                result.status = "new" if new else "matched"
                self.plan.counts["units_created" if new else "units_matched"] += 1
        super().finish()

    def _resolve(self, entry: _UnitRow) -> int | NewUnit:
        """The unit the row is; RowProblem when that cannot be known."""
        if id(entry) in self.done:
            if entry.problem is not None:
                raise _Refused(entry.problem, entry.cause)
            return entry.unit
        if id(entry) in self.resolving:
            raise RowProblem(Message("the units above '{name}' lead back to it", name=entry.name))
        if len(self.resolving) >= _DEEPEST:
            raise RowProblem(
                Message(
                    "'{name}' has more than {count} units above it", name=entry.name, count=_DEEPEST
                )
            )
        self.resolving.add(id(entry))
        try:
            parent = self._parent(entry) if entry.parent_text else None
            entry.unit = self._unit(entry, parent)
        except RowProblem as problem:
            entry.problem = problem.args[0]
            entry.ambiguity = problem.ambiguity
            entry.cause = getattr(problem, "cause", None) or (entry.row, entry.problem)
        finally:
            self.resolving.discard(id(entry))
            self.done.add(id(entry))
        return self._resolve(entry)

    def _parent(self, entry: _UnitRow) -> int | NewUnit:
        """The unit above: a row of the list when one names it, else a recorded unit."""
        text = entry.parent_text
        rows = [
            e
            for e in self.by_name.get(fold(text), [])
            if e is not entry and same_name(e.name, text)
        ]
        refused = [r for r in self.refused.get(fold(text), []) if same_name(r[0], text)]
        units: list[int | NewUnit] = []
        for other in rows:
            try:
                unit = self._resolve(other)
            except _Refused as problem:
                refused.append((other.name, *problem.cause))
                continue
            if unit not in units:
                units.append(unit)
        if len(units) == 1 and not refused:
            return units[0]
        if refused and not units:
            name, row, problem = refused[0]
            raise _Refused(
                Message(
                    "parent unit '{parent}' is in the list but cannot be made: sheet '{sheet}' "
                    "row {row}: {problem}",
                    parent=name,
                    sheet=row.sheet_name,
                    row=row.row_number,
                    problem=problem,
                ),
                (row, problem),
            )
        if units or refused:
            where = ", ".join(
                str(row.row_number) for row in [e.row for e in rows] + [r[1] for r in refused]
            )
            raise RowProblem(
                Message(
                    "parent unit '{parent}' fits rows {rows} of the list; give each unit a "
                    "name of its own",
                    parent=text,
                    rows=where,
                )
            )
        try:
            parent = self.units.find(text)
        except Ambiguous as error:
            parent = chosen_record(self.options, entry.row, error)
            if parent == NEW_RECORD:  # a unit above it that is not recorded: not in the list
                parent = None
        if parent is None:
            raise RowProblem(
                Message("parent unit '{parent}' is neither recorded nor in the list", parent=text)
            )
        return parent

    def _unit(self, entry: _UnitRow, parent: int | NewUnit | None) -> int | NewUnit:
        """The recorded unit the row names, else the one it plans (the same for two rows with
        the same name and parent)."""
        recorded = self.units.candidates(entry.name)
        if parent is not None:
            under = [u for u in recorded if self.units.parent_of(u) == parent]
            # A recorded unit nobody put under another may be this one; a second parent
            # for it would make two units one.
            loose = [u for u in recorded if self.units.parent_of(u) is None]
            recorded = under or [u for u in loose if self.claimed.get(u, parent) == parent]
        if len(recorded) > 1:
            chosen = chosen_record(
                self.options, entry.row, self.units.ambiguity(entry.name, recorded)
            )
            recorded = [] if chosen == NEW_RECORD else [chosen]
        if recorded:
            if parent is not None:
                self.claimed[recorded[0]] = parent
                if self.units.parent_of(recorded[0]) is None:
                    self.plan.unit_updates.setdefault(recorded[0], {})["parent_id"] = parent
            return recorded[0]
        key = (spelling_key(entry.name), parent)
        if key not in self.planned:
            unit = NewUnit(entry.name, entry.kind, parent, entry.valid_from, entry.valid_to)
            self.planned[key] = unit
            self.plan.new_units.append(unit)
        return self.planned[key]
