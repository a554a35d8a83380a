"""The planner of a list of units: each row a unit, matched by name or new, with its kind,
its dates and the unit above it."""

from __future__ import annotations

from sqlite_utils import Database

from kienan_awards.core import vocabulary as words
from kienan_awards.core.lists.cell_values import code_of
from kienan_awards.core.lists.clean_rows import CleanRow, RowProblem
from kienan_awards.core.lists.import_plan import ImportOptions, ImportPlan, RowResult
from kienan_awards.core.lists.planners.row_planner import RowPlanner
from kienan_awards.core.lists.record_matching import Ambiguous, NewUnit, guess_unit_kind
from kienan_awards.core.messages import Message

# Spellings of the kinds of unit read besides the vocabulary's own ("Phường, xã"), folded.
_UNIT_KIND_SYNONYMS = {
    "quan": "district",
    "huyen": "district",
    "district": "district",
    "agency": "agency",
    "phong": "department",
    "phong ban": "department",
    "department": "department",
    "phuong": "ward",
    "xa": "ward",
    "phuong xa": "ward",
    "ward": "ward",
    "residential group": "residential_group",
    "other": "other",
}


class UnitPlanner(RowPlanner):
    def __init__(self, db: Database, plan: ImportPlan, options: ImportOptions):
        super().__init__(db, plan, options)
        self.parents: list[tuple[NewUnit, str, CleanRow]] = []  # found once all are read

    def plan_row(self, row: CleanRow) -> tuple[str, str]:
        name = self.name(row)
        kind_text = row.text("kind")
        if kind_text:
            kind = code_of(kind_text, words.UNIT_KINDS, _UNIT_KIND_SYNONYMS)
        else:
            kind = guess_unit_kind(name)
        if kind is None:
            known = "; ".join(words.UNIT_KINDS.values())
            raise RowProblem(
                Message(
                    "unknown kind of unit '{kind_text}' (known: {known})",
                    kind_text=kind_text,
                    known=known,
                )
            )
        valid_from = row.value("valid_from")
        valid_to = row.value("valid_to")
        if valid_from and valid_to and valid_to < valid_from:
            raise RowProblem(Message("the unit ends before it begins"))
        try:
            found = self.units.find(name)
        except Ambiguous as error:
            raise RowProblem(error.args[0]) from None
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
        self.parents.append((unit, row.text("parent"), row))
        self.plan.new_units.append(unit)
        self.plan.counts["units_created"] += 1
        return name, "new"

    def finish(self) -> None:
        """Parents may be listed below their children, so they are found once all are read."""
        for unit, parent_text, row in self.parents:
            if not parent_text:
                continue
            try:
                parent = self.units.find(parent_text)
            except Ambiguous as error:
                parent, message = None, error.args[0]
            else:
                message = Message(
                    "parent unit '{parent}' is neither recorded nor in the list", parent=parent_text
                )
            if parent is None or parent is unit:
                self.plan.results.append(
                    RowResult(row.sheet_name, row.row_number, "error", unit.name, message)
                )
            else:
                unit.parent = parent
