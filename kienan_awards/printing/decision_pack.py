"""The decision pack, as the window and the command line both write it: the content is read
once, laid out as .docx (core) and as PDF (here, with Qt), and both files share the one name
of core/documents/decision_document.decision_pack_stem."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from kienan_awards.core.documents.decision_document import (
    DecisionContent,
    decision_content,
    decision_pack_stem,
)
from kienan_awards.core.documents.decision_docx import write_decision_docx
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.printing.decision_pdf import write_decision_pdf

# Each writes its file through core/output_files.output_file.
WRITERS = {"docx": write_decision_docx, "pdf": write_decision_pdf}
FORMATS = tuple(WRITERS)


@dataclass(frozen=True)
class DecisionPack:
    content: DecisionContent
    files: list[Path]  # in the order of the formats asked for


def write_decision_pack(
    db: Database, decision_id: int, folder: Path | str, formats: Sequence[str] = FORMATS
) -> DecisionPack:
    """Write the decision's pack into folder. A running Qt application is needed for the
    PDF (printing.offscreen_application gives one to the command line)."""
    unknown = [kind for kind in formats if kind not in WRITERS]
    if unknown:
        raise ValueError(f"no decision pack as {', '.join(unknown)}")
    folder = Path(folder)
    if not folder.is_dir():
        raise KienanError(Message("cannot write {path}: the folder does not exist", path=folder))
    content = decision_content(db, decision_id)
    stem = decision_pack_stem(content.number, content.decided_on)
    files = [WRITERS[kind](content, folder / f"{stem}.{kind}") for kind in formats]
    return DecisionPack(content, files)
