"""Units: agencies, departments, districts, wards and residential groups, as a dated tree."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

UNIT_KINDS = ("district", "agency", "department", "ward", "residential_group", "other")


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    kind: str
    parent_id: int | None
    valid_from: str | None
    valid_to: str | None
    successor_id: int | None


def list_units(db: Database) -> list[UnitRow]:
    """Every unit, parents before children's siblings, ordered by kind then name."""
    rows = db.execute(
        """SELECT id, name, kind, parent_id, valid_from, valid_to, successor_id FROM units
           ORDER BY CASE kind WHEN 'district' THEN 0 WHEN 'agency' THEN 1
                    WHEN 'department' THEN 2 WHEN 'ward' THEN 3 ELSE 4 END, name_folded, id"""
    ).fetchall()
    return [UnitRow(*row) for row in rows]
