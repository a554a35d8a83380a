"""The records the clerk chose for rows whose names fit several (ImportOptions.choices), kept
for one file: going back a step and on again keeps them, another file (or the same file
changed on disk) drops them all, and a choice for a row the list no longer has is dropped
when the rows are checked."""

from __future__ import annotations

from pathlib import Path

from kienan_awards.core.lists.list_import import ImportPlan


class RecordChoices:
    def __init__(self) -> None:
        self.chosen: dict[tuple[str, int, str, str], int] = {}
        self._made_for: tuple | None = None

    def for_file(self, path: Path, list_kind: str) -> None:
        """The file now read: the choices stay only if they were made for it as it is."""
        made_for = _file_signature(path, list_kind)
        if made_for != self._made_for:
            self.chosen.clear()
            self._made_for = made_for

    def choose(self, key: tuple[str, int, str, str], record_id: int) -> None:
        self.chosen[key] = record_id

    def keep_rows_of(self, plan: ImportPlan) -> None:
        """Drops the choices for places (sheet, row) the checked list does not have."""
        places = {(result.sheet_name, result.row_number) for result in plan.results}
        for key in [key for key in self.chosen if key[:2] not in places]:
            del self.chosen[key]

    def clear(self) -> None:
        self.chosen.clear()
        self._made_for = None


def _file_signature(path: Path, list_kind: str) -> tuple:
    try:
        stat = path.stat()
    except OSError:
        return (str(path), list_kind)
    return (str(path.resolve()), list_kind, stat.st_mtime_ns, stat.st_size)
