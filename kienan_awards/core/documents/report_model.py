"""What a report is made of: tables of cells and chart series, in Vietnamese, for the window,
the PDF and the workbook to lay out alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class PointChange:
    """A rate's change from the same period in percentage points (7,1% against 12%: -4,9)."""

    value: Decimal


Cell = str | int | float | Decimal | dt.date | PointChange | None

# Column kinds: how a column's figures are written, one way for the whole column.
TEXT = "text"
COUNT = "count"  # whole numbers: counts and money
PERCENT = "percent"  # at least one decimal, the second when it counts: 101,5 / 100,98
FIGURE = "figure"  # a row's own measure (million VND, %, streets): each figure as recorded
COMPARISON = "comparison"  # % of the same period, or a rate's change in points
DATE = "date"
CODE = "code"  # a decision number: never broken across lines ("15/QĐ-UBND")


@dataclass(frozen=True)
class ReportTable:
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    total: tuple[Cell, ...] | None = None  # shown last, in bold
    widths: tuple[int, ...] | None = None  # % of the page each column takes, when printed
    kinds: tuple[str, ...] | None = None  # column kinds; None: read from the values

    def column_kinds(self) -> tuple[str, ...]:
        if self.kinds is not None:
            return self.kinds
        lines = [*self.rows, *([self.total] if self.total else [])]
        return tuple(
            _kind_of([line[col] for line in lines if col < len(line)])
            for col in range(len(self.headers))
        )


def _kind_of(values: list[Cell]) -> str:
    present = [v for v in values if v is not None and v != ""]
    if present and all(isinstance(v, dt.date) for v in present):
        return DATE
    numbers = [v for v in present if isinstance(v, (int, float, Decimal)) and type(v) is not bool]
    if not numbers:
        return TEXT
    if all(isinstance(v, int) for v in numbers):
        return COUNT
    return PERCENT


@dataclass(frozen=True)
class ChartSeries:
    name: str
    values: list[float]


@dataclass(frozen=True)
class Chart:
    kind: str  # "bars": one group of bars a category; "lines": a line a series over the years
    title: str
    categories: list[str]
    series: list[ChartSeries]
    table: int = 0  # the table the chart is shown above


@dataclass(frozen=True)
class Report:
    kind: str
    title: str
    subtitle: str
    tables: list[ReportTable]
    charts: list[Chart] = field(default_factory=list)
    landscape: bool = False
    notes: list[str] = field(default_factory=list)
