"""The audit trail's fields and values as a clerk reads them: each column by its name in the
window's language, a code by its word, a date as dd/mm/yyyy, a figure with the window's
marks, a record by its name and number, the data kept as JSON field by field."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re

from kienan_awards.core.awards.conferring import level_name
from kienan_awards.core.cycle.initiatives import SCOPE_WORDS
from kienan_awards.core.i18n import _, language, list_label, shown
from kienan_awards.core.movements.progress import STATUS_WORDS
from kienan_awards.core.records.audit_log import AuditEntry, referenced_name
from kienan_awards.core.records.field_titles import field_title
from kienan_awards.core.records.record_lists import RECIPIENT_KIND_TITLES
from kienan_awards.ui.figures import figure

YES_OR_NO = {
    "accumulates",
    "confirmed",
    "enabled",
    "has_initiative",
    "is_this_office",
    "must",
    "under_discipline",
    "whole",
}
FIGURES = {
    "actual_value",
    "agreed_points",
    "amount",
    "bonus_amount",
    "bonus_cap",
    "bonus_per_percent",
    "cap",
    "coefficient",
    "maximum",
    "points_per_event",
    "self_points",
    "percent_of_plan",
    "percent_of_same_period",
    "same_period_value",
    "value",
    "value_high",
}
JSON_FIELDS = {"changes_json", "data_json"}
# A column that holds another record's number: that record's table and the column naming it.
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


@functools.cache
def _coded(language: str) -> dict[str, dict[str, str]]:
    """The words of the columns that hold a code, in the language spoken (one per process,
    but tests change it)."""
    return {
        "recipient_kind": {k: list_label(t) for k, t in RECIPIENT_KIND_TITLES.items()},
        "gender": {"male": list_label("Male"), "female": list_label("Female")},
        "review_status": {
            "pending": _("pending"),
            "accepted": _("accepted"),
            "returned": _("returned"),
            "rejected": _("rejected"),
        },
        "task_rating": {
            "excellent": _("completed excellently"),
            "good": _("completed well"),
            "completed": _("completed"),
            "not_completed": _("not completed"),
        },
        "plan_form": {
            "at_least": _("at least"),
            "at_most": _("at most"),
            "about": _("about"),
            "range": _("from ... to"),
        },
        "kind": {
            "province": _("Province or centrally-run city"),
            "district": _("District"),
            "agency": _("Agency"),
            "department": _("Department"),
            "ward": _("Ward"),
            "residential_group": _("Residential group"),
            "other": _("Other"),
            "regular": _("Regular (annual)"),
            "campaign": _("Campaign or thematic"),
            "cluster": _("Emulation cluster"),
            "block": _("Emulation block"),
        },
        "act": {"revocation": _("revocation"), "correction": _("correction")},
        "list_kind": {
            "awards": _("Awards"),
            "proposals": _("A unit's proposal (to review)"),
            "people": _("People"),
            "units": _("Units"),
            "registrations": _("A unit's registration for the year's titles"),
            "initiatives": _("Initiatives recognised"),
            "city_answer": _("The city's answer to a proposal (its decision's list)"),
            "clusters": _("Emulation clusters and blocks (members and roles for a year)"),
        },
        "organiser": {"city": _("the city"), "office": _("this office")},
        "cluster_role": {
            "leader": _("leader of the cluster"),
            "deputy": _("deputy leader of the cluster"),
            "member": _("member"),
        },
        "method": {
            "target": _("target (from the progress records)"),
            "yesno": _("yes or no"),
            "judged": _("judged by the reviewers"),
            "bonus": _("bonus item"),
            "penalty": _("penalty item"),
        },
        "city_outcome": {
            "decided": _("decided by the city"),
            "not_chosen": _("not chosen by the city"),
        },
        "scope": {code: _(word) for code, word in SCOPE_WORDS.items()},
        "category": {"title": _("Emulation title"), "commendation": _("Commendation")},
        "register_book": {"main": _("the single register book")},
        "mode": {
            "full": _("Full, on plain paper"),
            "preprinted": _("Variable text only, on pre-printed stock"),
        },
        "status": {
            "awarded": list_label("Awarded"),
            "revoked": list_label("Revoked"),
            "signed": list_label("Signed"),
            "open": _("open"),
            "decided": _("decided"),
            "active": _("active"),
            "closed": _("closed"),
            **{status: _(word) for status, word in STATUS_WORDS.items()},
        },
    }


def value_text(column: str, value, table: str | None = None) -> str:
    """A value of the column (of the table) as the window shows it ("" for none)."""
    if value is None or value == "":
        return ""
    if column in YES_OR_NO:
        return _("yes") if value else _("no")
    if column == "qr_modules":
        return _("the pattern of the certificate's QR code")
    if column in JSON_FIELDS:
        return _json_text(value)
    if column.endswith("_id") and isinstance(value, int):
        return _("no. {number}").format(number=value)
    if column in ("level", "conferring_level"):
        return shown(level_name(value))
    coded = _coded(language()).get(column, {})
    if str(value) in coded:
        return coded[str(value)]
    if column in FIGURES and table != "settings":  # a setting's value is text
        try:
            return figure(value)
        except ArithmeticError:
            return str(value)
    return _dated(str(value))


def _dated(text: str) -> str:
    if _MOMENT.fullmatch(text):
        return dt.datetime.fromisoformat(text).strftime("%d/%m/%Y %H:%M:%S")
    if _DAY.fullmatch(text):
        try:
            return dt.date.fromisoformat(text).strftime("%d/%m/%Y")
        except ValueError:
            return text
    return text


def _json_text(value) -> str:
    """Kept data (a certificate's text, an award's correction) field by field."""
    try:
        data = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return str(value)
    if not isinstance(data, dict):
        return str(value)
    return "; ".join(
        f"{field_title(key)}: {value_text(key, item)}"
        for key, item in data.items()
        if item not in (None, "")
    )


def changes_shown(entry: AuditEntry, db=None) -> list[tuple[str, str, str]]:
    """(field, before, after) of an audit entry, each as the window shows it; with the
    database, a record referred to by its name as well as its number."""

    def shown_value(column: str, value) -> str:
        named = _named(db, column, value) if db is not None else None
        return named or value_text(column, value, entry.table)

    return [
        (field_title(column), shown_value(column, before), shown_value(column, after))
        for column, before, after in entry.changes()
    ]


def _named(db, column: str, value) -> str | None:
    """The record a number refers to, by its name and number, if it is still there."""
    if not isinstance(value, int):
        return None
    name = referenced_name(db, column, value)  # None: removed since, its number is all there is
    return _("{name} (no. {number})").format(name=name, number=value) if name else None


def summary_shown(entry: AuditEntry, limit: int = 60) -> str:
    """One line: the changed values, or the whole record for an insert or a delete; the
    record's own number is in a column of its own."""

    def short(column: str, value) -> str:
        text = value_text(column, value, entry.table) or "∅"
        return text if len(text) <= limit else text[: limit - 1] + "…"

    parts = []
    for column, before, after in entry.changes():
        field = field_title(column)
        if column == "id":
            continue
        if entry.action == "update":
            parts.append(f"{field}: {short(column, before)} → {short(column, after)}")
        elif entry.action == "insert" and after not in (None, ""):
            parts.append(f"{field}: {short(column, after)}")
        elif entry.action == "delete" and before not in (None, ""):
            parts.append(f"{field}: {short(column, before)}")
    return "; ".join(parts)
