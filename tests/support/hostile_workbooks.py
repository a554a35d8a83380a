"""Builds small hostile workbooks by hand (zip and XML written here, nothing from a spreadsheet
program), so each test can make the exact file that once hurt the reader: a value at the far
corner of a sheet, a lying dimension, a zip bomb, hidden sheets and rows."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from kienan_awards.core.lists.cell_values import column_letter
from tests.support.list_files import ODS_MANIFEST

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
WORKSHEET_TYPE = RELATIONSHIPS + "/worksheet"
WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
WORKBOOK_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"

GIB = 1024**3
MIB = 1024**2


@dataclass
class Member:
    """One file inside the zip, already deflated (or stored when `method` is 0)."""

    name: str
    data: bytes  # as written in the zip
    crc: int
    size: int  # inflated size as it really is
    method: int = 8
    declared_size: int | None = None  # a lie in the headers, when set

    @classmethod
    def of(cls, name: str, content: bytes | str) -> Member:
        raw = content.encode() if isinstance(content, str) else content
        compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
        return cls(name, compressor.compress(raw) + compressor.flush(), zlib.crc32(raw), len(raw))

    def named(self, name: str) -> Member:
        self.name = name
        return self


def write_zip(path: Path, members: list[Member]) -> Path:
    """A plain (not zip64) archive; sizes up to 4 GiB fit."""
    local, central = bytearray(), bytearray()
    for member in members:
        name = member.name.encode()
        size = member.size if member.declared_size is None else member.declared_size
        offset = len(local)
        # version, flags (bit 11: UTF-8 names), method, a fixed time and date
        fields = (20, 0x800, member.method, 0x4000, 0x5B01, member.crc, len(member.data), size)
        fields += (len(name),)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + name + member.data
        central += (
            struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, offset) + name
        )
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(local), 0
    )
    path.write_bytes(bytes(local + central + end))
    return path


def cell_xml(ref: str, value) -> str:
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def sheet_xml(
    rows: dict[int, dict[int, object]] | list[list],
    dimension: str | None = None,
    hidden_rows: tuple[int, ...] = (),
) -> str:
    """`rows` by Excel row number then column index (0 is A), or plain rows from row 1;
    `hidden_rows` are Excel row numbers written with hidden="1" (empty ones too)."""
    if isinstance(rows, list):
        rows = {
            number: {c: v for c, v in enumerate(row) if v is not None}
            for number, row in enumerate(rows, start=1)
        }
    numbers = sorted(set(rows) | set(hidden_rows))
    body = []
    for number in numbers:
        hidden = ' hidden="1"' if number in hidden_rows else ""
        cells = "".join(
            cell_xml(f"{column_letter(c)}{number}", v)
            for c, v in sorted(rows.get(number, {}).items())
        )
        body.append(f'<row r="{number}"{hidden}>{cells}</row>')
    declared = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{MAIN}" xmlns:r="{RELATIONSHIPS}">{declared}'
        f"<sheetData>{''.join(body)}</sheetData></worksheet>"
    )


@dataclass
class RawSheet:
    name: str
    xml: str | Member  # the worksheet part, or a ready member (e.g. a bomb) named later
    state: str | None = None  # None (visible), "hidden" or "veryHidden"


@dataclass
class RawWorkbook:
    sheets: list[RawSheet] = field(default_factory=list)

    def members(self) -> list[Member]:
        types = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{WORKSHEET_CONTENT}"/>'
            for n in range(1, len(self.sheets) + 1)
        )
        sheets = "".join(
            f'<sheet name={quoteattr(s.name)} sheetId="{n}" r:id="rId{n}"'
            + (f' state="{s.state}"' if s.state else "")
            + "/>"
            for n, s in enumerate(self.sheets, start=1)
        )
        relations = "".join(
            f'<Relationship Id="rId{n}" Type="{WORKSHEET_TYPE}" Target="worksheets/sheet{n}.xml"/>'
            for n in range(1, len(self.sheets) + 1)
        )
        members = [
            Member.of(
                "[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" '
                'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                f'<Override PartName="/xl/workbook.xml" ContentType="{WORKBOOK_CONTENT}"/>'
                f"{types}</Types>",
            ),
            Member.of(
                "_rels/.rels",
                f'<?xml version="1.0" encoding="UTF-8"?>'
                f'<Relationships xmlns="{PACKAGE_RELATIONSHIPS}">'
                f'<Relationship Id="rId1" Type="{RELATIONSHIPS}/officeDocument" '
                'Target="xl/workbook.xml"/></Relationships>',
            ),
            Member.of(
                "xl/workbook.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
                f'xmlns:r="{RELATIONSHIPS}"><sheets>{sheets}</sheets></workbook>',
            ),
            Member.of(
                "xl/_rels/workbook.xml.rels",
                f'<?xml version="1.0" encoding="UTF-8"?>'
                f'<Relationships xmlns="{PACKAGE_RELATIONSHIPS}">'
                f"{relations}</Relationships>",
            ),
        ]
        for n, sheet in enumerate(self.sheets, start=1):
            name = f"xl/worksheets/sheet{n}.xml"
            if isinstance(sheet.xml, Member):
                sheet.xml.name = name
                members.append(sheet.xml)
            else:
                members.append(Member.of(name, sheet.xml))
        return members

    def write(self, path: Path) -> Path:
        return write_zip(path, self.members())


def write_raw_xlsx(path: Path, sheets: dict[str, str | Member], hidden: dict[str, str] = {}):  # noqa: B006
    """Sheets by name, each its worksheet XML; `hidden` gives a sheet's state."""
    book = RawWorkbook([RawSheet(name, xml, hidden.get(name)) for name, xml in sheets.items()])
    return book.write(path)


def far_cell_xlsx(
    path: Path, ref: str = "XFD1048576", with_a1: bool = False, dimension: str | None = "auto"
) -> Path:
    """A few bytes of zip whose only value (besides A1 when `with_a1`) sits at `ref`; the
    dimension is declared as Excel would unless given (None: no dimension at all)."""
    column = "".join(ch for ch in ref if ch.isalpha())
    number = int(ref[len(column) :])
    index = 0
    for ch in column:
        index = index * 26 + ord(ch) - 64
    rows: dict[int, dict[int, object]] = {number: {index - 1: "x"}}
    if with_a1:
        rows.setdefault(1, {})[0] = "Danh sách"
    if dimension == "auto":
        dimension = f"A1:{ref}" if with_a1 else ref
    return write_raw_xlsx(path, {"DS": sheet_xml(rows, dimension)})


def bomb_member(inflated: int = 2 * GIB - MIB) -> Member:
    """A worksheet whose XML is `inflated` bytes, nearly all blanks between two tags: about
    1 KB of deflate per MiB, so 2 GiB fits in 2 MB. Built from one flushed block repeated."""
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'.encode()
    tail = b"</sheetData></worksheet>"
    chunk = b" " * MIB
    blanks = inflated - len(head) - len(tail)
    count, rest = divmod(blanks, MIB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    # After a full flush the compressor starts afresh, so the same input gives the same block.
    data = bytearray(first)
    crc = zlib.crc32(head)
    for _ in range(count):
        data += block
        crc = zlib.crc32(chunk, crc)
    last = b" " * rest + tail
    data += compressor.compress(last) + compressor.flush()
    crc = zlib.crc32(last, crc)
    return Member("", bytes(data), crc, inflated)


def zip_bomb_xlsx(path: Path, inflated: int = 2 * GIB - MIB, declared: int | None = None) -> Path:
    """A list of a few MB whose one sheet inflates to `inflated` bytes (2 GiB by default);
    `declared` makes the zip's headers claim another size."""
    member = bomb_member(inflated)
    member.declared_size = declared
    return write_raw_xlsx(path, {"DS": member})


ODS_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
)


def write_raw_ods(path: Path, tables: str | Member, hidden_tables: tuple[str, ...] = ()) -> Path:
    """An OpenDocument spreadsheet whose body is `tables` (<table:table> elements), or
    whose content.xml is a ready member; `hidden_tables` are hidden as LibreOffice hides a
    sheet (a table style with table:display="false")."""
    if isinstance(tables, Member):
        content = tables
        content.name = "content.xml"
    else:
        for name in hidden_tables:
            tables = tables.replace(
                f"<table:table table:name={quoteattr(name)}>",
                f'<table:table table:name={quoteattr(name)} table:style-name="hidden">',
            )
        styles = (
            '<office:automatic-styles><style:style style:name="hidden" style:family="table">'
            '<style:table-properties table:display="false"/></style:style>'
            "</office:automatic-styles>"
        )
        content = Member.of(
            "content.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NAMESPACES} '
            f'office:version="1.2">{styles}<office:body><office:spreadsheet>{tables}'
            "</office:spreadsheet></office:body></office:document-content>",
        )
    mimetype = b"application/vnd.oasis.opendocument.spreadsheet"
    stored = Member("mimetype", mimetype, zlib.crc32(mimetype), len(mimetype), method=0)
    return write_zip(path, [stored, content, Member.of("META-INF/manifest.xml", ODS_MANIFEST)])


def ods_cell(value) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, (int, float)):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p>'
        "</table:table-cell>"
    )


def ods_table(name: str, rows: list[list], hidden_rows: tuple[int, ...] = ()) -> str:
    """A table from plain rows; `hidden_rows` (Excel numbers) are collapsed, as LibreOffice
    writes rows hidden by hand."""
    body = []
    for number, row in enumerate(rows, start=1):
        hidden = ' table:visibility="collapse"' if number in hidden_rows else ""
        body.append(f"<table:table-row{hidden}>{''.join(map(ods_cell, row))}</table:table-row>")
    return f"<table:table table:name={quoteattr(name)}>{''.join(body)}</table:table>"


def repeated_value_ods(path: Path, rows: int = 1_048_576, columns: int = 16_384) -> Path:
    """One value that LibreOffice's repeat counts spread over `rows` x `columns` cells: a
    few hundred bytes that read as the whole sheet full."""
    table = (
        '<table:table table:name="DS">'
        f'<table:table-row table:number-rows-repeated="{rows}">'
        f'<table:table-cell office:value-type="string" table:number-columns-repeated="{columns}">'
        "<text:p>x</text:p></table:table-cell></table:table-row></table:table>"
    )
    return write_raw_ods(path, table)


@dataclass
class ChildRead:
    """What read_workbook did with a file in a process of its own."""

    exit_code: int
    refused: str | None  # the KienanError's text
    sheets: list | None  # [name, number of rows] of each sheet read
    seconds: float | None
    max_rss_mb: float | None
    stderr: str


_CHILD = """
import json, resource, sys, time
limit = int(sys.argv[2]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from kienan_awards.core.errors import KienanError
from kienan_awards.core.lists.spreadsheet_reading import read_workbook
start = time.perf_counter()
try:
    outcome = {"sheets": [[s.name, len(s.rows)] for s in read_workbook(sys.argv[1])]}
except KienanError as error:
    outcome = {"refused": str(error)}
outcome["seconds"] = time.perf_counter() - start
# ru_maxrss would count the pages of the (big) test process this child was forked from: on
# Linux it survives exec. VmHWM belongs to this program alone.
try:
    with open("/proc/self/status") as status:
        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
outcome["max_rss_mb"] = peak / 1024
print(json.dumps(outcome))
"""


def read_in_child(path: Path, memory_mb: int = 1024, timeout: float = 120) -> ChildRead:
    """Reads `path` in a fresh interpreter whose address space is capped at `memory_mb`, so
    a reader that allocates the sheet's whole rectangle fails there (it aborts, or cannot
    allocate) instead of taking the test run down; the child reports its own time and
    peak memory (max RSS)."""
    import json
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), str(memory_mb)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    lines = done.stdout.strip().splitlines()
    outcome = json.loads(lines[-1]) if done.returncode == 0 and lines else {}
    return ChildRead(
        done.returncode,
        outcome.get("refused"),
        outcome.get("sheets"),
        outcome.get("seconds"),
        outcome.get("max_rss_mb"),
        done.stderr[-2000:],
    )
