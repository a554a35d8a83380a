"""The decision pack as PDF: the same content and placement as the .docx (header split 42/58 with
its rules, "Nơi nhận:" flush left under the text), drawn page by page on A4 with the Decree
30/2020 margins in the shipped Times-style serif, embedded in the PDF."""

from __future__ import annotations

from html import escape
from pathlib import Path

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.decision_attachments import Attachment
from kienan_awards.core.documents.decision_document import DecisionContent
from kienan_awards.core.documents.table_columns import TABLE_POINT_SIZE
from kienan_awards.printing.page_flow import PageFlow, unbroken_html
from kienan_awards.printing.pdf_pages import pdf_pages

HEADER_SPLIT = 0.42
HEADER_SIZE = 13
FIRST_LINE_INDENT_MM = 12.7
SIGNATURE_SPACE_MM = 28
MARGINS_MM = (30, 20, 15, 20)  # left, top, right, bottom
RULE_GAP_PT = 4  # between a line and the rule under it


def lines_in_html(lines: list[tuple[str, bool, bool, float]], align: str = "center") -> str:
    parts = []
    for text, bold, italic, size in lines:
        html = escape(text)
        html = f"<b>{html}</b>" if bold else html
        html = f"<i>{html}</i>" if italic else html
        parts.append(
            f'<p align="{align}" style="font-size: {size}pt; margin-top: 0; margin-bottom: 0">'
            f"{html}</p>"
        )
    return "".join(parts)


def flow_columns(flow: PageFlow, left_html: str, right_html: str, split: float = HEADER_SPLIT):
    """Two blocks side by side from the current line; returns their heights."""
    left_width = flow.width * split
    left = flow.document(left_html, left_width)
    right = flow.document(right_html, flow.width - left_width)
    flow.room_for(max(left.size().height(), right.size().height()))
    flow.draw(left, 0, flow.y)
    flow.draw(right, left_width, flow.y)
    return left.size().height(), right.size().height()


def _header(flow: PageFlow, content: DecisionContent) -> None:
    left_width = flow.width * HEADER_SPLIT
    body = content.body_lines
    top = flow.y
    heights = flow_columns(
        flow,
        lines_in_html([(line, True, False, HEADER_SIZE) for line in body]),
        lines_in_html([(words.NATION, True, False, HEADER_SIZE), (words.MOTTO, True, False, 14)]),
    )
    widest = max(flow.text_width(line, HEADER_SIZE, bold=True) for line in body)
    gap = flow.points(RULE_GAP_PT)
    flow.rule(left_width / 2, widest * 0.45, top + heights[0] + gap)
    flow.rule(
        left_width + (flow.width - left_width) / 2,
        flow.text_width(words.MOTTO, 14, bold=True),
        top + heights[1] + gap,
    )
    flow.y = top + max(heights) + flow.mm(3)
    heights = flow_columns(
        flow,
        lines_in_html([(content.number_line, False, False, HEADER_SIZE)]),
        lines_in_html([(content.place_date, False, True, HEADER_SIZE)]),
    )
    flow.y += max(heights)


def flow_paragraph(
    flow: PageFlow,
    html: str,
    *,
    align="justify",
    indent=True,
    after_pt=6.0,
    before_pt=0.0,
    keep_with: float = 0.0,
) -> None:
    flow.y += flow.points(before_pt) if flow.y > 0 else 0
    flow.paragraph(_block_html(flow, html, align, indent), keep_with=keep_with)
    flow.y += flow.points(after_pt)


def _block_html(flow: PageFlow, html: str, align="justify", indent=True) -> str:
    style = f"text-indent: {flow.mm(FIRST_LINE_INDENT_MM):.0f}px; " if indent else ""
    return f'<p align="{align}" style="{style}">{html}</p>'


def _title(flow: PageFlow, content: DecisionContent) -> None:
    flow_paragraph(
        flow,
        f"<b>{escape(words.DECISION_HEADING)}</b>",
        align="center",
        indent=False,
        before_pt=18,
        after_pt=0,
    )
    flow_paragraph(
        flow, f"<b>{escape(content.title)}</b>", align="center", indent=False, after_pt=0
    )
    line = min(flow.text_width(content.title, 14, bold=True), flow.width)
    flow.rule(flow.width / 2, line / 3, flow.y + flow.points(RULE_GAP_PT))
    flow.y += flow.points(6)
    flow_paragraph(
        flow, f"<b>{escape(content.issuer_title)}</b>", align="center", indent=False, before_pt=6
    )


def _body(flow: PageFlow, content: DecisionContent) -> None:
    for basis in content.legal_bases:
        flow_paragraph(flow, f"<i>{unbroken_html(basis)}</i>")
    flow_paragraph(flow, f"<i>{unbroken_html(content.proposer_line)}</i>")
    flow_paragraph(
        flow, f"<b>{escape(words.DECIDES)}</b>", align="center", indent=False, before_pt=6
    )
    for article in content.articles:
        flow_paragraph(flow, f"<b>{escape(article.label)}</b> {unbroken_html(article.text)}")
        for clause in article.clauses:
            flow_paragraph(flow, unbroken_html(clause))


class _SignedBlock:
    """Lines over a signature, room to sign, then the name: one block of two documents."""

    def __init__(self, flow: PageFlow, lines_html: str, name: str, width: float):
        self.flow = flow
        self.lines = flow.document(lines_html, width)
        self.name = flow.document(lines_in_html([(name, True, False, 14)]), width)
        self.gap = flow.mm(SIGNATURE_SPACE_MM)
        self.height = self.lines.size().height() + self.gap + self.name.size().height()

    def draw(self, x: float, y: float) -> None:
        self.flow.draw(self.lines, x, y)
        self.flow.draw(self.name, x, y + self.lines.size().height() + self.gap)


def _signature(flow: PageFlow, content: DecisionContent) -> None:
    """ "Nơi nhận:" flush left, 12 pt bold italic, its lines 11 pt; the signer centred on the
    right, the capacity (KT., TM.) over the title when there is one."""
    copies = flow.document(
        lines_in_html([(words.COPIES_TO, True, True, 12)], "left")
        + lines_in_html([(line, False, False, 11) for line in words.COPIES], "left"),
        flow.width * HEADER_SPLIT,
    )
    signer = _SignedBlock(
        flow,
        lines_in_html([(line, True, False, 14) for line in content.signature_lines]),
        content.signer_name,
        flow.width * (1 - HEADER_SPLIT),
    )
    flow.room_for(max(copies.size().height(), signer.height))
    flow.draw(copies, 0, flow.y)
    signer.draw(flow.width * HEADER_SPLIT, flow.y)
    flow.y += max(copies.size().height(), signer.height)


def flow_attachment(flow: PageFlow, attachment: Attachment) -> None:
    flow.new_page()
    flow_paragraph(
        flow, f"<b>{escape(attachment.title)}</b>", align="center", indent=False, after_pt=0
    )
    flow_paragraph(
        flow,
        f'<i style="font-size: 13pt">{unbroken_html(attachment.note)}</i>',
        align="center",
        indent=False,
    )
    closing = [
        f'<i style="font-size: 13pt">{unbroken_html(line)}</i>' for line in attachment.closing
    ]
    width = flow.width / max(len(attachment.signatures), 1)
    blocks = [
        _SignedBlock(
            flow,
            lines_in_html([(block.title, True, False, 13), (block.hint, False, True, 12)]),
            block.name,
            width,
        )
        for block in attachment.signatures
    ]
    # The total in words and the signatures stay on the page of the table's last row.
    following = sum(
        flow.document(_block_html(flow, html), flow.width).size().height() + flow.points(12)
        for html in closing  # 6 pt before and after
    ) + max((block.height for block in blocks), default=0.0)
    flow.table(
        attachment.columns,
        attachment.rows,
        TABLE_POINT_SIZE,
        attachment.min_row_height_mm,
        keep_last_with=following,
    )
    for html in closing:
        flow_paragraph(flow, html, before_pt=6)
    if blocks:
        height = max(block.height for block in blocks)
        flow.room_for(height)
        for index, block in enumerate(blocks):
            block.draw(index * width, flow.y)
        flow.y += height


def write_decision_pdf(content: DecisionContent, path: Path | str) -> Path:
    creator = content.office_name or content.body_name
    title = words.DECISION_OF.format(number=content.number, date="").strip()
    with pdf_pages(path, MARGINS_MM, creator, title) as flow:
        _header(flow, content)
        _title(flow, content)
        _body(flow, content)
        _signature(flow, content)
        for attachment in content.attachments:
            flow_attachment(flow, attachment)
    return Path(path)
