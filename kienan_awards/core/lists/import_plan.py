"""What an import would write, worked out row by row before anything is written: the rows'
verdicts, the records to create, and what the plan was made from."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kienan_awards.core.awards.catalogue import AwardForm
from kienan_awards.core.changes import ChangeSet
from kienan_awards.core.lists.list_layout import SheetLayout
from kienan_awards.core.lists.record_matching import (
    Ambiguity,
    NewDecision,
    NewPerson,
    NewUnit,
    PersonRecord,
)
from kienan_awards.core.lists.spreadsheet_reading import Sheet
from kienan_awards.core.messages import Message


@dataclass
class ImportOptions:
    list_kind: str = "awards"
    decision_number: str | None = None
    decision_date: dt.date | None = None
    form_name: str | None = None
    # A registration's year, and the unit whose list it is, for rows that do not say them.
    year: int | None = None
    unit_name: str | None = None
    # The city's answer: the proposal it answers and the body that decided (by name).
    proposal_id: int | None = None
    authority_name: str | None = None
    layouts: dict[str, SheetLayout] | None = None  # by sheet name: the clerk's own mapping
    # Hidden sheets and rows are read unless the clerk chooses to leave them out; either way
    # the plan says which they were.
    skip_hidden: bool = False
    # The clerk's choice for a row whose name fits several records, by Ambiguity.key: the
    # record's id, or NEW_RECORD. A row without a choice stays an error naming the records.
    choices: dict[tuple[str, int, str, str], int] = field(default_factory=dict)


@dataclass(slots=True)  # one for each row of a list: kept small
class RowResult:
    sheet_name: str
    row_number: int
    status: str  # "new", "matched", "repeated" or "error"
    name: str
    message: str = ""  # a Message, when there is one
    # The record the row is, to read beside the row (plan_records.py): a person (PersonRecord
    # or NewPerson) or a unit (its id or NewUnit); an award's recipient.
    record: object = None
    record_kind: str = ""  # "person" or "unit", when record is set
    ambiguity: Ambiguity | None = None  # set when the clerk may choose the record
    # A row of a Word table: the table's number and the row's STT, by which the clerk finds
    # it (Word shows no row numbers).
    table: int | None = None
    stt: str = ""

    def place(self) -> Message:
        """Where the clerk finds the row: a sheet's row, or a Word table's STT."""
        if self.table is None:
            return Message("sheet '{sheet}' row {row}", sheet=self.sheet_name, row=self.row_number)
        if self.stt:
            return Message("table {table}, STT {stt}", table=self.table, stt=self.stt)
        return Message("table {table}, row {row} (no STT)", table=self.table, row=self.row_number)

    def line(self) -> Message:
        return Message("{place}: {problem}", place=self.place(), problem=self.message)


@dataclass(frozen=True)
class Verdict:
    """A planner's word on a row: its name, its status, and the record it is (see
    RowResult)."""

    name: str
    status: str
    record: object = None
    record_kind: str = ""


@dataclass(slots=True)
class AwardToWrite:
    """An award of an awards list, or a line of a unit's proposal."""

    decision: int | NewDecision | None  # None on a proposal's line
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


@dataclass(slots=True)
class InitiativeToWrite:
    """An initiative of the register's list, with its authors (person, share in percent)."""

    title: str
    unit: int | NewUnit | None
    year: int
    decision_number: str | None
    decided_on: dt.date | None
    authority: str | None
    scope: str
    effect: str | None
    authors: list[tuple[PersonRecord | NewPerson, float | None]]


@dataclass(slots=True)
class CityLineAnswer:
    """A row of the city's list: the proposal line it answers, and the achievement it gives
    (None: the line's own)."""

    line_id: int
    achievement: str | None
    result_index: int


@dataclass(slots=True)
class ClusterToWrite:
    """A cluster or block a list of clusters names that is not recorded yet."""

    name: str
    kind: str  # 'cluster' or 'block'
    organiser: str  # 'city' or 'office'
    id: int | None = None  # given when written


@dataclass(slots=True)
class ClusterMemberToWrite:
    """A row of a list of clusters: a unit's place in a cluster for a year."""

    cluster: int | ClusterToWrite
    year: int
    unit: int
    role: str  # 'leader', 'deputy' or 'member'


# The summary's counts of the kinds of list that write something else than awards.
_OWN_COUNTS = {
    "registrations": ("registrations_created", "registrations_matched"),
    "initiatives": ("initiatives_created",),
    "city_answer": ("city_lines_decided", "city_lines_not_chosen"),
    "clusters": ("clusters_created", "clusters_matched", "cluster_members"),
}


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
    # A recorded unit's blanks the list fills: the parent of a unit recorded without one.
    unit_updates: dict[int, dict] = field(default_factory=dict)
    new_decisions: list[NewDecision] = field(default_factory=list)
    awards: list[AwardToWrite] = field(default_factory=list)  # or a registration's titles
    initiatives: list[InitiativeToWrite] = field(default_factory=list)
    # The city's answer: the lines its list names; the city's lines it leaves out (their ids).
    city_answers: list[CityLineAnswer] = field(default_factory=list)
    city_not_chosen: list[int] = field(default_factory=list)
    # A list of clusters: the clusters it makes, and each row's unit in its cluster-year.
    new_clusters: list[ClusterToWrite] = field(default_factory=list)
    cluster_members: list[ClusterMemberToWrite] = field(default_factory=list)
    # Rows of a list without a kind column whose name told the kind: (sheet, row, name, kind).
    kinds_from_names: list[tuple[str, int, str, str]] = field(default_factory=list)
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
            "people_repeated",
            "units_created",
            "units_matched",
            "units_repeated",
            "decisions_created",
            "decisions_matched",
        )
        return {
            "rows_read": self.rows_read,
            **{key: self.counts[key] for key in keys},
            **{key: self.counts[key] for key in _OWN_COUNTS.get(self.list_kind, ())},
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


class ImportSummary(dict):
    """The plan's summary as written (counts by key, as ImportPlan.summary gives them), and
    `changes`: the kinds of record the import wrote, with the ids known as they were written."""

    def __init__(self, counts: dict[str, int], changes: ChangeSet):
        super().__init__(counts)
        self.changes = changes
