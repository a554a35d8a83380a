"""Reads the tables of a Word document (.docx, .docm) as sheets, one per table of the body.

Only word/document.xml is read, unpacked in a stream and parsed by expat: no macro is run, no
link followed, and tables in text boxes, headers and footers are not read. Every table of the
body is a Sheet named "Bảng n", numbered as the document counts its tables, its rows as Word
shows them and its columns those of the table's grid:

- a cell's text is its paragraphs, one line each (a line break inside a paragraph is one
  too, a tab a space), stripped at both ends; an empty cell is None; numbers stay text;
- text deleted with changes tracked is left out, text inserted is read; a field gives its
  result, never its code;
- a cell merged across N columns gives its value to the first and None to the others, as a
  merged area of a sheet reads; a cell merged down gives its value to each row it covers;
- a table inside a cell is flattened into that cell's text (its rows one line each, its
  cells joined by a space), never read as a table of its own.

The document's size, the number of its tables and of their rows, columns and cells stay
within the limits of the workbooks (workbook_limits.py, sheet_extent.py). The tables are made
by document_tables.py, the plain rows taken quicker by document_plain_rows.py.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.parsers import expat

from kienan_awards.core import vocabulary as words
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.document_plain_rows import PlainRows
from kienan_awards.core.lists.document_tables import TableReader
from kienan_awards.core.lists.sheet_extent import _local, _parse
from kienan_awards.core.lists.spreadsheet_reading import Sheet
from kienan_awards.core.lists.workbook_limits import (
    FILE_FORMAT_ERRORS,
    MAX_COMPRESSION_RATIO,
    MAX_XML_BYTES,
    MAX_ZIP_PARTS,
    RATIO_CHECKED_FROM,
    _unpacked,
    count_zip_parts,
)
from kienan_awards.core.messages import Message

DOCUMENT_SUFFIXES = (".docx", ".docm")
LEGACY_SUFFIXES = (".doc", ".rtf")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, or a .docx sealed with a password
_RTF_MAGIC = b"{\\rtf"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")  # the stream a sealed .docx holds
_DOCUMENT_PART = "word/document.xml"
_OFFICE_DOCUMENT = "/officeDocument"  # how the package's relation to its main part ends


def read_document(path: Path | str) -> list[Sheet]:
    """Every table of the document's body, in order; [] for a document without tables.
    One clear KienanError otherwise."""
    path = Path(path)
    if not path.exists():
        raise KienanError(Message("{path}: no such file", path=path))
    if path.is_dir():
        raise KienanError(Message("{path} is a folder, not a document", path=path))
    with path.open("rb") as handle:
        start = handle.read(len(_OLE_MAGIC))
        if start == _OLE_MAGIC:
            raise _ole_refusal(path.name, handle)
        if start.startswith(_RTF_MAGIC) or path.suffix.lower() == ".rtf":
            raise _legacy_refusal(path.name, ".rtf")
        if path.suffix.lower() == ".doc":
            raise _legacy_refusal(path.name, ".doc")
        try:
            return _read_tables(handle, path.name)
        except (ValueError, OSError, *FILE_FORMAT_ERRORS) as error:
            raise _unreadable(path.name, error) from error


def refuse_legacy_document(path: Path) -> KienanError:
    """The refusal of a .doc or .rtf, whatever it holds."""
    return _legacy_refusal(path.name, ".rtf" if path.suffix.lower() == ".rtf" else ".doc")


def _read_tables(handle, name: str) -> list[Sheet]:
    count = count_zip_parts(handle)
    if count is not None and count > MAX_ZIP_PARTS:
        raise KienanError(
            Message(
                "{name} cannot be read safely: it holds {count} parts; a document holds at "
                "most {limit}",
                name=name,
                count=count,
                limit=MAX_ZIP_PARTS,
            )
        )
    handle.seek(0)
    with zipfile.ZipFile(handle) as archive:
        by_name: dict[str, zipfile.ZipInfo] = {}
        for info in archive.infolist():
            if info.filename.lower() in by_name:  # which of two namesakes would Word read?
                raise ValueError(Message("two parts of the zip have the same name"))
            by_name[info.filename.lower()] = info
        part = by_name.get(_document_part(handle, by_name, name))
        if part is None:
            raise ValueError(Message("it holds no Word document text (word/document.xml)"))
        _check_size(name, part)
        plain = PlainRows()
        reader = TableReader(name, plain)
        parser = _parser(reader, part.filename)
        tail = b""
        for chunk in _unpacked(handle, part, name, _damaged):
            given, tail = plain.cut(tail + chunk)
            parser.Parse(given, False)
        parser.Parse(tail, True)
    return [
        Sheet(f"{words.TABLE} {number}", rows, table=number) for number, rows in reader.finish()
    ]


def _document_part(handle, by_name: dict[str, zipfile.ZipInfo], name: str) -> str:
    """The main part as the package's relations name it (Word calls it word/document.xml;
    other writers may not)."""
    relations = by_name.get("_rels/.rels")
    if relations is None or relations.file_size > RATIO_CHECKED_FROM:
        return _DOCUMENT_PART
    targets: list[str] = []

    def relation(element: str, attrs: dict) -> None:
        if _local(element) == "Relationship" and attrs.get("Type", "").endswith(_OFFICE_DOCUMENT):
            targets.append(attrs.get("Target", ""))

    _parse(_unpacked(handle, relations, name, _damaged), relation, name, "_rels/.rels")
    target = targets[0].lstrip("/").lower() if targets else _DOCUMENT_PART
    return target or _DOCUMENT_PART


def _check_size(name: str, part: zipfile.ZipInfo) -> None:
    if part.file_size > MAX_XML_BYTES:
        raise KienanError(
            Message(
                "{name} is too large to read: its text unpacks to {size} MB; a list this "
                "program reads unpacks to at most {limit} MB",
                name=name,
                size=round(part.file_size / 1024 / 1024),
                limit=MAX_XML_BYTES // 1024 // 1024,
            )
        )
    ratio = part.file_size / max(part.compress_size, 1)
    if part.file_size >= RATIO_CHECKED_FROM and ratio > MAX_COMPRESSION_RATIO:
        raise KienanError(
            Message(
                "{name} cannot be read safely: its part {part} unpacks to {ratio} times its "
                "packed size, which no word processor writes",
                name=name,
                part=part.filename,
                ratio=round(ratio),
            )
        )


def _parser(reader: TableReader, part: str):
    parser = expat.ParserCreate(namespace_separator="|")
    parser.buffer_text = True  # one call for a run's text, however expat reads it in
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.text

    def no_doctype(*_args) -> None:
        # Word never writes one; entities it could define are not for a list to hold.
        raise ValueError(Message("part {part} declares a document type", part=part))

    parser.StartDoctypeDeclHandler = no_doctype
    return parser


def _ole_refusal(name: str, handle) -> KienanError:
    """A .docx sealed with a password is an OLE file holding the encrypted package; any
    other OLE file is a Word 97-2003 document, whatever its name says."""
    handle.seek(0)
    tail = b""
    while chunk := handle.read(1024 * 1024):
        if _ENCRYPTED_STREAM in tail + chunk:
            return KienanError(
                Message(
                    "{name} is protected by a password; save a copy without the password and "
                    "import that",
                    name=name,
                )
            )
        tail = chunk[-len(_ENCRYPTED_STREAM) :]
    return _legacy_refusal(name, ".doc")


def _legacy_refusal(name: str, kind: str) -> KienanError:
    if kind == ".rtf":
        return KienanError(
            Message(
                "{name} is a rich text document (.rtf), which this program does not read; "
                "open it in Word and save it as a Word document (.docx), then import that",
                name=name,
            )
        )
    return KienanError(
        Message(
            "{name} is a Word 97-2003 document (.doc), which this program does not read; open "
            "it in Word and save it as a Word document (.docx), then import that",
            name=name,
        )
    )


def _damaged(name: str, part: str) -> KienanError:
    return KienanError(
        Message(
            "{name} is damaged: its part {part} does not match the size or checksum the zip "
            "gives for it; save the list again from Word",
            name=name,
            part=part,
        )
    )


def _unreadable(name: str, error: BaseException) -> KienanError:
    """Why the file cannot be read: the program's own Message as it is (it can be translated),
    another library's first line of text, or at least the kind of error."""
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        detail = error.args[0]
    elif isinstance(error, zipfile.BadZipFile):
        detail = Message("it is not a Word document (.docx)")
    else:
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
    return KienanError(
        Message("{name} cannot be read as a document: {detail}", name=name, detail=detail)
    )


# --- the tables, as expat meets their elements -----------------------------------------------
