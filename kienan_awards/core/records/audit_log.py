"""Reading the audit log: who changed which record, when, from what to what.

The rows are written by the triggers of ``audit_triggers`` and can be neither changed nor
deleted; this module only reads them, and shows personal ID numbers masked.
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import NC_
from kienan_awards.core.messages import Message
from kienan_awards.core.records.record_lists import ListColumn, RecordList

if TYPE_CHECKING:
    from sqlite_utils import Database

# Shown masked wherever the log is shown.
PERSONAL_ID_COLUMNS = {("people", "personal_id")}
SECRET_SETTINGS = {"certificates.secret"}
# Kept in the log but not shown: the program derives them from the name for search and sort.
DERIVED_COLUMNS = {"name_folded", "name_sort_key"}
# How the window names what happened (English; the window translates).
ACTION_TITLES = {
    "insert": NC_("record list", "Added"),
    "update": NC_("record list", "Changed"),
    "delete": NC_("record list", "Deleted"),
}
# How the window names the tables (English; the window translates); a table not named here
# shows as it is called in the database.
TABLE_TITLES = {
    "award_acts": NC_("record list", "Revocations and corrections"),
    "award_evidence": NC_("record list", "Award evidence"),
    "award_forms": NC_("record list", "Award forms"),
    "awards": NC_("record list", "Award records"),
    "base_salaries": NC_("record list", "Base salaries"),
    "bonus_rates": NC_("record list", "Bonus rates"),
    "calibration_profiles": NC_("record list", "Printer profiles"),
    "certificates": NC_("record list", "Certificates"),
    "cluster_members": NC_("record list", "Members of emulation clusters and blocks"),
    "cluster_review_attendees": NC_("record list", "Members present at cluster reviews"),
    "cluster_review_votes": NC_("record list", "Votes of cluster reviews"),
    "cluster_reviews": NC_("record list", "Review meetings of clusters and blocks"),
    "cluster_pacts": NC_("record list", "Emulation pacts"),
    "cluster_scores": NC_("record list", "Emulation scores of cluster members"),
    "cluster_scoring_tables": NC_("record list", "Emulation scoring tables"),
    "clusters": NC_("record list", "Emulation clusters and blocks"),
    "conferring_levels": NC_("record list", "Conferring levels"),
    "council_attendance": NC_("record list", "Council meetings' attendance"),
    "council_meetings": NC_("record list", "Council meetings"),
    "council_members": NC_("record list", "Council members"),
    "council_reviewed_proposals": NC_("record list", "Proposals reviewed by the council"),
    "council_rules": NC_("record list", "Council voting rules"),
    "council_thresholds": NC_("record list", "Council vote thresholds"),
    "council_votes": NC_("record list", "Council votes"),
    "decision_wording": NC_("record list", "Decision wording"),
    "decisions": NC_("record list", "Decisions"),
    "disciplines": NC_("record list", "Discipline"),
    "eligibility_rules": NC_("record list", "Eligibility rules"),
    "import_batches": NC_("record list", "Imported lists"),
    "initiative_authors": NC_("record list", "Authors of initiatives"),
    "initiatives": NC_("record list", "Initiatives"),
    "issuing_authorities": NC_("record list", "Issuing authorities"),
    "movement_units": NC_("record list", "Units in movements"),
    "movements": NC_("record list", "Movements"),
    "pact_signatories": NC_("record list", "Signatories of emulation pacts"),
    "people": NC_("record list", "People"),
    "print_log": NC_("record list", "Print log"),
    "progress_reports": NC_("record list", "Progress reports"),
    "proposal_line_rankings": NC_("record list", "Rankings that proposal lines were made from"),
    "proposal_lines": NC_("record list", "Proposal lines"),
    "proposals": NC_("record list", "Proposals"),
    "registrations": NC_("record list", "Registrations"),
    "scoring_criteria": NC_("record list", "Criteria of emulation scoring tables"),
    "settings": NC_("record list", "Settings"),
    "target_plans": NC_("record list", "Target plans"),
    "targets": NC_("record list", "Targets"),
    "unit_successions": NC_("record list", "Unit successions"),
    "units": NC_("record list", "Units"),
}


def table_title(table: str) -> str:
    return TABLE_TITLES.get(table, table)


@functools.cache
def os_user() -> str | None:
    """The operating-system user writing now (stored with every audit row)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return None


def mask_personal_id(value: str | None) -> str | None:
    """All but the last three digits hidden: enough to tell two records apart."""
    if not value:
        return value
    text = str(value)
    return "•" * max(len(text) - 3, 0) + text[-3:]


@dataclass(frozen=True)
class AuditFilters:
    table: str | None = None
    record_id: int | str | None = None
    action: str | None = None
    os_user: str | None = None
    from_date: dt.date | None = None  # local dates, both ends included
    to_date: dt.date | None = None
    text: str | None = None  # found in the before or after values


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime  # local time
    os_user: str | None
    table: str
    record_id: int | str | None
    action: str
    before: dict | None
    after: dict | None

    def changes(self) -> list[tuple[str, object, object]]:
        """(column, before, after) for every value the row records, personal IDs masked."""
        before, after = self.before or {}, self.after or {}
        columns = [c for c in list(before) + list(after) if c not in DERIVED_COLUMNS]
        columns = list(dict.fromkeys(columns))
        return [
            (
                column,
                self._shown(column, before.get(column)),
                self._shown(column, after.get(column)),
            )
            for column in columns
        ]

    def _shown(self, column: str, value):
        if (self.table, column) in PERSONAL_ID_COLUMNS:
            return mask_personal_id(value)
        if self.table == "settings" and column == "value" and self.record_id in SECRET_SETTINGS:
            return "•" * 8 if value else value
        return value

    def summary(self) -> str:
        """One line: the changed values, or the whole record for an insert or delete."""
        parts = []
        for column, before, after in self.changes():
            if self.action == "update":
                parts.append(f"{column}: {_short(before)} → {_short(after)}")
            elif self.action == "insert":
                if after is not None:
                    parts.append(f"{column}: {_short(after)}")
            elif before is not None:
                parts.append(f"{column}: {_short(before)}")
        return "; ".join(parts)


def _short(value, limit: int = 60) -> str:
    text = "∅" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _utc_text(day: dt.date, end: bool) -> str:
    """The stored (UTC) time at which a local day starts, or the next day starts."""
    try:
        local = dt.datetime.combine(day + dt.timedelta(days=1 if end else 0), dt.time())
        stamp = local.astimezone().astimezone(dt.UTC)
    except (OverflowError, ValueError, OSError):
        raise KienanError(
            Message("{day} is outside the dates the audit trail holds", day=f"{day:%d/%m/%Y}")
        ) from None
    return stamp.strftime("%Y-%m-%dT%H:%M:%S")


def record_key(text: str | None) -> int | str | None:
    """A record as typed in a filter: a number for most tables, a key for settings."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        return text


def _where(filters: AuditFilters) -> tuple[str, list]:
    clauses, params = [], []
    if filters.table:
        clauses.append("table_name = ?")
        params.append(filters.table)
    if filters.record_id not in (None, ""):
        clauses.append("record_id = ?")
        params.append(filters.record_id)
    if filters.action:
        clauses.append("action = ?")
        params.append(filters.action)
    if filters.os_user:
        clauses.append("os_user = ?")
        params.append(filters.os_user)
    if filters.from_date:
        clauses.append("at >= ?")
        params.append(_utc_text(filters.from_date, end=False))
    if filters.to_date:
        clauses.append("at < ?")
        params.append(_utc_text(filters.to_date, end=True))
    if filters.text:
        # Masked values are left out of the search, or typing digits would uncover an ID.
        searched = (
            "CASE WHEN table_name = 'settings' AND record_id IN ({secrets}) THEN NULL "
            "ELSE json_remove(coalesce({column}, '{{}}'), {masked}) END"
        )
        secrets = ", ".join("?" for _ in SECRET_SETTINGS)
        masked = ", ".join(f"'$.{column}'" for _, column in sorted(PERSONAL_ID_COLUMNS))
        clauses.append(
            f"(instr({searched.format(secrets=secrets, column='before_json', masked=masked)}, ?) "
            f"OR instr({searched.format(secrets=secrets, column='after_json', masked=masked)}, ?))"
        )
        params += [*SECRET_SETTINGS, filters.text, *SECRET_SETTINGS, filters.text]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def audit_entry_ids(db: Database, filters: AuditFilters, limit: int | None = None) -> list[int]:
    """Ids of the matching rows, newest first."""
    where, params = _where(filters)
    sql = f"SELECT id FROM audit_log{where} ORDER BY id DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in db.execute(sql, params).fetchall()]


def audit_entry_count(db: Database, filters: AuditFilters) -> int:
    where, params = _where(filters)
    return db.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0]


def audit_entries(db: Database, ids: list[int]) -> dict[int, AuditEntry]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = db.execute(
        "SELECT id, at, os_user, table_name, record_id, action, before_json, after_json "
        f"FROM audit_log WHERE id IN ({marks})",
        ids,
    ).fetchall()
    return {row[0]: _entry(row) for row in rows}


def _entry(row) -> AuditEntry:
    entry_id, at, user, table, record_id, action, before, after = row
    stamp = dt.datetime.fromisoformat(at).replace(tzinfo=dt.UTC).astimezone()
    return AuditEntry(
        entry_id,
        stamp.replace(tzinfo=None),
        user,
        table,
        record_id,
        action,
        json.loads(before) if before else None,
        json.loads(after) if after else None,
    )


def audit_choices(db: Database) -> dict[str, list[str]]:
    """The tables and users present in the log, for the filters."""
    return {
        "tables": [
            r[0] for r in db.execute("SELECT DISTINCT table_name FROM audit_log ORDER BY 1")
        ],
        "users": [
            r[0]
            for r in db.execute(
                "SELECT DISTINCT os_user FROM audit_log WHERE os_user IS NOT NULL ORDER BY 1"
            )
        ],
    }


class AuditLogList(RecordList):
    """The log as a list for the window and its Excel export: the rows are made here, not
    in SQL, so personal IDs are masked the same way wherever the log is shown."""

    def rows(self, db: Database, ids: Sequence[int], summary=None) -> dict[int, tuple]:
        """summary: how an entry's change is said (the window names fields in its words);
        the entry's own summary otherwise."""
        summary = summary or AuditEntry.summary
        return {
            entry_id: (
                entry.at.strftime("%d/%m/%Y %H:%M:%S"),
                entry.os_user or "",
                table_title(entry.table),
                entry.record_id,
                ACTION_TITLES[entry.action],
                summary(entry),
            )
            for entry_id, entry in audit_entries(db, list(ids)).items()
        }


AUDIT_LOG = AuditLogList(
    name="audit_log",
    id_sql="id",
    from_sql="audit_log",
    columns=(
        ListColumn("at", NC_("record list", "When"), "at"),
        ListColumn("os_user", NC_("record list", "User"), "os_user"),
        ListColumn("table", NC_("record list", "Table"), "table_name", shown_as="translated"),
        ListColumn("record", NC_("record list", "Record"), "record_id", numeric=True),
        ListColumn("action", NC_("record list", "Action"), "action", shown_as="translated"),
        ListColumn("changes", NC_("record list", "Values"), "after_json"),
    ),
    default_order="id DESC",
)


# The columns that hold another record's number, with where that record's name is read: the
# audit trail names the record a change refers to.
REFERENCED_RECORDS = {
    "authority_id": ("issuing_authorities", "name"),
    "award_id": ("awards", "recipient_name"),
    "city_decision_id": ("decisions", "number"),
    "cluster_id": ("clusters", "name"),
    "criterion_id": ("scoring_criteria", "number"),
    "decision_id": ("decisions", "number"),
    "form_id": ("award_forms", "name_vi"),
    "merged_into_id": ("people", "full_name"),
    "movement_id": ("movements", "name"),
    "parent_id": ("units", "name"),
    "person_id": ("people", "full_name"),
    "predecessor_id": ("units", "name"),
    "proposal_id": ("proposals", "title"),
    "recipient_unit_id": ("units", "name"),
    "successor_id": ("units", "name"),
    "target_id": ("targets", "indicator"),
    "unit_id": ("units", "name"),
}


def referenced_name(db: Database, column: str, record_id: int) -> str | None:
    """The name of the record a column's number refers to; None where the column refers to
    no record or the record is gone."""
    if column not in REFERENCED_RECORDS:
        return None
    table, name_column = REFERENCED_RECORDS[column]
    # Both names come from the fixed table above, never from the caller.
    row = db.execute(f"SELECT {name_column} FROM {table} WHERE id = ?", [record_id]).fetchone()
    return row[0] if row else None
