"""The decision pack as PDF: the same content as the .docx, laid out by QTextDocument on A4
with the Decree 30/2020 margins, in the shipped Times-style serif (embedded in the PDF)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from kienan_awards.core import vocabulary as words
from kienan_awards.core.documents.decision_document import Attachment, DecisionContent
from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import output_file
from kienan_awards.printing.fonts import DOCUMENT_FAMILY


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>" for row in rows)
    return (
        f'<table border="1" cellspacing="0" cellpadding="4" width="100%">'
        f"<tr>{head}</tr>{body}</table>"
    )


def _attachment(content: DecisionContent, attachment: Attachment) -> str:
    return (
        f'<p style="page-break-before: always" align="center">'
        f"<b>{escape(attachment.title)}</b><br/>"
        f"<i>{escape(content.recipients_note)}</i></p>"
        f"{_table(attachment.headers, attachment.rows)}"
    )


def decision_html(content: DecisionContent) -> str:
    c = content
    parts = [
        '<table width="100%"><tr>',
        f'<td align="center" width="42%"><b>{escape(c.body_name)}</b><br/>'
        f"{escape(c.number_line)}</td>",
        f'<td align="center"><b>{escape(words.NATION)}</b><br/>'
        f"<b>{escape(words.MOTTO)}</b><br/>"
        f"<i>{escape(c.place_date)}</i></td></tr></table>",
        f'<p align="center"><b>{escape(words.DECISION_HEADING)}</b><br/>'
        f"<b>{escape(c.title)}</b></p>",
        f'<p align="center"><b>{escape(c.issuer_title)}</b></p>',
        *(f'<p align="justify"><i>{escape(basis)}</i></p>' for basis in c.legal_bases),
        f'<p align="justify"><i>{escape(c.proposer_line)}</i></p>',
        f'<p align="center"><b>{escape(words.DECIDES)}</b></p>',
        *(f'<p align="justify">{escape(article)}</p>' for article in c.articles),
        f'<table width="100%"><tr><td width="50%"><b><i>{escape(words.COPIES_TO)}</i></b>'
        + "".join(f"<br/>{escape(line)}" for line in words.COPIES)
        + "</td>",
        f'<td align="center"><b>{escape(c.signer_title)}</b><br/><br/><br/><br/><br/>'
        f"<b>{escape(c.signer_name)}</b></td></tr></table>",
        *(_attachment(c, attachment) for attachment in c.attachments),
    ]
    return "".join(parts)


def write_decision_pdf(content: DecisionContent, path: Path | str) -> Path:
    path = Path(path)
    if not path.parent.is_dir():
        raise KienanError(Message("cannot write {path}: the folder does not exist", path=path))
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(30, 20, 15, 20),
        QPageLayout.Unit.Millimeter,
    )
    document = QTextDocument()
    document.setDefaultStyleSheet(
        f"body, p, td, th {{ font-family: '{DOCUMENT_FAMILY}'; font-size: 13pt; }}"
    )
    document.setHtml(decision_html(content))
    # QTextDocument lays out in screen pixels (96 per inch) and scales to the device: give it
    # the printable area in those units so 13 pt stays 13 pt on paper.
    paint_rect = layout.paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(paint_rect.width() * 96 / 72, paint_rect.height() * 96 / 72))
    # Through a draft: an old file of that name is replaced only by a complete new one.
    with output_file(path) as draft:
        writer = QPdfWriter(str(draft))
        try:
            writer.setResolution(300)
            if not writer.setPageLayout(layout):
                raise KienanError(Message("cannot lay out {path}", path=path))
            document.print_(writer)
        finally:
            writer = None  # closes the draft, so it can be put in place or removed
    return path
