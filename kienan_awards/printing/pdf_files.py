"""PDFs are written to a draft beside the target and put in place only when complete, so a
failed or interrupted job never leaves half a document under the name the clerk chose."""

from __future__ import annotations

import os
from pathlib import Path

from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message


def draft_for(path: Path) -> Path:
    # The process id keeps two copies of the program writing one name apart.
    return path.with_name(f".{path.name}.{os.getpid()}.part")


def put_in_place(draft: Path, path: Path) -> Path:
    """Replace path by the finished draft; the draft is removed whatever happens."""
    if not draft.exists() or draft.stat().st_size == 0:
        draft.unlink(missing_ok=True)
        raise KienanError(Message("cannot write {path}", path=path))
    try:
        os.replace(draft, path)
    except OSError as error:  # e.g. the old PDF is open in a viewer on Windows
        draft.unlink(missing_ok=True)
        raise KienanError(
            Message("cannot write {path}: {reason}", path=path, reason=error.strerror or error)
        ) from error
    return path
