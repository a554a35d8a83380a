"""The honour roll's results: the ids come from the search, run off the GUI thread.

Typing never waits for a query. Searches run one at a time on a worker thread that holds its
own read-only connection (SQLite connections belong to one thread); a newer search interrupts
the one still running, and only the newest search's ids reach the table. A query's first
results come first (they read a small part of the index); the rest follow as added rows.
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import _, shown
from kienan_awards.core.records.record_lists import AWARDS
from kienan_awards.core.search.award_search import (
    AwardFilters,
    AwardSearch,
    award_ids,
    tiered_award_ids,
)
from kienan_awards.core.search.tiers import UNIT_TIER, ResultGroup, TieredIds
from kienan_awards.core.storage.read_connections import open_read_connection
from kienan_awards.error_log import describe_unexpected
from kienan_awards.ui.models.record_table_model import RecordTableModel


class _SearchConnection:
    """The worker thread's own connection, opened at its first search."""

    def __init__(self, path: Path):
        self._path = path
        self._db = None

    def results(self, search: AwardSearch, sort_key, descending: bool, limit) -> TieredIds:
        if self._db is None:
            self._db = open_read_connection(self._path)
        if sort_key is None:
            return tiered_award_ids(self._db, search, limit)
        return TieredIds(award_ids(self._db, search, sort_key, descending), [])

    def interrupt(self) -> None:
        # sqlite3's interrupt() is the one call meant to come from another thread.
        if self._db is not None:
            self._db.conn.interrupt()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


# The rows a query shows at once; the rest are read after them.
FIRST_RESULTS = 200


class AwardSearchModel(RecordTableModel):
    searching = Signal()  # a search has started; the table shows the previous results meanwhile
    failed = Signal(str)
    _delivered = Signal(int, object, object, bool)  # generation, results, error, complete

    def __init__(self, db, parent=None):
        super().__init__(db, AWARDS, parent, load=False)
        self._search = AwardSearch()
        self._groups: list[ResultGroup] = []
        self._generation = 0
        self._shown_generation = 0
        self._partial_generation = 0  # the search whose first results only are shown
        self._connection = _SearchConnection(db.path)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="award-search")
        self._stopped = False
        self._delivered.connect(self._deliver)
        # No search here: the list page's first sort starts it.

    def can_filter(self) -> bool:
        return True

    def set_filter_text(self, text: str) -> None:
        self.set_search(AwardSearch(text, self._search.filters, self._search.names_only))

    def set_filters(self, filters: AwardFilters) -> None:
        self.set_search(AwardSearch(self._search.text, filters, self._search.names_only))

    def set_names_only(self, names_only: bool) -> None:
        self.set_search(AwardSearch(self._search.text, self._search.filters, names_only))

    def set_search(self, search: AwardSearch) -> None:
        self._search = search
        self.reload()

    def reload(self) -> None:
        if self._stopped:
            return
        self._generation += 1
        self._connection.interrupt()
        self._worker.submit(
            self._run, self._generation, self._search, self._sort_key, self._descending
        )
        self.searching.emit()

    def is_searching(self) -> bool:
        return self._shown_generation != self._generation

    def _run(self, generation: int, search: AwardSearch, sort_key, descending: bool) -> None:
        """On the worker thread: the first results, then (if there are more) all of them."""
        first = sort_key is None and search.text.strip()
        for limit in (FIRST_RESULTS, None) if first else (None,):
            if generation != self._generation:
                return  # a newer search is already queued behind this one
            results, message = None, None
            try:
                results = self._connection.results(search, sort_key, descending, limit)
            except sqlite3.OperationalError as error:
                if generation != self._generation:
                    return  # interrupted by a newer search
                message = shown(error)
            except KienanError as error:
                message = shown(error)
            except Exception as error:  # one sentence for the clerk, the details go to the log
                message = shown(describe_unexpected(error))
            complete = limit is None or message is not None or len(results.ids) < limit
            try:
                self._delivered.emit(generation, results, message, complete)  # to the GUI thread
            except RuntimeError:
                return  # the page was closed while this search ran
            if complete:
                return

    def _deliver(self, generation: int, results, message, complete: bool) -> None:
        if generation != self._generation:
            return
        first_shown = self._partial_generation == generation
        self._partial_generation = 0 if complete else generation
        if complete:
            self._shown_generation = generation
        if message is not None:
            self.failed.emit(message)
            return
        shown = len(self._ids)
        if first_shown and results.ids[:shown] == self._ids:
            # The rest of the results after the first: added below, the clerk's row kept.
            self._groups = results.groups
            if len(results.ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(results.ids) - 1)
                self._ids = results.ids
                self.endInsertRows()
            return
        self._groups = results.groups
        self.show_ids(results.ids)

    def group_label(self, row: int) -> str | None:
        """What a row that starts a group of results says above it, if anything."""
        for group in self._groups:
            if group.start == row:
                if group.tier == UNIT_TIER:
                    return _("Found through the unit, the achievement or the decision number")
                if group.begins_with:
                    return _("Names with a word that begins with the word typed")
        return None

    def labelled_rows(self) -> list[int]:
        return [group.start for group in self._groups if self.group_label(group.start)]

    def unit_tier_start(self) -> int | None:
        """The first row found only through the unit, achievement or decision number."""
        return next((g.start for g in self._groups if g.tier == UNIT_TIER), None)

    def release_connection(self) -> None:
        """Close the worker's connection once the search under way is done; the next search
        opens it again (moving the database needs the file closed by everyone else)."""
        if self._stopped:
            return
        self._worker.submit(self._connection.close).result()

    def stop(self) -> None:
        """Finish with the worker thread and its connection (the page is going away)."""
        if self._stopped:
            return
        self._stopped = True
        self._generation += 1
        self._connection.interrupt()
        self._worker.submit(self._connection.close)
        self._worker.shutdown(wait=True)
