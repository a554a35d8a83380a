"""What the planners of every kind of list share: the plan they add to, and the units a row
names, matched or planned."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kienan_awards.core.lists.clean_rows import CleanRow, RowProblem
from kienan_awards.core.lists.import_plan import ImportOptions, ImportPlan, Verdict
from kienan_awards.core.lists.record_matching import (
    NEW_RECORD,
    Ambiguous,
    NewUnit,
    UnitIndex,
    guess_unit_kind,
)
from kienan_awards.core.messages import Message

if TYPE_CHECKING:
    from sqlite_utils import Database


class RowPlanner:
    """Checks one kind of list, row by row; `plan_row` raises RowProblem for a wrong row."""

    def __init__(self, db: Database, plan: ImportPlan, options: ImportOptions):
        self.db = db
        self.plan = plan
        self.options = options
        self.units = UnitIndex.load(db)
        # Rows that repeat an earlier row of the file: where their result will be, and where
        # the row they repeat is.
        self.repeats: list[tuple[int, tuple[str, int]]] = []

    def plan_row(self, row: CleanRow) -> Verdict:
        """The row's name, its status ("new", "matched" or "repeated") and its record."""
        raise NotImplementedError

    def finish(self) -> None:
        """What can only be checked once every row is read; a subclass that has more to do
        calls this after its own."""
        for index, (sheet_name, row_number) in self.repeats:
            self.plan.results[index].message = Message(
                "repeats sheet '{sheet}' row {row}", sheet=sheet_name, row=row_number
            )

    def repeated(self, first: tuple[str, int], count: str, index: int | None = None) -> str:
        """Notes that the row whose result goes at index (the next one by default) repeats the
        row at first (sheet name, row number); it is counted under count, not folded away."""
        self.repeats.append((len(self.plan.results) if index is None else index, first))
        self.plan.counts[count] += 1
        return "repeated"

    @staticmethod
    def name(row: CleanRow) -> str:
        name = row.text("name")
        if not name:
            raise RowProblem(Message("name missing"))
        return name

    def unit(
        self, row: CleanRow, text: str, parent: int | NewUnit | None = None
    ) -> int | NewUnit | None:
        """The unit named so (of several, the one under the parent, or the one the clerk
        chose), recorded or planned; an unknown one is planned."""
        if not text:
            return None
        try:
            found = self.units.find(text, parent)
        except Ambiguous as error:
            found = chosen_record(self.options, row, error)
            if found == NEW_RECORD:
                found = None
        if found is None:
            found = self.units.add(NewUnit(text, guess_unit_kind(text), parent))
            self.plan.new_units.append(found)
            self.plan.counts["units_created"] += 1
        return found

    def position_and_unit(self, row: CleanRow) -> tuple[str | None, int | NewUnit | None]:
        """A person's position and unit, from their own columns or from one that holds both
        ("Chuyên viên Phòng Nội vụ", "Chuyên viên, Phòng Nội vụ")."""
        position = row.text("position") or None
        unit_text = row.text("unit")
        combined = row.text("position_unit")
        if combined and not unit_text:
            split = self.units.longest_suffix(combined)
            if split:
                return position or split[0] or None, split[1]
            if "," in combined:
                before, after = (part.strip() for part in combined.split(",", 1))
                return position or before or None, self.unit(row, after)
            return position or combined, None
        return position, self.unit(row, unit_text)


def chosen_record(options: ImportOptions, row: CleanRow, error: Ambiguous):
    """Of the records an ambiguous name fits, the one the clerk chose for this row (or
    NEW_RECORD); without a choice, or with one that no longer fits, the row is wrong and
    names them."""
    ambiguity = error.ambiguity
    if ambiguity is not None:
        choice = options.choices.get(ambiguity.key(row.sheet_name, row.row_number))
        if choice == NEW_RECORD:
            return NEW_RECORD
        for record in error.records:
            if getattr(record, "id", record) == choice and choice is not None:
                return record
    raise RowProblem(error.args[0], ambiguity=ambiguity) from None
