"""Unexpected errors are written here in full, while the user sees one plain sentence. A
traceback may quote a name or a personal ID, so the log is owner-only like the database."""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import append_to_private_file
from kienan_awards.core.storage.locations import user_data_folder


def error_log_path() -> Path:
    return user_data_folder() / "logs" / "errors.log"


def record_unexpected(error: BaseException) -> Path | None:
    """Append the error and its traceback to the log; returns its path, None if unwritable."""
    path = error_log_path()
    entry = f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n"
    try:
        append_to_private_file(path, entry + "".join(traceback.format_exception(error)))
    except OSError:
        return None
    return path


def describe_unexpected(error: BaseException) -> Message:
    """One sentence for the user, in the language the face speaks (a Message)."""
    path = record_unexpected(error)
    what = f"{type(error).__name__}: {error}"
    if path is None:
        return Message("unexpected error ({what})", what=what)
    return Message(
        "unexpected error ({what}); details were written to {path}", what=what, path=path
    )
