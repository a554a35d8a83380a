"""The council's papers as PDF: the ballot and the two minutes drawn page by page from the same
content as the .docx (core/documents/council_papers), in the shipped Times-style serif, with
the decision pack's pieces (page flow, signature blocks)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QPageSize

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.council_papers import (
    HEADER_SIZE,
    MOTTO_SIZE,
    PaperContent,
    Table,
    Text,
)
from kienan_awards.printing.decision_pdf import (
    RULE_GAP_PT,
    SIGNATURE_SPACE_MM,
    flow_paragraph,
    lines_in_html,
)
from kienan_awards.printing.page_flow import PageFlow, unbroken_html
from kienan_awards.printing.pdf_pages import pdf_pages

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A5": QPageSize.PageSizeId.A5}


def _header(flow: PageFlow, content: PaperContent) -> None:
    left_mm, right_mm, overhang_mm = content.header_widths_mm
    x = -flow.mm(overhang_mm)
    left_width, right_width = flow.mm(left_mm), flow.mm(right_mm)
    left = flow.document(
        lines_in_html([(line, False, False, HEADER_SIZE) for line in content.parent_lines])
        + lines_in_html([(line, True, False, HEADER_SIZE) for line in content.council_lines]),
        left_width,
    )
    right = flow.document(
        lines_in_html(
            [(words.NATION, True, False, HEADER_SIZE), (words.MOTTO, True, False, MOTTO_SIZE)]
        ),
        right_width,
    )
    top = flow.y
    flow.draw(left, x, top)
    flow.draw(right, x + left_width, top)
    gap = flow.points(RULE_GAP_PT)
    widest = max(flow.text_width(line, HEADER_SIZE, bold=True) for line in content.council_lines)
    flow.rule(x + left_width / 2, widest * 0.45, top + left.size().height() + gap)
    flow.rule(
        x + left_width + right_width / 2,
        flow.text_width(words.MOTTO, MOTTO_SIZE, bold=True),
        top + right.size().height() + gap,
    )
    flow.y = top + max(left.size().height(), right.size().height())
    if content.number_line is None:
        return
    flow.y += flow.mm(3)
    number = flow.document(
        lines_in_html([(content.number_line, False, False, HEADER_SIZE)]), left_width
    )
    place = flow.document(
        lines_in_html([(content.place_date or "", False, True, HEADER_SIZE)]), right_width
    )
    flow.draw(number, x, flow.y)
    flow.draw(place, x + left_width, flow.y)
    flow.y += max(number.size().height(), place.size().height())


def _sized(html: str, size: float) -> str:
    return f'<span style="font-size: {size}pt">{html}</span>'


def _title(flow: PageFlow, content: PaperContent) -> None:
    """The heading, the subject lines with the rule under them, then the notes in brackets."""
    size = content.paper.body_size
    portrait = content.paper.height_mm > content.paper.width_mm
    flow_paragraph(
        flow,
        _sized(f"<b>{escape(content.heading)}</b>", size + 1),
        align="center",
        indent=False,
        before_pt=14 if portrait else 6,
        after_pt=0,
    )
    subjects = [line for line in content.subtitles if not line.startswith("(")]
    for line in subjects:
        html = _sized(f"<b>{escape(line)}</b>", size)
        flow_paragraph(flow, html, align="center", indent=False, after_pt=0)
    line = max(flow.text_width(x, size, bold=True) for x in subjects or [content.heading])
    flow.rule(flow.width / 2, min(line, flow.width) / 3, flow.y + flow.points(RULE_GAP_PT))
    flow.y += flow.points(4 + RULE_GAP_PT)
    for note in (line for line in content.subtitles if line.startswith("(")):
        html = _sized(f"<i>{escape(note)}</i>", size)
        flow_paragraph(flow, html, align="center", indent=False, after_pt=0)
    flow.y += flow.points(8)


def _text(flow: PageFlow, block: Text, size: float, keep_with: float = 0.0) -> None:
    html = unbroken_html(block.text)
    html = f"<b>{html}</b>" if block.bold else html
    html = f"<i>{html}</i>" if block.italic else html
    if block.lead:
        html = f"<b>{escape(block.lead)}</b> {html}"
    flow_paragraph(
        flow,
        _sized(html, size),
        align=block.align,
        indent=block.indent,
        before_pt=block.before_pt,
        after_pt=block.after_pt,
        keep_with=keep_with,
    )


def _signature_row(flow: PageFlow, signers, width: float):
    """The titles (a line each of a title's lines) and names of a row of signers laid out, the
    names' offset and the row's height."""
    titles = [
        flow.document(lines_in_html([(t, True, False, 14) for t in s.title.split("\n")]), width)
        for s in signers
    ]
    names = [flow.document(lines_in_html([(s.name, True, False, 14)]), width) for s in signers]
    names_at = max(title.size().height() for title in titles) + flow.mm(SIGNATURE_SPACE_MM)
    return titles, names, names_at, names_at + max(name.size().height() for name in names)


def _first_signatures_height(flow: PageFlow, content: PaperContent) -> float:
    """What the text's last paragraph keeps on its page: signatures never stand alone."""
    if not content.signature_rows:
        return 0.0
    signers = content.signature_rows[0]
    count = max(len(signers), 2)
    return _signature_row(flow, signers, flow.width / count)[3] + flow.points(6)


def _signatures(flow: PageFlow, content: PaperContent) -> None:
    """Each row of signers across the text, a lone one on the right: the titles, room to
    sign, then the names on one line however many lines a title takes."""
    for at, signers in enumerate(content.signature_rows):
        flow.y += flow.points(6 if at == 0 else 12)
        count = max(len(signers), 2)
        width = flow.width / count
        titles, names, names_at, height = _signature_row(flow, signers, width)
        flow.room_for(height)
        for index, title, name in zip(
            range(count - len(signers), count), titles, names, strict=True
        ):
            flow.draw(title, index * width, flow.y)
            flow.draw(name, index * width, flow.y + names_at)
        flow.y += height


def _copies(flow: PageFlow, content: PaperContent) -> None:
    if not content.copies:
        return
    flow.y += flow.points(12)
    copies = flow.document(
        lines_in_html([(words.COPIES_TO, True, True, 12)], "left")
        + lines_in_html([(line, False, False, 11) for line in content.copies], "left"),
        flow.width,
    )
    flow.room_for(copies.size().height())
    flow.draw(copies, 0, flow.y)
    flow.y += copies.size().height()


def write_council_pdf(content: PaperContent, path: Path | str) -> Path:
    """The paper as PDF; a running Qt application is needed (printing.offscreen_application
    gives one to the command line)."""
    paper = content.paper
    landscape = paper.width_mm > paper.height_mm
    with pdf_pages(
        path, paper.margins_mm, content.author, content.title, PAGE_SIZES[paper.name], landscape
    ) as flow:
        _header(flow, content)
        _title(flow, content)
        last = len(content.blocks) - 1
        for index, block in enumerate(content.blocks):
            if isinstance(block, Table):
                flow.table(block.columns, block.rows, paper.table_size, block.min_row_mm)
            else:
                keep = _first_signatures_height(flow, content) if index == last else 0.0
                _text(flow, block, paper.body_size, keep)
        _signatures(flow, content)
        _copies(flow, content)
    return Path(path)
