"""The decision a row of an awards list was given by: matched with the register by number
and date, or planned with the issuing authority in office that day; and the level of the
authority that confers it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kienan_awards.core.lists.clean_rows import CleanRow, RowProblem
from kienan_awards.core.lists.import_plan import ImportOptions, ImportPlan
from kienan_awards.core.lists.record_matching import DecisionIndex, NewDecision
from kienan_awards.core.messages import Message
from kienan_awards.core.text import clean, fold

if TYPE_CHECKING:
    from sqlite_utils import Database

_CELLS = ("decision_number", "decision_date", "movement")


class DecisionMatcher:
    def __init__(self, db: Database, plan: ImportPlan, options: ImportOptions):
        self.plan = plan
        self.number = clean(options.decision_number)  # for rows without a number of their own
        self.decided_on = options.decision_date
        self.decisions = DecisionIndex.load(db)
        self.movements = {
            fold(name): mid for mid, name in db.execute("SELECT id, name FROM movements")
        }
        # This office's authorities: a new decision of a past list is planned under the one
        # in office on its day.
        self.authorities = list(
            db.execute(
                "SELECT id, signer_title, signer_name, valid_from, valid_to, level "
                "FROM issuing_authorities WHERE is_this_office = 1 ORDER BY valid_from"
            )
        )
        # Recorded decisions another body signed (the city's): id -> that body's level.
        self.others = dict(
            db.execute(
                "SELECT d.id, a.level FROM decisions d "
                "JOIN issuing_authorities a ON a.id = d.authority_id WHERE a.is_this_office = 0"
            ).fetchall()
        )
        self.matched: set[int] = set()
        self.by_cells: dict[tuple, object] = {}  # thousands of rows share a few decisions

    def decision(self, row: CleanRow) -> tuple[int | NewDecision, dt.date]:
        cells = tuple(row.cells[name] for name in _CELLS)
        try:
            outcome = self.by_cells[cells]
        except KeyError:
            try:
                outcome = self._find_or_plan(row)
            except RowProblem as problem:
                outcome = problem
            self.by_cells[cells] = outcome
        if isinstance(outcome, RowProblem):
            raise outcome
        return outcome

    def _find_or_plan(self, row: CleanRow) -> tuple[int | NewDecision, dt.date]:
        number = row.text("decision_number") or self.number
        decided_on = row.value("decision_date") or self.decided_on
        if not number:
            raise RowProblem(Message("decision number missing (add the column or give --decision)"))
        if decided_on is None:
            raise RowProblem(Message("decision date missing (add the column or give --date)"))
        found = self.decisions.find(number, decided_on)
        if found is not None:
            if isinstance(found, int) and found not in self.matched:
                self.matched.add(found)
                self.plan.counts["decisions_matched"] += 1
            return found, decided_on
        authority = self.authority_on(decided_on)
        movement_text = row.text("movement")
        movement_id = self.movements.get(fold(movement_text)) if movement_text else None
        if movement_text and movement_id is None:
            raise RowProblem(Message("unknown movement '{movement}'", movement=movement_text))
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

    def authority_on(self, day: dt.date) -> tuple | None:
        """This office's authority in office on the day (id, signer title and name, dates,
        level), or None."""
        return next(
            (
                a
                for a in reversed(self.authorities)
                if (a[3] or "") <= day.isoformat() <= (a[4] or "9999")
            ),
            None,
        )

    def conferring_level(
        self, decision: int | NewDecision, decided_on: dt.date
    ) -> tuple[str | None, bool]:
        """(the level of the authority that confers the decision's awards, whether it is this
        office's). A recorded decision of another body is that body's; any other is this
        office's in force on its date, None when none is recorded or its level is not."""
        if isinstance(decision, int) and decision in self.others:
            return self.others[decision], False
        authority = self.authority_on(decided_on)
        return (authority[5] if authority else None), True
