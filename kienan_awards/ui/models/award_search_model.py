"""The honour roll's results: the ids come from the search, run off the GUI thread.

Typing never waits for a query. Searches run one at a time on a worker thread that holds its
own read-only connection (SQLite connections belong to one thread); a newer search interrupts
the one still running, and only the newest search's ids reach the table.
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import Signal

from kienan_awards.core.errors import KienanError
from kienan_awards.core.i18n import shown
from kienan_awards.core.records.record_lists import AWARDS
from kienan_awards.core.search.award_search import AwardFilters, AwardSearch, award_ids
from kienan_awards.core.storage.read_connections import open_read_connection
from kienan_awards.error_log import describe_unexpected
from kienan_awards.ui.models.record_table_model import RecordTableModel


class _SearchConnection:
    """The worker thread's own connection, opened at its first search."""

    def __init__(self, path: Path):
        self._path = path
        self._db = None

    def award_ids(self, search: AwardSearch, sort_key, descending: bool) -> list[int]:
        if self._db is None:
            self._db = open_read_connection(self._path)
        return award_ids(self._db, search, sort_key, descending)

    def interrupt(self) -> None:
        # sqlite3's interrupt() is the one call meant to come from another thread.
        if self._db is not None:
            self._db.conn.interrupt()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class AwardSearchModel(RecordTableModel):
    searching = Signal()  # a search has started; the table shows the previous results meanwhile
    failed = Signal(str)
    _delivered = Signal(int, object, object)  # generation, ids, error message

    def __init__(self, db, parent=None):
        super().__init__(db, AWARDS, parent, load=False)
        self._search = AwardSearch()
        self._generation = 0
        self._shown_generation = 0
        self._connection = _SearchConnection(db.path)
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="award-search")
        self._stopped = False
        self._delivered.connect(self._deliver)
        # No search here: the list page's first sort starts it.

    def can_filter(self) -> bool:
        return True

    def set_filter_text(self, text: str) -> None:
        self.set_search(AwardSearch(text, self._search.filters))

    def set_filters(self, filters: AwardFilters) -> None:
        self.set_search(AwardSearch(self._search.text, filters))

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
        """On the worker thread."""
        if generation != self._generation:
            return  # a newer search is already queued behind this one
        ids, message = None, None
        try:
            ids = self._connection.award_ids(search, sort_key, descending)
        except sqlite3.OperationalError as error:
            if generation != self._generation:
                return  # interrupted by a newer search
            message = shown(error)
        except KienanError as error:
            message = shown(error)
        except Exception as error:  # one sentence for the clerk, the details go to the log
            message = shown(describe_unexpected(error))
        try:
            self._delivered.emit(generation, ids, message)  # queued to the GUI thread
        except RuntimeError:
            pass  # the page was closed while this search ran

    def _deliver(self, generation: int, ids, message) -> None:
        if generation != self._generation:
            return
        self._shown_generation = generation
        if message is None:
            self.show_ids(ids)
        else:
            self.failed.emit(message)

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
