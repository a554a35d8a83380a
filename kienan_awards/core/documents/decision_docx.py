"""The decision pack as a Word document (python-docx): the decision on A4 in the Decree 30/2020
layout, then the list of recipients, the receipt sheet and the bonus sheet, each from a new
page ("page break before" on its title, never an empty paragraph holding a break). Placed as
the PDF places it: the header split 42/58, "Nơi nhận:" flush left under the text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.decision_attachments import Attachment
from kienan_awards.core.documents.decision_document import DecisionContent
from kienan_awards.core.documents.docx_styles import (
    number_pages_from_the_second,
    save_document,
    set_properties,
    set_up_page,
    set_up_styles,
)
from kienan_awards.core.documents.docx_tables import (
    add_unbroken_run,
    fix_widths,
    grid_table,
    keep_row_whole,
    write_cell,
)
from kienan_awards.core.documents.table_columns import TABLE_POINT_SIZE, TEXT_WIDTH_MM
from kienan_awards.core.documents.text_width import approximate_width_mm

HEADER_SPLIT = 0.42  # the authority's side of the header and of the signature block
HEADER_SIZE = 13
FIRST_LINE_INDENT_MM = 12.7
RULE_GAP_PT = 3  # between a line and the rule under it
SIGNATURE_SPACE_PT = 80  # about 28 mm for the signature and the seal
CENTER, JUSTIFY, LEFT = (
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.JUSTIFY,
    WD_ALIGN_PARAGRAPH.LEFT,
)


def write_paragraph(
    container,
    text="",
    *,
    bold=False,
    italic=False,
    size=14,
    align=JUSTIFY,
    indent=False,
    before=0,
    after=6,
    unbroken=False,
):
    """A paragraph of the text; unbroken: its lines break only between the text's pieces."""
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.paragraph_format.space_after = Pt(after)
    if indent:
        paragraph.paragraph_format.first_line_indent = Mm(FIRST_LINE_INDENT_MM)
    if text:
        run = add_unbroken_run(paragraph, text) if unbroken else paragraph.add_run(text)
        run.bold, run.italic, run.font.size = bold, italic, Pt(size)
    return paragraph


def _next_paragraph(cell):
    """The cell's first paragraph while it is empty (python-docx gives every cell one), then
    a new one."""
    first = cell.paragraphs[0]
    return first if len(cell.paragraphs) == 1 and not first.runs else cell.add_paragraph()


def write_lines(cell, lines: list[tuple[str, bool, bool, float]], align=CENTER) -> None:
    for text, bold, italic, size in lines:
        paragraph = _next_paragraph(cell)
        paragraph.alignment = align
        run = paragraph.add_run(text)
        run.bold, run.italic, run.font.size = bold, italic, Pt(size)


def write_rule(cell, cell_mm: float, rule_mm: float) -> None:
    """A short line centred in the cell: an empty paragraph of 2 pt with a top border,
    indented so the border is rule_mm long."""
    paragraph = cell.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(RULE_GAP_PT)
    indent = max(0.0, (cell_mm - rule_mm) / 2)
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = Mm(indent)
    top_border(paragraph)
    paragraph.add_run().font.size = Pt(2)


def two_column_table(document, split: float = HEADER_SPLIT, rows: int = 1):
    table = document.add_table(rows=rows, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [TEXT_WIDTH_MM * split, TEXT_WIDTH_MM * (1 - split)]
    fix_widths(table, widths, padding_mm=0)
    return table, widths


def _header(document, content: DecisionContent) -> None:
    """The authority and the motto, each with its rule; then "Số:" and the place and date in
    a row of their own, so both stand on one baseline."""
    table, (left, right) = two_column_table(document, rows=2)
    body = content.body_lines
    write_lines(table.cell(0, 0), [(line, True, False, HEADER_SIZE) for line in body])
    widest = max(approximate_width_mm(line, HEADER_SIZE, bold=True) for line in body)
    write_rule(table.cell(0, 0), left, widest * 0.45)
    write_lines(
        table.cell(0, 1), [(words.NATION, True, False, HEADER_SIZE), (words.MOTTO, True, False, 14)]
    )
    write_rule(table.cell(0, 1), right, approximate_width_mm(words.MOTTO, 14, bold=True))
    write_lines(table.cell(1, 0), [(content.number_line, False, False, HEADER_SIZE)])
    write_lines(table.cell(1, 1), [(content.place_date, False, True, HEADER_SIZE)])
    for cell in (table.cell(1, 0), table.cell(1, 1)):
        cell.paragraphs[0].paragraph_format.space_before = Pt(6)


def _title(document, content: DecisionContent) -> None:
    write_paragraph(document, words.DECISION_HEADING, bold=True, align=CENTER, before=18, after=0)
    title = write_paragraph(document, content.title, bold=True, align=CENTER, after=0)
    title.paragraph_format.keep_with_next = True
    line = min(approximate_width_mm(content.title, 14, bold=True), TEXT_WIDTH_MM)
    rule = write_paragraph(document, align=CENTER, before=RULE_GAP_PT, after=6)
    rule.paragraph_format.left_indent = rule.paragraph_format.right_indent = Mm(
        (TEXT_WIDTH_MM - line / 3) / 2
    )
    top_border(rule)
    rule.add_run().font.size = Pt(2)
    write_paragraph(document, content.issuer_title, bold=True, align=CENTER, before=6)


def top_border(paragraph) -> None:
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for name, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        top.set(qn(f"w:{name}"), value)
    borders.append(top)
    paragraph._p.get_or_add_pPr().append(borders)


def _body(document, content: DecisionContent) -> None:
    for basis in content.legal_bases:
        write_paragraph(document, basis, italic=True, indent=True, unbroken=True)
    write_paragraph(document, content.proposer_line, italic=True, indent=True, unbroken=True)
    write_paragraph(document, words.DECIDES, bold=True, align=CENTER, before=6)
    for article in content.articles:
        paragraph = write_paragraph(document, indent=True)
        label = paragraph.add_run(f"{article.label} ")
        label.bold, label.font.size = True, Pt(14)
        add_unbroken_run(paragraph, article.text).font.size = Pt(14)
        for clause in article.clauses:
            write_paragraph(document, clause, indent=True, unbroken=True)


def _signature(document, content: DecisionContent) -> None:
    """ "Nơi nhận:" flush left, 12 pt bold italic, its lines 11 pt; the signer centred on the
    right, the capacity (KT., TM.) over the title when there is one."""
    table, _ = two_column_table(document)
    copies = table.cell(0, 0)
    write_lines(copies, [(words.COPIES_TO, True, True, 12)], align=LEFT)
    write_lines(copies, [(line, False, False, 11) for line in words.COPIES], align=LEFT)
    signer = table.cell(0, 1)
    write_lines(signer, [(line, True, False, 14) for line in content.signature_lines])
    name = signer.add_paragraph()
    name.alignment = CENTER
    name.paragraph_format.space_before = Pt(SIGNATURE_SPACE_PT)
    run = name.add_run(content.signer_name)
    run.bold, run.font.size = True, Pt(14)


def write_attachment(document, attachment: Attachment) -> None:
    title = write_paragraph(document, attachment.title, bold=True, align=CENTER, after=0)
    title.paragraph_format.page_break_before = True
    title.paragraph_format.keep_with_next = True
    note = write_paragraph(
        document, attachment.note, italic=True, size=13, align=CENTER, after=6, unbroken=True
    )
    note.paragraph_format.keep_with_next = True
    table = grid_table(
        document,
        attachment.columns,
        attachment.rows,
        TABLE_POINT_SIZE,
        attachment.min_row_height_mm,
    )
    # The last row, the total in words and the signatures keep together (Word keeps a row
    # with what follows; LibreOffice at least never splits the signatures).
    if attachment.closing or attachment.signatures:
        for cell in table.rows[-1].cells:
            cell.paragraphs[0].paragraph_format.keep_with_next = True
    for line in attachment.closing:
        closing = write_paragraph(
            document, line, italic=True, size=13, before=6, indent=True, unbroken=True
        )
        closing.paragraph_format.keep_with_next = bool(attachment.signatures)
    if attachment.signatures:
        _signature_blocks(document, attachment)


def _signature_blocks(document, attachment: Attachment) -> None:
    count = len(attachment.signatures)
    table = document.add_table(rows=1, cols=count)
    fix_widths(table, [TEXT_WIDTH_MM / count] * count, padding_mm=0)
    keep_row_whole(table.rows[0])
    for cell, block in zip(table.rows[0].cells, attachment.signatures, strict=True):
        write_cell(cell, block.title, 13, bold=True, align="center")
        write_lines(cell, [(block.hint, False, True, 12)])
    for cell, block in zip(table.rows[0].cells, attachment.signatures, strict=True):
        name = cell.add_paragraph()
        name.alignment = CENTER
        name.paragraph_format.space_before = Pt(SIGNATURE_SPACE_PT)
        name.add_run(block.name).bold = True


def closing_paragraph(document) -> None:
    """A body ends with a paragraph (Word adds one after a closing table): exactly 1 pt high,
    its mark too, so it never spills onto a page of its own."""
    paragraph = write_paragraph(document, after=0)
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.paragraph_format.line_spacing = Pt(1)
    mark = paragraph._p.get_or_add_pPr()
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "2")
    properties = OxmlElement("w:rPr")
    properties.append(size)
    mark.append(properties)


def write_decision_docx(content: DecisionContent, path: Path | str) -> Path:
    path = Path(path)
    document = Document()
    set_up_styles(document)
    set_up_page(document)
    number_pages_from_the_second(document)
    set_properties(
        document,
        author=content.office_name or content.body_name,
        title=words.DECISION_OF.format(number=content.number, date="").strip(),
        subject=content.title,
        now=dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None),
    )
    _header(document, content)
    _title(document, content)
    _body(document, content)
    _signature(document, content)
    for attachment in content.attachments:
        write_attachment(document, attachment)
    closing_paragraph(document)
    return save_document(document, path)
