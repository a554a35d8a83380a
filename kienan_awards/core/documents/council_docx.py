"""The council's papers as Word documents (python-docx): the ballot on A5 (landscape, half an
A4 sheet) or A4, the minutes of the meeting and of the count on A4, each in the Decree 30/2020
layout with the styles of the decision pack (docx_styles): Times New Roman in Vietnamese, page
numbers from page 2. Placed as the PDF places them (printing/council_pdf)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.council_papers import (
    HEADER_SIZE,
    MOTTO_SIZE,
    PaperContent,
    Table,
    Text,
)
from kienan_awards.core.documents.decision_docx import (
    CENTER,
    JUSTIFY,
    LEFT,
    SIGNATURE_SPACE_PT,
    closing_paragraph,
    top_border,
    write_lines,
    write_paragraph,
    write_rule,
)
from kienan_awards.core.documents.docx_styles import (
    number_pages_from_the_second,
    save_document,
    set_properties,
    set_up_page,
    set_up_styles,
)
from kienan_awards.core.documents.docx_tables import (
    ALIGNMENTS,
    TABLE_PROPERTIES,
    fix_widths,
    grid_table,
    keep_row_whole,
    put_in_order,
)
from kienan_awards.core.documents.text_width import approximate_width_mm

RULE_GAP_PT = 3


def _set_up_paper(document, content: PaperContent) -> None:
    set_up_page(document)  # A4 and the Decree's margins, then the paper's own
    paper = content.paper
    section = document.sections[0]
    if paper.width_mm > paper.height_mm:
        section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(paper.width_mm), Mm(paper.height_mm)
    left, top, right, bottom = paper.margins_mm
    section.left_margin, section.top_margin = Mm(left), Mm(top)
    section.right_margin, section.bottom_margin = Mm(right), Mm(bottom)
    distance = Mm(min(10, top / 2))
    section.header_distance = section.footer_distance = distance


def _header(document, content: PaperContent) -> None:
    """The council under the body it advises, beside the national name and motto, each with
    its rule; then "Số:" and the place and date in a row of their own. The header reaches a
    little into the left margin when both sides need it to keep their lines whole."""
    left_mm, right_mm, overhang_mm = content.header_widths_mm
    dated = content.number_line is not None
    table = document.add_table(rows=2 if dated else 1, cols=2)
    fix_widths(table, [left_mm, right_mm], padding_mm=0)
    if overhang_mm:
        indent = put_in_order(table._tbl.tblPr, "w:tblInd", TABLE_PROPERTIES)
        indent.set(qn("w:w"), str(-Mm(overhang_mm).twips))
        indent.set(qn("w:type"), "dxa")
    left, right = table.cell(0, 0), table.cell(0, 1)
    write_lines(left, [(line, False, False, HEADER_SIZE) for line in content.parent_lines])
    write_lines(left, [(line, True, False, HEADER_SIZE) for line in content.council_lines])
    widest = max(approximate_width_mm(x, HEADER_SIZE, bold=True) for x in content.council_lines)
    write_rule(left, left_mm, widest * 0.45)
    write_lines(right, [(words.NATION, True, False, HEADER_SIZE), (words.MOTTO, True, False, 13)])
    write_rule(right, right_mm, approximate_width_mm(words.MOTTO, MOTTO_SIZE, bold=True))
    if dated:
        write_lines(table.cell(1, 0), [(content.number_line, False, False, HEADER_SIZE)])
        write_lines(table.cell(1, 1), [(content.place_date or "", False, True, HEADER_SIZE)])
        for cell in (table.cell(1, 0), table.cell(1, 1)):
            cell.paragraphs[0].paragraph_format.space_before = Pt(6)


def _title(document, content: PaperContent) -> None:
    """The heading, the subject lines with the rule under them, then the notes in brackets."""
    size = content.paper.body_size
    heading = write_paragraph(
        document,
        content.heading,
        bold=True,
        size=size + 1,
        align=CENTER,
        before=14 if content.paper.height_mm > content.paper.width_mm else 6,
        after=0,
    )
    heading.paragraph_format.keep_with_next = True
    subjects = [line for line in content.subtitles if not line.startswith("(")]
    for line in subjects:
        write_paragraph(document, line, bold=True, size=size, align=CENTER, after=0)
    width = content.paper.text_width_mm
    line = min(
        max(approximate_width_mm(x, size, bold=True) for x in subjects or [content.heading]),
        width,
    )
    rule = write_paragraph(document, align=CENTER, before=RULE_GAP_PT, after=4)
    rule.paragraph_format.left_indent = rule.paragraph_format.right_indent = Mm(
        (width - line / 3) / 2
    )
    top_border(rule)
    rule.add_run().font.size = Pt(2)
    for note in (line for line in content.subtitles if line.startswith("(")):
        write_paragraph(document, note, italic=True, size=size, align=CENTER, after=6)


def _text(document, block: Text, size: float) -> None:
    paragraph = write_paragraph(
        document,
        align=JUSTIFY if block.align == "justify" else ALIGNMENTS[block.align],
        indent=block.indent,
        before=block.before_pt,
        after=block.after_pt,
    )
    if block.lead:
        lead = paragraph.add_run(f"{block.lead} ")
        lead.bold, lead.font.size = True, Pt(size)
    run = paragraph.add_run(block.text)
    run.bold, run.italic, run.font.size = block.bold, block.italic, Pt(size)


def _table(document, block: Table, size: float) -> None:
    grid_table(document, block.columns, block.rows, size, block.min_row_mm)


def _signatures(document, content: PaperContent) -> None:
    """Each row of signers across the text: the title, room to sign, the name; a row never
    split over two pages."""
    width = content.paper.text_width_mm
    for at, signers in enumerate(content.signature_rows):
        spacer = write_paragraph(document, after=0, before=6 if at == 0 else 12)
        spacer.paragraph_format.keep_with_next = True
        count = max(len(signers), 2)
        table = document.add_table(rows=1, cols=count)
        fix_widths(table, [width / count] * count, padding_mm=0)
        keep_row_whole(table.rows[0])
        cells = table.rows[0].cells[count - len(signers) :]  # a lone signer on the right
        for cell, signer in zip(cells, signers, strict=True):
            write_lines(cell, [(signer.title, True, False, 14)])
            name = cell.add_paragraph()
            name.alignment = CENTER
            name.paragraph_format.space_before = Pt(SIGNATURE_SPACE_PT)
            run = name.add_run(signer.name)
            run.bold, run.font.size = True, Pt(14)


def _copies(document, content: PaperContent) -> None:
    if not content.copies:
        return
    write_paragraph(
        document, words.COPIES_TO, bold=True, italic=True, size=12, align=LEFT, before=12
    )
    for line in content.copies:
        write_paragraph(document, line, size=11, align=LEFT, after=0)


def write_council_docx(content: PaperContent, path: Path | str) -> Path:
    path = Path(path)
    document = Document()
    set_up_styles(document)
    _set_up_paper(document, content)
    number_pages_from_the_second(document)
    set_properties(
        document,
        author=content.author,
        title=content.heading,
        subject=" ".join(content.subtitles),
        now=dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None),
    )
    _header(document, content)
    _title(document, content)
    size = content.paper.body_size
    for block in content.blocks:
        if isinstance(block, Table):
            _table(document, block, content.paper.table_size)
        else:
            _text(document, block, size)
    if content.signature_rows:  # the last paragraph goes with the signatures
        document.paragraphs[-1].paragraph_format.keep_with_next = True
    _signatures(document, content)
    _copies(document, content)
    closing_paragraph(document)
    return save_document(document, path)
