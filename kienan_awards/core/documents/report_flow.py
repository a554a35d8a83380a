"""Where a report sheet's pages break, as Excel and LibreOffice print it: rows run on over a
page's foot; as in the PDF, a table's heading, header and first row go on a page together (a
section's heading and its first row likewise) and a chart is never cut, so the page is broken
by hand before them. The rows a sheet repeats at each page's top are printed only on pages
after their own, so one header a sheet can be repeated: the sheet is laid out only when every
page after the first starts inside the table that header belongs to, or before it has been
printed at all.

Heights in points, at the sheet's own size (a page is its printed height over the scale)."""

from __future__ import annotations

from dataclasses import dataclass, field

TITLE, SUBTITLE, BLANK, CHART = "title", "subtitle", "blank", "chart"
HEADING, HEADER, SECTION, ROW, TOTAL, NOTE = "heading", "header", "section", "row", "total", "note"
_LEADS = (HEADING, HEADER, SECTION)  # kept on a page with the row after them


@dataclass(frozen=True)
class Line:
    """One printed line of a sheet: a row, or a chart that takes `rows` rows."""

    kind: str
    height: float
    run: int | None = None  # the tables under one header row, counted from 0 on the sheet
    table: int | None = None  # the report's table the line shows
    values: tuple = ()
    rows: int = 1


@dataclass
class Pages:
    starts: list[int] = field(default_factory=lambda: [0])  # the line each page starts at
    breaks: list[int] = field(default_factory=list)  # lines a page is broken before by hand


def paginate(lines: list[Line], page: float, repeated: int | None = None) -> Pages:
    """The pages lines print on, each page `page` high; repeated: the header line printed
    again at the top of every page after its own."""
    pages = Pages()
    used = 0.0
    index = 0
    while index < len(lines):
        end = _kept_with(lines, index)
        top = _top(lines, repeated, index)
        # A row that does not fit goes over by itself; lines kept together are moved by hand.
        kept = end - index > 1 or lines[index].kind == CHART
        if kept and used + sum(line.height for line in lines[index:end]) > page and used > top:
            pages.breaks.append(index)
            pages.starts.append(index)
            used = top
        for number in range(index, end):
            height = lines[number].height
            top = _top(lines, repeated, number)
            if used + height > page and used > top:
                pages.starts.append(number)
                used = top
            used += height
        index = end
    return pages


def _kept_with(lines: list[Line], index: int) -> int:
    """The end of the lines that go on a page with lines[index]."""
    end = index
    while end < len(lines) and lines[end].kind in _LEADS:
        end += 1
    if end > index and end < len(lines) and lines[end].kind in (ROW, TOTAL):
        end += 1
    return max(end, index + 1)


def _top(lines: list[Line], repeated: int | None, index: int) -> float:
    """The height a page starting at lines[index] begins with: the repeated header, once its
    own page has passed."""
    return lines[repeated].height if repeated is not None and repeated < index else 0.0


def repeated_header(lines: list[Line], page: float) -> tuple[int | None, Pages] | None:
    """The header line the sheet repeats and its pages, or None when no one header serves
    every page: two tables run over a page's foot, or a table starts a page after the one
    whose header is repeated."""
    headers = {line.run: number for number, line in enumerate(lines) if line.kind == HEADER}
    if not headers:
        return None, paginate(lines, page)
    running = _running(lines, paginate(lines, page))
    if len(running) > 1:
        return None
    run = running.pop() if running else lines[max(headers.values())].run
    repeated = headers[run]
    pages = paginate(lines, page, repeated)
    if _running(lines, pages) - {run}:
        return None
    for start in pages.starts[1:]:
        if start > repeated and not _in_run_or_after_tables(lines, start, run):
            return None
    return repeated, pages


def _running(lines: list[Line], pages: Pages) -> set[int]:
    """The runs that go on from one page to the next."""
    return {
        lines[start].run
        for start in pages.starts[1:]
        if _inside(lines[start]) and lines[start - 1].run == lines[start].run
    }


def _inside(line: Line) -> bool:
    """Whether the line is under its run's header (a row, or a later table's heading)."""
    return line.run is not None and line.kind not in (HEADING, HEADER)


def _in_run_or_after_tables(lines: list[Line], start: int, run: int) -> bool:
    if lines[start].run == run and _inside(lines[start]):
        return True
    return all(line.kind in (BLANK, NOTE) for line in lines[start:])
