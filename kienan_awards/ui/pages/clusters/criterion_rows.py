"""A row of the scoring table as the clerk types it, and the criterion it makes: figures read
with either decimal mark ("2,5" or "2.5"), a figure that is not one refused with the row and
the field named. Which fields a method uses decides which cells can be edited."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale

from kienan_awards.core.clusters.scoring_store import decimal_text
from kienan_awards.core.clusters.scoring_table import (
    COUNTED,
    JUDGED,
    TARGET,
    ZERO,
    Criterion,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import N_, _
from kienan_awards.core.messages import Message

# The columns of the criteria table, in order, with their titles.
COLUMNS = (
    ("group", N_("Group")),
    ("number", N_("No.")),
    ("text", N_("Criterion")),
    ("method", N_("Method")),
    ("maximum", N_("Maximum")),
    ("target", N_("Target")),
    ("plan", N_("Plan")),
    ("bonus_per_percent", N_("Bonus per % above plan")),
    ("bonus_cap", N_("Bonus cap")),
    ("points_per_event", N_("Points per event")),
    ("cap", N_("Cap")),
    ("must", N_("Must")),
)
COLUMN = {name: index for index, (name, _title) in enumerate(COLUMNS)}
TITLE = dict(COLUMNS)
FIGURES = ("maximum", "bonus_per_percent", "bonus_cap", "points_per_event", "cap")


def applies(field: str, method: str) -> bool:
    """Whether the field means anything for a criterion scored by the method."""
    if field in ("target", "plan", "bonus_per_percent", "bonus_cap"):
        return method == TARGET
    if field in ("points_per_event", "cap"):
        return method in COUNTED
    if field in ("maximum", "must"):
        return method not in COUNTED
    return True


def shown_figure(value: Decimal) -> str:
    """A figure in the window's decimal mark, "" for none; what is typed is read either way."""
    if value == ZERO:
        return ""
    return decimal_text(value).replace(".", QLocale().decimalPoint())


@dataclass
class RowDraft:
    """A row's cells as typed, before they are read."""

    group: str = ""
    number: str = ""
    text: str = ""
    method: str = JUDGED
    maximum: str = ""
    target_id: int | None = None
    plan_source: str | None = None
    bonus_per_percent: str = ""
    bonus_cap: str = ""
    points_per_event: str = ""
    cap: str = ""
    must: bool = False

    @classmethod
    def of(cls, criterion: Criterion) -> RowDraft:
        return cls(
            group=criterion.group,
            number=criterion.number,
            text=criterion.text,
            method=criterion.method,
            maximum=shown_figure(criterion.maximum),
            target_id=criterion.target_id,
            plan_source=criterion.plan_source,
            bonus_per_percent=shown_figure(criterion.bonus_per_percent),
            bonus_cap=shown_figure(criterion.bonus_cap),
            points_per_event=shown_figure(criterion.points_per_event),
            cap=shown_figure(criterion.cap),
            must=criterion.must,
        )

    def named(self, row: int) -> str:
        return self.number.strip() or str(row + 1)

    def figure(self, field: str, row: int) -> Decimal:
        """The field's figure; 0 where it is blank or means nothing for the method."""
        said = getattr(self, field).strip()
        typed = said.replace(" ", "")
        if not typed or not applies(field, self.method):
            return ZERO
        try:
            value = Decimal(typed.replace(",", "."))
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite():
            raise KienanError(
                Message(
                    "criterion {criterion}, {field}: '{value}' is not a number",
                    criterion=self.named(row),
                    field=_(TITLE[field]),
                    value=said,  # quoted as typed
                )
            )
        return value

    def criterion(self, row: int) -> Criterion:
        """The criterion the row makes; refused with the row's number and the field named."""
        if not self.number.strip():
            raise KienanError(Message("row {row}: the criterion needs a number", row=row + 1))
        target = self.method == TARGET
        return Criterion(
            number=self.number.strip(),
            text=self.text,
            method=self.method,
            maximum=self.figure("maximum", row),
            group=self.group,
            must=self.must and applies("must", self.method),
            target_id=self.target_id if target else None,
            plan_source=(self.plan_source or None) if target else None,
            bonus_per_percent=self.figure("bonus_per_percent", row),
            bonus_cap=self.figure("bonus_cap", row),
            points_per_event=self.figure("points_per_event", row),
            cap=self.figure("cap", row),
        )
