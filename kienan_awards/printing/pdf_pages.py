"""A PDF document drawn page after page: the page layout, the file written through a draft
(an old file of that name is replaced only by a complete new one), the PageFlow the paper is
drawn with. Decisions, the council's papers and the dossier's papers all open one this way."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from kienan_awards.core.errors import KienanError
from kienan_awards.core.messages import Message
from kienan_awards.core.output_files import output_file
from kienan_awards.printing.page_flow import PageFlow

RESOLUTION = 300


@contextmanager
def pdf_pages(
    path: Path | str,
    margins_mm: tuple[float, float, float, float],
    creator: str,
    title: str,
    page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
    landscape: bool = False,
) -> Iterator[PageFlow]:
    """The flow to draw the document with; the file is in place once the block ends."""
    path = Path(path)
    if not path.parent.is_dir():
        raise KienanError(Message("cannot write {path}: the folder does not exist", path=path))
    left, top, right, bottom = margins_mm
    layout = QPageLayout(
        QPageSize(page_size),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )
    with output_file(path) as draft:
        writer = QPdfWriter(str(draft))
        try:
            writer.setResolution(RESOLUTION)
            writer.setCreator(creator)
            writer.setTitle(title)
            if not writer.setPageLayout(layout):
                raise KienanError(Message("cannot lay out {path}", path=path))
            area = layout.paintRectPixels(writer.resolution())
            flow = PageFlow(writer, area.width(), area.height(), top)
            try:
                yield flow
            finally:
                flow.finish()
        finally:
            writer = None  # closes the draft, so it can be put in place or removed
