"""The dossier sent up as one ZIP: the submission, the list of candidates as .xlsx (a city desk
running this program imports it as proposals), each achievement report as .docx to edit and
PDF to send, the council's minutes when given as files, the score sheet of each candidate
proposed from a cluster's ranking, named for it, and manifest.json naming every other member
with its size and sha256.

Member names keep their Vietnamese letters (the ZIP's UTF-8 flag set on each such name), are
made safe for Windows by output_files' one rule and unique without regard to case. The archive
is written through output_files' writer: a draft renamed over the target when complete."""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.dossier_docx import write_dossier_docx
from kienan_awards.core.documents.dossier_papers import (
    Dossier,
    DossierPaper,
    achievement_report,
    candidates_in_order,
    shared_names,
    submission,
)
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.spreadsheet_export import (
    INTEGER,
    SheetColumn,
    SheetFormats,
    fill_sheet,
    workbook_file,
)
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import name_key, output_file, unique_file_name
from kienan_awards.core.text import fold

PdfWriter = Callable[[DossierPaper, Path], Path]

MANIFEST = "manifest.json"
SUBMISSION_NAME = words.SUBMISSION
LIST_NAME = "Danh sách đề nghị khen thưởng"
REPORTS_FOLDER = "Báo cáo thành tích"
MINUTES_FOLDER = "Biên bản Hội đồng"
SCORE_SHEETS_FOLDER = "Bảng chấm điểm thi đua"
SHEET_NAME = "Danh sách đề nghị"
UTF8_NAMES = 0x800  # general purpose flag bit 11, which zipfile sets on a name beyond ASCII
MEMBER_MODE = 0o600 << 16  # personal data: owner-only once unpacked
_READ_CHUNK = 1 << 20


@dataclass(frozen=True)
class Member:
    name: str  # inside the ZIP, folders joined by "/"
    size: int
    sha256: str


@dataclass(frozen=True)
class DossierPackage:
    path: Path
    members: tuple[Member, ...]  # manifest.json not among them


# --- the candidates list, as the proposals import reads it ------------------------------------
def _list_columns() -> tuple[SheetColumn, ...]:
    return (
        SheetColumn(words.ROW_NUMBER, 6, INTEGER),
        SheetColumn(words.NAME_OR_COLLECTIVE, 30),
        SheetColumn(words.RECIPIENT_KIND, 10),
        SheetColumn(words.BIRTH_YEAR, 8, INTEGER),
        SheetColumn(words.GENDER, 8),
        SheetColumn(words.POSITION, 24),
        SheetColumn(words.UNIT, 32),
        SheetColumn(words.AWARD_FORM, 36),
        SheetColumn(words.ACHIEVEMENT, 50),
        SheetColumn(words.YEAR, 7, INTEGER),
    )


def _list_rows(dossier: Dossier):
    for number, c in enumerate(candidates_in_order(dossier), start=1):
        yield (
            number,
            c.name,
            words.RECIPIENT_KINDS[c.kind],
            c.birth_year,
            words.GENDERS.get(c.gender or ""),
            c.position or None,
            c.unit or None,  # a collective's: the unit above it, as the import reads it
            c.form.name,
            c.achievement or None,
            c.year,
        )


def write_candidates_xlsx(dossier: Dossier, path: Path | str) -> Path:
    """The list of candidates as one sheet with the headers the proposals import reads."""
    path = Path(path)
    with workbook_file(path) as workbook:
        fill_sheet(
            workbook, SheetFormats(workbook), SHEET_NAME, _list_columns(), _list_rows(dossier)
        )
    return path


# --- the archive -------------------------------------------------------------------------------
def _sha256(path: Path) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as file:
        while chunk := file.read(_READ_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


class _Members:
    """The files put in the archive: each written into scratch under its member name."""

    def __init__(self, scratch: Path):
        self.scratch = scratch
        self.files: list[tuple[str, Path]] = []
        self.taken: dict[str, set[str]] = {}  # by folder: casefolded names

    def name(self, folder: str, text: str, suffixes: Sequence[str], fallback: str) -> str:
        """A stem unique in the folder for every suffix it is written with."""
        taken = self.taken.setdefault(folder, set())
        return unique_file_name(text, taken, fallback=fallback, max_bytes=170, also=suffixes)

    def add(self, folder: str, file_name: str, write: Callable[[Path], object]) -> None:
        member = f"{folder}/{file_name}" if folder else file_name
        path = self.scratch / f"{len(self.files):03d}{Path(file_name).suffix}"
        write(path)
        self.files.append((member, path))


def _report_stem(candidate, number: int, shared: set[str]) -> str:
    name = candidate.name
    if fold(name) in shared and candidate.unit_text:
        name = f"{name} - {candidate.unit_text}"
    return f"{number:02d} {name}"


def _paper_files(members: _Members, folder, stem, paper, pdf_writer: PdfWriter | None) -> None:
    members.add(folder, f"{stem}.docx", lambda p: write_dossier_docx(paper, p))
    if pdf_writer is not None:
        members.add(folder, f"{stem}.pdf", lambda p: pdf_writer(paper, p))


def _manifest(dossier: Dossier, members: list[Member]) -> bytes:
    body = {
        "dossier": {
            "office": dossier.office.body_name,
            "addressee": dossier.addressee,
            "number": dossier.number,
            "date": dossier.dated.isoformat(),
            "year": dossier.year,
            "candidates": len(dossier.candidates),
        },
        "files": [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in members],
    }
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = MEMBER_MODE
    return info


def _extension(file: Path) -> str:
    """The file's extension as a member name may carry it; an odd one stays in the stem."""
    suffix = file.suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,10}", suffix) else ""


def _by_stem(files: Sequence[Path]) -> list[list[Path]]:
    """The files grouped by stem in their order: a paper's .docx and PDF keep one name."""
    groups: dict[str, list[Path]] = {}
    for file in files:
        group = groups.setdefault(file.stem.casefold(), [])
        if file.suffix.lower() in {f.suffix.lower() for f in group}:
            groups[f"{file.stem.casefold()}\0{len(groups)}"] = [file]  # the same name twice
        else:
            group.append(file)
    return list(groups.values())


def _add_score_sheets(members: _Members, sheets: Sequence[tuple[str, Path]]) -> None:
    for unit, file in sheets:
        suffix = _extension(file)
        stem = members.name(SCORE_SHEETS_FOLDER, unit, [suffix], "score sheet")
        members.add(
            SCORE_SHEETS_FOLDER, stem + suffix, lambda p, f=file: p.write_bytes(f.read_bytes())
        )


def write_dossier_package(
    dossier: Dossier,
    path: Path | str,
    *,
    pdf_writer: PdfWriter | None = None,
    minutes: Sequence[Path | str] = (),
    score_sheets: Sequence[tuple[str, Path | str]] = (),
) -> DossierPackage:
    """Write the dossier's ZIP at path. pdf_writer draws a paper as PDF (printing/dossier_pdf;
    core never draws): without it the papers go as .docx only. minutes: the council's minutes
    as files, put in as they are (a .docx and a PDF of one stem keep one name). score_sheets:
    (unit, file) for each candidate proposed from a cluster's ranking, put in named for it."""
    path = Path(path)
    if not path.parent.is_dir():
        raise KienanError(Message("cannot write {path}: the folder does not exist", path=path))
    minutes = [Path(m) for m in minutes]
    for file in minutes:
        if not file.is_file():
            raise KienanError(Message("the minutes file {path} was not found", path=file))
    sheets = [(unit, Path(file)) for unit, file in score_sheets]
    for _unit, file in sheets:
        if not file.is_file():
            raise KienanError(Message("the score sheet {path} was not found", path=file))
    suffixes = (".docx", ".pdf") if pdf_writer else (".docx",)
    with tempfile.TemporaryDirectory(prefix="kienan-dossier-", ignore_cleanup_errors=True) as tmp:
        members = _Members(Path(tmp))
        # A file at the top may not take the manifest's or a folder's name.
        members.taken[""] = {
            name_key(n) for n in (MANIFEST, REPORTS_FOLDER, MINUTES_FOLDER, SCORE_SHEETS_FOLDER)
        }
        cover = submission(dossier, with_minutes=bool(minutes))
        text = f"{SUBMISSION_NAME} {dossier.number}".strip()
        _paper_files(
            members, "", members.name("", text, suffixes, SUBMISSION_NAME), cover, pdf_writer
        )
        list_name = members.name("", LIST_NAME, (".xlsx",), LIST_NAME) + ".xlsx"
        members.add("", list_name, lambda p: write_candidates_xlsx(dossier, p))
        shared = shared_names(dossier.candidates)
        for number, candidate in enumerate(candidates_in_order(dossier), start=1):
            report = achievement_report(dossier, candidate)
            stem = members.name(
                REPORTS_FOLDER, _report_stem(candidate, number, shared), suffixes, "report"
            )
            _paper_files(members, REPORTS_FOLDER, stem, report, pdf_writer)
        for files in _by_stem(minutes):
            suffixes = [_extension(file) for file in files]
            text = files[0].stem if suffixes[0] else files[0].name
            stem = members.name(MINUTES_FOLDER, text, suffixes, "minutes")
            for file, suffix in zip(files, suffixes, strict=True):
                members.add(
                    MINUTES_FOLDER, stem + suffix, lambda p, f=file: p.write_bytes(f.read_bytes())
                )
        _add_score_sheets(members, sheets)
        listed = [Member(name, *_sha256(file)) for name, file in members.files]
        with output_file(path) as draft:
            try:
                with zipfile.ZipFile(draft, "w") as archive:
                    for name, file in members.files:
                        with archive.open(_zip_info(name), "w") as out, file.open("rb") as src:
                            while chunk := src.read(_READ_CHUNK):
                                out.write(chunk)
                    archive.writestr(_zip_info(MANIFEST), _manifest(dossier, listed))
            except OSError as error:
                raise KienanError(
                    Message(
                        "cannot write {path}: {reason}", path=path, reason=error.strerror or error
                    )
                ) from error
    return DossierPackage(path, tuple(listed))


def package_problems(path: Path | str) -> list[str]:
    """The members whose size or sha256 differs from the manifest, or that one lists and the
    other lacks; empty when the archive is whole."""
    with zipfile.ZipFile(path) as archive:
        listed = {f["name"]: f for f in json.loads(archive.read(MANIFEST))["files"]}
        present = {info.filename for info in archive.infolist()} - {MANIFEST}
        problems = sorted(present ^ set(listed))
        for name in sorted(present & set(listed)):
            data = archive.read(name)
            entry = listed[name]
            if len(data) != entry["size"] or hashlib.sha256(data).hexdigest() != entry["sha256"]:
                problems.append(name)
    return problems
