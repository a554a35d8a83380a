"""The city's answer read from its list: the list import of kind "city_answer" (the rows
matched to the proposal's lines by planners/city_answer, written by cycle/city_answer), checked
and written in one call."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kienan_awards.core.changes import ChangeSet
from kienan_awards.core.lists.list_import import ImportOptions, commit_import, prepare_import

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class CityAnswerImport:
    """The checked list (its rows' verdicts, its counts) and what was written (nothing when
    a row is wrong or it was only checked)."""

    plan: object  # the import's ImportPlan
    changes: ChangeSet


def import_city_answer(
    db: Database,
    path: Path | str,
    proposal_id: int,
    number: str | None = None,
    decided_on: dt.date | None = None,
    authority: str | None = None,
    dry_run: bool = False,
) -> CityAnswerImport:
    """Check the city's list against the proposal and, unless dry_run or a row is wrong,
    write it in one transaction (the list import of kind "city_answer"). The number, date and
    body not given are read from the list's heading."""
    options = ImportOptions(
        list_kind="city_answer",
        decision_number=number,
        decision_date=decided_on,
        proposal_id=proposal_id,
        authority_name=authority,
    )
    plan = prepare_import(db, path, options)
    if dry_run or plan.errors:
        return CityAnswerImport(plan, ChangeSet())
    return CityAnswerImport(plan, commit_import(db, plan).changes)
