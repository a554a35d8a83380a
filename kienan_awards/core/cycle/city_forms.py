"""What goes up to the city: the forms it confers on a day that this office does not, and the
proposal lines that stay home. Read by the dossier and by the city's answer alike."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from kienan_awards.core.awards.conferring import forms_conferred
from kienan_awards.core.documents.dossier_papers import ProposedForm
from kienan_awards.core.records.office import office_period_on

if TYPE_CHECKING:
    from sqlite_utils import Database

CITY = "city"
# Lines the office turned down stay home; the rest go up as the council left them.
NOT_SENT = ("returned", "rejected")


def city_forms(db: Database, day: dt.date) -> dict[int, ProposedForm]:
    """The forms the city confers on the day and this office does not, by id."""
    period = office_period_on(db, day)
    own_level = (period.level if period else None) or "commune"
    own = {form.id for form in forms_conferred(db, own_level, day)}
    return {
        form.id: ProposedForm(form.code, form.name_vi, form.category == "title")
        for form in forms_conferred(db, CITY, day)
        if form.id not in own
    }
