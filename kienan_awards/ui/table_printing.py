"""Prints what a table shows (Ctrl+P on a list page) as a paged A4 document."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from kienan_awards.printing.fonts import DOCUMENT_FAMILY

MAX_PRINTED_ROWS = 10_000  # a longer list belongs in an Excel export, not on paper


def table_html(title: str, model: QAbstractItemModel) -> str:
    rows = min(model.rowCount(), MAX_PRINTED_ROWS)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    lines = [f"<h3>{escape(title)}</h3>", '<table border="1" cellspacing="0" cellpadding="3">']
    # A model whose columns go in groups under a heading of their own (a member's two scores
    # under its name) says so with header_groups: (heading, columns) from the left.
    groups = getattr(model, "header_groups", None)
    if groups is not None:
        lines.append(
            "<tr>"
            + "".join(f'<th colspan="{span}">{escape(text)}</th>' for text, span in groups())
            + "</tr>"
        )
    lines.append("<tr>" + "".join(f"<th>{escape(str(h))}</th>" for h in headers) + "</tr>")
    for row in range(rows):
        cells = (model.index(row, c).data() for c in range(model.columnCount()))
        lines.append(
            "<tr>"
            + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in cells)
            + "</tr>"
        )
    lines.append("</table>")
    if model.rowCount() > rows:
        lines.append(f"<p>… {model.rowCount() - rows} more rows: export to Excel for all.</p>")
    return "".join(lines)


def print_table(printer: QPrinter, title: str, model: QAbstractItemModel) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            printer.pageLayout().margins(),
        )
    )
    document = QTextDocument()
    document.setDefaultFont(document.defaultFont())
    document.setDefaultStyleSheet(
        f"body, td, th {{ font-family: '{DOCUMENT_FAMILY}'; font-size: 9pt; }}"
    )
    document.setHtml(table_html(title, model))
    document.print_(printer)
