"""The audit log as a table: newest first, filtered, the newest rows only when there are
very many (the count says how many match); the values named and written as the window
speaks (the Excel export keeps the columns' own names)."""

from __future__ import annotations

from dataclasses import replace

from kienan_awards.core.records.audit_log import (
    AUDIT_LOG,
    AuditFilters,
    audit_entry_count,
    audit_entry_ids,
)
from kienan_awards.ui.audit_values import summary_shown
from kienan_awards.ui.models.record_table_model import RecordTableModel

SHOWN_AT_MOST = 100_000


class AuditLogModel(RecordTableModel):
    def __init__(self, db, parent=None):
        self._filters = AuditFilters()
        self.matching = 0  # rows that match, shown or not
        super().__init__(db, AUDIT_LOG, parent)

    @property
    def filters(self) -> AuditFilters:
        return self._filters

    def reload(self) -> None:
        ids = audit_entry_ids(self._db, self._filters, limit=SHOWN_AT_MOST)
        full = len(ids) == SHOWN_AT_MOST
        self.matching = audit_entry_count(self._db, self._filters) if full else len(ids)
        self.show_ids(ids)

    def rows(self, ids: list[int]) -> dict[int, tuple]:
        """As the log's list makes them, but the values with their fields' names and in the
        window's words."""
        return AUDIT_LOG.rows(self._db, ids, summary=summary_shown)

    def set_filters(self, filters: AuditFilters) -> None:
        self._filters = filters
        self.reload()

    def can_filter(self) -> bool:
        return True

    def set_filter_text(self, text: str) -> None:
        self.set_filters(replace(self._filters, text=text.strip() or None))

    def sort(self, column: int, order=None) -> None:
        """Always newest first: the log is read as a history."""
        self.reload()
