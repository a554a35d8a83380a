"""Unexpected errors are written here in full, while the user sees one plain sentence."""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from kienan_awards.core.locations import user_data_folder


def error_log_path() -> Path:
    return user_data_folder() / "logs" / "errors.log"


def record_unexpected(error: BaseException) -> Path | None:
    """Append the error and its traceback to the log; returns its path, None if unwritable."""
    path = error_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n")
            log.write("".join(traceback.format_exception(error)))
    except OSError:
        return None
    return path


def describe_unexpected(error: BaseException) -> str:
    path = record_unexpected(error)
    where = f"; details were written to {path}" if path else ""
    return f"unexpected error ({type(error).__name__}: {error}){where}"
