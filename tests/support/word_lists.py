"""Builds Word lists for the tests with python-docx, shaped as offices send them: the heading
table (issuer | national motto), the title under it, one or more list tables with merged
headers, section rows and cells merged down, and the signature table at the end.

A table is given as rows of grid columns (one value per column, None for an empty cell; a "\\n"
in a value starts a new paragraph of the cell) with its merges given apart, as (top, left,
bottom, right) rectangles counted from 0: the merged cell holds the top-left value, and the
values under the rest of a merge are not written.
"""

from __future__ import annotations

import copy
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

# One merge: (top, left, bottom, right), rows and columns counted from 0, both ends included.
Merge = tuple[int, int, int, int]


class _PageBreak:
    def __repr__(self) -> str:
        return "PAGE_BREAK"


PAGE_BREAK = _PageBreak()


@dataclass
class WordTable:
    rows: list[list]  # grid columns of each row: text (or a number, written as text) or None
    merges: list[Merge] = field(default_factory=list)
    repeated_header: int = 0  # the first rows, repeated at the top of each page
    borders: bool = True

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


def across(row: int, first: int, last: int) -> Merge:
    return (row, first, row, last)


def down(column: int, first: int, last: int) -> Merge:
    return (first, column, last, column)


# --- what real lists hold ------------------------------------------------------------------

ISSUER = "ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
TITLE = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"
SUBTITLE = "(Kèm theo Tờ trình số 25/TTr-UBND ngày 10/12/2025 của UBND phường Lê Chân)"

# Two header rows: STT, name, position, unit and award merged down over both; the birth date
# merged across its two columns Nam / Nữ (the filled one gives the gender).
LIST_HEADER = [
    ["STT", "Họ và tên", "Ngày sinh", None, "Chức vụ", "Đơn vị", "Hình thức khen thưởng"],
    [None, None, "Nam", "Nữ", None, None, None],
]
LIST_HEADER_MERGES = [
    down(0, 0, 1),
    down(1, 0, 1),
    across(0, 2, 3),
    *(down(c, 0, 1) for c in (4, 5, 6)),
]
COLUMN_NUMBERS = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]
LIST_WIDTH = len(COLUMN_NUMBERS)


def heading_table(issuer: str = ISSUER) -> WordTable:
    return WordTable(
        [[f"{issuer}\nSố: 25/TTr-UBND", MOTTO], [None, "Lê Chân, ngày 10 tháng 12 năm 2025"]],
        borders=False,
    )


def signature_table() -> WordTable:
    return WordTable(
        [["Nơi nhận:\n- Như trên;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Bình"]],
        borders=False,
    )


def list_table(sections: list[tuple[str, list[list]]], unit_merges: list[Merge] = ()) -> WordTable:
    """The two header rows, the row of column numbers, then each section's row ("I. TẬP THỂ")
    merged across the table and its rows. `unit_merges` are given in rows of the whole table."""
    rows = [*(list(row) for row in LIST_HEADER), list(COLUMN_NUMBERS)]
    merges = list(LIST_HEADER_MERGES)
    for heading, section_rows in sections:
        merges.append(across(len(rows), 0, LIST_WIDTH - 1))
        rows.append([heading] + [None] * (LIST_WIDTH - 1))
        rows.extend(list(row) for row in section_rows)
    return WordTable(rows, merges + list(unit_merges), repeated_header=2)


def proposal_document(path: Path, list_tables: list[WordTable]) -> Path:
    """Heading table, title, the list tables (each after the first on a new page), signature."""
    blocks: list = [heading_table(), TITLE, SUBTITLE]
    for number, table in enumerate(list_tables):
        if number:
            blocks.append(PAGE_BREAK)
        blocks.append(table)
    blocks += ["", signature_table()]
    return write_docx(path, blocks)


# --- writing --------------------------------------------------------------------------------


def write_docx(path: Path, blocks: list) -> Path:
    """Each block is a paragraph's text, PAGE_BREAK or a WordTable, in document order."""
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    for block in blocks:
        if block is PAGE_BREAK:
            document.add_page_break()
        elif isinstance(block, WordTable):
            add_table(document, block)
        else:
            document.add_paragraph(block)
    document.save(str(path))
    return path


def add_table(document, table: WordTable):
    """The table at the end of the document (python-docx's table, returned)."""
    written = document.add_table(rows=len(table.rows), cols=table.width)
    if table.borders:
        written.style = document.styles["Table Grid"]
    covered = {
        (r, c)
        for top, left, bottom, right in table.merges
        for r in range(top, bottom + 1)
        for c in range(left, right + 1)
        if (r, c) != (top, left)
    }
    # python-docx's table.cell(r, c) walks the whole grid at each call: read it once.
    cells, width = written._cells, table.width
    for r, row in enumerate(table.rows):
        for c, value in enumerate(row):
            if value is not None and (r, c) not in covered:
                set_cell_text(cells[r * width + c], str(value))
    for top, left, bottom, right in table.merges:
        written.cell(top, left).merge(written.cell(bottom, right))
    for row in written.rows[: table.repeated_header]:
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    return written


def set_cell_text(cell, text: str) -> None:
    """Each line a paragraph of its own, as a clerk types it with Enter."""
    first, *rest = text.split("\n")
    cell.paragraphs[0].text = first
    for line in rest:
        cell.add_paragraph(line)


def many_rows_table(document, header: list[str], rows: list[list[str]]):
    """A long table at the end of the document, its rows copied with lxml from one row that
    python-docx formats (adding rows one by one through python-docx slows as the table
    grows). Each cell is one paragraph with one run in Times New Roman 13, as Word writes."""
    table = document.add_table(rows=2, cols=len(header))
    table.style = document.styles["Table Grid"]
    for c, text in enumerate(header):
        table.cell(0, c).paragraphs[0].text = text
    for c in range(len(header)):
        run = table.cell(1, c).paragraphs[0].add_run("x")
        run.font.name = "Times New Roman"
        run.font.size = Pt(13)
    template = table.rows[1]._tr
    tbl = table._tbl
    tbl.remove(template)
    text_tag = qn("w:t")
    for row in rows:
        tr = copy.deepcopy(template)
        for t, value in zip(tr.iter(text_tag), row, strict=True):
            t.text = value
        tbl.append(tr)
    return table


# --- documents written by hand, for what python-docx cannot make ---------------------------

W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
PACKAGE_RELATIONS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="{target}"/></Relationships>'
)


def document_xml(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NAMESPACE}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f"<w:body>{body}</w:body></w:document>"
    )


def write_raw_docx(path: Path, document: str | bytes, target: str = "word/document.xml") -> Path:
    """A package of three parts: its content types, its relations and the document."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELATIONS.format(target=target))
        archive.writestr(target, document)
    return path


def tc(content: str = "", properties: str = "") -> str:
    """A cell: content is paragraph XML, or plain text made one paragraph of one run."""
    if content and not content.startswith("<"):
        content = para(content)
    props = f"<w:tcPr>{properties}</w:tcPr>" if properties else ""
    return f"<w:tc>{props}{content or '<w:p/>'}</w:tc>"


def para(*runs: str) -> str:
    """A paragraph: each run given as text, or as XML when it starts with "<"."""
    return "<w:p>" + "".join(r if r.startswith("<") else run(r) for r in runs) + "</w:p>"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def tr(*cells: str, properties: str = "") -> str:
    props = f"<w:trPr>{properties}</w:trPr>" if properties else ""
    return f"<w:tr>{props}{''.join(cells)}</w:tr>"


def tbl(*rows: str) -> str:
    return f"<w:tbl><w:tblPr/><w:tblGrid/>{''.join(rows)}</w:tbl>"
