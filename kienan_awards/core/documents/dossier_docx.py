"""The dossier's papers as Word documents (python-docx), for the office to edit before sending:
the submission with the list of candidates from a new page, and each achievement report, on
A4 in the Decree 30/2020 layout with the decision pack's styles (docx_styles) and pieces
(decision_docx): Times New Roman in Vietnamese, page numbers from page 2. Placed as the PDF
places them (printing/dossier_pdf)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.shared import Mm, Pt

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.decision_docx import (
    CENTER,
    HEADER_SIZE,
    JUSTIFY,
    LEFT,
    SIGNATURE_SPACE_PT,
    closing_paragraph,
    top_border,
    two_column_table,
    write_attachment,
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
    fix_widths,
    grid_table,
    keep_row_whole,
)
from kienan_awards.core.documents.dossier_papers import DossierPaper, Grid, Para, Signer
from kienan_awards.core.documents.table_columns import TABLE_POINT_SIZE, TEXT_WIDTH_MM
from kienan_awards.core.documents.text_width import approximate_width_mm

RULE_GAP_PT = 3
COPIES_SPLIT = 0.42  # "Nơi nhận:" on the left, the signer on the right, as on a decision


def _header(document, paper: DossierPaper) -> None:
    """The body beside the national name and motto, each with its rule; then "Số:" and the
    place and date in a row of their own."""
    table, (left, right) = two_column_table(document, rows=2)
    if paper.heading_left:
        write_lines(
            table.cell(0, 0),
            [(line, bold, False, HEADER_SIZE) for line, bold in paper.heading_left],
        )
        widest = max(
            approximate_width_mm(line, HEADER_SIZE, bold=True) for line, _ in paper.heading_left
        )
        write_rule(table.cell(0, 0), left, widest * 0.45)
    write_lines(
        table.cell(0, 1), [(words.NATION, True, False, HEADER_SIZE), (words.MOTTO, True, False, 14)]
    )
    write_rule(table.cell(0, 1), right, approximate_width_mm(words.MOTTO, 14, bold=True))
    if paper.number_line:
        write_lines(table.cell(1, 0), [(paper.number_line, False, False, HEADER_SIZE)])
    write_lines(table.cell(1, 1), [(paper.place_date, False, True, HEADER_SIZE)])
    for cell in (table.cell(1, 0), table.cell(1, 1)):
        cell.paragraphs[0].paragraph_format.space_before = Pt(6)


def _title(document, paper: DossierPaper) -> None:
    heading = write_paragraph(document, paper.heading, bold=True, align=CENTER, before=18, after=0)
    heading.paragraph_format.keep_with_next = True
    for line in paper.subtitles:
        write_paragraph(
            document, line, bold=True, align=CENTER, after=0
        ).paragraph_format.keep_with_next = True
    widest = max(approximate_width_mm(x, 14, bold=True) for x in [paper.heading, *paper.subtitles])
    line = min(widest, TEXT_WIDTH_MM)
    rule = write_paragraph(document, align=CENTER, before=RULE_GAP_PT, after=6)
    indent = Mm((TEXT_WIDTH_MM - line / 3) / 2)
    rule.paragraph_format.left_indent = rule.paragraph_format.right_indent = indent
    top_border(rule)
    rule.add_run().font.size = Pt(2)
    for at, line_text in enumerate(paper.addressee_lines):
        # "Kính gửi:" centred; the body it goes through in brackets under it.
        write_paragraph(document, line_text, align=CENTER, before=6 if at == 0 else 0, after=0)
    if paper.addressee_lines:
        write_paragraph(document, after=6).add_run().font.size = Pt(4)


def _para(document, block: Para) -> None:
    paragraph = write_paragraph(
        document,
        block.text,
        bold=block.bold,
        italic=block.italic,
        align=JUSTIFY if block.align == "justify" else ALIGNMENTS[block.align],
        indent=block.indent,
        before=block.before_pt,
        after=block.after_pt,
    )
    paragraph.paragraph_format.keep_with_next = block.bold  # a heading never ends a page


def _grid(document, block: Grid) -> None:
    grid_table(document, block.columns, block.rows, TABLE_POINT_SIZE)
    write_paragraph(document, after=0).add_run().font.size = Pt(4)  # the next heading stands clear


def _signer(cell, signer: Signer) -> None:
    write_lines(cell, [(line, True, False, 14) for line in signer.titles])
    if signer.hint:
        write_lines(cell, [(signer.hint, False, True, 13)])
    name = cell.add_paragraph()
    name.alignment = CENTER
    name.paragraph_format.space_before = Pt(SIGNATURE_SPACE_PT)
    run = name.add_run(signer.name)
    run.bold, run.font.size = True, Pt(14)


def _signatures(document, paper: DossierPaper) -> None:
    """Each row of signers across the text, never split over two pages; a lone signer on the
    right, "Nơi nhận:" beside him when the paper has one."""
    for at, signers in enumerate(paper.signature_rows):
        spacer = write_paragraph(document, after=0, before=6)
        spacer.paragraph_format.keep_with_next = True
        if len(signers) == 1:
            table, _ = two_column_table(document, COPIES_SPLIT)
            cells = [table.cell(0, 1)]
            if at == 0 and paper.copies:
                copies = table.cell(0, 0)
                write_lines(copies, [(words.COPIES_TO, True, True, 12)], align=LEFT)
                write_lines(copies, [(line, False, False, 11) for line in paper.copies], align=LEFT)
        else:
            table = document.add_table(rows=1, cols=len(signers))
            fix_widths(table, [TEXT_WIDTH_MM / len(signers)] * len(signers), padding_mm=0)
            cells = table.rows[0].cells
        keep_row_whole(table.rows[0])
        for cell, signer in zip(cells, signers, strict=True):
            _signer(cell, signer)


def write_dossier_docx(paper: DossierPaper, path: Path | str) -> Path:
    path = Path(path)
    document = Document()
    set_up_styles(document)
    set_up_page(document)
    number_pages_from_the_second(document)
    set_properties(
        document,
        author=paper.author,
        title=paper.heading,
        subject=" ".join(paper.subtitles),
        now=dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None),
    )
    _header(document, paper)
    _title(document, paper)
    for block in paper.blocks:
        if isinstance(block, Grid):
            _grid(document, block)
        else:
            _para(document, block)
    if paper.signature_rows:  # the last paragraph goes with the signatures
        document.paragraphs[-1].paragraph_format.keep_with_next = True
    _signatures(document, paper)
    if paper.attachment is not None:
        write_attachment(document, paper.attachment)
    closing_paragraph(document)
    return save_document(document, path)
