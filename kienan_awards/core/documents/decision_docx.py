"""The decision pack as a Word document (python-docx): the decision on A4 in the Decree
30/2020 layout (Times-style serif 13-14 pt; margins 20 mm top and bottom, 30 mm left, 15 mm
right), then the list of recipients, the receipt sheet and the bonus sheet, each on its own
page."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.decision_document import Attachment, DecisionContent
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import output_file

FONT = "Times New Roman"


def _paragraph(
    document,
    text: str,
    *,
    bold=False,
    italic=False,
    size=14,
    align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    space_after=3,
):
    paragraph = document.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(space_after)
    run = paragraph.add_run(text)
    run.bold, run.italic, run.font.size, run.font.name = bold, italic, Pt(size), FONT
    return paragraph


def _cell_text(cell, lines: list[tuple[str, bool, bool]], size=13) -> None:
    cell.paragraphs[0].text = ""
    for index, (text, bold, italic) in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text)
        run.bold, run.italic, run.font.size, run.font.name = bold, italic, Pt(size), FONT


def _header(document, content: DecisionContent) -> None:
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _cell_text(
        table.cell(0, 0), [(content.body_name, True, False), (content.number_line, False, False)]
    )
    _cell_text(
        table.cell(0, 1),
        [
            (words.NATION, True, False),
            (words.MOTTO, True, False),
            (content.place_date, False, True),
        ],
    )


def _signature(document, content: DecisionContent) -> None:
    table = document.add_table(rows=1, cols=2)
    _cell_text(
        table.cell(0, 0),
        [(words.COPIES_TO, True, True), *((line, False, False) for line in words.COPIES)],
        size=12,
    )
    _cell_text(
        table.cell(0, 1),
        [
            (content.signer_title, True, False),
            ("", False, False),
            ("", False, False),
            ("", False, False),
            (content.signer_name, True, False),
        ],
    )


def _table(document, headers: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        _cell_text(cell, [(header, True, False)], size=12)
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.paragraphs[0].text = ""
            run = cell.paragraphs[0].add_run(value)
            run.font.size, run.font.name = Pt(12), FONT


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _attachment(document, content: DecisionContent, attachment: Attachment) -> None:
    center = WD_ALIGN_PARAGRAPH.CENTER
    _page_break(document)
    _paragraph(document, attachment.title, bold=True, align=center, space_after=0)
    _paragraph(document, content.recipients_note, italic=True, align=center)
    _table(document, attachment.headers, attachment.rows)


def write_decision_docx(content: DecisionContent, path: Path | str) -> Path:
    path = Path(path)
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    center = WD_ALIGN_PARAGRAPH.CENTER

    _header(document, content)
    _paragraph(document, words.DECISION_HEADING, bold=True, align=center, space_after=0)
    _paragraph(document, content.title, bold=True, align=center)
    _paragraph(document, content.issuer_title, bold=True, align=center)
    for basis in content.legal_bases:
        _paragraph(document, basis, italic=True)
    _paragraph(document, content.proposer_line, italic=True)
    _paragraph(document, words.DECIDES, bold=True, align=center)
    for article in content.articles:
        _paragraph(document, article)
    _signature(document, content)
    for attachment in content.attachments:
        _attachment(document, content, attachment)
    # Through a draft renamed over the target, like the PDFs: a link at the name is replaced,
    # never written through, and a failed save leaves the old file as it was.
    with output_file(path) as draft:
        try:
            document.save(str(draft))
        except OSError as error:
            raise KienanError(
                Message("cannot write {path}: {reason}", path=path, reason=error.strerror or error)
            ) from error
    return path
