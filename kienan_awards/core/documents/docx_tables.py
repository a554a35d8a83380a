"""Tables in a .docx as Word and LibreOffice print them: fixed column widths, the header row
repeated on every page, no row split across pages, a row as high as a signature needs; text
that breaks only between the pieces of line_breaks, as the PDF's does."""

from __future__ import annotations

import re

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from kienan_awards.core.documents.decision_attachments import Row
from kienan_awards.core.documents.line_breaks import joined
from kienan_awards.core.documents.table_columns import (
    CELL_PADDING_MM,
    CELL_PADDING_V_MM,
    Column,
    cell_room_mm,
)

ALIGNMENTS = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
}
# The order WordprocessingML gives the children of a table's and a row's properties.
TABLE_PROPERTIES = (
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
)
_ROW_PROPERTIES = (
    "w:cnfStyle",
    "w:divId",
    "w:gridBefore",
    "w:gridAfter",
    "w:wBefore",
    "w:wAfter",
    "w:cantSplit",
    "w:trHeight",
    "w:tblHeader",
    "w:tblCellSpacing",
    "w:jc",
    "w:hidden",
)


def put_in_order(parent, tag: str, order: tuple[str, ...]):
    """parent's child tag (made if missing), placed where the schema wants it."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    found = OxmlElement(tag)
    later = order[order.index(tag) + 1 :]
    for sibling in parent:
        if sibling.tag in {qn(name) for name in later}:
            sibling.addprevious(found)
            return found
    parent.append(found)
    return found


def fix_widths(
    table,
    widths_mm: list[float],
    padding_mm: float = CELL_PADDING_MM / 2,
    padding_v_mm: float = 0.0,
) -> None:
    """Fixed layout at these widths, the table's width their sum, padding left and right
    (and above and below)."""
    table.autofit = False
    properties = table._tbl.tblPr
    width = put_in_order(properties, "w:tblW", TABLE_PROPERTIES)
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(Mm(sum(widths_mm)).twips))
    margins = put_in_order(properties, "w:tblCellMar", TABLE_PROPERTIES)
    for side in ("top", "left", "bottom", "right"):  # the schema's order
        margin = margins.find(qn(f"w:{side}"))
        margin = OxmlElement(f"w:{side}") if margin is None else margin
        padding = padding_v_mm if side in ("top", "bottom") else padding_mm
        margin.set(qn("w:w"), str(Mm(padding).twips))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    for column, width_mm in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width_mm)
    for tr in table._tbl.tr_lst:
        at = 0
        for tc in tr.tc_lst:  # a merged cell spans several columns, and is as wide
            tc.width = Mm(sum(widths_mm[at : at + tc.grid_span]))
            at += tc.grid_span


def keep_row_whole(row, repeat_on_each_page: bool = False) -> None:
    properties = row._tr.get_or_add_trPr()
    put_in_order(properties, "w:cantSplit", _ROW_PROPERTIES)
    if repeat_on_each_page:
        put_in_order(properties, "w:tblHeader", _ROW_PROPERTIES)


_HYPHEN_IN_A_WORD = re.compile(r"(?<=\S)-(?=\S)")


def add_unbroken_run(
    paragraph, text: str, within_mm: float | None = None, size: float = 14, bold: bool = False
):
    """A run of the text that breaks only between its pieces: their spaces non-breaking, a
    hyphen inside a word ("QĐ-UBND") Word's non-breaking hyphen (read back as "-"). A piece
    wider than within_mm (a cell's room, at that size) may break between its words."""
    run = paragraph.add_run()
    for index, part in enumerate(_HYPHEN_IN_A_WORD.split(joined(text, within_mm, size, bold))):
        if index:
            run._r.append(OxmlElement("w:noBreakHyphen"))
        if part:
            run.add_text(part)
    return run


def write_cell(
    cell, text: str, size: float, *, bold=False, italic=False, align="left", width_mm=None
) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = ALIGNMENTS[align]
    room = None if width_mm is None else cell_room_mm(width_mm)
    run = add_unbroken_run(paragraph, text, room, size, bold)
    run.bold, run.italic, run.font.size = bold, italic, Pt(size)


def grid_table(
    document,
    columns: tuple[Column, ...],
    rows: tuple[Row, ...],
    size: float,
    min_row_mm: float = 0.0,
):
    """The header row (bold, centred, on every page), then each row kept whole: a section row
    one bold cell across the table, the total row bold."""
    table = document.add_table(rows=1, cols=len(columns))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    keep_row_whole(header, repeat_on_each_page=True)
    for cell, column in zip(header.cells, columns, strict=True):
        write_cell(cell, column.header, size, bold=True, align="center", width_mm=column.width_mm)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for row in rows:
        added = table.add_row()
        if min_row_mm and row.kind == "line":
            added.height, added.height_rule = Mm(min_row_mm), WD_ROW_HEIGHT_RULE.AT_LEAST
        keep_row_whole(added)
        cells = added.cells
        if row.kind == "section":
            merged = cells[0].merge(cells[-1])
            write_cell(merged, row.cells[0], size, bold=True)
            merged.paragraphs[0].paragraph_format.keep_with_next = True  # not alone at a foot
            continue
        for cell, column, text in zip(cells, columns, row.cells, strict=True):
            write_cell(
                cell,
                text,
                size,
                bold=row.kind == "total",
                align=column.align,
                width_mm=column.width_mm,
            )
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    fix_widths(table, [column.width_mm for column in columns], padding_v_mm=CELL_PADDING_V_MM)
    return table
