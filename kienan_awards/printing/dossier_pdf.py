"""The dossier's papers as PDF, to send: the submission with its list of candidates and each
achievement report, drawn page by page from the same content as the .docx
(core/documents/dossier_papers) on A4 with the Decree 30/2020 margins, in the shipped
Times-style serif, with the decision pack's pieces (page flow, signature blocks, tables)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.dossier_papers import DossierPaper, Grid, Para, Signer
from kienan_awards.core.documents.table_columns import TABLE_POINT_SIZE
from kienan_awards.printing.decision_pdf import (
    HEADER_SIZE,
    HEADER_SPLIT,
    MARGINS_MM,
    RULE_GAP_PT,
    _SignedBlock,
    flow_attachment,
    flow_columns,
    flow_paragraph,
    lines_in_html,
)
from kienan_awards.printing.page_flow import PageFlow, unbroken_html
from kienan_awards.printing.pdf_pages import pdf_pages

# A heading never ends a page: lines of what it heads go with it (a table's header row and
# first row; under a heading that heads another, those of the other too).
HEADING_KEEPS_LINES = 5
HEADINGS_KEEP_LINES = 8


def _header(flow: PageFlow, paper: DossierPaper) -> None:
    left_width = flow.width * HEADER_SPLIT
    top = flow.y
    heights = flow_columns(
        flow,
        lines_in_html([(line, bold, False, HEADER_SIZE) for line, bold in paper.heading_left]),
        lines_in_html([(words.NATION, True, False, HEADER_SIZE), (words.MOTTO, True, False, 14)]),
    )
    gap = flow.points(RULE_GAP_PT)
    if paper.heading_left:
        widest = max(
            flow.text_width(line, HEADER_SIZE, bold=True) for line, _ in paper.heading_left
        )
        flow.rule(left_width / 2, widest * 0.45, top + heights[0] + gap)
    flow.rule(
        left_width + (flow.width - left_width) / 2,
        flow.text_width(words.MOTTO, 14, bold=True),
        top + heights[1] + gap,
    )
    flow.y = top + max(heights) + flow.mm(3)
    heights = flow_columns(
        flow,
        lines_in_html([(paper.number_line or "", False, False, HEADER_SIZE)]),
        lines_in_html([(paper.place_date, False, True, HEADER_SIZE)]),
    )
    flow.y += max(heights)


def _title(flow: PageFlow, paper: DossierPaper) -> None:
    flow_paragraph(
        flow,
        f"<b>{escape(paper.heading)}</b>",
        align="center",
        indent=False,
        before_pt=18,
        after_pt=0,
    )
    for line in paper.subtitles:
        flow_paragraph(flow, f"<b>{escape(line)}</b>", align="center", indent=False, after_pt=0)
    widest = max(flow.text_width(x, 14, bold=True) for x in [paper.heading, *paper.subtitles])
    flow.rule(flow.width / 2, min(widest, flow.width) / 3, flow.y + flow.points(RULE_GAP_PT + 1))
    flow.y += flow.points(8)
    for at, line in enumerate(paper.addressee_lines):
        flow_paragraph(
            flow,
            escape(line),
            align="center",
            indent=False,
            before_pt=6 if at == 0 else 0,
            after_pt=0,
        )
    if paper.addressee_lines:
        flow.y += flow.points(8)


def _para(flow: PageFlow, block: Para, keep_lines: int = 0) -> None:
    html = unbroken_html(block.text)
    html = f"<b>{html}</b>" if block.bold else html
    html = f"<i>{html}</i>" if block.italic else html
    flow_paragraph(
        flow,
        html,
        align=block.align,
        indent=block.indent,
        before_pt=block.before_pt,
        after_pt=block.after_pt,
        keep_with=flow.points(14 * 1.2 * keep_lines),
    )


def _signed(flow: PageFlow, signer: Signer, width: float) -> _SignedBlock:
    lines = [(line, True, False, 14) for line in signer.titles]
    lines += [(signer.hint, False, True, 13)] if signer.hint else []
    return _SignedBlock(flow, lines_in_html(lines), signer.name, width)


def _signatures(flow: PageFlow, paper: DossierPaper) -> None:
    """Each row of signers on one page; a lone signer on the right, "Nơi nhận:" beside him."""
    for at, signers in enumerate(paper.signature_rows):
        flow.y += flow.points(6)
        if len(signers) == 1:
            left = flow.width * HEADER_SPLIT
            blocks = [(left, _signed(flow, signers[0], flow.width - left))]
        else:
            width = flow.width / len(signers)
            blocks = [(i * width, _signed(flow, s, width)) for i, s in enumerate(signers)]
        copies = None
        if at == 0 and paper.copies and len(signers) == 1:
            copies = flow.document(
                lines_in_html([(words.COPIES_TO, True, True, 12)], "left")
                + lines_in_html([(line, False, False, 11) for line in paper.copies], "left"),
                flow.width * HEADER_SPLIT,
            )
        height = max(block.height for _, block in blocks)
        height = max(height, copies.size().height() if copies else 0.0)
        flow.room_for(height)
        if copies is not None:
            flow.draw(copies, 0, flow.y)
        for x, block in blocks:
            block.draw(x, flow.y)
        flow.y += height


def _draw(flow: PageFlow, paper: DossierPaper) -> None:
    _header(flow, paper)
    _title(flow, paper)
    for at, block in enumerate(paper.blocks):
        if isinstance(block, Grid):
            flow.table(block.columns, block.rows, TABLE_POINT_SIZE)
            flow.y += flow.points(4)
            continue
        following = paper.blocks[at + 1] if at + 1 < len(paper.blocks) else None
        keep = 0
        if block.bold and following is not None:
            heads_heading = isinstance(following, Para) and following.bold
            keep = HEADINGS_KEEP_LINES if heads_heading else HEADING_KEEPS_LINES
        _para(flow, block, keep)
    _signatures(flow, paper)
    if paper.attachment is not None:
        flow_attachment(flow, paper.attachment)


def write_dossier_pdf(paper: DossierPaper, path: Path | str) -> Path:
    """Draw the paper into a PDF at path. A running Qt application is needed
    (printing.offscreen_application gives one to the command line)."""
    with pdf_pages(path, MARGINS_MM, paper.author, paper.title) as flow:
        _draw(flow, paper)
    return Path(path)
